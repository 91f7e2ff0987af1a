import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { BATCH_JOB_TIMEOUT_MS, openDatabase } from '../../src/db/database.js';
import { startEmbeddedNeo4j } from '../../src/db/embedded.js';
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
 */
export default async function setup(project: TestProject) {
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
  project.provide('neo4jUri', uri);

  return async () => {
    await stopEmbedded?.();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
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
