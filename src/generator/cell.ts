import type { NodeTypename } from '../model/index.js';
import type { Batch } from './batch.js';
import { DAY, FIRST_START, HOUR, START_MONTHS, addMonths } from './calendar.js';
import { scheduleCashouts } from './cashouts.js';
import { CellWriter } from './cell-writer.js';
import { addFront, frontOf, isFirstCellOfFront } from './fronts.js';
import { cellId, nodeKey } from './keys.js';
import { launder } from './laundering.js';
import type { Asset } from './money.js';
import { type Collector, type Host, payIdentity } from './payroll.js';
import { FICTION } from './provenance.js';
import { randomFor } from './random.js';
import type { SharedWorld } from './shared-world.js';
import { STREAM } from './streams.js';

const FIRST_NAMES = ['Alex', 'Jordan', 'Casey', 'Morgan', 'Taylor', 'Riley', 'Jamie', 'Avery', 'Quinn', 'Drew', 'Robin', 'Dana'];
const LAST_NAMES = ['Example', 'Sample', 'Placeholder', 'Specimen', 'Demo', 'Mockford', 'Testwell', 'Fakeley', 'Dummyson'];
const EMPLOYER_PREFIXES = ['Example', 'Sample', 'Demo'] as const;
const EMPLOYER_TRADES = ['Widgets', 'Cloud Services', 'Analytics', 'Software', 'Logistics', 'Health Tech', 'Payments'];
const EMPLOYER_SUFFIXES = ['Inc.', 'LLC', 'Ltd.', 'Corp.'] as const;

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/**
 * One DPRK IT-worker team and its money, the unit the world is built from. Everything in it
 * comes from the cell's own random stream and carries the cell's id in its key, so the cell is
 * the same whichever run, scale or batch produces it.
 *
 * A team (controlled by a front company the DPRK controls) has a manager, a launderer and 2–5
 * IT workers with 2–4 stolen identities each. Employers hire the identities and pay monthly
 * salaries; laptop-farm hosts take a cut; the rest fans in to consolidation wallets whose
 * periodic cash-outs are laundered towards the front's treasury or, for decoys, elsewhere.
 */
export function addCell(batch: Batch, seed: number, world: SharedWorld, cell: number): void {
  const rng = randomFor(STREAM.cell, seed, cell);
  const id = cellId(seed, cell);
  const asset: Asset = rng.chance(0.25) ? 'ETH' : 'USDC';
  const w = new CellWriter(batch, rng, id, asset);
  const key = (type: NodeTypename, suffix: string) => nodeKey(type, `${id}-${suffix}`);

  const front = frontOf(seed, cell, world);
  if (isFirstCellOfFront(cell)) addFront(batch, front);
  const team = key('Organization', 'team');
  batch.organizations.push({ key: team, name: `Fictional IT Worker Team ${id}`, kind: 'GROUP', ...FICTION });
  w.link('CONTROLS', front.key, team);

  const operative = (suffix: string, role: Batch['operatives'][number]['role']) => {
    const operativeKey = key('Operative', suffix);
    batch.operatives.push({ key: operativeKey, name: `Operative ${id}-${suffix} (fictional)`, role, ...FICTION });
    w.link('MEMBER_OF', operativeKey, team);
    return operativeKey;
  };
  operative('manager', 'MANAGER');
  const launderer = operative('launderer', 'MONEY_LAUNDERER');
  const workers = range(rng.int(2, 5)).map((n) => operative(`w${n}`, 'IT_WORKER'));

  const employers = range(rng.int(3, 6)).map((n) => {
    const employerKey = key('Employer', `e${n}`);
    const name = `${rng.pick(EMPLOYER_PREFIXES)} ${rng.pick(EMPLOYER_TRADES)} ${id}-${n} ${rng.pick(EMPLOYER_SUFFIXES)} (fictional)`;
    batch.employers.push({ key: employerKey, name, ...FICTION });
    return employerKey;
  });
  const hosts: Host[] = range(rng.int(1, 2)).map((n) => {
    const hostKey = key('Facilitator', `h${n}`);
    const name = `Laptop-farm host ${id}-h${n} (fictional)`;
    batch.facilitators.push({ key: hostKey, name, role: 'LAPTOP_FARM_HOST', ...FICTION });
    return { key: hostKey, wallet: w.wallet('laptop-host fee', hostKey), feeBasisPoints: rng.int(300, 800), inflows: [] };
  });
  // Two workers share a consolidation wallet, run by the launderer.
  const consolidations: Collector[] = range(Math.ceil(workers.length / 2)).map(() => ({
    wallet: w.wallet('consolidation', launderer),
    inflows: [],
  }));
  const layeringPool = range(rng.int(3, 6)).map(() => w.wallet('layering'));
  const depositAccounts = range(rng.int(2, 4)).map(() => w.wallet('exchange deposit', rng.pick(world.exchanges)));

  const start = addMonths(FIRST_START, rng.int(0, START_MONTHS - 1)) + rng.int(0, 27) * DAY;
  const ethPriceUsd = rng.int(1500, 4000);
  let identities = 0;
  workers.forEach((worker, index) => {
    const host = rng.pick(hosts);
    w.link('FACILITATED', host.key, worker);
    const consolidation = consolidations[Math.floor(index / 2)];
    if (!consolidation) throw new RangeError(`no consolidation wallet for worker ${index}`);
    for (const _ of range(rng.int(2, 4))) {
      identities += 1;
      const ref = `i${identities}`;
      const identity = key('StolenIdentity', ref);
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(LAST_NAMES);
      batch.stolenIdentities.push({
        key: identity,
        name: `${first} ${last} (fictional identity ${id}-${ref})`,
        aliases: rng.chance(0.3) ? [`${first.charAt(0)}. ${last}`] : [],
        ...FICTION,
      });
      w.link('USES_IDENTITY', worker, identity);
      const salaryWallet = w.wallet('salary', identity);
      const from = addMonths(start, rng.int(0, 6));
      payIdentity(w, { ref, identity, salaryWallet, employers, host, consolidation, from, ethPriceUsd });
    }
  });

  const trail = { world, treasuries: front.treasuries, layeringPool, depositAccounts };
  for (const consolidation of consolidations) {
    for (const cashout of scheduleCashouts(rng, consolidation.inflows, rng.int(2, 4))) {
      launder(w, trail, { wallet: consolidation.wallet, ...cashout });
    }
  }
  // Hosts cash their cut out at an exchange every quarter: money that never goes to the DPRK.
  for (const host of hosts) {
    const cashouts = scheduleCashouts(rng, host.inflows, 3);
    if (cashouts.length === 0) continue;
    const deposit = w.wallet('exchange deposit', rng.pick(world.exchanges));
    for (const cashout of cashouts) w.send({ wallet: host.wallet, ...cashout }, deposit, HOUR, 3 * DAY);
  }
}
