import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../src/embedded/index.js';
import { projectRoot } from '../src/project-root.js';
import { descendantsOf, eventually, finished, isRunning, type Finished } from './support/processes.js';
import config from '../vitest.config.js';

/**
 * README is a contract: every command it shows, in a fenced `sh` block or as inline code
 * starting with `npm`, is run here the way a user would run it, against a store of this test's
 * own outside the project (so `db:start` with `NEO4J_DATA_DIR` elsewhere is exercised too), or,
 * where running it is not possible inside a test, checked another way for the reason given with
 * it. A command README shows that no check below names fails the first test, and a check whose
 * command README no longer shows fails the second: the two cannot drift apart.
 */
const root = projectRoot();
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

function commandsShown(text: string): string[] {
  const shown = new Set<string>();
  for (const [, body] of text.matchAll(/^```sh\n([\s\S]*?)^```$/gm)) {
    for (const line of body!.split('\n')) {
      const command = line.replace(/\s+#.*$/, '').trim();
      if (command) shown.add(command);
    }
  }
  for (const [, span] of text.matchAll(/`(npm [^`]+)`/g)) shown.add(span!.replace(/\s+/g, ' '));
  return [...shown];
}

let store: string;
let env: NodeJS.ProcessEnv;
let apiPort: number;
let jvmPid: number | undefined;
let key = '';
const started: ChildProcess[] = [];

function sh(command: string, timeoutMs = 300_000): Promise<Finished> {
  const child = spawn('bash', ['-c', command], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  const timer = setTimeout(() => stopTree(child, 'SIGKILL'), timeoutMs);
  return finished(child).finally(() => clearTimeout(timer));
}

/** Runs a command and expects it to succeed, showing its output when it does not. */
async function ok(command: string, timeoutMs?: number): Promise<Finished> {
  const run = await sh(command, timeoutMs);
  expect(run.code, `${command}\n${run.stdout}\n${run.stderr}`).toBe(0);
  return run;
}

function stopTree(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  for (const pid of [child.pid, ...descendantsOf(child.pid)]) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';
const jsonLines = (text: string) => text.trim().split('\n').map((line) => JSON.parse(line) as unknown);

async function graphql(query: string, bearer?: string): Promise<{ data?: any; errors?: unknown[] }> {
  const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

/** The help of a command whose work takes minutes to hours: the flags README passes, then --help. */
async function usageOf(command: string): Promise<string> {
  const run = await ok(`${command}${command.includes(' -- ') ? '' : ' --'} --help`, 120_000);
  expect(run.stdout).toMatch(/usage: npm run bench[: ]/);
  return run.stdout;
}

interface Check {
  /** The commands, as README shows them, that this step checks. */
  readonly shown: readonly string[];
  /** When what runs is not exactly what README shows: why. */
  readonly why?: string;
  readonly timeoutMs?: number;
  run(): Promise<void>;
}

/** In the order they run: the server first, the data commands against it, then its stop. */
const CHECKS: readonly Check[] = [
  {
    shown: ['npm run db:start'],
    async run() {
      const run = await ok('npm run db:start', 600_000);
      expect(lastLine(run.stdout)).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      // Its state lives beside the store, named after it, wherever the store is.
      jvmPid = Number(await readFile(path.join(store, 'neo4j.pid'), 'utf8'));
      expect(isRunning(jvmPid)).toBe(true);
      // README: a data command on another store whose embedded port this server holds stops
      // with one line saying what to set, not a stack trace.
      const clash = await sh(`NEO4J_DATA_DIR=${store}/other npm run auth:key -- list`, 300_000);
      expect(clash.code).toBe(1);
      expect(clash.stderr).toMatch(/already in use.*set NEO4J_URI/);
      expect(clash.stderr).not.toMatch(/^\s+at /m);
    },
  },
  {
    shown: ['npm run import:ofac -- [file] [--published YYYY-MM-DD] [--addresses DIR --listed YYYY-MM-DD]'],
    why: 'a small sample of the list (the whole one is a minute of the seed below), dated after the bundled one so the seed must keep it',
    async run() {
      const sample = 'test/fixtures/ofac/sdn-sample.csv';
      const run = await ok(`npm run import:ofac -- ${sample} --published 2025-01-02 --addresses seed/data/ofac/addresses-2024-05-02 --listed 2024-05-02`);
      // The sample is not the bundled list: without --published reaching the script it is refused.
      expect(run.stdout).toContain('OFAC SDN list of 2025-01-02');
      expect(run.stdout).toContain('every digital currency address, of 2024-05-02');
    },
  },
  {
    shown: ['npm run seed'],
    async run() {
      const run = await ok('npm run seed', 900_000);
      expect(run.stdout).toContain('seeded the case dataset');
      expect(run.stdout).toContain('the store holds the SDN list of 2025-01-02, newer than the bundled 2024-05-03; keeping it');
    },
  },
  {
    shown: ['KEY=$(npm run auth:key -- create --role EDITOR --name alice | tail -1)', 'npm run auth:key -- create --role EDITOR --name alice', 'npm run auth:key'],
    async run() {
      const run = await ok(`KEY=$(npm run auth:key -- create --role EDITOR --name alice | tail -1)\nprintf '%s' "$KEY"`);
      key = run.stdout;
      expect(key).toMatch(/^tg_[A-Za-z0-9_-]{43}$/);
    },
  },
  {
    shown: ['npm ci && npm start', 'npm start'],
    why: '`npm ci` is not run: it would replace node_modules under the test run using them (.ci/run runs it on a clean clone)',
    timeoutMs: 600_000,
    async run() {
      const npm = spawn('npm', ['start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
      started.push(npm);
      const done = finished(npm);
      await eventually('npm start ready', async () => {
        const response = await fetch(`http://127.0.0.1:${apiPort}/readyz`);
        return response.status === 200 ? true : undefined;
      }, 540_000);
      // Anonymous reads from this machine in development; writes with the key just made.
      expect((await graphql('{ states(first: 1) { totalCount } }')).data?.states.totalCount).toBeGreaterThan(0);
      const write = await graphql('mutation { upsertSource(input: { ref: "readme-check", kind: OTHER, title: "README check" }) { id } }', key);
      expect(write.errors).toBeUndefined();
      expect(write.data?.upsertSource.id).toEqual(expect.any(String));
      const tree = [npm.pid!, ...descendantsOf(npm.pid!)];
      npm.kill('SIGTERM');
      const exit = await done;
      expect(exit.code, exit.stderr).toBe(0);
      expect(tree.filter(isRunning)).toEqual([]);
    },
  },
  {
    shown: ['npm run auth:key -- revoke --name alice'],
    async run() {
      expect((await ok('npm run auth:key -- revoke --name alice')).stdout).toContain('Revoked API key "alice"');
    },
  },
  {
    shown: ['npm run auth:key -- list'],
    async run() {
      expect((await ok('npm run auth:key -- list')).stdout).toMatch(/^alice\tEDITOR\tcreated .* by system:cli\trevoked /m);
    },
  },
  {
    shown: ['npm run -s export -- … > FILE', 'npm run export -- [--from ID] [--depth N] [--out FILE]'],
    why: 'the DPRK and what is one hop from it, not the whole graph: the same code, a shorter wait',
    async run() {
      const part = '--from state:KP --depth 1';
      await ok(`npm run -s export -- ${part} > ${store}/silent.jsonl`);
      await ok(`npm run export -- ${part} --out ${store}/out.jsonl`);
      // Every line JSON, and the same lines (in whatever order the graph gives them) either way.
      const silent = await readFile(`${store}/silent.jsonl`, 'utf8');
      const out = await readFile(`${store}/out.jsonl`, 'utf8');
      expect(jsonLines(silent).length).toBeGreaterThan(1);
      expect(jsonLines(out).length).toBe(jsonLines(silent).length);
      expect(out.trim().split('\n').sort()).toEqual(silent.trim().split('\n').sort());
      // Why README says `-s`: without it npm's banner comes first on stdout.
      await ok(`npm run export -- ${part} > ${store}/banner.jsonl`);
      expect(() => jsonLines(readFileSync(`${store}/banner.jsonl`, 'utf8'))).toThrow();
    },
  },
  {
    shown: ['npm run import -- FILE [--source-title T] [--source-url U] [--source-kind K]', 'npm run import'],
    why: 'the file the export above wrote',
    async run() {
      const run = await ok(`npm run import -- ${store}/out.jsonl --source-title "README check" --source-url https://example.org/readme --source-kind OTHER`);
      expect(run.stdout).toMatch(/lines read: [1-9]\d*, batches: [1-9]/);
    },
  },
  {
    shown: ['npm run generate -- --scale N [--seed S]', 'npm run generate'],
    why: 'scale 0.01 (about a hundred nodes) rather than scale 1: the same generator',
    async run() {
      await ok('npm run generate -- --scale 0.01 --seed 2');
    },
  },
  {
    shown: ['npm run bench:audit -- --iterations 300', 'npm run bench:audit'],
    why: '3 iterations instead of 300: the same two servers and requests, without the wait that only a measurement needs',
    async run() {
      expect((await ok('npm run bench:audit -- --iterations 3')).stdout).toContain('states (count)');
    },
  },
  {
    shown: [
      'npm run bench',
      'npm run bench -- --quick',
      'npm run bench -- --quick --only wallet,paths',
      'npm run bench:paths',
      'npm run bench:paths -- --scales 1,10',
      'npm run bench:contention',
      'npm run bench:exposure-check -- --scale 1',
      'npm run bench:money-reads -- --scale 10',
    ],
    why:
      'each generates a world of 10k to 1M nodes into its own store and times it for minutes to hours; ' +
      'run with --help after the flags README gives, so the strict parser still refuses any flag it does not take',
    async run() {
      expect(await usageOf('npm run bench')).toMatch(/--scale.*--quick.*--rounds.*--seconds.*--warmup.*--seed/s);
      await usageOf('npm run bench -- --quick');
      expect(await usageOf('npm run bench -- --quick --only wallet,paths')).toMatch(/--only.*wallet.*paths/s);
      expect(await usageOf('npm run bench:paths')).toMatch(/--scales.*--iterations.*--seed.*--fresh/s);
      await usageOf('npm run bench:paths -- --scales 1,10');
      expect(await usageOf('npm run bench:contention')).toMatch(/--scale.*--lookups.*--in-flight/s);
      await usageOf('npm run bench:exposure-check -- --scale 1');
      expect(await usageOf('npm run bench:money-reads -- --scale 10')).toMatch(/--max-hops.*--budget.*--runs/s);
    },
  },
  {
    shown: ['npm run schema:publish', 'npm run schema:check', 'npm run schema:publish -- --allow-breaking'],
    async run() {
      // schema.graphql is current in a committed tree, so publishing rewrites it unchanged.
      expect((await ok('npm run schema:check')).stdout).toContain('schema.graphql matches schema/, nothing breaking');
      expect((await ok('npm run schema:publish')).stdout).toContain('wrote schema.graphql (0 breaking, 0 other changes)');
      expect((await ok('npm run schema:publish -- --allow-breaking')).stdout).toContain('0 breaking');
      expect((await ok('npm run schema:check')).stdout).toContain('nothing breaking');
    },
  },
  {
    shown: ['npm run codegen', 'npm run typecheck', 'npm run lint'],
    async run() {
      await ok('npm run codegen');
      await ok('npm run typecheck');
      await ok('npm run lint');
    },
  },
  {
    shown: ['npm run test:unit'],
    async run() {
      // Vitest's own NODE_ENV, as when a developer runs it.
      const { NODE_ENV: _node, ...unitEnv } = env;
      const child = spawn('npm', ['run', 'test:unit'], { cwd: root, env: unitEnv, stdio: ['ignore', 'pipe', 'pipe'] });
      started.push(child);
      const done = finished(child);
      // The unit tier starts no database: watch its processes for a JVM while it runs.
      const jvms = new Set<number>();
      const watch = setInterval(() => {
        for (const pid of descendantsOf(child.pid!)) if (commandLine(pid).includes('embedded-neo4j.jar')) jvms.add(pid);
      }, 100);
      const run = await done.finally(() => clearInterval(watch));
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect([...jvms]).toEqual([]);
    },
  },
  {
    shown: ['npm ci && npm test', 'npm test', 'npm run test:integration', 'npm run test:e2e'],
    why: 'these are this run (or contain it): running them here would run this test again. Checked: each script runs its vitest project',
    async run() {
      const projects = (config.test?.projects ?? []).map((p) => (typeof p === 'object' && 'test' in p ? p.test?.name : undefined));
      expect(projects).toEqual(['unit', 'integration', 'e2e']);
      expect(scripts.test).toBe('vitest run');
      for (const tier of ['unit', 'integration', 'e2e']) expect(scripts[`test:${tier}`]).toBe(`vitest run --project ${tier}`);
    },
  },
  {
    shown: ['npm run eval:screen'],
    why: 'it is a test of the integration tier (test/screening.test.ts, "evaluation set") with a database of its own; checked: the script runs that test',
    async run() {
      expect(scripts['eval:screen']).toContain("vitest run test/screening.test.ts -t 'evaluation set'");
      expect(readFileSync(path.join(root, 'test/screening.test.ts'), 'utf8')).toContain('evaluation set');
    },
  },
  {
    shown: ['npm run db:stop'],
    async run() {
      await ok('npm run db:stop', 120_000);
      expect(isRunning(jvmPid!)).toBe(false);
      expect(existsSync(path.join(store, 'neo4j.pid'))).toBe(false);
      jvmPid = undefined;
    },
  },
];

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

beforeAll(async () => {
  store = await mkdtemp(path.join(tmpdir(), 'trailgraph-readme-'));
  apiPort = await findFreePort();
  const { NEO4J_URI: _uri, ...inherited } = process.env;
  env = {
    // Not this run's own vitest variables: `npm run test:unit` must start a run of its own.
    ...Object.fromEntries(Object.entries(inherited).filter(([name]) => !name.startsWith('VITEST'))),
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    PORT: String(apiPort),
    NEO4J_DATA_DIR: path.join(store, 'neo4j'),
    NEO4J_EMBEDDED_PORT: String(await findFreePort()),
  };
});

afterAll(async () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) stopTree(child, 'SIGKILL');
  if (jvmPid !== undefined && isRunning(jvmPid)) await sh('npm run db:stop', 120_000);
  await rm(store, { recursive: true, force: true });
}, 180_000);

describe('README commands', () => {
  const shown = commandsShown(readme);
  const checked = CHECKS.flatMap((check) => check.shown);

  it('are each checked below', () => {
    expect(shown.filter((command) => !checked.includes(command))).toEqual([]);
  });

  it('checked below are all still in README', () => {
    expect(checked.filter((command) => !shown.includes(command))).toEqual([]);
  });

  for (const check of CHECKS) {
    const name = check.shown.join(' | ') + (check.why ? ` (${check.why})` : '');
    it(name, () => check.run(), check.timeoutMs ?? 900_000);
  }
});
