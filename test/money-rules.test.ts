import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain } from './support/explain.js';
import { toGlobalId } from '../src/loaders/index.js';
import type { Dataset } from '../src/store/dataset.js';
import { fixture } from './support/fixture.js';
import { createHarness, dataOf, type Harness } from './support/harness.js';

/**
 * The graph rules both money answers share, through GraphQL on the real database: control
 * chains of any length (defect 9), designations in force only (defect 8), minAmount compared
 * exactly (defect 5), organisations' members, `assets: []`, and a budget reported. Fictional
 * data under the `mrl-` prefix; wallet `n` is the fixture's address n; days count from 2024-01-01.
 */
const fx = fixture('mrl');
const SRC = 'source:mrl-fiction';
const fiction = { synthetic: true, sourceKeys: [SRC] } as const;
const addr = fx.address;
const W = fx.wallet;
const day = (d: number) => new Date(Date.UTC(2024, 0, 1 + d, 12)).toISOString();

// Subjects, middle wallets, destinations.
const [P, A, S, S2, Q, R, V, S3, S4, H, Y] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const [D5, DK, SX, PX, UX, M, WX] = [20, 21, 22, 23, 24, 25, 26];
const WALLETS = [P, A, S, S2, Q, R, V, S3, S4, H, Y, D5, DK, SX, PX, UX, M, WX];
/** Transfers out of the hub: one more than a search reads out of one wallet. */
const HUB_FAN = 10_001;

let tx = 0;
const transfer = (from: number, to: number, amount: string, d: number) => ({
  key: `transfer:mrl-${++tx}`,
  from: W(from),
  to: W(to),
  amount,
  asset: 'ETH',
  at: day(d),
  ...fiction,
});
const control = (from: string, to: string) => ({ type: 'CONTROLS' as const, from, to, ...fiction });
const org = (key: string) => ({ key: `org:mrl-${key}`, name: `Rules Org ${key} (fictional)`, kind: 'FRONT_COMPANY' as const, ...fiction });
const designation = (key: string, status: 'COMPLETED' | 'PENDING' | 'UNKNOWN', target: string) => ({
  key: `action:mrl-${key}`,
  kind: 'SANCTION_DESIGNATION' as const,
  title: `Designation ${key} (fictional)`,
  status,
  targets: [target],
  ...fiction,
});

function graph(): Dataset {
  return {
    sources: [{ key: SRC, kind: 'SYNTHETIC_DATASET', title: 'Money rules tests (fictional)', synthetic: true }],
    organizations: ['k1', 'k2', 'k3', 'k4', 'k5', 'a', 'b', 'c', 'club', 'shell'].map(org),
    persons: [
      { key: 'person:mrl-p', name: 'Rules Person P (fictional)', ...fiction },
      { key: 'person:mrl-designated', name: 'Rules Designated Person (fictional)', ...fiction },
    ],
    operatives: [{ key: 'operative:mrl-member', name: 'Rules Member (fictional)', role: 'IT_WORKER', ...fiction }],
    wallets: WALLETS.map((n) => ({ chain: 'ETH', address: addr(n), name: `Rules wallet ${n} (fictional)`, ...fiction })),
    links: [
      // The DPRK holds D5 through five organisations, and DK directly.
      control('state:KP', 'org:mrl-k1'),
      control('org:mrl-k1', 'org:mrl-k2'),
      control('org:mrl-k2', 'org:mrl-k3'),
      control('org:mrl-k3', 'org:mrl-k4'),
      control('org:mrl-k4', 'org:mrl-k5'),
      control('org:mrl-k5', W(D5)),
      control('state:KP', W(DK)),
      // A person holds P through two organisations.
      control('person:mrl-p', 'org:mrl-a'),
      control('org:mrl-a', 'org:mrl-b'),
      control('org:mrl-b', W(P)),
      // A designated person holds SX through an organisation.
      control('person:mrl-designated', 'org:mrl-c'),
      control('org:mrl-c', W(SX)),
      // A member of the club holds M through a shell.
      { type: 'MEMBER_OF', from: 'operative:mrl-member', to: 'org:mrl-club', ...fiction },
      control('operative:mrl-member', 'org:mrl-shell'),
      control('org:mrl-shell', W(M)),
    ],
    enforcementActions: [
      designation('in-force', 'COMPLETED', 'person:mrl-designated'),
      designation('pending', 'PENDING', W(PX)),
      designation('unknown', 'UNKNOWN', W(UX)),
    ],
    transfers: [
      transfer(P, A, '100', 1),
      transfer(A, D5, '90', 2),
      transfer(P, DK, '5', 3),
      transfer(S, SX, '30', 1),
      transfer(S, PX, '20', 1),
      transfer(S, UX, '10', 1),
      transfer(S, D5, '40', 2),
      transfer(S2, Q, '1.000000000000000001', 1),
      transfer(Q, D5, '1.000000000000000001', 2),
      transfer(S2, R, '1.000000000000000002', 1),
      transfer(R, D5, '2', 2),
      transfer(S2, V, '10', 1),
      transfer(V, D5, '10.5', 2),
      transfer(S3, M, '7', 1),
      transfer(S4, H, '100', 1),
      ...Array.from({ length: HUB_FAN }, () => transfer(H, Y, '5', 2)),
      transfer(H, WX, '1', 3),
    ],
  };
}

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await fx.write(h.db, graph(), { timeoutMs: 120_000 });
});
afterAll(async () => {
  await fx.remove(h.db, { timeoutMs: 120_000 });
  await h.close();
});

const TRAILS = /* GraphQL */ `
  query Trails($from: ID!, $to: ID, $minAmount: Decimal, $assets: [String!], $maxHops: Int) {
    moneyTrails(from: $from, to: $to, minAmount: $minAmount, assets: $assets, maxHops: $maxHops, first: 50) {
      totalCount complete
      limitsReached { budget limit leftOut }
      edges { node { length bottleneck hops { to { address } } controlChain { id } } }
    }
  }
`;

interface TrailNode {
  length: number;
  bottleneck: string;
  hops: { to: { address: string } }[];
  controlChain: { id: string }[];
}
const trails = async (vars: Record<string, unknown>) => dataOf(await h.run(TRAILS, vars)).moneyTrails;
const walletsOf = (node: TrailNode) => node.hops.map((hop) => fx.numberOf(hop.to.address));
const nodes = (result: { edges: { node: TrailNode }[] }) => result.edges.map((e) => e.node);
const gid = (key: string) => toGlobalId(key);
const K5_CHAIN = ['org:mrl-k5', 'org:mrl-k4', 'org:mrl-k3', 'org:mrl-k2', 'org:mrl-k1', 'state:KP'].map(gid);

describe('control chains of any length (defect 9)', () => {
  it("follows a person's wallet held through two organisations to a DPRK wallet held through five, and one it holds directly", async () => {
    const result = await trails({ from: gid('person:mrl-p') });
    expect(result).toMatchObject({ totalCount: 2, complete: true, limitsReached: [] });
    const [viaFive, direct] = nodes(result);
    expect(walletsOf(viaFive!)).toEqual([A, D5]);
    expect(viaFive!.controlChain.map((c) => c.id)).toEqual(K5_CHAIN);
    expect(walletsOf(direct!)).toEqual([DK]);
    expect(direct!.controlChain.map((c) => c.id)).toEqual([gid('state:KP')]);
  });

  it("reaches an organisation's member's wallet held through a shell", async () => {
    const result = await trails({ from: gid(W(S3)), to: gid('org:mrl-club') });
    expect(nodes(result).map(walletsOf)).toEqual([[M]]);
    expect(nodes(result)[0]!.controlChain.map((c) => c.id)).toEqual(['org:mrl-shell', 'operative:mrl-member', 'org:mrl-club'].map(gid));
  });

  it("counts the person's wallets in its exposure outflow, and the DPRK wallet five organisations away", async () => {
    const r = dataOf(await h.run(EXPOSURE, { id: gid('person:mrl-p'), method: 'POISON' })).exposure;
    expect(r.outflow).toEqual([{ asset: 'ETH', amount: '105' }]);
    expect(r.entries.find((e: { category: string }) => e.category === 'DPRK_CONTROLLED')).toMatchObject({ nearestHops: 1, amount: '105' });
  });
});

const EXPOSURE = /* GraphQL */ `
  query Exposure($id: ID!, $method: TaintMethod) {
    exposure(id: $id, method: $method) {
      outflow { asset amount }
      entries { category asset nearestHops amount }
    }
  }
`;

describe('designations in force (defect 8)', () => {
  it("counts a wallet a designated person holds through an organisation, not wallets under PENDING or UNKNOWN designations", async () => {
    const r = dataOf(await h.run(EXPOSURE, { id: gid(W(S)), method: 'POISON' })).exposure;
    const entry = (category: string) => r.entries.find((e: { category: string }) => e.category === category);
    // S paid SX 30 (sanctioned through org:mrl-c), PX 20 (PENDING) and UX 10 (UNKNOWN).
    expect(entry('SANCTIONED')).toMatchObject({ nearestHops: 1, amount: '30' });
    expect(entry('DPRK_CONTROLLED')).toMatchObject({ nearestHops: 1, amount: '40' });
  });
});

describe('minAmount compared exactly (defect 5)', () => {
  const bottlenecks = async (minAmount?: string) =>
    nodes(await trails({ from: gid(W(S2)), minAmount })).map((n) => [walletsOf(n), n.bottleneck]);

  it('ranks and filters 18-decimal amounts as decimals, never as floats', async () => {
    expect(await bottlenecks()).toEqual([
      [[V, D5], '10'],
      [[R, D5], '1.000000000000000002'],
      [[Q, D5], '1.000000000000000001'],
    ]);
    // Equal passes; one unit of the 18th decimal below does not.
    expect(await bottlenecks('1.000000000000000002')).toEqual([
      [[V, D5], '10'],
      [[R, D5], '1.000000000000000002'],
    ]);
    expect(await bottlenecks('1.0000000000000000020')).toHaveLength(2);
    expect(await bottlenecks('9.999999999999999999')).toEqual([[[V, D5], '10']]);
    expect(await bottlenecks('10')).toEqual([[[V, D5], '10']]);
    expect(await bottlenecks('10.000000000000000001')).toEqual([]);
    expect(await bottlenecks('0.5')).toHaveLength(3);
  });
});

describe('arguments and budgets', () => {
  it('refuses assets: [] on assets', async () => {
    const result = await h.run(TRAILS, { from: gid(W(S)), assets: [] });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assets' });
    expect(result.errors?.[0]?.message).toMatch(/name at least one asset, or omit it to follow every asset/);
  });

  it('says which budget it reached when a wallet has more transfers than a search reads', async () => {
    // H sends 10,001 transfers of 5 to Y and then 1 to WX: the one left out is the smallest.
    const result = await trails({ from: gid(W(S4)), to: gid(W(WX)) });
    expect(result).toMatchObject({
      totalCount: 0,
      complete: false,
      limitsReached: [{ budget: 'TRANSFERS_PER_WALLET', limit: 10_000, leftOut: 1 }],
    });
  });
});

describe('a trail search with no path', () => {
  it('answers that no trail exists without reading the transfers around the subject', async () => {
    // S3 pays only M, which pays nobody: no chain of transfers leads on to D5.
    expect(await trails({ from: gid(W(S3)), to: gid(W(D5)) })).toMatchObject({ totalCount: 0, complete: true, edges: [] });
    const read = h.queries.map((q) => q.cypher);
    expect(read.some((c) => c.includes('ANY SHORTEST (a)-[:TRANSFERRED]->'))).toBe(true);
    expect(read.filter((c) => c.includes('UNWIND $frontier') || c.includes('UNWIND $wallets'))).toEqual([]);
  });
});

describe('the money reads use the key index', () => {
  it('seeks every start node by key, and designations by kind', async () => {
    await h.run(EXPOSURE, { id: gid('person:mrl-p'), method: 'POISON' });
    await h.run(TRAILS, { from: gid('person:mrl-p'), to: gid('org:mrl-club'), minAmount: '1' });
    const statements = [...h.queries];
    expect(statements.length).toBeGreaterThan(3);
    for (const statement of statements) {
      const plan = await explain(statement.cypher, statement.params);
      if (statement.cypher.includes('SANCTION_DESIGNATION')) expect(plan, statement.cypher).toContain('NodeIndexSeek');
      else if (/\{key: (\$|f\.|key\b)/.test(statement.cypher)) expect(plan, statement.cypher).toContain('NodeUniqueIndexSeek');
      expect(plan, statement.cypher).not.toContain('AllNodesScan');
    }
  });
});

