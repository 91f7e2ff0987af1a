import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/store/dataset.js';
import { toGlobalId } from '../src/loaders/index.js';
import { fixture } from './support/fixture.js';
import { createHarness, dataOf, type Harness } from './support/harness.js';

/**
 * Small fictional graphs whose answers are worked out by hand below. Wallet `n` is the
 * fixture's address n; days count from 2024-01-01.
 */
const fx = fixture('trl');
const SRC = 'source:trl-fiction';
const fiction = { synthetic: true, sourceKeys: [SRC] } as const;
const addr = fx.address;
const W = fx.wallet;
const day = (d: number, hour = 12) => new Date(Date.UTC(2024, 0, 1 + d, hour)).toISOString();

const [W1, W2, W3, W4, T, P1, P2, P3, Z] = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const [S, M, O, D, X] = [20, 21, 22, 23, 24];

let tx = 0;
const transfer = (from: number, to: number, amount: string, d: number, asset = 'USDC') => ({
  key: `transfer:trl-${++tx}`,
  from: W(from),
  to: W(to),
  amount,
  asset,
  at: day(d),
  index: 0,
  ...fiction,
});

function graph(): Dataset {
  const wallets = [W1, W2, W3, W4, T, P1, P2, P3, Z, S, M, O, D, X];
  return {
    sources: [{ key: SRC, kind: 'SYNTHETIC_DATASET', title: 'Trail tests (fictional)', synthetic: true }],
    employers: [{ key: 'employer:trl-e', name: 'Trail Test Employer (fictional)', ...fiction }],
    organizations: [
      { key: 'org:trl-target', name: 'Trail Target Org (fictional)', kind: 'FRONT_COMPANY', ...fiction },
      { key: 'org:trl-front', name: 'Trail DPRK Front (fictional)', kind: 'FRONT_COMPANY', ...fiction },
      { key: 'org:trl-office', name: 'Trail Sanctions Office (fictional)', kind: 'AGENCY', ...fiction },
    ],
    wallets: wallets.map((n) => ({ chain: 'ETH', address: addr(n), name: `Trail wallet ${n} (fictional)`, ...fiction })),
    links: [
      { type: 'CONTROLS', from: 'org:trl-target', to: W(T), ...fiction },
      { type: 'CONTROLS', from: 'state:KP', to: 'org:trl-front', ...fiction },
      { type: 'CONTROLS', from: 'org:trl-front', to: W(D), ...fiction },
    ],
    enforcementActions: [
      {
        key: 'action:trl-sanction',
        kind: 'SANCTION_DESIGNATION',
        title: 'Designation of wallet 24 (fictional)',
        status: 'COMPLETED',
        authority: 'org:trl-office',
        targets: [W(X)],
        ...fiction,
      },
    ],
    salaryPayments: [
      {
        key: 'salary:trl-1',
        employer: 'employer:trl-e',
        wallet: W(W1),
        amount: '1000',
        asset: 'USDC',
        paidAt: day(1),
        ...fiction,
      },
    ],
    transfers: [
      // Split at W1, merge at W4.
      transfer(W1, W2, '900', 2),
      transfer(W1, W3, '100', 2),
      transfer(W2, W4, '850', 3),
      transfer(W3, W4, '100', 4),
      transfer(W4, T, '900', 5),
      // Earlier than the money reached W3: never part of a trail.
      transfer(W3, T, '50', 1, 'USDC'),
      // Back to W1: a cycle, not followed.
      transfer(W4, W1, '10', 6),
      // A peel chain: six hops in all from the employer.
      transfer(W2, P1, '40', 3),
      transfer(P1, P2, '39', 4),
      transfer(P2, P3, '38', 5),
      transfer(P3, T, '37', 6),
      // Exposure: S's money mixes at M with O's, which arrived first.
      transfer(O, M, '300', 0),
      transfer(S, M, '100', 1),
      transfer(M, D, '200', 2),
      transfer(M, X, '200', 3),
      transfer(S, D, '20', 4),
    ],
  };
}

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await fx.write(h.db, graph());
});
afterAll(async () => {
  await fx.remove(h.db);
  await h.close();
});

const TRAILS = /* GraphQL */ `
  query Trails($from: ID!, $to: ID, $maxHops: Int, $minAmount: Decimal, $first: Int, $after: String, $since: DateTime) {
    moneyTrails(from: $from, to: $to, maxHops: $maxHops, minAmount: $minAmount, first: $first, after: $after, since: $since) {
      totalCount
      complete
      pageInfo { hasNextPage endCursor }
      edges { node {
        length bottleneck asset firstAt lastAt
        hops { amount at from { name } to { address } movement { __typename ... on Transfer { amount } } }
        controlChain { name }
      } }
    }
  }
`;

const trailsFrom = async (vars: Record<string, unknown>) => dataOf(await h.run(TRAILS, vars)).moneyTrails;
const E = toGlobalId('employer:trl-e');
const TARGET = toGlobalId('org:trl-target');
const walletsOf = (trail: { hops: { to: { address: string } }[] }) =>
  trail.hops.map((hop) => fx.numberOf(hop.to.address));

describe('moneyTrails on a hand-built graph', () => {
  it('follows splits and merges in time order, skips cycles and time-inverted hops, ranks by bottleneck', async () => {
    const result = await trailsFrom({ from: E, to: TARGET });
    expect(result.complete).toBe(true);
    expect(result.edges.map((e: { node: unknown }) => e.node)).toMatchObject([
      { length: 4, bottleneck: '850', asset: 'USDC', firstAt: day(1), lastAt: day(5) },
      { length: 4, bottleneck: '100' },
      { length: 6, bottleneck: '37' },
    ]);
    const [main, merge, peel] = result.edges.map((e: { node: never }) => e.node);
    expect(walletsOf(main)).toEqual([W1, W2, W4, T]);
    expect(walletsOf(merge)).toEqual([W1, W3, W4, T]);
    expect(walletsOf(peel)).toEqual([W1, W2, P1, P2, P3, T]);
    expect(main.hops[0]).toMatchObject({ amount: '1000', from: { name: 'Trail Test Employer (fictional)' } });
    expect(main.hops[1].movement).toEqual({ __typename: 'Transfer', amount: '900' });
    expect(main.controlChain).toEqual([{ name: 'Trail Target Org (fictional)' }]);
    expect(result.totalCount).toBe(3);
  });

  it('leaves out trails longer than maxHops, and hops under minAmount or before since', async () => {
    expect((await trailsFrom({ from: E, to: TARGET, maxHops: 5 })).totalCount).toBe(2);
    expect((await trailsFrom({ from: E, to: TARGET, maxHops: 3 })).totalCount).toBe(0);
    const big = await trailsFrom({ from: E, to: TARGET, minAmount: '200' });
    expect(big.edges.map((e: { node: { bottleneck: string } }) => e.node.bottleneck)).toEqual(['850']);
    expect((await trailsFrom({ from: E, to: TARGET, since: day(1, 13) })).totalCount).toBe(0);
  });

  it('pages through the ranking with cursors', async () => {
    const first = await trailsFrom({ from: E, to: TARGET, first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await trailsFrom({ from: E, to: TARGET, first: 2, after: first.pageInfo.endCursor });
    expect(rest.edges.map((e: { node: { bottleneck: string } }) => e.node.bottleneck)).toEqual(['37']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('finds nothing, quickly and completely, when there is no path', async () => {
    const none = await trailsFrom({ from: toGlobalId(W(Z)), to: TARGET, maxHops: 8 });
    expect(none).toMatchObject({ totalCount: 0, complete: true, edges: [] });
  });

  it('reaches the DPRK by default through the control chain', async () => {
    const result = await trailsFrom({ from: toGlobalId(W(S)) });
    expect(result.edges.map((e: { node: { bottleneck: string; length: number } }) => [e.node.length, e.node.bottleneck])).toEqual([
      [2, '100'],
      [1, '20'],
    ]);
    expect(result.edges[0].node.controlChain).toEqual([
      { name: 'Trail DPRK Front (fictional)' },
      { name: "Democratic People's Republic of Korea" },
    ]);
  });

  it('rejects bad arguments naming them', async () => {
    const bad = async (vars: Record<string, unknown>) => (await h.run(TRAILS, { from: E, ...vars })).errors?.[0]?.extensions;
    expect(await bad({ maxHops: 9 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxHops' });
    expect(await bad({ from: toGlobalId('source:trl-fiction') })).toMatchObject({ field: 'from' });
    expect(await bad({ from: toGlobalId('employer:trl-nobody') })).toMatchObject({ field: 'from' });
    expect(await bad({ to: toGlobalId('wallet:ETH:0xtrl-nowhere') })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    // Both are looked up at once; the error names `from`, the first argument, either way round.
    const bothMissing = { from: toGlobalId('employer:trl-nobody'), to: toGlobalId('wallet:ETH:0xtrl-nowhere') };
    expect(await bad(bothMissing)).toMatchObject({ field: 'from' });
    expect(await bad({ ...bothMissing, from: toGlobalId('source:trl-fiction') })).toMatchObject({ field: 'from' });
    expect(await bad({ from: toGlobalId('employer:trl-nobody'), to: toGlobalId('source:trl-fiction') })).toMatchObject({ field: 'from' });
  });
});

describe('the seeded case', () => {
  it('finds the trail employer → salary → wallet → … → DPRK with its amount', async () => {
    const result = await trailsFrom({ from: toGlobalId('employer:fictional-widgets') });
    const best = result.edges[0].node;
    expect(best).toMatchObject({ length: 3, bottleneck: '8200.00', asset: 'USDC' });
    expect(best.hops.map((hop: { amount: string }) => hop.amount)).toEqual(['8500.00', '8200.00', '45000.00']);
    expect(best.controlChain.map((c: { name: string }) => c.name)).toEqual([
      'Sample Front Trading Co. (fictional)',
      "Democratic People's Republic of Korea",
    ]);
    // Each of the three salaries can be followed by each later consolidation: 3 + 2 + 1.
    expect(result.totalCount).toBe(6);
  });
});

const EXPOSURE = /* GraphQL */ `
  query Exposure($id: ID!, $method: TaintMethod) {
    exposure(id: $id, method: $method) {
      method maxHops complete
      subject { name }
      outflow { asset amount }
      entries { category asset nearestHops amount directAmount share evidence { length bottleneck } }
    }
  }
`;

describe('exposure by each taint method, worked out by hand', () => {
  // S sends 100 into M (where O's 300 arrived first) and 20 straight to D (DPRK-controlled).
  // M then sends 200 to D and, later, 200 to X (sanctioned).
  const run = async (method: string) => dataOf(await h.run(EXPOSURE, { id: toGlobalId(W(S)), method })).exposure;
  const entry = (result: { entries: Record<string, any>[] }, category: string) =>
    result.entries.find((e) => e.category === category);

  it('POISON counts every outflow that leads to a category in full', async () => {
    const r = await run('POISON');
    expect(r).toMatchObject({ method: 'POISON', maxHops: 6, complete: true, outflow: [{ asset: 'USDC', amount: '120' }] });
    expect(entry(r, 'DPRK_CONTROLLED')).toMatchObject({ nearestHops: 1, amount: '120', directAmount: '20', share: 1 });
    expect(entry(r, 'SANCTIONED')).toMatchObject({ nearestHops: 2, amount: '100', directAmount: '0' });
  });

  it('HAIRCUT shares mixed money pro rata', async () => {
    const r = await run('HAIRCUT');
    // M holds 400, 100 of it S's: 200 out to D carries 50; then 200 of 200 left, 50 of it S's, to X.
    expect(entry(r, 'DPRK_CONTROLLED')).toMatchObject({ amount: '70', directAmount: '20' });
    expect(entry(r, 'DPRK_CONTROLLED')?.share).toBeCloseTo(70 / 120, 10);
    expect(entry(r, 'SANCTIONED')).toMatchObject({ amount: '50', nearestHops: 2 });
  });

  it('FIFO spends the oldest money first', async () => {
    const r = await run('FIFO');
    // M spends O's 300 first: 200 to D is all O's; 200 to X is O's last 100 and S's 100.
    expect(entry(r, 'DPRK_CONTROLLED')).toMatchObject({ amount: '20', directAmount: '20', nearestHops: 1 });
    expect(entry(r, 'SANCTIONED')).toMatchObject({ amount: '100', nearestHops: 2 });
  });

  it('gives the contributing trails as evidence', async () => {
    const r = await run('HAIRCUT');
    expect(entry(r, 'DPRK_CONTROLLED')?.evidence).toEqual([
      { length: 2, bottleneck: '100' },
      { length: 1, bottleneck: '20' },
    ]);
  });
});
