import { parseArgs } from 'node:util';
import { exposure, type TaintMethod } from '../src/domain/trails/exposure.js';
import { findTrails, TRAIL_BUDGET } from '../src/domain/trails/find-trails.js';
import { DEFAULT_EXPOSURE_BUDGET } from '../src/domain/trails/money-read.js';
import type { MoneyGraph } from '../src/domain/trails/types.js';
import { createMoneyGraph } from '../src/loaders/money-graph.js';
import { openDataset } from './datasets.js';
import { DPRK_STATE_KEY, pickInputs } from './inputs.js';

/**
 * `npm run bench:money-reads -- [--scale 10] [--seed 1] [--max-hops 6] [--budget ROWS] [--runs 2]`
 *
 * Where the time of moneyTrails and exposure goes: for the benchmark's employer, consolidation
 * wallet and OTC hub, each answer's time, whether it is complete, and every graph read it made
 * (batch size, rows, milliseconds). The engine is called directly, without GraphQL, through the
 * API's own reads. `--budget` sets both searches' transfer budgets (default: the API's), to see
 * how much a complete answer would read. The last of `--runs` runs is printed (the first pays
 * for planning each statement). Printed, never asserted.
 */

const USAGE = 'usage: npm run bench:money-reads -- [--scale 10] [--seed 1] [--max-hops 6] [--budget ROWS] [--runs 2]';
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    'max-hops': { type: 'string', default: '6' },
    budget: { type: 'string' },
    runs: { type: 'string', default: '2' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const maxHops = Number(values['max-hops']);
const rows = values.budget === undefined ? undefined : Number(values.budget);
const runs = Number(values.runs);

interface Read {
  readonly name: string;
  readonly batch: number | null;
  readonly rows: number | null;
  readonly ms: number;
}

/** The API's reads, each timed. */
function timed(graph: MoneyGraph, reads: Read[]): MoneyGraph {
  const wrap = <K extends keyof MoneyGraph>(name: K) =>
    (async (...args: unknown[]) => {
      const started = performance.now();
      const result: unknown = await (graph[name] as (...a: unknown[]) => Promise<unknown>)(...args);
      const size = Array.isArray(result) ? result.length : result instanceof Map ? result.size : null;
      reads.push({ name, batch: Array.isArray(args[0]) ? args[0].length : null, rows: size, ms: performance.now() - started });
      return result;
    }) as MoneyGraph[K];
  const names = Object.keys(graph) as (keyof MoneyGraph)[];
  return Object.fromEntries(names.map((name) => [name, wrap(name)])) as unknown as MoneyGraph;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const dataset = await openDataset({ scale: Number(values.scale), seed: Number(values.seed), fresh: false, log: (line) => console.log(line) });
try {
  const executor = dataset.db.executor({ timeoutMs: 600_000 });
  const inputs = await pickInputs(executor);
  const api = createMoneyGraph(executor);
  const dprk = await api.destinations(DPRK_STATE_KEY);
  const categories = [
    { name: 'DPRK_CONTROLLED', wallets: dprk },
    { name: 'SANCTIONED', wallets: await api.sanctioned() },
  ];
  const trailBudget = rows === undefined ? TRAIL_BUDGET : { ...TRAIL_BUDGET, transfers: rows, partialTrails: Math.max(TRAIL_BUDGET.partialTrails, rows * 10) };
  const exposureBudget = rows === undefined ? DEFAULT_EXPOSURE_BUDGET : { ...DEFAULT_EXPOSURE_BUDGET, transfers: rows };
  console.log(`scale ${values.scale}, maxHops ${maxHops}, budgets: trails ${fmt(trailBudget.transfers)} transfers, exposure ${fmt(exposureBudget.transfers)} ledger rows`);
  for (const [who, key] of [
    ['employer', inputs.employer.key],
    ['consolidation wallet', inputs.exposureWallet.key],
    ['OTC hub', inputs.hub.key],
  ] as const) {
    for (const answer of ['moneyTrails', 'POISON', 'HAIRCUT', 'FIFO'] as const) {
      let reads: Read[] = [];
      let summary = '';
      let ms = 0;
      for (let run = 0; run < runs; run += 1) {
        reads = [];
        const graph = timed(api, reads);
        const started = performance.now();
        if (answer === 'moneyTrails') {
          const r = await findTrails(graph, {
            subject: key,
            destinations: dprk,
            maxHops,
            filter: { minAmount: null, assets: null, since: null, until: null },
            top: 20,
            budget: trailBudget,
          });
          summary = `${fmt(r.totalCount)} trails, complete ${r.complete}${r.complete ? '' : ` ${JSON.stringify(r.limitsReached)}`}`;
        } else {
          const r = await exposure(graph, { subject: key, categories, maxHops, method: answer as TaintMethod, budget: exposureBudget });
          const entries = r.entries.map((e) => `${e.category} ${e.asset} ${e.amount}`).join('; ') || 'no entries';
          summary = `${entries}, complete ${r.complete}${r.complete ? '' : ` ${JSON.stringify(r.limitsReached)}`}`;
        }
        ms = performance.now() - started;
      }
      const read = reads.reduce((sum, r) => sum + r.ms, 0);
      const rowsRead = reads.reduce((sum, r) => sum + (r.rows ?? 0), 0);
      console.log(`${who} ${answer}: ${fmt(Math.round(ms))} ms (reads ${fmt(Math.round(read))} ms, ${fmt(rowsRead)} rows in ${reads.length} reads); ${summary}`);
      for (const r of reads) console.log(`    ${r.name}(${r.batch ?? ''}) → ${r.rows === null ? '' : fmt(r.rows)} in ${fmt(Math.round(r.ms))} ms`);
    }
  }
} finally {
  await dataset.close();
}
