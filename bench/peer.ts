import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { pino } from 'pino';
import type { Context } from '../src/context.js';
import type { Executor } from '../src/db/executor.js';
import { projectRoot } from '../src/project-root.js';
import { openDataset } from './datasets.js';
import { graphSize, pickInputs, warmPageCache } from './inputs.js';
import { APOC_UNRESTRICTED, APOC_VERSION, ensureApoc } from './peer/apoc.js';
import { loadApi, pathMeasureOptions, pathOperations, runPathOperation } from './path-runs.js';
import { pickPeerInputs } from './peer/inputs.js';
import { balancedThroughput, interleaved, latencyOf, rssOf, soak, throughput } from './peer/measure.js';
import { benchTxPrefix, DELETE_BENCH_TRANSFERS, OPERATION_NAMES, peerOperations, type GraphQLCall, type PeerOperation } from './peer/operations.js';
import { consoleTable, markdownReport, type ImplementationResult, type OperationReport, type PathsReport, type PeerReport, type PreviousRun } from './peer/report.js';
import { consoleTable as pathsConsoleTable, inputLines, type OperationResult } from './report.js';
import { runFloor, startFloor, startPeer, startTrailgraph, TRAILGRAPH_BENCH_ENV, type HttpTarget, type PeerTarget } from './peer/servers.js';
import { describeError } from './stats.js';

/**
 * `npm run bench -- [--scale 10] [--quick] [--rounds N] [--seconds S] [--seed S]` (issue 12 §1)
 *
 * One dataset (cached in .data/bench), then trailgraph, a peer built with @neo4j/graphql 7 over
 * the same store (bench/peer/type-defs.graphql), and the floor (one hand-written Cypher statement
 * per operation through the driver). For each operation the three answers are checked equal,
 * then timed interleaved at concurrency 1 (p50, p95, p99), then driven by autocannon at
 * concurrency 8; Cypher statements per request and RSS are recorded. Prints a table, writes
 * bench/results/<date>.json and keeps the last report in bench/reports/peer.md. Then the path
 * operations of `npm run bench:paths` on the same dataset, trailgraph against the floor (the peer
 * has none), with their answers' completeness and the no-path checks.
 */

/** The name --only knows the path operations by: trailgraph against the floor, no peer. */
const PATHS = 'paths';
/** Timed runs per path operation; slow ones stop early on bench:paths' time budget per row. */
const PATH_ITERATIONS = 10;

const USAGE = `usage: npm run bench -- [--scale N] [--quick] [--rounds N] [--seconds S] [--warmup S] [--soak S] [--seed S] [--only A,B]
  --scale    dataset scale (default 10; 100 for ≥ 6M relationships)
  --quick    scale 1, fewer rounds and shorter throughput and soak runs
  --rounds   interleaved timed rounds per operation (default 30, --quick 10)
  --seconds  autocannon run per implementation and operation, half in turn and half in reverse (default 10, --quick 3)
  --warmup   unrecorded load per implementation and operation before anything is measured (default 15, --quick 2)
  --soak     seconds of the mixed run that samples trailgraph's RSS (default 300, --quick 30)
  --seed     generator seed (default 1)
  --only     run just these operations, by name (${[...OPERATION_NAMES, PATHS].join(', ')}); nothing is written then`;

const CONNECTIONS = 8;
const WARMUPS = 3;

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        scale: { type: 'string' },
        quick: { type: 'boolean', default: false },
        rounds: { type: 'string' },
        seconds: { type: 'string' },
        warmup: { type: 'string' },
        soak: { type: 'string' },
        seed: { type: 'string', default: '1' },
        only: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const positive = (name: string, raw: string | undefined, fallback: number) => {
      const v = raw === undefined ? fallback : Number(raw);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name}: must be a positive number`);
      return v;
    };
    if (values.quick && values.scale !== undefined) throw new Error('--quick is scale 1: give --quick or --scale, not both');
    const seed = Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed: must be a whole number ≥ 0');
    const only = values.only?.split(',').map((name) => name.trim());
    const unknown = only?.filter((name) => name !== PATHS && !(OPERATION_NAMES as readonly string[]).includes(name));
    if (unknown?.length) throw new Error(`--only: no operation named ${unknown.join(', ')}`);
    return {
      only,
      scale: values.quick ? 1 : positive('scale', values.scale, 10),
      rounds: Math.round(positive('rounds', values.rounds, values.quick ? 10 : 30)),
      seconds: positive('seconds', values.seconds, values.quick ? 3 : 10),
      warmup: positive('warmup', values.warmup, values.quick ? 2 : 15),
      soak: positive('soak', values.soak, values.quick ? 30 : 300),
      seed,
    };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

interface Body {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string }[];
}

async function post(target: HttpTarget, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Body;
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return body.data ?? {};
}

/** trailgraph's statements for one request, counted through its executor's onQuery hook. */
async function trailgraphCounter(db: Awaited<ReturnType<typeof openDataset>>['db']) {
  const [{ createApollo }, { createContext }, { systemPrincipal }, { loadConfig }] = await Promise.all([
    import('../src/server/apollo.js'),
    import('../src/context.js'),
    import('../src/auth/principal.js'),
    import('../src/config.js'),
  ]);
  const config = loadConfig({ NEO4J_URI: 'bolt://unused', NEO4J_PASSWORD: 'unused', ...TRAILGRAPH_BENCH_ENV });
  const apollo = createApollo({
    logger: pino({ level: 'silent' }),
    limits: { maxDepth: config.MAX_QUERY_DEPTH, maxCost: config.MAX_QUERY_COST },
    development: false,
  });
  await apollo.start();
  return {
    async count(call: GraphQLCall, run: number): Promise<number> {
      let statements = 0;
      const executor: Executor = db.executor({ onQuery: () => (statements += 1) });
      const contextValue: Context = createContext(executor, systemPrincipal('bench'));
      await apollo.executeOperation({ query: call.query, variables: call.variables(run) }, { contextValue });
      return statements;
    },
    stop: () => apollo.stop(),
  };
}

/** The machine in a few words: CPU count and model, memory. */
function machineName(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

/** The latest earlier results of the same scale and seed, for the report's before/after table. */
async function previousResults(scale: number, seed: number): Promise<PreviousRun | null> {
  const dir = path.join(projectRoot(), 'bench', 'results');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort().reverse();
  for (const file of files) {
    const earlier = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as PeerReport;
    if (earlier.scale === scale && earlier.seed === seed) return { file: `bench/results/${file}`, startedAt: earlier.startedAt, operations: earlier.operations };
  }
  return null;
}

/** A JSON difference in a few words: the first path where two canonical answers part. */
function firstDifference(a: unknown, b: unknown, at = ''): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at || 'answer'}: ${a.length} vs ${b.length} items`;
    for (let i = 0; i < a.length; i += 1) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at || 'answer'}: ${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)}`;
}

/** Writes bench/results/<date>.json and the report every full run keeps. */
async function writeResults(report: PeerReport): Promise<void> {
  const resultsFile = path.join(projectRoot(), 'bench', 'results', `${startedAt.toISOString().slice(0, 19).replace(/:/g, '-')}.json`);
  const reportFile = path.join(projectRoot(), 'bench', 'reports', 'peer.md');
  await mkdir(path.dirname(resultsFile), { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(reportFile, markdownReport(report));
  log(`\nwrote ${path.relative(projectRoot(), resultsFile)} and ${path.relative(projectRoot(), reportFile)}`);
}

// Node's default for these signals skips 'exit' handlers, and the one that stops the JVM is one.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

const options = readOptions();
const startedAt = new Date();
const runId = startedAt.getTime();
const log = (line: string) => console.log(line);
const notes: string[] = [
  'All three servers run in the benchmark process over HTTP on 127.0.0.1 (the floor through a bare endpoint for autocannon, through the driver for latency); they share its event loop with autocannon, so throughput is a comparison, not a capacity.',
  `trailgraph runs with production settings (API key, audit log) but a per-minute rate limit of ${TRAILGRAPH_BENCH_ENV.RATE_LIMIT_PER_MINUTE} and ${TRAILGRAPH_BENCH_ENV.MAX_EXPENSIVE_PER_PRINCIPAL} expensive slots, so autocannon's 8 connections measure the API, not its limiter.`,
  'The peer counts every `run` it sends through a driver wrapper; trailgraph counts through its executor\'s onQuery hook (in process, as one request).',
  'The mixed run sends trailgraph every read operation in turn on each of 8 connections while the peer and the floor sit idle; its RSS is the whole benchmark process (trailgraph, the idle peer, autocannon), sampled every 5 s, the last quarter of samples against the first quarter after the first sample.',
  'recordTransfer is timed at concurrency 1 only: each request must write a new transfer. Every transfer the run wrote is deleted at the end.',
  'Search: trailgraph ranks by tier (exact, prefix, fuzzy) before Lucene\'s score, the peer and the floor by the score alone; the check compares the hit sets. Where many hits share one score, the floor and trailgraph break ties by key and the peer does not, so its 20 can differ.',
];

const dataset = await openDataset({
  scale: options.scale,
  seed: options.seed,
  fresh: false,
  log,
  plugins: { dir: await ensureApoc(log), unrestricted: APOC_UNRESTRICTED },
});
const targets: { stop(): Promise<void> }[] = [];
let exitCode = 0;
try {
  const executor = dataset.db.executor();
  const size = await graphSize(executor);
  log(`  ${size.nodes.toLocaleString('en-US')} nodes, ${size.relationships.toLocaleString('en-US')} relationships; page cache warmed in ${(await warmPageCache(executor)).toFixed(0)} ms`);
  const [apoc] = await executor.read('RETURN apoc.version() AS v');
  const inputs = await pickPeerInputs(executor);
  log(`  inputs: ${JSON.stringify(inputs)}`);
  const operations = peerOperations(inputs, runId).filter((op) => !options.only || options.only.includes(op.name));

  const boltUri = dataset.uri;
  const trailgraph = await startTrailgraph(dataset.db, boltUri);
  targets.push(trailgraph);
  const peer: PeerTarget = await startPeer(boltUri);
  targets.push(peer);
  const floorHttp = await startFloor(executor, operations);
  targets.push(floorHttp);
  const counter = await trailgraphCounter(dataset.db);
  targets.push(counter);

  let run = 0;
  // A cold JVM speeds up for minutes as it compiles; without this the first operations, and
  // within each the implementation measured first, would pay for it.
  log(`\nwarm-up: ${options.warmup} s of load at ${CONNECTIONS} connections per implementation and read operation, not recorded`);
  for (const op of operations.filter((o) => o.throughput)) for (const load of throughputLoads(op)) await load(options.warmup);
  const reports: OperationReport[] = [];
  for (const op of operations) reports.push(await measureOperation(op));
  const paths = options.only && !options.only.includes(PATHS) ? undefined : await measurePaths();

  // The mixed run: every read operation in turn on each of 8 connections, trailgraph alone.
  const mixed = operations.filter((op) => op.throughput).map((op) => JSON.stringify({ query: op.trailgraph.query, variables: op.trailgraph.variables(0) }));
  const soaked = mixed.length > 0 ? await mixedRun(mixed) : undefined;
  const previous = await previousResults(options.scale, options.seed);

  async function mixedRun(mixed: readonly string[]) {
    log(`\nmixed run: ${mixed.length} operations in turn, ${CONNECTIONS} connections, ${options.soak} s`);
    const soaked = await soak(trailgraph.url, mixed, trailgraph.headers, options.soak, CONNECTIONS, () => process.memoryUsage().rss);
    log(`  ${soaked.requests} requests, ${soaked.errors} HTTP errors, ${soaked.graphqlErrors} GraphQL errors, RSS change ${Number.isFinite(soaked.rssChange) ? `${(soaked.rssChange * 100).toFixed(1)}%` : 'not measured (too short for two samples 5 s apart)'}`);
    return soaked;
  }

  /** The path operations of `bench:paths` on this dataset: trailgraph against the floor, no peer. */
  async function measurePaths(): Promise<PathsReport> {
    log('\npath operations: trailgraph against the floor (the peer has none)');
    const pathInputs = await pickInputs(dataset.db.executor({ timeoutMs: 60_000 }));
    for (const line of inputLines(pathInputs)) log(`  ${line}`);
    const api = await loadApi(dataset.db);
    try {
      const results: OperationResult[] = [];
      const specs = await pathOperations(dataset.db.executor({ timeoutMs: 120_000 }), pathInputs);
      for (const spec of specs) results.push(await runPathOperation(spec, dataset.db, api, pathMeasureOptions(options.scale, PATH_ITERATIONS), log));
      log(`\n${pathsConsoleTable({ operations: results })}`);
      return { inputs: inputLines(pathInputs), operations: results };
    } finally {
      if (typeof api !== 'string') await api.stop();
    }
  }

  /** The autocannon runs of one operation: trailgraph, the peer where it can, the floor. */
  function throughputLoads(op: PeerOperation) {
    const load = (target: HttpTarget, body: string, url = target.url) => (seconds: number) =>
      throughput(url, body, target.headers, seconds, CONNECTIONS);
    const peerCall = 'missing' in op.peer ? undefined : op.peer;
    return [
      load(trailgraph, JSON.stringify({ query: op.trailgraph.query, variables: op.trailgraph.variables(0) })),
      ...(peerCall ? [load(peer, JSON.stringify({ query: peerCall.query, variables: peerCall.variables(0) }))] : []),
      load(floorHttp, '{}', `${floorHttp.url}/${op.name}`),
    ];
  }

  async function measureOperation(op: PeerOperation): Promise<OperationReport> {
    log(`\n${op.title}`);
    const peerCall = 'missing' in op.peer ? undefined : op.peer;
    // The check: each way once, its answer (or, for a write, what it stored) in canonical form.
    const answers: { implementation: string; answer?: unknown; error?: string }[] = [];
    const answer = async (implementation: string, get: (run: number) => Promise<unknown>) => {
      run += 1;
      const thisRun = run;
      try {
        const got = await get(thisRun);
        answers.push({ implementation, answer: op.readBack ? op.readBack.canonical(await executor.read(op.readBack.cypher, op.readBack.params(thisRun))) : got });
      } catch (error) {
        answers.push({ implementation, error: describeError(error) });
      }
    };
    await answer('trailgraph', async (r) => op.trailgraph.canonical(await post(trailgraph, op.trailgraph.query, op.trailgraph.variables(r))));
    if (peerCall) await answer('peer', async (r) => peerCall.canonical(await post(peer, peerCall.query, peerCall.variables(r))));
    await answer('floor', async (r) => op.floor.canonical(await runFloor(executor, op.floor, r)));
    const failed = answers.filter((a) => a.error);
    const reference = answers.find((a) => a.implementation === 'floor');
    const differences = answers
      .filter((a) => !a.error && a !== reference && reference && !reference.error)
      .map((a) => ({ implementation: a.implementation, difference: firstDifference(a.answer, reference?.answer) }))
      .filter((d) => d.difference);
    const check = [
      ...failed.map((a) => `${a.implementation} failed: ${a.error}`),
      ...differences.map((d) => `${d.implementation} differs from the floor at ${d.difference}`),
    ].join('; ') || 'equal';
    log(`  check: ${check}`);
    // A different answer is the finding the table reports; a failed one means the run is broken.
    if (failed.length > 0) exitCode = 1;

    const runners = [
      async (r: number) => void (await post(trailgraph, op.trailgraph.query, op.trailgraph.variables(r))),
      ...(peerCall ? [async (r: number) => void (await post(peer, peerCall.query, peerCall.variables(r)))] : []),
      async (r: number) => void (await runFloor(executor, op.floor, r)),
    ];
    const measured = await interleaved(runners, { warmups: WARMUPS, rounds: options.rounds, firstRun: run });
    run += (WARMUPS + options.rounds) * runners.length;
    const [tgLatency, ...rest] = measured.map(latencyOf);
    const peerLatency = peerCall ? rest[0] : undefined;
    const floorLatency = rest.at(-1);

    run += 1;
    const tgStatements = await counter.count(op.trailgraph, run);
    let peerStatements: number | undefined;
    if (peerCall) {
      run += 1;
      peer.statements.count = 0;
      await peer.execute(peerCall.query, peerCall.variables(run));
      peerStatements = peer.statements.count;
    }

    const loaded = op.throughput ? await balancedThroughput(throughputLoads(op), options.seconds) : undefined;
    const tgThroughput = loaded?.[0];
    const peerThroughput = peerCall ? loaded?.[1] : undefined;
    const floorThroughput = loaded?.at(-1);

    const results: ImplementationResult[] = [
      { implementation: 'trailgraph', latency: tgLatency, throughput: tgThroughput, statements: tgStatements },
      peerCall
        ? { implementation: 'peer', latency: peerLatency, throughput: peerThroughput, statements: peerStatements }
        : { implementation: 'peer', missing: 'missing' in op.peer ? op.peer.missing : '' },
      { implementation: 'floor', latency: floorLatency, throughput: floorThroughput, statements: 1 },
    ];
    for (const r of results) {
      log(`  ${r.implementation}: p50 ${r.latency?.p50.toFixed(1) ?? '—'} ms, p99 ${r.latency?.p99.toFixed(1) ?? '—'} ms, errors ${r.latency?.errors ?? '—'}${r.latency?.lastError ? ` (${r.latency.lastError})` : ''}, ${r.throughput ? `${r.throughput.requestsPerSecond.toFixed(0)} req/s @${CONNECTIONS}` : 'no throughput run'}, statements ${r.statements ?? '—'}`);
    }
    return { name: op.name, title: op.title, check, results };
  }

  const write = dataset.db.executor();
  const [cleaned] = await write.writeTx((tx) => tx.run(DELETE_BENCH_TRANSFERS, { from: inputs.transferPair.from, prefix: benchTxPrefix(runId) }));
  log(`\ndeleted ${String(cleaned?.deleted ?? 0)} transfers this run wrote`);

  const argv = process.argv.slice(2).join(' ');
  const report: PeerReport = {
    startedAt: startedAt.toISOString(),
    command: `npm run bench${argv ? ` -- ${argv}` : ''}`,
    machine: machineName(),
    scale: options.scale,
    seed: options.seed,
    size: { nodes: size.nodes, relationships: size.relationships },
    rounds: options.rounds,
    throughputSeconds: options.seconds,
    warmupSeconds: options.warmup,
    inputs: { ...inputs },
    rss: { benchProcess: process.memoryUsage().rss, neo4j: rssOf(dataset.serverPid) },
    apoc: `apoc-core ${String(apoc?.v ?? APOC_VERSION)} (Maven Central), unrestricted ${APOC_UNRESTRICTED.join(', ')}, for the peer only`,
    operations: reports,
    paths,
    soak: soaked,
    previous,
    notes,
    seconds: (Date.now() - startedAt.getTime()) / 1000,
  };
  log(`\n${consoleTable(report)}`);
  if (options.only) {
    log('\n--only: a partial run, so neither bench/results nor bench/reports/peer.md is written');
  } else {
    await writeResults(report);
  }
} catch (error) {
  log(`bench failed: ${describeError(error)}`);
  exitCode = 1;
} finally {
  for (const target of targets.reverse()) await target.stop().catch((error: unknown) => log(`stopping: ${describeError(error)}`));
  await dataset.close();
}
process.exitCode = exitCode;
