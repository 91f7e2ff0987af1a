import { describe, expect, it } from 'vitest';
import { findTrails, trailId, TRAIL_BUDGET, type TrailBudget } from '../src/domain/trails/find-trails.js';
import type { Hop, HopFilter } from '../src/domain/trails/types.js';
import { randomFor, type Random } from '../src/generator/random.js';
import { MemoryMoneyGraph, type MemoryMoneyData, type MemoryTransfer } from './support/memory-money-graph.js';
import { referenceTrails } from './support/reference-trails.js';

/**
 * findTrails without a database, on in-memory money graphs: hand-worked cases of the documented
 * semantics (docs/money-semantics.md), the budgets, and a comparison with the exhaustive
 * reference (test/support/reference-trails.ts) on a few hundred seeded random graphs.
 */

const none: HopFilter = { minAmount: null, assets: null, since: null, until: null };
let n = 0;
const t = (from: string, to: string, amount: string, at: number, asset = 'USDC'): MemoryTransfer => ({
  key: `t${String(++n).padStart(3, '0')}`,
  from,
  to,
  amount,
  asset,
  at,
});

async function trailsOf(
  data: MemoryMoneyData,
  subject: string,
  target = 'state:KP',
  options: { maxHops?: number; filter?: Partial<HopFilter>; top?: number; budget?: TrailBudget } = {},
) {
  const graph = new MemoryMoneyGraph(data);
  return findTrails(graph, {
    subject,
    destinations: await graph.destinations(target),
    maxHops: options.maxHops ?? 6,
    filter: { ...none, ...options.filter },
    top: options.top ?? 1000,
    budget: options.budget,
  });
}

/** Each trail as its wallets after the first hop, e.g. `w:a w:d`. */
const paths = (result: { trails: readonly { hops: readonly Hop[] }[] }) => result.trails.map((tr) => tr.hops.map((h) => h.to).join(' '));

// The DPRK holds w:d through five organisations (the chain that a fixed depth of 4 cut).
const DPRK_CHAIN = [
  { from: 'state:KP', to: 'org:k1' },
  { from: 'org:k1', to: 'org:k2' },
  { from: 'org:k2', to: 'org:k3' },
  { from: 'org:k3', to: 'org:k4' },
  { from: 'org:k4', to: 'org:k5' },
  { from: 'org:k5', to: 'w:d' },
];

describe('findTrails: the documented semantics, worked by hand', () => {
  it('reaches a wallet the DPRK holds through five organisations, and one it holds directly (defect 9)', async () => {
    const data: MemoryMoneyData = {
      wallets: ['w:s', 'w:d', 'w:k'],
      controls: [...DPRK_CHAIN, { from: 'state:KP', to: 'w:k' }],
      transfers: [t('w:s', 'w:d', '10', 1), t('w:s', 'w:k', '5', 2)],
    };
    const result = await trailsOf(data, 'w:s');
    expect(paths(result)).toEqual(['w:d', 'w:k']);
    expect(result.trails[0]!.controlChain).toEqual(['org:k5', 'org:k4', 'org:k3', 'org:k2', 'org:k1', 'state:KP']);
    expect(result.trails[1]!.controlChain).toEqual(['state:KP']);
    expect(result).toMatchObject({ totalCount: 2, complete: true, limitsReached: [] });
  });

  it("follows a person's wallet held person → org → org → wallet (defect 9)", async () => {
    const data: MemoryMoneyData = {
      wallets: ['w:p', 'w:m', 'w:d'],
      controls: [...DPRK_CHAIN, { from: 'person:p', to: 'org:a' }, { from: 'org:a', to: 'org:b' }, { from: 'org:b', to: 'w:p' }],
      transfers: [t('w:p', 'w:m', '40', 1), t('w:m', 'w:d', '30', 2)],
    };
    const result = await trailsOf(data, 'person:p');
    expect(paths(result)).toEqual(['w:m w:d']);
    expect(result.trails[0]!.bottleneck).toBe('30');
  });

  it('compares minAmount and bottlenecks exactly, and keeps the bottleneck as stored (defect 5)', async () => {
    const data: MemoryMoneyData = {
      wallets: ['w:s', 'w:a', 'w:b', 'w:d'],
      controls: DPRK_CHAIN,
      transfers: [
        t('w:s', 'w:a', '1.000000000000000001', 1),
        t('w:a', 'w:d', '1000001.000000000000000005', 2),
        t('w:s', 'w:b', '1.000000000000000002', 1),
        t('w:b', 'w:d', '1.0000000000000000020', 2),
      ],
    };
    const all = await trailsOf(data, 'w:s');
    // As floats both bottlenecks are 1: the exact comparison ranks b's first.
    expect(all.trails.map((tr) => tr.bottleneck)).toEqual(['1.000000000000000002', '1.000000000000000001']);
    const above = await trailsOf(data, 'w:s', 'state:KP', { filter: { minAmount: '1.000000000000000002' } });
    expect(paths(above)).toEqual(['w:b w:d']);
    expect((await trailsOf(data, 'w:s', 'state:KP', { filter: { minAmount: '1.0000000000000000021' } })).totalCount).toBe(0);
  });

  it('ends a trail at the first destination wallet: DPRK, then sanctioned, is one trail to the DPRK', async () => {
    const data: MemoryMoneyData = {
      wallets: ['w:s', 'w:d', 'w:x', 'w:d2'],
      controls: [...DPRK_CHAIN, { from: 'org:k5', to: 'w:d2' }],
      designations: [{ targets: ['w:x'], status: 'COMPLETED' }],
      transfers: [t('w:s', 'w:d', '100', 1), t('w:d', 'w:x', '100', 2), t('w:d', 'w:d2', '100', 3)],
    };
    const graph = new MemoryMoneyGraph(data);
    const search = { subject: 'w:s', maxHops: 6, filter: none, top: 10 };
    const dprk = await findTrails(graph, { ...search, destinations: await graph.destinations('state:KP') });
    expect(paths(dprk)).toEqual(['w:d']);
    // Toward sanctioned wallets a DPRK wallet is an ordinary one.
    const sanctioned = await findTrails(graph, { ...search, destinations: await graph.sanctioned() });
    expect(paths(sanctioned)).toEqual(['w:d w:x']);
  });

  it('allows equal times and refuses earlier ones', async () => {
    const data: MemoryMoneyData = {
      wallets: ['w:s', 'w:m', 'w:n', 'w:d'],
      controls: DPRK_CHAIN,
      transfers: [t('w:s', 'w:m', '100', 10), t('w:m', 'w:d', '100', 10), t('w:s', 'w:n', '50', 10), t('w:n', 'w:d', '50', 9)],
    };
    expect(paths(await trailsOf(data, 'w:s'))).toEqual(['w:m w:d']);
  });

  it('follows each asset on its own', async () => {
    const data: MemoryMoneyData = {
      wallets: ['w:s', 'w:x', 'w:d'],
      controls: DPRK_CHAIN,
      transfers: [t('w:s', 'w:x', '100', 1, 'USDC'), t('w:x', 'w:d', '50', 2, 'USDT')],
    };
    expect((await trailsOf(data, 'w:s')).totalCount).toBe(0);
  });

  it("counts an employer's salaries and its controlled wallets' transfers, not transfers between its own wallets", async () => {
    const data: MemoryMoneyData = {
      wallets: ['w:e1', 'w:e2', 'w:emp', 'w:d'],
      controls: [...DPRK_CHAIN, { from: 'employer:e', to: 'w:e1' }, { from: 'employer:e', to: 'w:e2' }],
      salaries: [{ key: 's1', employer: 'employer:e', wallet: 'w:emp', amount: '500', asset: 'USDC', at: 1 }],
      transfers: [t('w:emp', 'w:d', '400', 2), t('w:e1', 'w:e2', '900', 1), t('w:e2', 'w:d', '800', 3)],
    };
    const result = await trailsOf(data, 'employer:e');
    expect(paths(result)).toEqual(['w:d', 'w:emp w:d']);
    // e1 → e2 is a move between its own wallets: no trail starts with it.
    expect(result.trails.every((tr) => tr.hops[0]!.from !== 'w:e1')).toBe(true);
  });

  it('does not follow money that comes back home', async () => {
    const data: MemoryMoneyData = {
      wallets: ['w:s1', 'w:s2', 'w:a', 'w:d'],
      controls: [...DPRK_CHAIN, { from: 'person:p', to: 'w:s1' }, { from: 'person:p', to: 'w:s2' }],
      transfers: [t('w:s1', 'w:a', '100', 1), t('w:a', 'w:s2', '100', 2), t('w:s2', 'w:d', '100', 3)],
    };
    // s2 → d is the person's own outflow; a → s2 → d is money back home, not a longer trail.
    expect(paths(await trailsOf(data, 'person:p'))).toEqual(['w:d']);
  });

  it("never counts the subject's own wallets as destinations", async () => {
    const data: MemoryMoneyData = {
      wallets: ['w:f', 'w:d'],
      controls: [...DPRK_CHAIN, { from: 'org:k5', to: 'w:f' }],
      transfers: [t('w:f', 'w:d', '10', 1)],
    };
    // org:k5 is itself DPRK-controlled: its two wallets are home, so it has no trail to the DPRK.
    expect((await trailsOf(data, 'org:k5')).totalCount).toBe(0);
    // From org:k4 (which holds them too) the same: home for it as well.
    expect((await trailsOf(data, 'org:k4')).totalCount).toBe(0);
  });

  it("reaches an organisation's members' wallets, through any chain", async () => {
    const data: MemoryMoneyData = {
      wallets: ['w:s', 'w:m', 'w:o'],
      organizations: ['org:club'],
      controls: [
        { from: 'person:member', to: 'org:shell' },
        { from: 'org:shell', to: 'w:m' },
        { from: 'org:club', to: 'w:o' },
      ],
      memberOf: [{ member: 'person:member', org: 'org:club' }],
      transfers: [t('w:s', 'w:m', '7', 1), t('w:s', 'w:o', '3', 1)],
    };
    const result = await trailsOf(data, 'w:s', 'org:club');
    expect(paths(result)).toEqual(['w:m', 'w:o']);
    expect(result.trails[0]!.controlChain).toEqual(['org:shell', 'person:member', 'org:club']);
  });

  it('ranks by bottleneck, then fewer hops, then hop keys, with a cycle on the way', async () => {
    const data: MemoryMoneyData = {
      wallets: ['w:s', 'w:a', 'w:b', 'w:d'],
      controls: DPRK_CHAIN,
      transfers: [
        t('w:s', 'w:a', '50', 1),
        t('w:a', 'w:b', '50', 2),
        t('w:b', 'w:a', '50', 3),
        t('w:a', 'w:d', '50', 4),
        t('w:b', 'w:d', '50', 4),
        t('w:s', 'w:b', '50', 1),
      ],
    };
    const result = await trailsOf(data, 'w:s');
    expect(paths(result)).toEqual(['w:a w:d', 'w:b w:d', 'w:a w:b w:d', 'w:b w:a w:d']);
    expect(result).toMatchObject({ totalCount: 4, complete: true });
  });
});

describe('findTrails: budgets, completeness and the exact top', () => {
  // A hub fans out to 30 wallets, each paying the DPRK wallet once.
  const fan: MemoryMoneyData = {
    wallets: ['w:s', 'w:d', ...Array.from({ length: 30 }, (_, i) => `w:h${i}`)],
    controls: DPRK_CHAIN,
    transfers: Array.from({ length: 30 }, (_, i) => [t('w:s', `w:h${i}`, `${100 + i}`, 1), t(`w:h${i}`, 'w:d', `${200 - i}`, 2)]).flat(),
  };

  it('is complete with every trail counted when nothing is cut', async () => {
    const result = await trailsOf(fan, 'w:s', 'state:KP', { top: 3 });
    expect(result).toMatchObject({ totalCount: 30, complete: true, limitsReached: [] });
    // Hop i: 100 + i out of s, 200 - i into d; the smaller is 100 + i, largest for i = 29.
    expect(result.trails.map((tr) => tr.bottleneck)).toEqual(['129', '128', '127']);
  });

  it('says which budget it reached and what it left out, and still returns the exact top', async () => {
    const partial = await trailsOf(fan, 'w:s', 'state:KP', { top: 3, budget: { ...TRAIL_BUDGET, partialTrails: 2 } });
    expect(partial.complete).toBe(false);
    expect(partial.limitsReached).toEqual([{ budget: 'PARTIAL_TRAILS', limit: 2, leftOut: 28 }]);
    expect(partial.trails.map((tr) => tr.bottleneck)).toEqual(['129', '128']);
    expect(partial.totalCount).toBe(30);

    const few = await trailsOf(fan, 'w:s', 'state:KP', { budget: { ...TRAIL_BUDGET, transfers: 10 } });
    expect(few.complete).toBe(false);
    expect(few.limitsReached).toEqual([{ budget: 'TRANSFERS', limit: 10, leftOut: 20 }]);
    expect(few.totalCount).toBe(10);
  });

  it('reports a wallet with more transfers than it reads', async () => {
    const wide: MemoryMoneyData = {
      wallets: ['w:s', 'w:h', 'w:d', ...Array.from({ length: 5 }, (_, i) => `w:x${i}`)],
      controls: DPRK_CHAIN,
      transfers: [t('w:s', 'w:h', '100', 1), t('w:h', 'w:d', '1', 2), ...Array.from({ length: 5 }, (_, i) => t('w:h', `w:x${i}`, '50', 2))],
    };
    const result = await trailsOf(wide, 'w:s', 'state:KP', { budget: { ...TRAIL_BUDGET, perWallet: 5 } });
    // The largest five are read; h → d (1) is the one left out.
    expect(result).toMatchObject({ totalCount: 0, complete: false, limitsReached: [{ budget: 'TRANSFERS_PER_WALLET', limit: 5, leftOut: 1 }] });
  });

  it('counts cyclic graphs depth first, within the budget', async () => {
    const cyclic: MemoryMoneyData = {
      wallets: ['w:s', 'w:a', 'w:b', 'w:d'],
      controls: DPRK_CHAIN,
      transfers: [t('w:s', 'w:a', '5', 1), t('w:a', 'w:b', '5', 1), t('w:b', 'w:a', '5', 1), t('w:a', 'w:d', '5', 1), t('w:b', 'w:d', '5', 1)],
    };
    // Only the best trail is wanted, so the other is found by the count.
    expect(await trailsOf(cyclic, 'w:s', 'state:KP', { top: 1 })).toMatchObject({ totalCount: 2, complete: true });
    const cut = await trailsOf(cyclic, 'w:s', 'state:KP', { top: 1, budget: { ...TRAIL_BUDGET, partialTrails: 2 } });
    expect(cut.complete).toBe(false);
    expect(cut.limitsReached[0]).toMatchObject({ budget: 'PARTIAL_TRAILS', limit: 2 });
    // The ranking took the budget; the count could not extend the first hop again.
    expect(cut.limitsReached[0]!.leftOut).toBe(1);
    expect(cut.totalCount).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Production against the exhaustive reference on seeded random graphs

const AMOUNTS = ['1', '1.0', '2', '2.5', '2.50', '3', '10', '0.000000000000000005', '1000001.000000000000000005', '7.25'];

interface RandomCase {
  readonly data: MemoryMoneyData;
  readonly subject: string;
  readonly maxHops: number;
  readonly filter: HopFilter;
}

function randomCase(r: Random): RandomCase {
  const walletCount = r.int(10, 40);
  const wallets = Array.from({ length: walletCount }, (_, i) => `w:${String(i).padStart(2, '0')}`);
  const assets = ['USDC', 'USDT', 'ETH'].slice(0, r.int(1, 3));
  const times = r.int(3, 12);
  const transfers = Array.from({ length: r.int(20, 120) }, (_, i) => {
    const from = r.pick(wallets);
    let to = r.pick(wallets);
    while (to === from) to = r.pick(wallets);
    return { key: `t${String(i).padStart(3, '0')}`, from, to, amount: r.pick(AMOUNTS), asset: r.pick(assets), at: r.int(0, times) };
  });
  // The DPRK holds a few wallets, some directly, some through a chain; the subject is a wallet,
  // an employer, or a person holding two wallets through an organisation.
  const controls: { from: string; to: string }[] = [{ from: 'state:KP', to: 'org:front' }, { from: 'org:front', to: 'org:shell' }];
  for (let i = 0, k = r.int(2, 8); i < k; i += 1) controls.push({ from: r.pick(['state:KP', 'org:front', 'org:shell']), to: r.pick(wallets) });
  const kind = r.int(0, 2);
  let subject = r.pick(wallets);
  const salaries = [];
  if (kind === 1) {
    subject = 'employer:e';
    for (let i = 0, k = r.int(1, 4); i < k; i += 1) {
      salaries.push({ key: `s${i}`, employer: subject, wallet: r.pick(wallets), amount: r.pick(AMOUNTS), asset: r.pick(assets), at: r.int(0, times) });
    }
    if (r.chance(0.5)) controls.push({ from: subject, to: r.pick(wallets) });
  } else if (kind === 2) {
    subject = 'person:p';
    controls.push({ from: subject, to: 'org:p' }, { from: 'org:p', to: r.pick(wallets) }, { from: 'org:p', to: r.pick(wallets) });
  }
  const filter: HopFilter = {
    minAmount: r.chance(0.3) ? r.pick(AMOUNTS) : null,
    assets: r.chance(0.2) ? [r.pick(assets)] : null,
    since: r.chance(0.2) ? r.int(0, times) : null,
    until: r.chance(0.2) ? r.int(0, times) : null,
  };
  return { data: { wallets, controls, salaries, transfers }, subject, maxHops: r.int(1, 8), filter };
}

describe('findTrails agrees with the exhaustive reference', () => {
  it('on 400 seeded random graphs: same trails, ranking, bottlenecks, chains and count, complete', async () => {
    let withTrails = 0;
    for (let seed = 1; seed <= 400; seed += 1) {
      const c = randomCase(randomFor(9, seed));
      const graph = new MemoryMoneyGraph(c.data);
      const destinations = await graph.destinations('state:KP');
      const own = new Set(await graph.subjectWallets(c.subject));
      const expected = referenceTrails({
        subject: c.subject,
        salaries: (c.data.salaries ?? []).map((s) => ({ ...s, kind: 'SALARY' as const, from: s.employer, to: s.wallet, txHash: null })),
        transfers: (c.data.transfers ?? []).map((tr) => ({ ...tr, kind: 'TRANSFER' as const, txHash: null })),
        own,
        destinations,
        maxHops: c.maxHops,
        filter: c.filter,
      });
      const top = seed % 3 === 0 ? 5 : 100_000;
      const result = await findTrails(graph, { subject: c.subject, destinations, maxHops: c.maxHops, filter: c.filter, top });
      const shown = (trails: readonly { hops: readonly Hop[]; bottleneck: string; controlChain: readonly string[] }[]) =>
        trails.map((tr) => `${trailId(tr)} ${tr.bottleneck} ${tr.controlChain.join(',')}`);
      expect({ seed, trails: shown(result.trails) }).toEqual({ seed, trails: shown(expected.slice(0, top)) });
      expect({ seed, count: result.totalCount, complete: result.complete, limits: result.limitsReached }).toEqual({
        seed,
        count: expected.length,
        complete: true,
        limits: [],
      });
      if (expected.length > 0) withTrails += 1;
    }
    // The cases are not vacuous: about half have trails.
    expect(withTrails).toBeGreaterThan(150);
  });
});
