import { describe, expect, it } from 'vitest';
import { findTrails, trailId } from '../src/domain/trails/find-trails.js';
import { compare, parseDecimal } from '../src/domain/trails/rational.js';
import { randomFor, type Random } from '../src/generator/random.js';
import { MemoryMoneyGraph, type MemoryMoneyData, type MemorySalary, type MemoryTransfer } from './support/memory-money-graph.js';
import { DPRK_WALLETS, SANCTIONED_WALLETS, categoriesOf, expose, figures, reference, world } from './support/money-world.js';

/**
 * Production exposure against the exhaustive reference (test/support/reference-exposure.ts) on
 * seeded random graphs, and the invariants the three methods keep between them.
 */

const ASSETS = ['USDC', 'ETH', 'USDT'];

function amountOf(rng: Random, asset: string): string {
  const whole = rng.pick([0, 1, 5, 20, 100, 250, 1000, rng.int(0, 5000)]);
  const places = asset === 'ETH' ? rng.pick([0, 2, 18]) : rng.pick([0, 2, 6]);
  const fraction = places === 0 ? '' : `.${String(rng.int(0, 10 ** Math.min(places, 9) - 1)).padStart(places, '0')}`;
  const text = `${whole}${fraction}`;
  return /^0(\.0*)?$/.test(text) ? '1' : text;
}

interface RandomWorld {
  readonly data: MemoryMoneyData;
  readonly subject: string;
  readonly maxHops: number;
}

/** 10–40 wallets, 20–120 transfers, 1–3 assets, few distinct times (so many are equal). */
function randomWorld(seed: number): RandomWorld {
  const rng = randomFor(9, seed);
  const n = rng.int(10, 40);
  const wallets = Array.from({ length: n }, (_, i) => `w${String(i).padStart(2, '0')}`);
  const assets = ASSETS.slice(0, rng.int(1, 3));
  const times = rng.int(3, 30);
  const subjectKind = rng.pick(['wallet', 'person', 'employer'] as const);
  const own = subjectKind === 'wallet' ? [wallets[0]!] : wallets.slice(0, rng.int(1, 3));
  const subject = subjectKind === 'wallet' ? wallets[0]! : subjectKind === 'person' ? 'person:subject' : 'employer:subject';
  const controls: { from: string; to: string }[] = [];
  if (subjectKind !== 'wallet') {
    // Some through a chain of organisations, some held directly.
    controls.push({ from: subject, to: 'org:s1' }, { from: 'org:s1', to: 'org:s2' });
    for (const w of own) controls.push({ from: rng.chance(0.5) ? subject : 'org:s2', to: w });
  }
  const others = [...wallets.slice(own.length), ...DPRK_WALLETS, ...SANCTIONED_WALLETS];
  const dprk = others.filter(() => rng.chance(0.08));
  for (const w of dprk) controls.push({ from: rng.chance(0.5) ? 'state:KP' : 'org:front', to: w });
  const designated = others.filter(() => rng.chance(0.06));
  controls.push({ from: 'person:designated', to: 'org:shell' }, { from: 'org:shell', to: rng.pick(others) });

  const salaries: MemorySalary[] = [];
  if (subjectKind === 'employer') {
    for (let i = rng.int(1, 6); i > 0; i -= 1) {
      const asset = rng.pick(assets);
      salaries.push({
        key: `s${rng.hex(6)}`,
        employer: subject,
        wallet: rng.pick(rng.chance(0.7) ? others : own),
        amount: amountOf(rng, asset),
        asset,
        at: rng.int(0, times),
      });
    }
  }
  const transfers: MemoryTransfer[] = [];
  for (let i = rng.int(20, 120); i > 0; i -= 1) {
    const asset = rng.pick(assets);
    // Sources lean towards the subject's wallets so its money has somewhere to go.
    const from = rng.pick(rng.chance(0.25) ? own : [...others, ...own]);
    transfers.push({
      key: `t${rng.hex(6)}`,
      from,
      to: rng.chance(0.02) ? from : rng.pick([...others, ...own]),
      amount: amountOf(rng, asset),
      asset,
      at: rng.int(0, times),
    });
  }
  const data = world(transfers, {
    wallets,
    salaries,
    controls,
    designations: [
      { targets: designated, status: 'COMPLETED' },
      { targets: ['person:designated'], status: 'COMPLETED' },
      { targets: others.filter(() => rng.chance(0.05)), status: rng.pick(['PENDING', 'UNKNOWN', 'WITHDRAWN'] as const) },
    ],
  });
  return { data, subject, maxHops: rng.int(1, 8) };
}

const METHODS = ['POISON', 'HAIRCUT', 'FIFO'] as const;
const GRAPHS = 300;

describe('exposure agrees with the exhaustive reference', () => {
  it(`on ${GRAPHS} seeded random graphs, for every method`, async () => {
    let compared = 0;
    let nonEmpty = 0;
    for (let seed = 1; seed <= GRAPHS; seed += 1) {
      const { data, subject, maxHops } = randomWorld(seed);
      for (const method of METHODS) {
        const got = await expose(data, subject, method, maxHops);
        const want = await reference(data, subject, method, maxHops);
        const context = { seed, method, maxHops, subject };
        expect({ ...context, outflow: got.outflow, entries: figures(got), complete: got.complete }).toEqual({
          ...context,
          outflow: want.outflow,
          entries: want.entries,
          complete: true,
        });
        compared += 1;
        if (want.entries.some((e) => e.amount !== '0')) nonEmpty += 1;
      }
    }
    expect(compared).toBe(GRAPHS * 3);
    // The graphs are not trivially empty: most answers reach something.
    expect(nonEmpty).toBeGreaterThan(GRAPHS);
  });
});

describe('exposure evidence', () => {
  it('is the top five trails of the trail search for its category and asset, on 150 random graphs', async () => {
    let shown = 0;
    for (let seed = 1; seed <= 150; seed += 1) {
      const { data, subject, maxHops } = randomWorld(seed);
      const graph = new MemoryMoneyGraph(data);
      const categories = await categoriesOf(graph);
      const got = await expose(data, subject, 'HAIRCUT', maxHops);
      for (const entry of got.entries) {
        const searched = await findTrails(graph, {
          subject,
          destinations: categories.find((c) => c.name === entry.category)!.wallets,
          maxHops,
          filter: { minAmount: null, assets: [entry.asset], since: null, until: null },
          top: 5,
        });
        expect(entry.evidence.map(trailId), `seed ${seed} ${entry.category} ${entry.asset}`).toEqual(searched.trails.map(trailId));
        shown += entry.evidence.length;
      }
    }
    expect(shown).toBeGreaterThan(150);
  });
});

describe('the three methods keep their invariants', () => {
  const atLeast = (a: string, b: string) => compare(parseDecimal(a), parseDecimal(b)) >= 0;

  it('POISON is at least HAIRCUT and FIFO, entry by entry, with the same entries and nearestHops', async () => {
    for (let seed = 1; seed <= 100; seed += 1) {
      const { data, subject, maxHops } = randomWorld(seed);
      const poison = await expose(data, subject, 'POISON', maxHops);
      const haircut = await expose(data, subject, 'HAIRCUT', maxHops);
      const fifo = await expose(data, subject, 'FIFO', maxHops);
      const shape = (r: typeof poison) => r.entries.map((e) => [e.category, e.asset, e.nearestHops]);
      expect(shape(haircut)).toEqual(shape(poison));
      expect(shape(fifo)).toEqual(shape(poison));
      poison.entries.forEach((e, i) => {
        expect(atLeast(e.amount, haircut.entries[i]!.amount), `seed ${seed} HAIRCUT`).toBe(true);
        expect(atLeast(e.amount, fifo.entries[i]!.amount), `seed ${seed} FIFO`).toBe(true);
      });
    }
  });

  /**
   * Layers of wallets that hold only the subject's money: the subject pays the first layer, each
   * wallet later passes all it holds on to the next layer (split at random), the last layer pays
   * D, or for some graphs a wallet Y outside every category.
   */
  function layered(seed: number): { data: MemoryMoneyData; leaks: boolean } {
    const rng = randomFor(10, seed);
    const layers = Array.from({ length: rng.int(1, 4) }, (_, l) => Array.from({ length: rng.int(1, 4) }, (_, i) => `L${l}_${i}`));
    const leaks = rng.chance(0.4);
    const held = new Map<string, bigint>();
    const moves: MemoryTransfer[] = [];
    const send = (from: string, to: string, units: bigint, at: number) => {
      if (units === 0n) return;
      moves.push({ key: `t${rng.hex(6)}`, from, to, amount: (Number(units) / 100).toFixed(2), asset: 'USDC', at });
      held.set(to, (held.get(to) ?? 0n) + units);
    };
    for (const w of layers[0]!) send('S', w, BigInt(rng.int(1, 100_000)), rng.int(0, 2));
    layers.forEach((layer, l) => {
      const next = layers[l + 1];
      for (const w of layer) {
        let left = held.get(w) ?? 0n;
        const at = 10 * (l + 1) + rng.int(0, 2);
        if (!next) {
          send(w, leaks && rng.chance(0.5) ? 'Y' : 'D', left, at);
          continue;
        }
        while (left > 0n) {
          const part = rng.chance(0.5) ? left : BigInt(rng.int(1, Number(left)));
          send(w, rng.pick(next), part, at);
          left -= part;
        }
      }
    });
    return { data: world(moves), leaks };
  }

  it('all three are equal, and equal the outflow, when the wallets hold only the subject\'s money and pass it all on', async () => {
    let leaky = 0;
    for (let seed = 1; seed <= 60; seed += 1) {
      const { data, leaks } = layered(seed);
      const poison = await expose(data, 'S', 'POISON', 8);
      const haircut = await expose(data, 'S', 'HAIRCUT', 8);
      const fifo = await expose(data, 'S', 'FIFO', 8);
      const amount = (r: typeof poison) => r.entries.find((e) => e.category === 'DPRK_CONTROLLED')?.amount ?? '0';
      expect(amount(haircut), `seed ${seed}`).toBe(amount(fifo));
      if (leaks) {
        leaky += 1;
        expect(atLeast(amount(poison), amount(haircut))).toBe(true);
      } else {
        expect(amount(poison), `seed ${seed}`).toBe(amount(haircut));
        expect(amount(poison)).toBe(poison.outflow.get('USDC'));
      }
    }
    expect(leaky).toBeGreaterThan(0);
  });

  it('conserves the subject\'s money along a single chain, whatever else mixes in on the way', async () => {
    for (let seed = 1; seed <= 60; seed += 1) {
      const rng = randomFor(11, seed);
      const length = rng.int(1, 6);
      const chain = Array.from({ length }, (_, i) => `C${i}`);
      const sent = rng.int(1, 10_000);
      const moves: MemoryTransfer[] = [{ key: 't-s', from: 'S', to: chain[0]!, amount: String(sent), asset: 'USDC', at: 10 }];
      let carried = sent;
      chain.forEach((w, i) => {
        // Someone else's money arrives first; the wallet then passes everything it holds on.
        const foreign = rng.int(0, 5_000);
        if (foreign > 0) moves.push({ key: `t-o${i}`, from: `O${i}`, to: w, amount: String(foreign), asset: 'USDC', at: rng.int(0, 9) });
        carried += foreign;
        moves.push({ key: `t-c${i}`, from: w, to: chain[i + 1] ?? 'D', amount: String(carried), asset: 'USDC', at: 10 + i + 1 });
      });
      const data = world(moves);
      for (const method of METHODS) {
        const r = await expose(data, 'S', method, length + 1);
        expect(r.entries.find((e) => e.category === 'DPRK_CONTROLLED'), `seed ${seed} ${method}`).toMatchObject({
          amount: String(sent),
          nearestHops: length + 1,
        });
        expect((await expose(data, 'S', method, length)).entries).toEqual([]);
      }
    }
  });
});
