import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { BATCH_JOB_TIMEOUT_MS, openDatabase } from '../../src/db/database.js';
import { startEmbeddedNeo4j } from '../../src/embedded/index.js';
import { applyMigrations } from '../../src/db/migrations.js';
import { seedCase } from '../../seed/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * Starts one real Neo4j for the whole run: the embedded server on a free port with a throw-away
 * store, or the server in NEO4J_URI when set. Applies migrations and the case seed once; tests
 * add their own data under keys of their own and remove it.
 *
 * Both database tiers (integration, e2e) name this file, and vitest runs it once per project,
 * in its main process, before any test. The first call starts the server and the second joins
 * it through a value on `globalThis` (each project loads this module afresh, so module state is
 * not shared); the last teardown stops it. One JVM for the run, as before the tiers.
 */
export default async function setup(project: TestProject) {
  const shared = sharedServer();
  shared.users += 1;
  shared.ready ??= startServer();
  project.provide('neo4jUri', (await shared.ready).uri);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    const { stop } = await shared.ready!;
    shared.ready = undefined;
    await stop();
  };
}

interface RunningServer {
  readonly uri: string;
  stop(): Promise<void>;
}

interface SharedServer {
  users: number;
  ready?: Promise<RunningServer>;
}

function sharedServer(): SharedServer {
  const holder = globalThis as { trailgraphTestNeo4j?: SharedServer };
  return (holder.trailgraphTestNeo4j ??= { users: 0 });
}

async function startServer(): Promise<RunningServer> {
  let stopEmbedded: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'trailgraph-test-'));
    const server = await startEmbeddedNeo4j({ port: 0, dataDir, heap: '768m', pageCache: '64m' });
    uri = server.uri;
    stopEmbedded = () => server.stop();
  }
  const db = await openDatabase(testConfig(uri), () => {});
  try {
    // A cold JVM on a busy CI machine can take longer than a request's timeout to load the case.
    const executor = db.executor({ timeoutMs: BATCH_JOB_TIMEOUT_MS });
    await applyMigrations(executor);
    await seedCase(executor);
  } finally {
    await db.close();
  }
  return {
    uri,
    async stop() {
      await stopEmbedded?.();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Environment pointing at the test server; the embedded one ignores the credentials. */
export function testEnvironment(uri: string): NodeJS.ProcessEnv {
  return {
    NEO4J_URI: uri,
    NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? 'unused',
    NEO4J_DATABASE: process.env.NEO4J_DATABASE,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
  };
}

/** Configuration pointing at the test server. */
export function testConfig(uri: string) {
  return loadConfig(testEnvironment(uri));
}
