import DataLoader from 'dataloader';
import { badUserInput } from '../errors.js';
import { asList, asMap, asSortValue, column, cypherDateTime, cypherInt, int, str, statement } from '../db/index.js';
import type { Plain, Reader, Statement } from '../db/index.js';
import type { MoneyFilter, MoneyOrder } from '../generated/graphql.js';
import { amountOrderKey } from '../model/index.js';
import { type Cursor, type PageItem, type PageRequest, toPage } from '../pagination/index.js';
import {
  ALL_TRANSFERS_COUNT,
  ALL_TRANSFERS_COUNT_UNFILTERED,
  allTransfersCypher,
  allTransfersGroupsCypher,
  MONEY_GROUPS,
  MONEY_ORDERINGS,
  MONEY_PAGES,
  moneyGroupsCypher,
  MONEY_PAGE_BATCHES,
  moneyPagesCypher,
  type MoneyPageBatch,
  pageTag,
  type MoneyGroup,
  type MoneyOrdering,
  type MoneyPageName,
} from './money-specs.js';
import type { GroupCountRecord, MoneyConnectionRecord, MoneyScope } from './records.js';

/** `TIME_DESC` → `timeDesc`, for statement names. */
const camel = (constant: string) => constant.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

/** Every batch of money pages × ordering, and page × group, registered when this module loads. */
const PAGE_READS = Object.fromEntries(
  Object.keys(MONEY_PAGE_BATCHES).map((batch) => [
    batch,
    Object.fromEntries(
      MONEY_ORDERINGS.map((o) => [o, statement(`loaders.money.${batch}.${camel(o)}`, moneyPagesCypher(batch as MoneyPageBatch, o))]),
    ),
  ]),
) as Record<MoneyPageBatch, Record<MoneyOrdering, Statement>>;

const GROUP_READS = Object.fromEntries(
  Object.entries(MONEY_PAGES).map(([name, spec]) => [
    name,
    Object.fromEntries(spec.groups.map((g) => [g, statement(`loaders.money.${name}.groups.${camel(g)}`, moneyGroupsCypher(spec, g))])),
  ]),
) as Record<MoneyPageName, Partial<Record<MoneyGroup, Statement>>>;

const ALL_READS = Object.fromEntries(
  MONEY_ORDERINGS.map((o) => [o, statement(`loaders.money.allTransfers.${camel(o)}`, allTransfersCypher(o))]),
) as Record<MoneyOrdering, Statement>;
const ALL_COUNT = statement('loaders.money.allTransfers.count', ALL_TRANSFERS_COUNT, {
  scans: { operators: ['DirectedRelationshipTypeScan'], reason: 'a filtered count reads every transfer it filters' },
});
const ALL_COUNT_UNFILTERED = statement('loaders.money.allTransfers.countUnfiltered', ALL_TRANSFERS_COUNT_UNFILTERED);
const ALL_GROUPS = Object.fromEntries(
  MONEY_GROUPS.map((g) => [
    g,
    statement(`loaders.money.allTransfers.groups.${camel(g)}`, allTransfersGroupsCypher(g), {
      scans: { operators: ['DirectedRelationshipTypeScan'], reason: 'counts per group read every transfer' },
    }),
  ]),
) as Record<MoneyGroup, Statement>;

/** `MoneyFilter` as the statements read it: every field present, null when not given. */
interface FilterParams {
  readonly assets: string[] | null;
  readonly minAmount: string | null;
  readonly maxAmount: string | null;
  readonly since: ReturnType<typeof cypherDateTime> | null;
  readonly until: ReturnType<typeof cypherDateTime> | null;
  readonly synthetic: boolean | null;
}

function filterParams(filter: MoneyFilter | null | undefined): FilterParams {
  return {
    assets: filter?.assets ? filter.assets.map((a) => a.toUpperCase()) : null,
    minAmount: filter?.minAmount ? amountOrderKey(filter.minAmount) : null,
    maxAmount: filter?.maxAmount ? amountOrderKey(filter.maxAmount) : null,
    since: filter?.since ? cypherDateTime(filter.since) : null,
    until: filter?.until ? cypherDateTime(filter.until) : null,
    synthetic: filter?.synthetic ?? null,
  };
}

export function moneyOrdering(order: MoneyOrder | null | undefined): MoneyOrdering {
  return `${order?.field ?? 'TIME'}_${order?.direction ?? 'DESC'}`;
}

/** A cursor of a time ordering holds epoch millis, of an amount ordering the amount's key. */
function checkCursor(after: Cursor | null, ordering: MoneyOrdering): Cursor | null {
  if (after === null) return null;
  const wanted = ordering.startsWith('TIME') ? 'number' : 'string';
  if (typeof after.v !== wanted) throw badUserInput('after', 'is a cursor of another ordering; keep the orderBy of the page it came from');
  return after;
}

/** One money page asked for: whose, which page, which filter and ordering. */
export interface MoneyPageKey {
  readonly parent: string;
  readonly page: PageRequest;
  readonly filter?: MoneyFilter | null;
  readonly orderBy?: MoneyOrder | null;
  /** The ends the request selects, fetched along with the page, and how deep their controllers. */
  readonly ends?: MoneyEnds;
}

/**
 * Which ends of the movements a request selects: `start` (`from`, `employer`), `end` (`to`,
 * `wallet`), and `controllers`: 1 when it selects their `controller`, 2 when also that
 * organisation's `controlledBy`, 0 otherwise.
 */
export interface MoneyEnds {
  readonly start: boolean;
  readonly end: boolean;
  readonly controllers: 0 | 1 | 2;
}

const NO_ENDS: MoneyEnds = { start: false, end: false, controllers: 0 };

/** What a page brought along, handed to the request's loaders: nodes, and the controllers of some. */
export interface Primes {
  node(value: Plain): void;
  controllers(key: string, values: readonly Plain[]): void;
}

/** An end `{node, controllers}` (`money-specs.ts`): the node, and its controllers when fetched, theirs nested. */
function primeEnd(value: Plain, prime: Primes): void {
  const end = asMap(value, 'an end');
  const node = asMap(end.node ?? null, 'an end node');
  prime.node(node);
  if (end.controllers === null || end.controllers === undefined) return;
  const controllers = asList(end.controllers, 'controllers');
  prime.controllers(str(node, 'key'), controllers.map((c) => asMap(c, 'a controller').node ?? null));
  for (const c of controllers) {
    const controller = asMap(c, 'a controller');
    if (controller.controllers !== null && controller.controllers !== undefined) {
      prime.controllers(str(asMap(controller.node ?? null, 'a controller node'), 'key'), asList(controller.controllers, 'controllers'));
    }
  }
}

function readItems<T>(value: Plain | undefined, limit: number, toRecord: (value: Plain) => T, prime: Primes): PageItem<T>[] {
  return asList(value ?? null, 'items')
    .slice(0, limit + 1)
    .map((item) => {
      const m = asMap(item, 'a page item');
      for (const end of asList(m.ends ?? null, 'ends')) primeEnd(end, prime);
      return { v: asSortValue(m.v, 'sort value'), k: str(m, 'k'), node: toRecord(m.node ?? null) };
    });
}

/** A money page asked for, and which page. */
interface NamedPageKey {
  readonly name: MoneyPageName;
  readonly key: MoneyPageKey;
}

/**
 * The loader behind the money page fields of one batch. The pages asked for in one tick, whatever
 * their field, parent, filter and cursor, go to Neo4j as one `UNWIND $requests` statement per
 * ordering among them (one, nearly always).
 */
function pagesLoader<Transfer, Salary>(executor: Reader, batch: MoneyPageBatch, toTransfer: (value: Plain) => Transfer, toSalary: (value: Plain) => Salary, prime: Primes) {
  return new DataLoader<NamedPageKey, MoneyConnectionRecord<Transfer | Salary>, string>(
    async (keys) => {
      const orderings = keys.map(({ key }) => moneyOrdering(key.orderBy));
      const results = new Array<MoneyConnectionRecord<Transfer | Salary>>(keys.length);
      for (const ordering of new Set(orderings)) {
        const mine = keys.flatMap((named, i) => (orderings[i] === ordering ? [{ ...named, i }] : []));
        const requests = mine.map(({ name, key, i }) => {
          const ends = key.ends ?? NO_ENDS;
          return {
            i,
            page: pageTag(name),
            parent: key.parent,
            after: checkCursor(key.page.after, ordering),
            counted: key.page.counted,
            start: ends.start,
            end: ends.end,
            controllers: cypherInt(ends.controllers),
            f: filterParams(key.filter),
          };
        });
        const limit = Math.max(...mine.map(({ key }) => key.page.limit)) + 1;
        const rows = await executor.read(PAGE_READS[batch][ordering], { requests, limit: cypherInt(limit) });
        const byIndex = new Map(rows.map((row) => [column(row, 'i'), row]));
        for (const { name, key, i } of mine) {
          const row = byIndex.get(i);
          const toRecord = MONEY_PAGES[name].time === 'r.paidAt' ? toSalary : toTransfer;
          const items = row ? readItems<Transfer | Salary>(column(row, 'items'), key.page.limit, toRecord, prime) : [];
          const total = row && key.page.counted ? int(row, 'total') : key.page.counted ? 0 : null;
          results[i] = {
            ...toPage(items, key.page.limit),
            totalCount: total,
            scope: { page: name, parent: key.parent, filter: key.filter ?? null },
          };
        }
      }
      return results;
    },
    {
      cacheKeyFn: ({ name, key }) =>
        JSON.stringify([name, key.parent, key.page.limit, key.page.after, key.page.counted, key.ends ?? NO_ENDS, key.filter ?? null, moneyOrdering(key.orderBy)]),
    },
  );
}

/** Counts per group of one connection, batched like the pages. */
interface GroupKey {
  readonly scope: MoneyScope;
  readonly group: MoneyGroup;
}

function groupsLoader(executor: Reader) {
  return new DataLoader<GroupKey, GroupCountRecord[], string>(
    async (keys) => {
      const results = new Array<GroupCountRecord[]>(keys.length);
      const batches = new Map<string, { key: GroupKey; i: number }[]>();
      keys.forEach((key, i) => {
        const name = `${key.scope.page ?? ''}.${key.group}`;
        batches.set(name, [...(batches.get(name) ?? []), { key, i }]);
      });
      for (const batch of batches.values()) {
        const { scope, group } = batch[0]!.key;
        if (scope.page === null) {
          // The whole transfer list has no parent to batch by: one statement per key.
          for (const { key, i } of batch) {
            const rows = await executor.read(ALL_GROUPS[group], { f: filterParams(key.scope.filter) });
            results[i] = rows.map((row) => ({ value: str(row, 'value'), count: int(row, 'count') }));
          }
          continue;
        }
        const requests = batch.map(({ key, i }) => ({ i, parent: key.scope.parent, f: filterParams(key.scope.filter) }));
        const read = GROUP_READS[scope.page][group];
        if (!read) throw new Error(`${scope.page} has no counts by ${group}`);
        const rows = await executor.read(read, { requests });
        const byIndex = new Map(rows.map((row) => [column(row, 'i'), row]));
        for (const { i } of batch) {
          const row = byIndex.get(i);
          results[i] = row
            ? asList(column(row, 'groups'), 'groups').map((g) => {
                const m = asMap(g, 'a group');
                return { value: str(m, 'value'), count: int(m, 'count') };
              })
            : [];
        }
      }
      return results;
    },
    { cacheKeyFn: (key) => JSON.stringify([key.scope, key.group]) },
  );
}

/** The lowest and highest key of a property: below and above every stored value. */
const LOWEST_AMOUNT = '';
const HIGHEST_AMOUNT = '~';
const EARLIEST = cypherDateTime('0001-01-01T00:00:00Z');
const LATEST = cypherDateTime('9999-12-31T23:59:59.999Z');

/**
 * The range `allTransfersCypher` seeks: the filter's window on the ordering's property, narrowed
 * by the cursor (inclusive; the statement breaks the tie on the cursor's own value by key).
 */
function seekBounds(ordering: MoneyOrdering, filter: MoneyFilter | null | undefined, params: FilterParams, after: Cursor | null) {
  const ascending = ordering.endsWith('ASC');
  if (ordering.startsWith('TIME')) {
    const lowerMs = Math.max(filter?.since ? Date.parse(filter.since) : -Infinity, ascending && after ? Number(after.v) : -Infinity);
    // `until` is exclusive and stored times are whole milliseconds.
    const upperMs = Math.min(filter?.until ? Date.parse(filter.until) - 1 : Infinity, !ascending && after ? Number(after.v) : Infinity);
    const at = (ms: number, fallback: typeof EARLIEST) => (Number.isFinite(ms) ? cypherDateTime(new Date(ms).toISOString()) : fallback);
    return {
      lower: at(lowerMs, EARLIEST),
      upper: at(upperMs, LATEST),
      after: after ? { bound: cypherDateTime(new Date(Number(after.v)).toISOString()), k: after.k } : null,
    };
  }
  const max = (a: string, b: string) => (a > b ? a : b);
  const min = (a: string, b: string) => (a < b ? a : b);
  const v = after ? String(after.v) : null;
  return {
    lower: max(params.minAmount ?? LOWEST_AMOUNT, ascending && v !== null ? v : LOWEST_AMOUNT),
    upper: min(params.maxAmount ?? HIGHEST_AMOUNT, !ascending && v !== null ? v : HIGHEST_AMOUNT),
    after: after ? { bound: v, k: after.k } : null,
  };
}

/** The top-level `transfers` list: one page, its count only when selected. */
async function allTransfers<T>(
  executor: Reader,
  toRecord: (value: Plain) => T,
  filter: MoneyFilter | null | undefined,
  orderBy: MoneyOrder | null | undefined,
  page: PageRequest,
): Promise<MoneyConnectionRecord<T>> {
  const ordering = moneyOrdering(orderBy);
  const f = filterParams(filter);
  const bounds = seekBounds(ordering, filter, f, checkCursor(page.after, ordering));
  const rows = await executor.read(ALL_READS[ordering], { f, ...bounds, limit: cypherInt(page.limit + 1) });
  const items = rows.map((row) => ({ v: asSortValue(row.v, 'sort value'), k: str(row, 'k'), node: toRecord(column(row, 'node')) }));
  let total: number | null = null;
  if (page.counted) {
    const unfiltered = Object.values(f).every((value) => value === null);
    const counts = await executor.read(unfiltered ? ALL_COUNT_UNFILTERED : ALL_COUNT, unfiltered ? {} : { f });
    total = counts[0] ? int(counts[0], 'total') : 0;
  }
  return { ...toPage(items, page.limit), totalCount: total, scope: { page: null, parent: null, filter: filter ?? null } };
}

export function createMoneyLoaders<Transfer, Salary>(
  executor: Reader,
  toTransfer: (value: Plain) => Transfer,
  toSalary: (value: Plain) => Salary,
  prime: Primes,
) {
  const loaders = Object.fromEntries(
    Object.keys(MONEY_PAGE_BATCHES).map((batch) => [batch, pagesLoader(executor, batch as MoneyPageBatch, toTransfer, toSalary, prime)]),
  ) as Record<MoneyPageBatch, ReturnType<typeof pagesLoader<Transfer, Salary>>>;
  // One field's loader: its records are of the type its page holds (the statement's patterns say which).
  const page = <T>(batch: MoneyPageBatch, name: MoneyPageName) => ({
    load: (key: MoneyPageKey) => loaders[batch].load({ name, key }) as Promise<MoneyConnectionRecord<T>>,
  });
  return {
    walletOutgoingTransfers: page<Transfer>('walletTransfers', 'walletOutgoingTransfers'),
    walletIncomingTransfers: page<Transfer>('walletTransfers', 'walletIncomingTransfers'),
    walletTransfers: page<Transfer>('walletTransfers', 'walletTransfers'),
    heldOutgoingTransfers: page<Transfer>('heldTransfers', 'heldOutgoingTransfers'),
    heldIncomingTransfers: page<Transfer>('heldTransfers', 'heldIncomingTransfers'),
    heldTransfers: page<Transfer>('heldTransfers', 'heldTransfers'),
    walletSalaryPayments: page<Salary>('salaryPayments', 'walletSalaryPayments'),
    employerSalaryPayments: page<Salary>('salaryPayments', 'employerSalaryPayments'),
    moneyGroups: groupsLoader(executor),
    allTransfers: (filter: MoneyFilter | null | undefined, orderBy: MoneyOrder | null | undefined, page: PageRequest) =>
      allTransfers(executor, toTransfer, filter, orderBy, page),
  };
}
