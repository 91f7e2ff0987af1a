import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { findFreePort, findRunningServer, startEmbeddedNeo4j, writeServerFile, type EmbeddedNeo4j } from '../src/embedded/index.js';
import { applyMigrations, pendingMigrations } from '../src/db/migrations.js';
import { createLogger } from '../src/logger.js';
import { createApollo } from '../src/server/apollo.js';
import { createHttpApp } from '../src/server/http.js';
import { testConfig } from './support/global-setup.js';
import { eventually, isRunning, runScript, type Command } from './support/processes.js';

/**
 * Database faults (issue 8, section 8), each on servers of its own that the test starts and
 * kills. Outcomes are asserted, not timings: "answers DATABASE_UNAVAILABLE", "recovers", with
 * generous deadlines on the polling.
 */
const TIMEOUT_MS = 540_000;

const servers: EmbeddedNeo4j[] = [];
const dirs: string[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  // Whatever happened, leave no JVM, API process or temp store behind.
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  await Promise.all(servers.map((s) => s.stop()));
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
}, 120_000);

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'trailgraph-faults-'));
  dirs.push(dir);
  return dir;
}

async function startServer(port: number, dataDir: string): Promise<EmbeddedNeo4j> {
  const server = await startEmbeddedNeo4j({ port, dataDir, heap: '512m', pageCache: '32m' });
  servers.push(server);
  return server;
}

interface Readiness {
  readonly http: number;
  readonly status?: string;
  readonly reason?: string;
  readonly restarts?: number;
}

async function readiness(base: string): Promise<Readiness> {
  const res = await fetch(`${base}/readyz`);
  return { http: res.status, ...((await res.json()) as Omit<Readiness, 'http'>) };
}

/** `{ states { totalCount } }` over HTTP: the count, or the error code. */
async function statesOrCode(base: string): Promise<number | string> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ states { totalCount } }' }),
  });
  const body = (await res.json()) as { data?: { states?: { totalCount: number } }; errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code ?? body.data?.states?.totalCount ?? 'no answer';
}

describe('database faults', () => {
  it(
    'an API started while Neo4j is down starts, refuses work with DATABASE_UNAVAILABLE, and recovers (migrations included) when Neo4j comes up, and again after it is killed',
    async () => {
      const [boltPort, httpPort] = [await findFreePort(), await findFreePort()];
      const dataDir = await tempDir();
      const api: Command = runScript('scripts/start.ts', [], {
        PORT: String(httpPort),
        NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
        NEO4J_PASSWORD: 'unused',
        SEED_ON_EMPTY: 'false',
        NEO4J_HEALTH_INTERVAL_MS: '500',
        LOG_LEVEL: 'warn',
      });
      cleanups.push(async () => {
        if (api.child.exitCode === null) api.child.kill('SIGKILL');
        await api.done;
      });
      const base = `http://127.0.0.1:${httpPort}`;
      // On failure, what the API logged says more than a timeout.
      let apiLog = '';
      api.child.stdout?.on('data', (chunk: Buffer) => (apiLog += chunk.toString()));
      api.child.stderr?.on('data', (chunk: Buffer) => (apiLog += chunk.toString()));
      cleanups.push(async () => {
        if (api.child.exitCode !== 0) console.error(`API log:\n${apiLog}`);
      });

      await eventually('/healthz answers', async () => ((await fetch(`${base}/healthz`)).ok ? true : undefined));
      expect(await readiness(base)).toMatchObject({ http: 503, status: 'unavailable', reason: expect.stringMatching(/Cannot reach/) });
      expect(await statesOrCode(base)).toBe('DATABASE_UNAVAILABLE');

      let server = await startServer(boltPort, dataDir);
      await eventually('ready once Neo4j is up', async () => ((await readiness(base)).http === 200 ? true : undefined));
      const direct = await openDatabase(testConfig(server.uri), () => {});
      try {
        // The API applied every migration to the store it found empty.
        expect(await pendingMigrations(direct.executor())).toEqual([]);
      } finally {
        await direct.close();
      }
      expect(await statesOrCode(base)).toBe(0);

      process.kill(server.pid, 'SIGKILL');
      await server.exited;
      await eventually('unavailable once Neo4j is killed', async () => {
        const ready = await readiness(base);
        return ready.http === 503 && ready.status === 'unavailable' && (await statesOrCode(base)) === 'DATABASE_UNAVAILABLE'
          ? true
          : undefined;
      });

      server = await startServer(boltPort, dataDir);
      await eventually('ready once Neo4j is back', async () => ((await readiness(base)).http === 200 ? true : undefined));
      expect(await statesOrCode(base)).toBe(0);

      api.child.kill('SIGTERM');
      expect((await api.done).code).toBe(0);
    },
    TIMEOUT_MS,
  );

  it(
    'the embedded JVM killed: work in flight fails at once, the server is restarted, /readyz says what is happening; data commands attach to a running server',
    async () => {
      const dataDir = await tempDir();
      // A file left behind by a server that died: a dead pid, so it is stale and ignored.
      const gone = spawnSync(process.execPath, ['-e', '']).pid;
      await writeServerFile(dataDir, { pid: gone, uri: 'bolt://127.0.0.1:1' });
      const config = loadConfig({
        NEO4J_EMBEDDED_PORT: String(await findFreePort()),
        NEO4J_DATA_DIR: dataDir,
        NEO4J_HEAP: '512m',
        NEO4J_PAGE_CACHE: '32m',
        NEO4J_HEALTH_INTERVAL_MS: '500',
        LOG_LEVEL: 'silent',
      });
      const db: Database = await openDatabase(config, () => {}, {
        tolerateOutage: true,
        prepare: (preparation) => applyMigrations(preparation.executor()),
      });
      cleanups.push(() => db.close());
      const apollo = createApollo({ logger: createLogger('silent'), limits: { maxDepth: 24, maxCost: 50_000 }, development: true });
      await apollo.start();
      cleanups.push(() => apollo.stop());
      const http: Server = await new Promise((resolve) => {
        const s = createHttpApp(apollo, db).listen(0, '127.0.0.1', () => resolve(s));
      });
      cleanups.push(() => new Promise((resolve) => http.close(resolve)));
      const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

      await eventually('ready', async () => ((await readiness(base)).http === 200 ? true : undefined));
      const first = findRunningServer(dataDir);
      expect(first?.uri).toBe(db.uri());
      expect(first?.pid).not.toBe(gone);

      // A data command started meanwhile connects to that server instead of starting another.
      const attached = await openDatabase(config, () => {});
      expect(attached.uri()).toBe(db.uri());
      expect(await attached.executor().read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
      await attached.close();
      expect(isRunning(first!.pid)).toBe(true);

      // Long enough to be running when the JVM dies.
      const slow = db
        .executor({ timeoutMs: 600_000 })
        .read('UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n');
      const outcome = slow.then(
        () => 'finished',
        (error: { extensions?: { code?: string } }) => ({ code: error.extensions?.code, status: db.health().status }),
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      process.kill(first!.pid, 'SIGKILL');
      // It failed before the server was back, not after a driver timeout. (A probe may notice the
      // dead connection a moment before the JVM's exit is reported: `unavailable`, then `restarting`.)
      expect(await outcome).toEqual({ code: 'DATABASE_UNAVAILABLE', status: expect.stringMatching(/^(unavailable|restarting)$/) });
      const restarting = await eventually('/readyz says restarting', async () => {
        const ready = await readiness(base);
        return ready.status === 'restarting' ? ready : undefined;
      });
      expect(restarting).toMatchObject({ http: 503, reason: expect.stringMatching(/exited/), restarts: 1 });
      expect(await statesOrCode(base)).toBe('DATABASE_UNAVAILABLE');

      await eventually('ready after the restart', async () => ((await readiness(base)).http === 200 ? true : undefined));
      expect(await readiness(base)).toMatchObject({ status: 'ready', restarts: 1 });
      expect(await statesOrCode(base)).toBe(0);
      const second = findRunningServer(dataDir);
      expect(second?.pid).not.toBe(first?.pid);

      await db.close();
      expect(isRunning(second!.pid)).toBe(false);
      expect(findRunningServer(dataDir)).toBeUndefined();
    },
    TIMEOUT_MS,
  );
});
