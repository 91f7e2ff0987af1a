import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/embedded/index.js';

const TIMEOUT_MS = 180_000;

/** Starting two JVMs on a 2-core CI machine is slow, so everything here gets generous time. */
describe('embedded Neo4j', () => {
  const started: EmbeddedNeo4j[] = [];
  let dataDir: string | undefined;

  afterAll(async () => {
    // Whatever happened in the test, leave no JVM and no temp store behind.
    await Promise.all(started.map((server) => server.stop()));
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, TIMEOUT_MS);

  async function start(dir: string): Promise<EmbeddedNeo4j> {
    const server = await startEmbeddedNeo4j({ dataDir: dir, heap: '512m', pageCache: '32m' });
    started.push(server);
    return server;
  }

  it(
    'serves Bolt without auth, keeps data across a restart and leaves no process behind',
    async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), 'trailgraph-embedded-'));

      const first = await start(dataDir);
      expect(first.uri).toBe(`bolt://127.0.0.1:${first.port}`);
      // Auth is disabled, so basic credentials are accepted and ignored.
      const writer = neo4j.driver(first.uri, neo4j.auth.basic('neo4j', 'neo4j'));
      try {
        await writer.executeQuery('CREATE (:Probe {name: $name, n: 42})', { name: 'survivor' });
      } finally {
        await writer.close();
      }
      await first.stop();
      expect(isRunning(first.pid)).toBe(false);

      const second = await start(dataDir);
      // No credentials at all work as well.
      const reader = neo4j.driver(second.uri);
      try {
        const { records } = await reader.executeQuery('MATCH (p:Probe {name: $name}) RETURN p.n AS n', {
          name: 'survivor',
        });
        expect(records.map((r) => Number(r.get('n')))).toEqual([42]);
      } finally {
        await reader.close();
      }
      await second.stop();
      await second.stop(); // Idempotent.
      expect(isRunning(second.pid)).toBe(false);
    },
    TIMEOUT_MS,
  );
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
