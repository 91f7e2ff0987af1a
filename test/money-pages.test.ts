import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../src/db/migrations.js';
import { toGlobalId } from '../src/model/global-ids.js';
import type { Dataset } from '../src/store/dataset.js';
import { createHarness, dataOf, type Harness } from './support/harness.js';
import { fixture } from './support/fixture.js';
import { seededRandom } from './support/random.js';

/**
 * Transfer and salary pages filtered by asset, amount and time, ordered by time or amount,
 * with keyset cursors, totalCount and countsBy (issue 12 §2), against a plain reference: the
 * fixture's movements filtered, sorted and grouped in memory with exact decimals. Hundreds of
 * seeded random queries walk every page of every money field and compare.
 */

const f = fixture('mpg');
let h: Harness;

const SRC = f.key('source', 'fiction');
const fiction = { synthetic: true, sourceKeys: [SRC] };
const ORG = f.key('org', 'holder');
const EMPLOYER = f.key('employer', 'payer');
const WALLETS = Array.from({ length: 8 }, (_, n) => f.wallet(n));
/** The organisation controls the first three wallets. */
const HELD = WALLETS.slice(0, 3);
// A window no other file's money uses, so the top-level list can be compared while they run.
const WINDOW_START = Date.parse('2010-03-01T00:00:00Z');
const INSTANTS = Array.from({ length: 14 }, (_, i) => WINDOW_START + i * 9 * 24 * 3600_000 + (i % 3) * 1234);
const AMOUNTS = [
  '1', '1.5', '1.50', '0.5', '10', '9.99', '100', '0.000001', '1000001.000000000000000005', '1000001',
  '1.000000000000000001', '1.000000000000000002', '250', '250.000001', '7', '99999.123456',
];
const ASSETS = ['ETH', 'USDT', 'USDC'];

interface Movement {
  key: string;
  from: string;
  to: string;
  amount: string;
  asset: string;
  at: number;
  synthetic: boolean;
}

function buildWorld(): { dataset: Dataset; transfers: Movement[]; salaries: Movement[] } {
  const next = seededRandom(12);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const amountFor = (asset: string) => {
    const a = pick(AMOUNTS);
    // USDT and USDC carry 6 decimals.
    return asset === 'ETH' || (a.split('.')[1] ?? '').length <= 6 ? a : '3.25';
  };
  const transfers: Movement[] = Array.from({ length: 150 }, (_, i) => {
    const from = pick(WALLETS);
    // A few transfers go from a wallet to itself, which `transfers` must list once.
    const to = i % 40 === 0 ? from : pick(WALLETS.filter((w) => w !== from));
    const asset = pick(ASSETS);
    return { key: f.key('transfer', String(i)), from, to, amount: amountFor(asset), asset, at: pick(INSTANTS), synthetic: true };
  });
  const salaries: Movement[] = Array.from({ length: 40 }, (_, i) => {
    const asset = pick(['USDC', 'USDT']);
    return { key: f.key('salary', String(i)), from: EMPLOYER, to: pick([WALLETS[0]!, WALLETS[3]!, WALLETS[5]!]), amount: amountFor(asset), asset, at: pick(INSTANTS), synthetic: true };
  });
  const iso = (ms: number) => new Date(ms).toISOString();
  const dataset: Dataset = {
    sources: [{ key: SRC, kind: 'SYNTHETIC_DATASET', title: 'Money pages probe (fictional)', synthetic: true }],
    organizations: [{ key: ORG, name: 'Money Pages Probe Holder (fictional)', kind: 'FRONT_COMPANY', ...fiction }],
    employers: [{ key: EMPLOYER, name: 'Money Pages Probe Payer (fictional)', ...fiction }],
    wallets: WALLETS.map((_, n) => ({ name: `Money pages probe wallet ${n}`, chain: 'ETH', address: f.address(n), ...fiction })),
    links: HELD.map((w) => ({ type: 'CONTROLS' as const, from: ORG, to: w, ...fiction })),
    transfers: transfers.map((t) => ({ key: t.key, from: t.from, to: t.to, amount: t.amount, asset: t.asset, at: iso(t.at), ...fiction })),
    salaryPayments: salaries.map((s) => ({ key: s.key, employer: s.from, wallet: s.to, amount: s.amount, asset: s.asset, paidAt: iso(s.at), ...fiction })),
  };
  return { dataset, transfers, salaries };
}

const world = buildWorld();

beforeAll(async () => {
  h = await createHarness();
  await f.remove(h.db);
  await f.write(h.db, world.dataset);
});
afterAll(async () => {
  await f.remove(h.db);
  await h.close();
});

// ---------------------------------------------------------------------------------------------
// The reference

interface Filter {
  assets?: string[];
  minAmount?: string;
  maxAmount?: string;
  since?: string;
  until?: string;
  synthetic?: boolean;
}
interface Order {
  field: 'TIME' | 'AMOUNT';
  direction: 'ASC' | 'DESC';
}

function referencePage(movements: readonly Movement[], filter: Filter, order: Order): Movement[] {
  const assets = filter.assets?.map((a) => a.toUpperCase());
  const kept = movements.filter(
    (m) =>
      (!assets || assets.includes(m.asset)) &&
      (filter.minAmount === undefined || new Decimal(m.amount).gte(filter.minAmount)) &&
      (filter.maxAmount === undefined || new Decimal(m.amount).lte(filter.maxAmount)) &&
      (filter.since === undefined || m.at >= Date.parse(filter.since)) &&
      (filter.until === undefined || m.at < Date.parse(filter.until)) &&
      (filter.synthetic === undefined || m.synthetic === filter.synthetic),
  );
  const sign = order.direction === 'ASC' ? 1 : -1;
  return kept.sort((a, b) => {
    const byValue = order.field === 'TIME' ? a.at - b.at : new Decimal(a.amount).comparedTo(b.amount);
    if (byValue !== 0) return sign * byValue;
    return sign * (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });
}

function referenceGroups(movements: readonly Movement[], group: 'ASSET' | 'CHAIN' | 'MONTH') {
  const counts = new Map<string, number>();
  for (const m of movements) {
    const value = group === 'ASSET' ? m.asset : group === 'CHAIN' ? 'ETH' : new Date(m.at).toISOString().slice(0, 7);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([value, count]) => ({ value, count }));
}

/** Each money field: how to ask it and which movements it covers. */
interface Field {
  name: string;
  /** The operation, spreading `...Page` on the connection. */
  query: string;
  pick: (data: Record<string, any>) => Record<string, any>;
  movements: () => Movement[];
  groups: readonly ('ASSET' | 'CHAIN' | 'MONTH')[];
}

const onNode = (id: string, type: string, field: string) => (args: string) =>
  `query($filter: MoneyFilter, $orderBy: MoneyOrder, $first: Int, $after: String, $withTotal: Boolean!, $group: ${field.startsWith('salary') ? 'SalaryPaymentGroupField' : 'TransferGroupField'}!, $withGroups: Boolean!) {
    node(id: "${id}") { ... on ${type} { ${field}(${args}) { ...Page } } } }`;

const TRANSFER_GROUPS = ['ASSET', 'CHAIN', 'MONTH'] as const;
const SALARY_GROUPS = ['ASSET', 'MONTH'] as const;
const touches = (wallets: readonly string[], m: Movement) => wallets.includes(m.from) || wallets.includes(m.to);

function fields(): Field[] {
  const wallet = WALLETS[0]!;
  const walletId = toGlobalId(wallet);
  const orgId = toGlobalId(ORG);
  const list = [
    { name: 'wallet out', type: 'Wallet', id: walletId, field: 'outgoingTransfers', args: '', movements: () => world.transfers.filter((t) => t.from === wallet) },
    { name: 'wallet in', type: 'Wallet', id: walletId, field: 'incomingTransfers', args: '', movements: () => world.transfers.filter((t) => t.to === wallet) },
    { name: 'wallet any', type: 'Wallet', id: walletId, field: 'transfers', args: '', movements: () => world.transfers.filter((t) => touches([wallet], t)) },
    { name: 'wallet out by direction', type: 'Wallet', id: walletId, field: 'transfers', args: 'direction: OUT, ', movements: () => world.transfers.filter((t) => t.from === wallet) },
    { name: 'held out', type: 'Organization', id: orgId, field: 'transfers', args: 'direction: OUT, ', movements: () => world.transfers.filter((t) => HELD.includes(t.from)) },
    { name: 'held in', type: 'Organization', id: orgId, field: 'transfers', args: 'direction: IN, ', movements: () => world.transfers.filter((t) => HELD.includes(t.to)) },
    { name: 'held any', type: 'Organization', id: orgId, field: 'transfers', args: '', movements: () => world.transfers.filter((t) => touches(HELD, t)) },
    { name: 'wallet salaries', type: 'Wallet', id: walletId, field: 'salaryPayments', args: '', movements: () => world.salaries.filter((s) => s.to === wallet) },
    { name: 'employer salaries', type: 'Employer', id: toGlobalId(EMPLOYER), field: 'salaryPayments', args: '', movements: () => world.salaries },
  ];
  const PAGE_ARGS = 'filter: $filter, orderBy: $orderBy, first: $first, after: $after';
  return [
    ...list.map((l) => ({
      name: l.name,
      query: onNode(l.id, l.type, l.field)(`${l.args}${PAGE_ARGS}`),
      pick: (data: Record<string, any>) => data.node[l.field],
      movements: l.movements,
      groups: l.field === 'salaryPayments' ? SALARY_GROUPS : TRANSFER_GROUPS,
    })),
    {
      name: 'all transfers in the window',
      query: `query($filter: MoneyFilter, $orderBy: MoneyOrder, $first: Int, $after: String, $withTotal: Boolean!, $group: TransferGroupField!, $withGroups: Boolean!) {
          transfers(${PAGE_ARGS}) { ...Page } }`,
      pick: (data: Record<string, any>) => data.transfers,
      movements: () => world.transfers,
      groups: TRANSFER_GROUPS,
    },
  ];
}

const PAGE_FRAGMENT = (type: string) => `
  fragment Page on ${type} {
    totalCount @include(if: $withTotal)
    countsBy(field: $group) @include(if: $withGroups) { value count }
    edges { cursor node { id amount asset } }
    pageInfo { hasNextPage endCursor }
  }`;

const keyOfId = (id: string) => Buffer.from(id, 'base64url').toString('utf8');

async function walk(field: Field, filter: Filter, orderBy: Order, first: number, group: string) {
  const type = field.groups.length === 2 ? 'SalaryPaymentConnection' : 'TransferConnection';
  const query = field.query + PAGE_FRAGMENT(type);
  const keys: string[] = [];
  let after: string | null = null;
  let total: number | undefined;
  let groups: unknown;
  for (let pages = 0; pages < 200; pages += 1) {
    const result = await h.run(query, { filter, orderBy, first, after, withTotal: pages === 0, group, withGroups: pages === 0 });
    const page = field.pick(dataOf(result));
    if (pages === 0) {
      total = page.totalCount;
      groups = page.countsBy;
    }
    keys.push(...page.edges.map((e: { node: { id: string } }) => keyOfId(e.node.id)));
    if (!page.pageInfo.hasNextPage) return { keys, total, groups };
    after = page.pageInfo.endCursor;
  }
  throw new Error('more than 200 pages');
}

function randomQuery(next: () => number, forAll: boolean): { filter: Filter; orderBy: Order; first: number } {
  const filter: Filter = {};
  if (next() < 0.4) filter.assets = ASSETS.filter(() => next() < 0.5).map((a) => (next() < 0.3 ? a.toLowerCase() : a));
  if (next() < 0.4) filter.minAmount = AMOUNTS[Math.floor(next() * AMOUNTS.length)];
  if (next() < 0.3) filter.maxAmount = AMOUNTS[Math.floor(next() * AMOUNTS.length)];
  const instant = () => new Date(INSTANTS[Math.floor(next() * INSTANTS.length)]! + (next() < 0.5 ? 0 : 1)).toISOString();
  if (forAll || next() < 0.4) filter.since = forAll && next() < 0.5 ? new Date(WINDOW_START).toISOString() : instant();
  if (forAll || next() < 0.3) filter.until = forAll && next() < 0.5 ? '2010-08-01T00:00:00.000Z' : instant();
  if (forAll && Date.parse(filter.since!) < WINDOW_START) filter.since = new Date(WINDOW_START).toISOString();
  if (forAll && Date.parse(filter.until!) > Date.parse('2010-08-01T00:00:00Z')) filter.until = '2010-08-01T00:00:00.000Z';
  if (next() < 0.15) filter.synthetic = next() < 0.7;
  const orderBy: Order = { field: next() < 0.5 ? 'TIME' : 'AMOUNT', direction: next() < 0.5 ? 'ASC' : 'DESC' };
  return { filter, orderBy, first: [4, 25, 100][Math.floor(next() * 3)]! };
}

describe('money pages against the reference', () => {
  it('list, count and group every money field exactly as filtering and sorting the movements does (200 random queries)', async () => {
    const next = seededRandom(2026);
    const all = fields();
    for (let q = 0; q < 200; q += 1) {
      const field = all[q % all.length]!;
      const { filter, orderBy, first } = randomQuery(next, field.name.startsWith('all'));
      const group = field.groups[Math.floor(next() * field.groups.length)]!;
      const expected = referencePage(field.movements(), filter, orderBy);
      const got = await walk(field, filter, orderBy, first, group);
      const label = JSON.stringify({ q, field: field.name, filter, orderBy, first, group });
      expect(got.keys, label).toEqual(expected.map((m) => m.key));
      expect(got.total, label).toBe(expected.length);
      expect(got.groups, label).toEqual(referenceGroups(expected, group));
    }
  }, 600_000);
});

describe('money pages by hand', () => {
  const q = `query($id: ID!, $filter: MoneyFilter, $orderBy: MoneyOrder, $after: String) {
    node(id: $id) { ... on Wallet { outgoingTransfers(filter: $filter, orderBy: $orderBy, first: 2, after: $after) {
      totalCount edges { cursor node { id amount } } } } } }`;
  const id = toGlobalId(WALLETS[0]!);

  it('compares amounts exactly: 1.000000000000000002 is above 1.000000000000000001, 1.50 equals 1.5', async () => {
    const expected = referencePage(world.transfers.filter((t) => t.from === WALLETS[0]), { minAmount: '1.000000000000000002', maxAmount: '1.5' }, { field: 'AMOUNT', direction: 'ASC' });
    const data = dataOf(await h.run(q, { id, filter: { minAmount: '1.000000000000000002', maxAmount: '1.5' }, orderBy: { field: 'AMOUNT', direction: 'ASC' } }));
    expect(data.node.outgoingTransfers.totalCount).toBe(expected.length);
    for (const edge of data.node.outgoingTransfers.edges) {
      expect(new Decimal(edge.node.amount).gte('1.000000000000000002')).toBe(true);
      expect(new Decimal(edge.node.amount).lte('1.5')).toBe(true);
    }
  });

  it('refuses a cursor of another ordering with BAD_USER_INPUT on after, and writes nothing', async () => {
    const byAmount = dataOf(await h.run(q, { id, orderBy: { field: 'AMOUNT', direction: 'DESC' } }));
    const cursor = byAmount.node.outgoingTransfers.edges[0].cursor;
    const result = await h.run(q, { id, orderBy: { field: 'TIME', direction: 'DESC' }, after: cursor });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('after');
  });

  it('refuses an amount that is not a plain decimal, naming the field', async () => {
    const result = await h.run(q, { id, filter: { minAmount: '1e5' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('minAmount');
  });

  it('sends no count when totalCount is not selected: one statement for the top-level page', async () => {
    await h.run('{ transfers(first: 3, filter: { since: "2010-03-01T00:00:00Z", until: "2010-08-01T00:00:00Z" }) { edges { node { id } } } }');
    expect(h.queries.map((e) => e.cypher).filter((c) => c.includes('count('))).toHaveLength(0);
    expect(h.queries).toHaveLength(1);
    await h.run('{ transfers(first: 3, filter: { since: "2010-03-01T00:00:00Z" }) { totalCount edges { node { id } } } }');
    expect(h.queries).toHaveLength(2);
  });

  it("answers a wallet's incoming, outgoing and all transfers side by side in one statement", async () => {
    const wallet = WALLETS[0]!;
    const result = dataOf(await h.run(`{ node(id: "${id}") { ... on Wallet {
      incomingTransfers(first: 2) { totalCount edges { node { id } } }
      outgoingTransfers(first: 3, orderBy: { field: TIME, direction: DESC }) { totalCount edges { node { id } } }
      transfers(first: 4) { totalCount } } } }`));
    const incoming = referencePage(world.transfers.filter((t) => t.to === wallet), {}, { field: 'TIME', direction: 'DESC' });
    const outgoing = referencePage(world.transfers.filter((t) => t.from === wallet), {}, { field: 'TIME', direction: 'DESC' });
    expect(result.node.incomingTransfers.totalCount).toBe(incoming.length);
    expect(result.node.incomingTransfers.edges.map((e: { node: { id: string } }) => keyOfId(e.node.id))).toEqual(incoming.slice(0, 2).map((m) => m.key));
    expect(result.node.outgoingTransfers.totalCount).toBe(outgoing.length);
    expect(result.node.outgoingTransfers.edges.map((e: { node: { id: string } }) => keyOfId(e.node.id))).toEqual(outgoing.slice(0, 3).map((m) => m.key));
    expect(result.node.transfers.totalCount).toBe(world.transfers.filter((t) => t.from === wallet || t.to === wallet).length);
    expect(h.queries.map((e) => e.statement)).toEqual(['loaders.nodesByKey', 'loaders.money.walletTransfers.timeDesc']);
  });

  it('asks for the count of a relationship page only when totalCount is selected', async () => {
    const page = (withTotal: boolean) =>
      `{ node(id: "${id}") { ... on Wallet { outgoingTransfers(first: 2) { ${withTotal ? 'totalCount' : ''} edges { node { id } } } } } }`;
    await h.run(page(false));
    const counted = () =>
      h.queries.flatMap((event) => (event.params as { requests?: { counted: boolean }[] }).requests?.map((r) => r.counted) ?? []);
    expect(counted()).toEqual([false]);
    await h.run(page(true));
    expect(counted()).toEqual([true]);
  });

  it("brings a page's wallets along when the request selects them, so they cost no statement of their own", async () => {
    const page = `{ node(id: "${id}") { ... on Wallet { transfers(first: 50) { edges { node { id from { id name } to { address } } } } } } }`;
    const data = dataOf(await h.run(page));
    const expected = referencePage(world.transfers.filter((t) => touches([WALLETS[0]!], t)), {}, { field: 'TIME', direction: 'DESC' });
    expect(data.node.transfers.edges.map((e: { node: { id: string; from: { id: string }; to: { address: string } } }) => [
      keyOfId(e.node.id),
      keyOfId(e.node.from.id),
      f.numberOf(e.node.to.address),
    ])).toEqual(expected.slice(0, 50).map((m) => [m.key, m.from, WALLETS.indexOf(m.to)]));
    // The wallet by id, then its page: the ends came with the page.
    expect(h.queries.map((e) => e.statement)).toEqual(['loaders.nodesByKey', 'loaders.money.walletTransfers.timeDesc']);
    const salaries = `{ node(id: "${toGlobalId(EMPLOYER)}") { ... on Employer { salaryPayments(first: 5) { edges { node { wallet { id } employer { name } } } } } } }`;
    expect(dataOf(await h.run(salaries)).node.salaryPayments.edges).toHaveLength(5);
    expect(h.queries.map((e) => e.statement)).toEqual(['loaders.nodesByKey', 'loaders.money.salaryPayments.timeDesc']);
  });

  it('reads a transfer by id with both wallets in one statement', async () => {
    const t = world.transfers[1]!;
    const data = dataOf(await h.run(`{ node(id: "${toGlobalId(t.key)}") { ... on Transfer { amount from { id } to { id } } } }`));
    expect(data.node).toEqual({ amount: t.amount, from: { id: toGlobalId(t.from) }, to: { id: toGlobalId(t.to) } });
    expect(h.queries.map((e) => e.statement)).toEqual(['loaders.transfersByKey']);
  });

  it('loads the transfer pages of many wallets in one statement', async () => {
    const ids = WALLETS.map((w) => `"${toGlobalId(w)}"`).join(', ');
    const result = await h.run(`{ nodes(ids: [${ids}]) { ... on Wallet {
      outgoingTransfers(first: 3, filter: { assets: ["USDT"] }, orderBy: { field: AMOUNT, direction: DESC }) { totalCount edges { node { id } } } } } }`);
    const data = dataOf(result);
    expect(data.nodes).toHaveLength(WALLETS.length);
    expect(h.queries.filter((e) => e.cypher.includes('TRANSFERRED'))).toHaveLength(1);
    WALLETS.forEach((w, i) => {
      const expected = referencePage(world.transfers.filter((t) => t.from === w), { assets: ['USDT'] }, { field: 'AMOUNT', direction: 'DESC' });
      expect(data.nodes[i].outgoingTransfers.totalCount).toBe(expected.length);
      expect(data.nodes[i].outgoingTransfers.edges.map((e: { node: { id: string } }) => keyOfId(e.node.id))).toEqual(expected.slice(0, 3).map((m) => m.key));
    });
  });
});

describe('amountOrder on stores written before it', () => {
  it('is filled in by the migrations, once', async () => {
    const key = world.transfers[0]!.key;
    const executor = h.db.executor();
    await executor.writeTx(async (tx) => {
      await tx.run('MATCH ()-[r:TRANSFERRED {key: $key}]->() REMOVE r.amountOrder', { key });
      await tx.run("MATCH (m:DataMigration {name: 'amount-order-v1'}) DELETE m");
    });
    await applyMigrations(executor);
    const rows = await executor.read('MATCH ()-[r:TRANSFERRED {key: $key}]->() RETURN r.amountOrder AS o, r.amount AS a', { key });
    const { amountOrderKey } = await import('../src/model/amount-order.js');
    expect(rows[0]?.o).toBe(amountOrderKey(String(rows[0]?.a)));
    const marks = await executor.read("MATCH (m:DataMigration {name: 'amount-order-v1'}) RETURN count(m) AS n");
    expect(Number(marks[0]?.n)).toBe(1);
  });
});
