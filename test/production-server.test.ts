import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server/create-server.js';
import { shutDown, type Running } from '../src/server/shutdown.js';
import { testEnvironment } from './support/global-setup.js';
import { startHostileServer, type HostileServer } from './hostile/server.js';

/**
 * The production server as `npm start` builds it: the Sandbox page for a browser that has no
 * credential yet, and the stop sequence run-api.ts runs on SIGTERM with a request still in flight.
 */

const introspection = JSON.stringify({ query: '{ __schema { queryType { name } } }' });
const post = (headers: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: introspection,
});

describe('production with ENABLE_SANDBOX', () => {
  let sandbox: HostileServer;
  let closed: HostileServer;
  beforeAll(async () => {
    sandbox = await startHostileServer({ env: { ENABLE_SANDBOX: 'true' } });
    closed = await startHostileServer();
  });
  afterAll(async () => {
    await sandbox.close();
    await closed.close();
  });

  it('gives a browser the Sandbox page without a credential', async () => {
    const page = await fetch(`${sandbox.base}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toMatch(/embeddable-sandbox/);
  });

  it('answers no operation without a credential, over GET or POST, and introspection to a signed-in VIEWER', async () => {
    const get = await fetch(`${sandbox.base}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(401);
    expect(((await get.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const anonymous = await fetch(`${sandbox.base}/graphql`, post({}));
    expect(anonymous.status).toBe(401);
    const viewer = await fetch(`${sandbox.base}/graphql`, post(sandbox.as('VIEWER')));
    expect(viewer.status).toBe(200);
    expect(await viewer.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('without ENABLE_SANDBOX, the same browser request is refused like any other', async () => {
    const page = await fetch(`${closed.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(401);
    expect(await page.text()).not.toMatch(/embeddable-sandbox/);
    const introspect = await fetch(`${closed.base}/graphql`, post(closed.as('VIEWER')));
    expect(introspect.status).toBe(400);
  });
});

describe('shutdown (what SIGTERM runs)', () => {
  /** A production server of its own: shutDown closes its database. */
  async function start(): Promise<Running & { base: string; port: number; server: Server }> {
    const config = loadConfig({
      ...testEnvironment(inject('neo4jUri')),
      NODE_ENV: 'production',
      AUTH_API_KEYS: 'true',
      ANONYMOUS_ROLE: 'VIEWER',
      CURSOR_SECRET: 'shutdown-test-cursor-secret-0123456789abcdef',
    });
    const db = await openDatabase(config, () => {});
    const { apollo, app } = await createServer(config, db, createLogger('silent'));
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const port = (server.address() as AddressInfo).port;
    return { db, apollo, server, port, base: `http://127.0.0.1:${port}` };
  }

  const BODY = JSON.stringify({ query: '{ states(first: 1) { totalCount } }' });

  interface Answer {
    readonly status?: number;
    readonly body?: string;
    readonly error?: string;
  }

  /**
   * A request in flight for as long as the test likes: its headers and half its body are sent,
   * and `finish()` sends the rest.
   */
  function heldRequest(port: number) {
    const req = request({
      host: '127.0.0.1',
      port,
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) },
    });
    const answer = new Promise<Answer>((resolve) => {
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode, body }));
      });
      req.on('error', (error) => resolve({ error: (error as NodeJS.ErrnoException).code ?? error.message }));
    });
    const half = Math.floor(BODY.length / 2);
    req.write(BODY.slice(0, half));
    return { answer, finish: () => req.end(BODY.slice(half)) };
  }

  /** Until the server has the held request's connection (and so counts it in flight). */
  async function connections(server: Server, count: number) {
    for (let i = 0; i < 200; i += 1) {
      const open = await new Promise<number>((resolve) => server.getConnections((_e, n) => resolve(n)));
      if (open >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`never saw ${count} connection(s)`);
  }

  it('stops accepting, finishes the request in flight, then closes the database', async () => {
    const running = await start();
    const held = heldRequest(running.port);
    await connections(running.server, 1);
    let stopped = false;
    const stopping = shutDown(running, 60_000, createLogger('silent')).then(() => (stopped = true));
    // No new connection is accepted once shutdown has begun.
    await expect(fetch(`${running.base}/healthz`)).rejects.toThrow();
    expect(stopped).toBe(false);
    held.finish();
    const answer = await held.answer;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body ?? '{}')).toEqual({ data: { states: { totalCount: expect.any(Number) } } });
    await stopping;
    expect(running.server.listening).toBe(false);
    // The database was closed after the request had it: a read now fails.
    await expect(running.db!.executor().read('RETURN 1 AS one')).rejects.toThrow();
  });

  it('past the grace period closes what is still running and stops anyway', async () => {
    const running = await start();
    const held = heldRequest(running.port);
    await connections(running.server, 1);
    await shutDown(running, 300, createLogger('silent'));
    expect(await held.answer).toEqual({ error: 'ECONNRESET' });
    expect(running.server.listening).toBe(false);
  });
});
