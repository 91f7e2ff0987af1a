import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import type { Principal } from '../src/auth/principal.js';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/context.js';
import type { Database } from '../src/db/database.js';
import { toGlobalId } from '../src/model/global-ids.js';
import { createApollo } from '../src/server/apollo.js';
import { ConcurrencyLimiter, type ConcurrencyLimits } from '../src/server/concurrency.js';
import { projectRoot } from '../src/project-root.js';
import { openDataset, PRODUCTION_ENV } from './datasets.js';
import { pickInputs, warmPageCache, type Inputs } from './inputs.js';
import { EXPOSURE, MONEY_TRAILS, NEIGHBOURHOOD, type GraphQLBody } from './operations.js';
import { summarize } from './stats.js';

/**
 * `npm run bench:contention -- [--scale 1] [--seed 1] [--lookups 200] [--in-flight 10]`
 *
 * Does one analyst's heavy work starve everyone's lookups? Keeps `--in-flight` expensive
 * operations running (money trails, exposure, neighbourhoods, from five analysts, each resent as
 * soon as it is answered) and times `node(id:)` lookups by another principal meanwhile: first
 * with nothing else running, then with no limit on expensive work, then with the configured
 * limits (MAX_EXPENSIVE_PER_PRINCIPAL, MAX_EXPENSIVE_TOTAL, EXPENSIVE_QUEUE_TIMEOUT_MS from the
 * environment). The target is a p95 under 100 ms. Prints a table and keeps it in
 * bench/reports/contention.md; asserts nothing.
 */

const REPORT_FILE = path.join(projectRoot(), 'bench', 'reports', 'contention.md');
const USAGE = 'usage: npm run bench:contention -- [--scale 1] [--seed 1] [--lookups 200] [--in-flight 10]';
const TARGET_P95_MS = 100;
const ANALYSTS = 5;

interface Scenario {
  readonly name: string;
  readonly inFlight: number;
  readonly expensive?: ConcurrencyLimits;
}

interface Row {
  readonly scenario: string;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly lookupErrors: number;
  readonly expensiveAnswered: number;
  readonly expensiveBusy: number;
  /** Codes of the expensive operations that failed other than BUSY, with how many. */
  readonly expensiveFailed: ReadonlyMap<string, number>;
}

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        scale: { type: 'string', default: '1' },
        seed: { type: 'string', default: '1' },
        lookups: { type: 'string', default: '200' },
        'in-flight': { type: 'string', default: '10' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const numbers = [values.scale, values.seed, values.lookups, values['in-flight']].map(Number);
    if (numbers.some((n) => !Number.isInteger(n) || n < 0)) throw new Error('every option is a whole number');
    const [scale = 1, seed = 1, lookups = 200, inFlight = 10] = numbers;
    return { scale, seed, lookups, inFlight };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const NODE = /* GraphQL */ `
  query BenchNode($id: ID!) {
    node(id: $id) { id ... on Entity { name } }
  }`;

function expensiveOperations(inputs: Inputs) {
  return [
    { query: MONEY_TRAILS, variables: { from: toGlobalId(inputs.employer.key), maxHops: 6, first: 20 } },
    { query: EXPOSURE, variables: { id: toGlobalId(inputs.exposureWallet.key), maxHops: 6 } },
    { query: NEIGHBOURHOOD, variables: { id: toGlobalId(inputs.hub.key), depth: 2, limitPerNode: 25 } },
  ];
}

async function runScenario(db: Database, inputs: Inputs, scenario: Scenario, lookups: number): Promise<Row> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...PRODUCTION_ENV });
  const apollo = createApollo({
    logger: pino({ level: 'silent' }),
    limits: { maxDepth: config.MAX_QUERY_DEPTH, maxCost: config.MAX_QUERY_COST },
    development: false,
    expensive: scenario.expensive && new ConcurrencyLimiter(scenario.expensive),
  });
  await apollo.start();
  const send = async (query: string, variables: Record<string, unknown>, principal: Principal): Promise<GraphQLBody> => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db.executor(), principal) });
    return response.body.kind === 'single' ? (response.body.singleResult as GraphQLBody) : { errors: [{ message: 'incremental' }] };
  };

  let stopping = false;
  const counts = { answered: 0, busy: 0, failed: new Map<string, number>() };
  const operations = expensiveOperations(inputs);
  const workers = Array.from({ length: scenario.inFlight }, async (_, i) => {
    const principal: Principal = { id: `key:analyst-${i % ANALYSTS}`, role: 'ANALYST', kind: 'key' };
    const operation = operations[i % operations.length]!;
    while (!stopping) {
      const body = await send(operation.query, operation.variables, principal).catch((): GraphQLBody => ({ errors: [{ message: 'threw' }] }));
      const code = body.errors?.[0]?.extensions?.code;
      if (!body.errors) counts.answered += 1;
      else if (code === 'BUSY') {
        counts.busy += 1;
        // A refused client waits before resending, as Retry-After asks.
        await new Promise((resolve) => setTimeout(resolve, 250));
      } else {
        const key = String(code ?? body.errors?.[0]?.message ?? 'error');
        counts.failed.set(key, (counts.failed.get(key) ?? 0) + 1);
      }
    }
  });

  // Let the expensive work get going before timing lookups against it.
  if (scenario.inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 1000));
  const viewer: Principal = { id: 'key:lookup', role: 'VIEWER', kind: 'key' };
  const ids = [inputs.employer.key, inputs.exposureWallet.key, inputs.hub.key].map(toGlobalId);
  const samples: number[] = [];
  let lookupErrors = 0;
  for (let i = 0; i < lookups; i += 1) {
    const started = performance.now();
    const body = await send(NODE, { id: ids[i % ids.length] }, viewer);
    samples.push(performance.now() - started);
    if (body.errors) lookupErrors += 1;
  }
  stopping = true;
  await Promise.all(workers);
  await apollo.stop();
  const { p50, p95, max } = summarize(samples);
  return {
    scenario: scenario.name,
    p50,
    p95,
    max,
    lookupErrors,
    expensiveAnswered: counts.answered,
    expensiveBusy: counts.busy,
    expensiveFailed: counts.failed,
  };
}

function table(rows: readonly Row[]): string {
  const head = ['scenario', 'node p50 ms', 'node p95 ms', 'node max ms', 'lookup errors', 'expensive ok', 'BUSY', 'other errors'];
  const body = rows.map((r) => [
    r.scenario,
    r.p50.toFixed(1),
    `${r.p95.toFixed(1)}${r.p95 <= TARGET_P95_MS ? '' : ' (over target)'}`,
    r.max.toFixed(1),
    String(r.lookupErrors),
    String(r.expensiveAnswered),
    String(r.expensiveBusy),
    [...r.expensiveFailed].map(([code, n]) => `${n} ${code}`).join(', ') || '0',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function main() {
  const options = readOptions();
  // The limits come from the environment like the server's: MAX_EXPENSIVE_TOTAL=2 npm run …
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', ...PRODUCTION_ENV });
  const limits: ConcurrencyLimits = {
    perPrincipal: config.MAX_EXPENSIVE_PER_PRINCIPAL,
    total: config.MAX_EXPENSIVE_TOTAL,
    queueTimeoutMs: config.EXPENSIVE_QUEUE_TIMEOUT_MS,
  };
  console.log(`scale ${options.scale}, seed ${options.seed}: opening the dataset`);
  const dataset = await openDataset({ scale: options.scale, seed: options.seed, fresh: false, log: console.log });
  try {
    const executor = dataset.db.executor();
    await warmPageCache(executor);
    const inputs = await pickInputs(executor);
    const scenarios: Scenario[] = [
      { name: 'nothing else running', inFlight: 0 },
      { name: `${options.inFlight} expensive in flight, no limit`, inFlight: options.inFlight },
      {
        name: `${options.inFlight} expensive in flight, limit ${limits.perPrincipal}/principal ${limits.total} total`,
        inFlight: options.inFlight,
        expensive: limits,
      },
    ];
    const rows: Row[] = [];
    for (const scenario of scenarios) {
      console.log(`running: ${scenario.name}`);
      rows.push(await runScenario(dataset.db, inputs, scenario, options.lookups));
    }
    const title = `node(id:) lookups (${options.lookups} each) while expensive operations run; target p95 < ${TARGET_P95_MS} ms`;
    console.log(`\n${title}\n`);
    console.log(table(rows));
    const run = `${new Date().toISOString()}, scale ${options.scale} seed ${options.seed}, ${options.inFlight} in flight from ${ANALYSTS} analysts`;
    await mkdir(path.dirname(REPORT_FILE), { recursive: true });
    await writeFile(REPORT_FILE, `# Contention\n\n${title}.\n\nLast run: ${run}.\n\n${table(rows)}\n`);
    console.log(`\nwritten to ${path.relative(projectRoot(), REPORT_FILE)}`);
  } finally {
    await dataset.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
