import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../src/db/embedded.js';

const TIMEOUT_MS = 240_000;

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitForReady(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} never became ready`);
}

/** What `npm start` does, end to end: embedded database, migrations, case and SDN list, server, clean stop. */
describe('npm start', () => {
  let dataDir: string | undefined;
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it(
    'brings up a seeded API on an empty store and, on SIGTERM, stops it and its database',
    async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), 'trailgraph-start-'));
      const [httpPort, boltPort] = [await findFreePort(), await findFreePort()];
      // The embedded database, whatever server the rest of the run uses.
      const { NEO4J_URI: _uri, ...env } = process.env;
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        env: {
          ...env,
          PORT: String(httpPort),
          NEO4J_EMBEDDED_PORT: String(boltPort),
          NEO4J_DATA_DIR: dataDir,
          NEO4J_HEAP: '1g',
          NEO4J_PAGE_CACHE: '32m',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      try {
        await waitForReady(`http://127.0.0.1:${httpPort}/readyz`, Date.now() + TIMEOUT_MS - 30_000);
        const res = await fetch(`http://127.0.0.1:${httpPort}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: '{ enforcementActions(filter: { synthetic: false }) { totalCount } persons { totalCount } }',
          }),
        });
        // The case's 8 real actions, and one designation per entry of the bundled SDN list.
        expect(await res.json()).toEqual({
          data: { enforcementActions: { totalCount: 8 + 14_965 }, persons: { totalCount: 6_854 } },
        });
        expect(await portAnswers(boltPort)).toBe(true);
      } finally {
        child.kill('SIGTERM');
      }
      expect(await exited).toBe(0);
      expect(await portAnswers(boltPort)).toBe(false);
    },
    TIMEOUT_MS,
  );
});
