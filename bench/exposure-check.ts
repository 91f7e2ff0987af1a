import { parseArgs } from 'node:util';
import { decimalsOf } from '../src/domain/assets.js';
import { exposure, type TaintMethod } from '../src/domain/trails/exposure.js';
import { createMoneyGraph } from '../src/loaders/money-graph.js';
import type { Executor } from '../src/db/executor.js';
import type { MemoryMoneyData } from '../test/support/memory-money-graph.js';
import { figures } from '../test/support/money-world.js';
import { referenceExposure } from '../test/support/reference-exposure.js';
import { openDataset } from './datasets.js';
import { DPRK_STATE_KEY, pickInputs } from './inputs.js';

/**
 * `npm run bench:exposure-check -- [--scale 1] [--seed 1] [--max-hops 6]`
 *
 * Exposure on a generated world against the exhaustive reference of the tests
 * (test/support/reference-exposure.ts), which replays every transfer of the whole world and lists
 * every simple time-respecting path: for the benchmark's employer, consolidation wallet and OTC
 * hub, under each method, it must be complete and equal to the last unit. Prints what it compared;
 * exits 1 on any difference. Meant for scale 1 (the reference holds the whole world in memory).
 */

const USAGE = 'usage: npm run bench:exposure-check -- [--scale 1] [--seed 1] [--max-hops 6]';
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    'max-hops': { type: 'string', default: '6' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const scale = Number(values.scale);
const seed = Number(values.seed);
const maxHops = Number(values['max-hops']);

const str = (v: unknown) => String(v);
const num = (v: unknown) => Number(v);

/** The whole world as the plain lists the in-memory graph and the reference take. */
async function wholeWorld(executor: Executor): Promise<MemoryMoneyData> {
  const keys = async (cypher: string) => (await executor.read(cypher)).map((r) => str(r.key));
  const wallets = await keys('MATCH (w:Wallet) RETURN w.key AS key');
  const organizations = await keys('MATCH (o:Organization) RETURN o.key AS key');
  const salaries = (
    await executor.read(`MATCH (e:Employer)-[r:PAID_SALARY]->(w:Wallet)
      RETURN r.key AS key, e.key AS employer, w.key AS wallet, r.amount AS amount, r.asset AS asset, r.paidAt.epochMillis AS at`)
  ).map((r) => ({ key: str(r.key), employer: str(r.employer), wallet: str(r.wallet), amount: str(r.amount), asset: str(r.asset), at: num(r.at) }));
  const transfers = (
    await executor.read(`MATCH (a:Wallet)-[r:TRANSFERRED]->(b:Wallet)
      RETURN r.key AS key, a.key AS from, b.key AS to, r.amount AS amount, r.asset AS asset, r.at.epochMillis AS at`)
  ).map((r) => ({ key: str(r.key), from: str(r.from), to: str(r.to), amount: str(r.amount), asset: str(r.asset), at: num(r.at) }));
  const controls = (await executor.read('MATCH (a:Node)-[:CONTROLS]->(b:Node) RETURN a.key AS from, b.key AS to')).map((r) => ({
    from: str(r.from),
    to: str(r.to),
  }));
  return { wallets, organizations, salaries, transfers, controls };
}

const dataset = await openDataset({ scale, seed, fresh: false, log: (line) => console.log(line) });
let failed = false;
try {
  const executor = dataset.db.executor({ timeoutMs: 600_000 });
  const inputs = await pickInputs(executor);
  const world = await wholeWorld(executor);
  console.log(`world: ${world.wallets.length} wallets, ${world.transfers?.length} transfers, ${world.salaries?.length} salaries`);
  const graph = createMoneyGraph(executor);
  // Both sides get the categories as the API reads them: this checks the engine, not those reads.
  const categories = [
    { name: 'DPRK_CONTROLLED', wallets: await graph.destinations(DPRK_STATE_KEY) },
    { name: 'SANCTIONED', wallets: await graph.sanctioned() },
  ];
  const plain = categories.map((c) => ({ name: c.name, wallets: new Set(c.wallets.keys()) }));
  for (const [who, key] of [
    ['employer', inputs.employer.key],
    ['consolidation wallet', inputs.exposureWallet.key],
    ['OTC hub', inputs.hub.key],
  ] as const) {
    for (const method of ['POISON', 'HAIRCUT', 'FIFO'] as TaintMethod[]) {
      const started = performance.now();
      const got = await exposure(graph, { subject: key, categories, maxHops, method });
      const apiMs = performance.now() - started;
      const t = performance.now();
      const want = referenceExposure(world, key, plain, maxHops, method, decimalsOf);
      const refMs = performance.now() - t;
      const shown = figures(got);
      const same = JSON.stringify(shown) === JSON.stringify(want.entries) && JSON.stringify([...got.outflow]) === JSON.stringify([...want.outflow]);
      const ok = same && got.complete;
      failed ||= !ok;
      console.log(
        `${ok ? 'OK  ' : 'FAIL'} ${who} ${method}: complete ${got.complete}, ${shown.length} entries ` +
          `(${shown.map((e) => `${e.category} ${e.asset} ${e.amount} in ${e.nearestHops}/${e.nearestMoneyHops ?? '-'}`).join('; ') || 'none'}); ` +
          `engine ${apiMs.toFixed(0)} ms, reference ${refMs.toFixed(0)} ms`,
      );
      if (!same) console.log(`  engine:    ${JSON.stringify(shown)}\n  reference: ${JSON.stringify(want.entries)}`);
    }
  }
} finally {
  await dataset.close();
}
process.exit(failed ? 1 : 0);
