import { pino } from 'pino';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../src/context.js';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import type { Executor } from '../src/db/executor.js';
import { toGlobalId } from '../src/model/global-ids.js';
import { PRODUCTION_ENV } from './datasets.js';
import {
  EXPOSURE_ALTERNATIVES,
  MONEY_TRAIL_ALTERNATIVES,
  NEIGHBOURHOOD_FLOOR,
  NO_PATH_CONNECTION_FLOOR,
  NO_PATH_TRAIL_FLOOR,
  type CypherAlternative,
} from './floors.js';
import { DPRK_STATE_KEY, undirectedHops, type Inputs, type PathPair } from './inputs.js';
import {
  EXPOSURE,
  MONEY_TRAILS,
  NEIGHBOURHOOD,
  SHORTEST_CONNECTION,
  completenessOf,
  describeErrors,
  isEmptyAnswer,
  summarizeConnection,
  summarizeExposure,
  summarizeMoneyTrails,
  summarizeNeighbourhood,
  type GraphQLBody,
} from './operations.js';
import type { MeasuredRow, OperationResult } from './report.js';
import { describeError, measure, type MeasureOptions, type Outcome } from './stats.js';

/**
 * The path operations (money trails, exposure, a neighbourhood, the no-path queries), each timed
 * through Apollo as an HTTP request meets it and as hand-written Cypher statements, the fastest
 * of which is its floor. `npm run bench:paths` runs them per scale; `npm run bench` runs them
 * on its own dataset beside the peer's operations.
 */

/** Issue 12 §4: the no-path queries must answer in under a second. */
export const NO_PATH_LIMIT_MS = 1_000;
/**
 * The API's 15 s timeout is per transaction, and a search sends many, so nothing bounds a
 * request as a whole. The benchmark does, so one runaway operation cannot hold up the rest:
 * once a request has run this long, its next statement is refused instead of sent.
 */
const REQUEST_CAP_MS = 45_000;
const WARMUPS = 2;

export function pathMeasureOptions(scale: number, iterations: number | undefined): MeasureOptions {
  const n = iterations ?? (scale <= 10 ? 30 : 15);
  // A row stops after this much timed work once it has a handful of runs, which keeps a whole
  // run with cached data well inside half an hour even when some statements take seconds.
  return { warmups: WARMUPS, iterations: n, budgetMs: scale <= 10 ? 20_000 : 30_000, minIterations: Math.min(n, 3), slowMs: 15_000 };
}

// ---------------------------------------------------------------------------------------------
// The API, exactly as an HTTP request meets it

export interface Api {
  run(query: string, variables: Record<string, unknown>, summarize: (data: Record<string, unknown>) => string): Promise<Outcome>;
  stop(): Promise<void>;
}

/**
 * Built from dynamic imports: the resolvers are being written while this benchmark is, and a
 * module that does not load yet must cost the API rows, not the Cypher rows or the report.
 */
export async function loadApi(db: Database): Promise<Api | string> {
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
        let statements = 0;
        const executor: Executor = db.executor({
          onQuery: () => {
            statements += 1;
            if (performance.now() > deadline) throw new Error(`bench cap: request still running after ${REQUEST_CAP_MS / 1000} s`);
          },
        });
        const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(executor, systemPrincipal('bench')) });
        if (response.body.kind !== 'single') return { summary: '', error: 'unexpected incremental response' };
        const body = response.body.singleResult as GraphQLBody;
        const error = describeErrors(body, lastLoggedError);
        if (error) return { summary: '', error };
        const data = body.data ?? {};
        return { summary: `${summarize(data)}; ${statements} statements`, empty: isEmptyAnswer(data), complete: completenessOf(data) };
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

export interface PathOperation {
  readonly title: string;
  readonly api: { readonly query: string; readonly variables: Record<string, unknown>; summarize(data: Record<string, unknown>): string };
  readonly cypher: readonly { readonly alternative: CypherAlternative; readonly params: Record<string, unknown> }[];
  /** For the no-path operations: the answer the check expects (null: nothing). */
  readonly expectHops?: number | null;
}

const gid = toGlobalId;

export async function pathOperations(executor: Executor, inputs: Inputs): Promise<PathOperation[]> {
  const trailParams = { from: inputs.employer.key, state: DPRK_STATE_KEY, first: 20, minAmount: null };
  const specs: PathOperation[] = [
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

export async function runPathOperation(
  spec: PathOperation,
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
