import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../src/context.js';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { projectRoot } from '../src/project-root.js';
import type { Executor } from '../src/db/executor.js';
import { toGlobalId } from '../src/model/global-ids.js';
import { directoryBytes, memoryFor, openDataset, type BenchDataset, PRODUCTION_ENV } from './datasets.js';
import {
  EXPOSURE_ALTERNATIVES,
  MONEY_TRAIL_ALTERNATIVES,
  NEIGHBOURHOOD_FLOOR,
  NO_PATH_CONNECTION_FLOOR,
  NO_PATH_TRAIL_FLOOR,
  type CypherAlternative,
} from './floors.js';
import { DPRK_STATE_KEY, graphSize, pickInputs, undirectedHops, warmPageCache, type Inputs, type PathPair } from './inputs.js';
import {
  EXPOSURE,
  MONEY_TRAILS,
  NEIGHBOURHOOD,
  SHORTEST_CONNECTION,
  describeErrors,
  isEmptyAnswer,
  summarizeConnection,
  summarizeExposure,
  summarizeMoneyTrails,
  summarizeNeighbourhood,
  type GraphQLBody,
} from './operations.js';
import { consoleTable, inputLines, markdownReport, sizeLine, type MeasuredRow, type OperationResult, type ScaleReport } from './report.js';
import { describeError, measure, type MeasureOptions, type Outcome } from './stats.js';

/**
 * `npm run bench:paths -- [--scales 1,10,100] [--iterations N] [--seed S] [--fresh]`
 *
 * For each scale: a generated world in its own embedded store (cached between runs), inputs
 * chosen with Cypher, then money trails, exposure, a neighbourhood and two no-path queries timed
 * through Apollo and as single Cypher statements. Prints a table per scale and writes them all
 * to bench/reports/paths.md. Numbers are printed, never asserted: this is not a test.
 */

const USAGE = `usage: npm run bench:paths -- [--scales 1,10,100] [--iterations N] [--seed S] [--fresh]
  --scales      scales to run, comma-separated (default 1,10,100)
  --iterations  timed runs per row (default 30 at scales up to 10, 15 above)
  --seed        generator seed (default 1)
  --fresh       generate every scale again even when a complete store is cached`;

const REPORT_FILE = path.join(projectRoot(), 'bench', 'reports', 'paths.md');
/** The no-path queries must end well inside the 15 s request timeout. */
const NO_PATH_LIMIT_MS = 3_000;
/**
 * The API's 15 s timeout is per transaction, and a search sends many, so nothing bounds a
 * request as a whole. The benchmark does, so one runaway operation cannot hold up the rest:
 * once a request has run this long, its next statement is refused instead of sent.
 */
const REQUEST_CAP_MS = 45_000;
const WARMUPS = 2;

interface Options {
  readonly scales: readonly number[];
  readonly iterations?: number;
  readonly seed: number;
  readonly fresh: boolean;
}

function readOptions(): Options {
  try {
    const { values } = parseArgs({
      options: {
        scales: { type: 'string', default: '1,10,100' },
        iterations: { type: 'string' },
        seed: { type: 'string', default: '1' },
        fresh: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const scales = values.scales.split(',').map((s) => Number(s.trim()));
    if (scales.some((s) => !Number.isFinite(s) || s <= 0)) throw new Error(`--scales: not a list of positive numbers: ${values.scales}`);
    const iterations = values.iterations === undefined ? undefined : Number(values.iterations);
    if (iterations !== undefined && (!Number.isInteger(iterations) || iterations < 1)) throw new Error('--iterations: must be a whole number ≥ 1');
    const seed = Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed: must be a whole number ≥ 0');
    return { scales, iterations, seed, fresh: values.fresh };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

function measureOptions(scale: number, iterations: number | undefined): MeasureOptions {
  const n = iterations ?? (scale <= 10 ? 30 : 15);
  // A row stops after this much timed work once it has a handful of runs, which keeps a whole
  // run with cached data well inside half an hour even when some statements take seconds.
  return { warmups: WARMUPS, iterations: n, budgetMs: scale <= 10 ? 20_000 : 30_000, minIterations: Math.min(n, 3), slowMs: 15_000 };
}

// ---------------------------------------------------------------------------------------------
// The API, exactly as an HTTP request meets it

interface Api {
  run(query: string, variables: Record<string, unknown>, summarize: (data: Record<string, unknown>) => string): Promise<Outcome>;
  stop(): Promise<void>;
}

/**
 * Built from dynamic imports: the resolvers are being written while this benchmark is, and a
 * module that does not load yet must cost the API rows, not the Cypher rows or the report.
 */
async function loadApi(db: Database): Promise<Api | string> {
  // Unexpected errors are masked in responses and logged; keep the log to say what happened.
  const logged: string[] = [];
  const logger = pino(
    { level: 'error' },
    {
      write(line: string) {
        logged.push(line);
        if (logged.length > 20) logged.shift();
      },
    },
  );
  const lastLoggedError = () => {
    const last = logged.at(-1);
    if (!last) return undefined;
    try {
      const entry = JSON.parse(last) as { err?: { message?: string } };
      return entry.err?.message?.split('\n')[0];
    } catch {
      return undefined;
    }
  };
  try {
    const [{ createApollo }, { createContext }, { systemPrincipal }] = await Promise.all([
      import('../src/server/apollo.js'),
      import('../src/context.js'),
      import('../src/auth/principal.js'),
    ]);
    const config = loadConfig({ LOG_LEVEL: 'silent', ...PRODUCTION_ENV });
    const apollo: ApolloServer<Context> = createApollo({
      logger,
      limits: { maxDepth: config.MAX_QUERY_DEPTH, maxCost: config.MAX_QUERY_COST },
      development: false,
    });
    await apollo.start();
    return {
      async run(query, variables, summarize) {
        const deadline = performance.now() + REQUEST_CAP_MS;
        const executor: Executor = db.executor({
          onQuery: () => {
            if (performance.now() > deadline) throw new Error(`bench cap: request still running after ${REQUEST_CAP_MS / 1000} s`);
          },
        });
        const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(executor, systemPrincipal('bench')) });
        if (response.body.kind !== 'single') return { summary: '', error: 'unexpected incremental response' };
        const body = response.body.singleResult as GraphQLBody;
        const error = describeErrors(body, lastLoggedError);
        if (error) return { summary: '', error };
        const data = body.data ?? {};
        return { summary: summarize(data), empty: isEmptyAnswer(data) };
      },
      stop: () => apollo.stop(),
    };
  } catch (error) {
    return `the API did not load: ${describeError(error)}`;
  }
}

async function runCypher(db: Database, alternative: CypherAlternative, params: Record<string, unknown>): Promise<Outcome> {
  const rows = await db.executor().read(alternative.cypher, params);
  const summary = alternative.summarize(rows);
  return { summary, empty: summary === 'no path' };
}

// ---------------------------------------------------------------------------------------------
// Operations

interface OperationSpec {
  readonly title: string;
  readonly api: { readonly query: string; readonly variables: Record<string, unknown>; summarize(data: Record<string, unknown>): string };
  readonly cypher: readonly { readonly alternative: CypherAlternative; readonly params: Record<string, unknown> }[];
  /** For the no-path operations: the answer the check expects (null: nothing). */
  readonly expectHops?: number | null;
}

const gid = toGlobalId;

async function operationsFor(executor: Executor, inputs: Inputs): Promise<OperationSpec[]> {
  const trailParams = { from: inputs.employer.key, state: DPRK_STATE_KEY, first: 20, minAmount: null };
  const specs: OperationSpec[] = [
    {
      title: 'moneyTrails(from: employer, maxHops: 6, first: 20)',
      api: { query: MONEY_TRAILS, variables: { from: gid(inputs.employer.key), maxHops: 6, first: 20 }, summarize: summarizeMoneyTrails },
      cypher: MONEY_TRAIL_ALTERNATIVES.map((alternative) => ({ alternative, params: trailParams })),
    },
    // The issue's other ordinary inputs for trails: a consolidation wallet and an OTC hub.
    ...(
      [
        ['moneyTrails(from: consolidation wallet, maxHops: 6, first: 20)', inputs.exposureWallet.key],
        ['moneyTrails(from: hub, maxHops: 6, first: 20)', inputs.hub.key],
      ] as const
    ).map(([title, key]) => ({
      title,
      api: { query: MONEY_TRAILS, variables: { from: gid(key), maxHops: 6, first: 20 }, summarize: summarizeMoneyTrails },
      cypher: [],
    })),
    {
      title: 'exposure(id: wallet, maxHops: 6, method: HAIRCUT)',
      api: {
        query: EXPOSURE,
        variables: { id: gid(inputs.exposureWallet.key), maxHops: 6, method: 'HAIRCUT' },
        summarize: summarizeExposure,
      },
      cypher: EXPOSURE_ALTERNATIVES.map((alternative) => ({
        alternative,
        params: { id: inputs.exposureWallet.key, state: DPRK_STATE_KEY, minAmount: null },
      })),
    },
    // The three ordinary inputs of issue 9 (an employer, a consolidation wallet, an OTC hub), and
    // the other two methods on the wallet: each should answer complete.
    ...[
      { who: 'employer', key: inputs.employer.key, method: 'HAIRCUT' },
      { who: 'hub', key: inputs.hub.key, method: 'HAIRCUT' },
      { who: 'wallet', key: inputs.exposureWallet.key, method: 'POISON' },
      { who: 'wallet', key: inputs.exposureWallet.key, method: 'FIFO' },
    ].map(({ who, key, method }) => ({
      title: `exposure(id: ${who}, maxHops: 6, method: ${method})`,
      api: { query: EXPOSURE, variables: { id: gid(key), maxHops: 6, method }, summarize: summarizeExposure },
      cypher: [],
    })),
    {
      title: 'neighbourhood(id: hub, depth: 2, limitPerNode: 25)',
      api: { query: NEIGHBOURHOOD, variables: { id: gid(inputs.hub.key), depth: 2, limitPerNode: 25 }, summarize: summarizeNeighbourhood },
      cypher: [{ alternative: NEIGHBOURHOOD_FLOOR, params: { id: inputs.hub.key, limit: 25 } }],
    },
  ];
  const trailPair = (title: string, pair: PathPair | undefined) => {
    if (!pair) return;
    specs.push({
      title,
      api: { query: MONEY_TRAILS, variables: { from: gid(pair.from.key), to: gid(pair.to.key), maxHops: 8, first: 20 }, summarize: summarizeMoneyTrails },
      cypher: [{ alternative: NO_PATH_TRAIL_FLOOR, params: { a: pair.from.key, b: pair.to.key } }],
      expectHops: null,
    });
  };
  const connectionPair = async (title: string, pair: PathPair | undefined) => {
    if (!pair) return;
    specs.push({
      title,
      api: { query: SHORTEST_CONNECTION, variables: { a: gid(pair.from.key), b: gid(pair.to.key), maxHops: 8 }, summarize: summarizeConnection },
      cypher: [{ alternative: NO_PATH_CONNECTION_FLOOR, params: { a: pair.from.key, b: pair.to.key } }],
      // Undirected, so a pair without a money path may still be connected: expect what the check finds.
      expectHops: await undirectedHops(executor, pair),
    });
  };
  trailPair('moneyTrails(from: receive-only wallet, to: DPRK treasury, maxHops: 8) — no path', inputs.receiveOnlyPair);
  trailPair('moneyTrails(from: hub, to: wallet it cannot reach, maxHops: 8) — no path', inputs.hubPair);
  await connectionPair('shortestConnection(a: hub, b: that wallet, via: [TRANSFER], maxHops: 8)', inputs.hubPair);
  await connectionPair('shortestConnection(a: hub, b: wallet outside the web, via: [TRANSFER], maxHops: 8) — no path', inputs.disconnectedPair);
  return specs;
}

async function runOperation(
  spec: OperationSpec,
  db: Database,
  api: Api | string,
  options: MeasureOptions,
  log: (line: string) => void,
): Promise<OperationResult> {
  log(`  ${spec.title}`);
  const rows: MeasuredRow[] = [];
  const apiTiming =
    typeof api === 'string'
      ? { samples: [], p50: Number.NaN, p95: Number.NaN, mean: Number.NaN, max: Number.NaN, outcome: { summary: '', error: api } }
      : await measure(() => api.run(spec.api.query, spec.api.variables, spec.api.summarize), options);
  rows.push({ implementation: 'API (GraphQL)', timing: apiTiming, api: true, exact: true });
  log(`    API: p50 ${apiTiming.p50.toFixed(1)} ms, ${apiTiming.outcome.error ? `error: ${apiTiming.outcome.error}` : apiTiming.outcome.summary}`);
  for (const { alternative, params } of spec.cypher) {
    const timing = await measure(() => runCypher(db, alternative, params), options);
    rows.push({ implementation: alternative.label, timing, api: false, exact: alternative.exact, caveat: alternative.caveat });
    log(`    ${alternative.label}: p50 ${timing.p50.toFixed(1)} ms, ${timing.outcome.error ? `error: ${timing.outcome.error}` : timing.outcome.summary}`);
  }
  if (spec.expectHops === undefined) return { title: spec.title, rows };
  const expectEmpty = spec.expectHops === null;
  const { outcome, max } = apiTiming;
  const answered = !outcome.error && outcome.empty === expectEmpty;
  const fast = Number.isFinite(max) && max < NO_PATH_LIMIT_MS;
  const pass = answered && fast;
  const expected = expectEmpty ? 'empty' : `a path (the check found ${spec.expectHops} hops)`;
  const got = outcome.error ? ', got an error' : answered ? '' : `, got ${outcome.summary}`;
  const text = `max ${max.toFixed(0)} ms (limit ${NO_PATH_LIMIT_MS} ms), expected ${expected}${got}`;
  log(`    ${pass ? 'PASS' : 'FAIL'}: ${text}`);
  return { title: spec.title, rows, check: { pass, text } };
}

// ---------------------------------------------------------------------------------------------
// One scale

async function runScale(scale: number, options: Options, log: (line: string) => void): Promise<ScaleReport> {
  const started = performance.now();
  const measureOpts = measureOptions(scale, options.iterations);
  const base = {
    scale,
    seed: options.seed,
    memory: memoryFor(scale),
    iterations: measureOpts.iterations,
  };
  log(`\n=== scale ${scale}, seed ${options.seed}`);
  let dataset: BenchDataset | undefined;
  let api: Api | string | undefined;
  try {
    dataset = await openDataset({ scale, seed: options.seed, fresh: options.fresh, log });
    const { db, marker } = dataset;
    const generation = dataset.generatedNow
      ? `generated in this run${marker.resumed ? ' (resuming an interrupted generation)' : ''} in ${marker.generationSeconds.toFixed(0)} s (world alone ${marker.summary.seconds.toFixed(0)} s, ` +
        `${marker.summary.nodes.toLocaleString('en-US')} nodes and ${marker.summary.relationships.toLocaleString('en-US')} relationships written)`
      : `cached, generated ${marker.generatedAt} in ${marker.generationSeconds.toFixed(0)} s`;
    const setup = db.executor({ timeoutMs: 120_000 });
    const cacheWarmMs = await warmPageCache(setup);
    const size = await graphSize(setup);
    const dataBytes = directoryBytes(dataset.dataDir);
    const partial = { ...base, dataDir: dataset.dataDir, dataBytes, generation, cacheWarmMs, size };
    log(`  ${sizeLine({ ...partial, operations: [], seconds: 0 })}`);
    log(`  ${generation}; page cache warmed in ${(cacheWarmMs / 1000).toFixed(1)} s`);
    const pickStarted = performance.now();
    const inputs = await pickInputs(db.executor({ timeoutMs: 60_000 }));
    log(`  inputs (chosen in ${((performance.now() - pickStarted) / 1000).toFixed(1)} s):`);
    for (const line of inputLines(inputs)) log(`  ${line}`);

    api = await loadApi(db);
    if (typeof api === 'string') log(`  ${api}`);
    const operations: OperationResult[] = [];
    for (const spec of await operationsFor(setup, inputs)) {
      operations.push(await runOperation(spec, db, api, measureOpts, log));
    }
    const report: ScaleReport = { ...partial, inputs, operations, seconds: (performance.now() - started) / 1000 };
    log(`\nscale ${scale}: ${sizeLine(report)}\n${consoleTable(report)}`);
    return report;
  } catch (error) {
    const message = describeError(error);
    log(`  scale ${scale} failed: ${message}`);
    return {
      ...base,
      dataDir: dataset?.dataDir ?? '',
      dataBytes: dataset ? directoryBytes(dataset.dataDir) : 0,
      generation: dataset ? 'see above' : 'not available',
      cacheWarmMs: Number.NaN,
      operations: [],
      error: message,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    if (api && typeof api !== 'string') await api.stop();
    await dataset?.close();
  }
}

// ---------------------------------------------------------------------------------------------

// Node's default for these signals skips 'exit' handlers, and the one that stops the embedded
// JVMs is one; exiting through process.exit runs it.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

const options = readOptions();
const startedAt = new Date();
const log = (line: string) => console.log(line);
const reports: ScaleReport[] = [];
for (const scale of options.scales) reports.push(await runScale(scale, options, log));

const floorCypher = [
  ...MONEY_TRAIL_ALTERNATIVES.map((a) => ({ title: `moneyTrails — ${a.label}`, cypher: a.cypher })),
  ...EXPOSURE_ALTERNATIVES.map((a) => ({ title: `exposure — ${a.label}`, cypher: a.cypher })),
  { title: `neighbourhood — ${NEIGHBOURHOOD_FLOOR.label}`, cypher: NEIGHBOURHOOD_FLOOR.cypher },
  { title: `moneyTrails, no path — ${NO_PATH_TRAIL_FLOOR.label}`, cypher: NO_PATH_TRAIL_FLOOR.cypher },
  { title: `shortestConnection — ${NO_PATH_CONNECTION_FLOOR.label}`, cypher: NO_PATH_CONNECTION_FLOOR.cypher },
];
const argv = process.argv.slice(2).join(' ');
const run = {
  startedAt,
  seconds: (Date.now() - startedAt.getTime()) / 1000,
  command: `npm run bench:paths${argv ? ` -- ${argv}` : ''}`,
  floorCypher,
};
await mkdir(path.dirname(REPORT_FILE), { recursive: true });
await writeFile(REPORT_FILE, markdownReport(run, reports));
log(`\nwrote ${path.relative(projectRoot(), REPORT_FILE)} (${(run.seconds / 60).toFixed(1)} min in all)`);
const failed = reports.filter((r) => r.error).length;
const checks = reports.flatMap((r) => r.operations.flatMap((o) => (o.check ? [o.check] : [])));
if (checks.length) log(`no-path checks: ${checks.filter((c) => c.pass).length} PASS, ${checks.filter((c) => !c.pass).length} FAIL`);
if (failed) process.exitCode = 1;
