import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../src/server/http.js';
import { createHarness, type Harness } from './support/harness.js';

let h: Harness;
let server: Server;
let base: string;
beforeAll(async () => {
  h = await createHarness();
  const app = createHttpApp(h.apollo, h.db);
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await h.close();
});

describe('HTTP', () => {
  it('/healthz says the process is up', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz says the database answers and every migration is online', async () => {
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('serves Apollo Sandbox to a browser on GET /graphql', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/embeddable-sandbox|Apollo Sandbox/i);
  });

  it('answers a POSTed operation as JSON', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ states { totalCount } }' }),
    });
    expect(res.status).toBe(200);
    // Answers depend on who asks: no shared cache may keep one.
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ data: { states: { totalCount: 2 } } });
  });

  it('gives bad input a coded error over HTTP too', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ states(first: 1000) { totalCount } }' }),
    });
    const body = (await res.json()) as { errors: { extensions: { code: string; field: string } }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
