import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/model/global-ids.js';
import type { Dataset } from '../src/store/dataset.js';
import { writeDataset } from '../src/store/write-dataset.js';
import { createHarness, dataOf, removeByPrefix, type Harness } from './support/harness.js';

/**
 * `WalletConnection.countsBy` and the lazy parts of the top-level list connections: counts by
 * group worked out by hand on a fixture of our own, the same counts taken a second way (paging
 * through the whole list and counting on the client), and the statements a selection sends.
 */

const FICTION_SRC = 'source:test-cb-fiction';
const REAL_SRC = 'source:test-cb-real';
const PREFIXES = ['wallet:ETH:0xcb', 'wallet:BSC:0xcb', 'wallet:ARB:0xcb', 'org:test-cb-', FICTION_SRC, REAL_SRC];
const MARK = 'cb probe';
const addr = (i: number) => `0xcb${String(i).padStart(38, '0')}`;

interface ProbeWallet {
  readonly chain: 'ETH' | 'BSC' | 'ARB';
  readonly synthetic: boolean;
  readonly assets: readonly string[];
}

// Seven wallets over three chains, real and synthetic, with zero, one or two assets each.
const WALLETS: readonly ProbeWallet[] = [
  { chain: 'ETH', synthetic: true, assets: ['ETH', 'USDT'] },
  { chain: 'ETH', synthetic: true, assets: ['USDT'] },
  { chain: 'ETH', synthetic: false, assets: ['ETH'] },
  { chain: 'BSC', synthetic: true, assets: ['BNB', 'USDT'] },
  { chain: 'BSC', synthetic: false, assets: [] },
  { chain: 'ARB', synthetic: true, assets: ['USDC'] },
  { chain: 'ARB', synthetic: false, assets: ['USDC', 'USDT'] },
];

function fixture(): Dataset {
  return {
    sources: [
      { key: FICTION_SRC, kind: 'SYNTHETIC_DATASET', title: 'countsBy probe (fictional)', synthetic: true },
      { key: REAL_SRC, kind: 'NEWS_ARTICLE', title: 'countsBy probe article', url: 'https://example.org/test-cb-real', synthetic: false },
    ],
    organizations: [
      { key: 'org:test-cb-front', name: 'CB Probe Front (fictional)', kind: 'FRONT_COMPANY', synthetic: true, sourceKeys: [FICTION_SRC] },
    ],
    wallets: WALLETS.map((w, i) => ({
      chain: w.chain,
      address: addr(i),
      name: `CB probe wallet ${i}${w.synthetic ? ' (fictional)' : ''}`,
      assets: w.assets,
      synthetic: w.synthetic,
      sourceKeys: [w.synthetic ? FICTION_SRC : REAL_SRC],
    })),
    links: [{ type: 'CONTROLS', from: 'org:test-cb-front', to: `wallet:ETH:${addr(0)}`, synthetic: true, sourceKeys: [FICTION_SRC] }],
  };
}

type Counts = Record<string, number>;
const asCounts = (groups: readonly { value: string; count: number }[]): Counts =>
  Object.fromEntries(groups.map((g) => [g.value, g.count]));

const COUNTS = /* GraphQL */ `
  query Counts($filter: WalletFilter) {
    wallets(filter: $filter) {
      totalCount
      chain: countsBy(field: CHAIN) { value count }
      asset: countsBy(field: ASSET) { value count }
    }
  }
`;

const PAGE = /* GraphQL */ `
  query Page($filter: WalletFilter, $after: String) {
    wallets(filter: $filter, first: 100, after: $after) {
      edges { node { chain assets } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

describe('wallets countsBy', () => {
  let h: Harness;
  let before: { chain: Counts; asset: Counts; total: number };

  const counts = async (filter: Record<string, unknown> | null) => {
    const data = dataOf(await h.run(COUNTS, { filter }));
    return { chain: asCounts(data.wallets.chain), asset: asCounts(data.wallets.asset), total: data.wallets.totalCount as number };
  };

  beforeAll(async () => {
    h = await createHarness();
    await removeByPrefix(h.db, PREFIXES);
    before = await counts(null);
    await h.db.executor().writeTx((tx) => writeDataset(tx, fixture(), 'test'));
  });
  afterAll(async () => {
    await removeByPrefix(h.db, PREFIXES);
    await h.close();
  });

  it('counts the fixture by chain and by asset, a wallet once under each of its assets', async () => {
    expect(await counts({ nameContains: MARK })).toEqual({
      chain: { ARB: 2, BSC: 2, ETH: 3 },
      // Wallet 5 has no asset and is in no asset's group; the asset counts add up to 9 for 7 wallets.
      asset: { BNB: 1, ETH: 2, USDC: 2, USDT: 4 },
      total: 7,
    });
  });

  it('honours every filter, the chain filter (served by an index) among them', async () => {
    expect(await counts({ nameContains: MARK, synthetic: true })).toEqual({
      chain: { ARB: 1, BSC: 1, ETH: 2 },
      asset: { BNB: 1, ETH: 1, USDC: 1, USDT: 3 },
      total: 4,
    });
    expect(await counts({ nameContains: MARK, chains: ['ETH', 'ARB'] })).toEqual({
      chain: { ARB: 2, ETH: 3 },
      asset: { ETH: 2, USDC: 2, USDT: 3 },
      total: 5,
    });
    expect(await counts({ nameContains: MARK, assets: ['usdt'] })).toEqual({
      chain: { ARB: 1, BSC: 1, ETH: 2 },
      asset: { BNB: 1, ETH: 1, USDC: 1, USDT: 4 },
      total: 4,
    });
    expect(await counts({ nameContains: MARK, chains: ['BSC'], synthetic: false })).toEqual({
      chain: { BSC: 1 },
      asset: {},
      total: 1,
    });
  });

  it('adds exactly the fixture to the unfiltered counts (answered from the index and the count store)', async () => {
    const after = await counts(null);
    const added = (now: Counts, was: Counts) =>
      Object.fromEntries(Object.entries(now).map(([k, n]) => [k, n - (was[k] ?? 0)]).filter(([, n]) => n !== 0));
    expect(added(after.chain, before.chain)).toEqual({ ARB: 2, BSC: 2, ETH: 3 });
    expect(added(after.asset, before.asset)).toEqual({ BNB: 1, ETH: 2, USDC: 2, USDT: 4 });
    expect(after.total - before.total).toBe(7);
  });

  it('lists groups in order of value, without empty ones', async () => {
    const data = dataOf(await h.run(COUNTS, { filter: { nameContains: MARK } }));
    const values = (groups: { value: string; count: number }[]) => groups.map((g) => g.value);
    expect(values(data.wallets.chain)).toEqual(['ARB', 'BSC', 'ETH']);
    expect(values(data.wallets.asset)).toEqual(['BNB', 'ETH', 'USDC', 'USDT']);
    expect([...data.wallets.chain, ...data.wallets.asset].every((g: { count: number }) => g.count > 0)).toBe(true);
  });

  // The second implementation: every page of the list, counted on the client.
  it.each([
    ['no filter', null],
    ['synthetic', { synthetic: true }],
    ['real', { synthetic: false }],
    ['one chain', { chains: ['ETH'] }],
    ['two chains, real', { chains: ['BSC', 'ARB'], synthetic: false }],
    ['an asset', { assets: ['USDT'] }],
    ['a name', { nameContains: 'probe wallet 1' }],
  ])('equals counting every page of the list (%s)', async (_title, filter) => {
    const chain: Counts = {};
    const asset: Counts = {};
    let total = 0;
    let after: string | null = null;
    do {
      const data = dataOf(await h.run(PAGE, { filter, after }));
      for (const { node } of data.wallets.edges as { node: { chain: string; assets: string[] } }[]) {
        total += 1;
        chain[node.chain] = (chain[node.chain] ?? 0) + 1;
        for (const a of new Set(node.assets)) asset[a] = (asset[a] ?? 0) + 1;
      }
      after = data.wallets.pageInfo.hasNextPage ? data.wallets.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThan(0);
    expect(await counts(filter)).toEqual({ chain, asset, total });
  });

  it('is refused on a wallet list nested under an entity, which has no filter to count by', async () => {
    const result = await h.run(`{ node(id: "${toGlobalId('org:test-cb-front')}") {
      ... on Organization { wallets { totalCount countsBy(field: CHAIN) { value count } } } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.path).toEqual(['node', 'wallets', 'countsBy']);
  });
});

describe('top-level list connections read only what is selected', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await removeByPrefix(h.db, PREFIXES);
    await h.db.executor().writeTx((tx) => writeDataset(tx, fixture(), 'test'));
  });
  afterAll(async () => {
    await removeByPrefix(h.db, PREFIXES);
    await h.close();
  });

  const sent = () => h.queries.map((q) => q.statement);

  it('sends no count statement when totalCount is not selected', async () => {
    const data = dataOf(await h.run(`{ wallets(filter: { nameContains: "${MARK}" }, first: 2) {
      edges { node { name } } pageInfo { hasNextPage } } }`));
    expect(data.wallets.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'CB probe wallet 0 (fictional)',
      'CB probe wallet 1 (fictional)',
    ]);
    expect(data.wallets.pageInfo.hasNextPage).toBe(true);
    expect(sent()).toEqual(['lists.wallet.nameAsc.text']);
  });

  it('sends one count and no page for totalCount alone, from the count store without filters', async () => {
    const data = dataOf(await h.run(`{
      filtered: wallets(filter: { nameContains: "${MARK}" }) { totalCount }
      chains: wallets(filter: { chains: [ARB] }, first: 1) { totalCount }
      all: employers { totalCount } }`));
    expect(data.filtered.totalCount).toBe(7);
    expect(data.chains.totalCount).toBeGreaterThanOrEqual(2);
    expect(data.all.totalCount).toBeGreaterThanOrEqual(2);
    expect(sent().sort()).toEqual(['lists.employer.countAll', 'lists.wallet.count.byChains', 'lists.wallet.count.text']);
  });

  it('reads the page once for edges and pageInfo, and each selected group once', async () => {
    const data = dataOf(await h.run(`{ wallets(filter: { chains: [ETH, BSC, ARB], nameContains: "${MARK}" }, first: 3) {
      edges { cursor } pageInfo { endCursor } again: edges { node { chain } }
      totalCount countsBy(field: CHAIN) { value count } same: countsBy(field: CHAIN) { count } } }`));
    expect(data.wallets.totalCount).toBe(7);
    expect(data.wallets.again.map((e: { node: { chain: string } }) => e.node.chain)).toEqual(['ETH', 'ETH', 'ETH']);
    expect(data.wallets.same.map((g: { count: number }) => g.count)).toEqual([2, 2, 3]);
    expect(sent().sort()).toEqual(['lists.wallet.count.byChains.text', 'lists.wallet.countsByChain.byChains.text', 'lists.wallet.nameAsc.text']);
  });

  it('keeps keyset pages under the chain and text filters, in descending order', async () => {
    const names: string[] = [];
    let after: string | null = null;
    do {
      const data = dataOf(
        await h.run(
          `query P($after: String) { wallets(filter: { chains: [ETH, BSC, ARB], nameContains: "${MARK}" }, first: 2, after: $after,
            orderBy: { field: NAME, direction: DESC }) { edges { node { name } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        ),
      );
      names.push(...data.wallets.edges.map((e: { node: { name: string } }) => e.node.name));
      after = data.wallets.pageInfo.hasNextPage ? data.wallets.pageInfo.endCursor : null;
    } while (after);
    expect(names).toEqual(WALLETS.map((w, i) => `CB probe wallet ${i}${w.synthetic ? ' (fictional)' : ''}`).reverse());
  });
});
