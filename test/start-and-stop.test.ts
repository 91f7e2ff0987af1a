import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../src/embedded/index.js';
import { projectRoot } from '../src/project-root.js';
import { descendantsOf, eventually, finished, isRunning } from './support/processes.js';

const TIMEOUT_MS = 600_000;

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

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/**
 * What `npm start` does, end to end: embedded database, migrations, case and SDN list, server,
 * clean stop; and a start killed while seeding, which the next start finishes.
 */
describe('npm start', () => {
  let dataDir: string | undefined;
  const spawned: number[] = [];
  afterAll(async () => {
    // Whatever happened, leave nothing running: npm, and what it started (SIGKILL to npm would
    // orphan its child), by pid.
    const all = [...spawned, ...spawned.flatMap((pid) => descendantsOf(pid))];
    for (const pid of new Set(all)) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it(
    'finishes the seed of a start killed while seeding, serves it, and on SIGTERM to npm stops everything it started',
    async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), 'trailgraph-start-'));
      // The embedded database, whatever server the rest of the run uses.
      const { NEO4J_URI: _uri, ...env } = process.env;
      // Fresh ports for each start: minutes pass between them on a busy machine, and a port
      // probed free that long ago may be anyone's by then.
      let [httpPort, boltPort] = [0, 0];
      const start = async () => {
        [httpPort, boltPort] = [await findFreePort(), await findFreePort()];
        const npm = spawn('npm', ['start'], {
          cwd: projectRoot(),
          env: {
            ...env,
            PORT: String(httpPort),
            NEO4J_EMBEDDED_PORT: String(boltPort),
            NEO4J_DATA_DIR: dataDir,
            NEO4J_HEAP: '1g',
            NEO4J_PAGE_CACHE: '32m',
            LOG_LEVEL: 'info',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        if (npm.pid !== undefined) spawned.push(npm.pid);
        return { npm, done: finished(npm) };
      };

      // A first start, killed (as by the OOM killer or a power cut) once the case is in and the
      // SDN list is loading.
      const first = await start();
      let log = '';
      first.npm.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
      await eventually('the case seeded', async () => (log.includes('seeded the case dataset') ? true : undefined), 300_000);
      const firstTree = descendantsOf(first.npm.pid!);
      spawned.push(...firstTree);
      const api = firstTree.find((pid) => commandLine(pid).includes('scripts/start.ts'));
      const jvm = firstTree.find((pid) => commandLine(pid).includes('embedded-neo4j.jar'));
      expect(api).toBeDefined();
      expect(jvm).toBeDefined();
      process.kill(api!, 'SIGKILL');
      await first.done;
      // Its JVM follows it (it exits when its parent's pipe closes).
      await eventually('the orphaned JVM gone', async () => (isRunning(jvm!) ? undefined : true));

      const second = await start();
      let secondExit: string | undefined;
      void second.done.then((r) => (secondExit = `exited with ${r.code ?? r.signal}: ${r.stdout}${r.stderr}`));
      const base = `http://127.0.0.1:${httpPort}`;
      const ready = await eventually(
        'ready',
        async () => {
          if (secondExit) throw new Error(`npm start ${secondExit}`);
          const res = await fetch(`${base}/readyz`);
          return res.ok ? ((await res.json()) as Record<string, unknown>) : undefined;
        },
        TIMEOUT_MS - 300_000,
      );
      expect(ready).toMatchObject({ status: 'ready', seed: { case: 'present', sdn: 'present', addresses: 'present' } });
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ enforcementActions(filter: { synthetic: false }) { totalCount } persons { totalCount } }',
        }),
      });
      // The case's 8 real actions, one designation per entry of the bundled SDN list, and one
      // listing per listed address whose owner sdn.csv does not name (306 of the 587 wallets).
      expect(await res.json()).toEqual({
        data: { enforcementActions: { totalCount: 8 + 14_965 + 306 }, persons: { totalCount: 6_854 } },
      });
      expect(await portAnswers(boltPort)).toBe(true);

      // What a supervisor does: SIGTERM to the process it started, here npm itself.
      const tree = descendantsOf(second.npm.pid!);
      spawned.push(...tree);
      expect(tree.some((pid) => commandLine(pid).includes('embedded-neo4j.jar'))).toBe(true);
      second.npm.kill('SIGTERM');
      const stopped = await second.done;
      expect(stopped.stdout).toContain('database closed');
      await eventually('every process npm started gone', async () => (tree.some(isRunning) ? undefined : true), 60_000);
      expect(tree.filter(isRunning).map(commandLine)).toEqual([]);
      expect(await portAnswers(boltPort)).toBe(false);
    },
    TIMEOUT_MS,
  );
});
