import { statement, type Reader, type Statement } from '../db/index.js';
import { cypherInt, type Plain } from '../db/index.js';
import { NODE_TYPES } from '../model/index.js';
import { personalNode } from './personal.js';
import { NODE_PROJECTION } from './projections.js';
import { type Connection, type PageItem, type PageRequest, toConnection } from '../pagination/index.js';
import { asSortValue, int, str } from '../db/index.js';

/**
 * Top-level lists (`organizations`, `wallets`, ...): one type, optional filters, an ordering,
 * keyset pages. Filters are fixed predicates that switch themselves off when their parameter is
 * null, so one Cypher text per type and ordering serves every combination of filters; every
 * type's texts (a page per ordering it offers, a filtered and an unfiltered count) are
 * registered when this module loads (`TOP_LISTS`).
 */

/**
 * Names and aliases of personal nodes match only when `$namesOfPersonal` is true (ANALYST and
 * above): a VIEWER, who sees them masked, must not find them by their clear names either.
 */
const NAME_MATCHES =
  `(($namesOfPersonal OR NOT ${personalNode('n')}) AND (toLower(n.name) CONTAINS $f.nameContains` +
  ' OR any(a IN n.aliases WHERE toLower(a) CONTAINS $f.nameContains)))';

const P = {
  nameContains: `($f.nameContains IS NULL OR ${NAME_MATCHES})`,
  // Addresses are public (they are on chain), so they match for everyone.
  walletContains: `($f.nameContains IS NULL OR toLower(n.address) CONTAINS $f.nameContains OR ${NAME_MATCHES})`,
  titleContains: '($f.titleContains IS NULL OR toLower(n.title) CONTAINS $f.titleContains)',
  synthetic: '($f.synthetic IS NULL OR n.synthetic = $f.synthetic)',
  kinds: '($f.kinds IS NULL OR n.kind IN $f.kinds)',
  roles: '($f.roles IS NULL OR n.role IN $f.roles)',
  chains: '($f.chains IS NULL OR n.chain IN $f.chains)',
  assets: '($f.assets IS NULL OR any(a IN coalesce(n.assets, []) WHERE a IN $f.assets))',
  statuses: '($f.statuses IS NULL OR n.status IN $f.statuses)',
  dateFrom: '($f.dateFrom IS NULL OR n.date >= date($f.dateFrom))',
  dateTo: '($f.dateTo IS NULL OR n.date <= date($f.dateTo))',
} as const;

/** What each filter parameter holds; the predicate filed under a name reads `$f.<name>`. */
export interface FilterValues {
  readonly nameContains: string;
  readonly titleContains: string;
  readonly synthetic: boolean;
  readonly kinds: readonly string[];
  readonly roles: readonly string[];
  readonly chains: readonly string[];
  readonly assets: readonly string[];
  readonly statuses: readonly string[];
  readonly dateFrom: string;
  readonly dateTo: string;
}

export type FilterName = keyof FilterValues;

export interface ListSpec {
  readonly label: string;
  /** The list's filters, each with its predicate, in the order the WHERE clause tests them. */
  readonly predicates: { readonly [K in FilterName]?: string };
  /** The orderings the schema offers for this list. */
  readonly sorts: readonly ListSortName[];
}

const BY_NAME = ['NAME_ASC', 'NAME_DESC'] as const satisfies readonly ListSortName[];

export const LIST_SPECS = {
  State: { label: NODE_TYPES.State.label, predicates: { nameContains: P.nameContains, synthetic: P.synthetic }, sorts: BY_NAME },
  Organization: {
    label: NODE_TYPES.Organization.label,
    predicates: { nameContains: P.nameContains, synthetic: P.synthetic, kinds: P.kinds },
    sorts: BY_NAME,
  },
  Operative: {
    label: NODE_TYPES.Operative.label,
    predicates: { nameContains: P.nameContains, synthetic: P.synthetic, roles: P.roles },
    sorts: BY_NAME,
  },
  Facilitator: {
    label: NODE_TYPES.Facilitator.label,
    predicates: { nameContains: P.nameContains, synthetic: P.synthetic, roles: P.roles },
    sorts: BY_NAME,
  },
  StolenIdentity: {
    label: NODE_TYPES.StolenIdentity.label,
    predicates: { nameContains: P.nameContains, synthetic: P.synthetic },
    sorts: BY_NAME,
  },
  Employer: { label: NODE_TYPES.Employer.label, predicates: { nameContains: P.nameContains, synthetic: P.synthetic }, sorts: BY_NAME },
  Wallet: {
    label: NODE_TYPES.Wallet.label,
    predicates: { nameContains: P.walletContains, synthetic: P.synthetic, chains: P.chains, assets: P.assets },
    sorts: BY_NAME,
  },
  EnforcementAction: {
    label: NODE_TYPES.EnforcementAction.label,
    predicates: { kinds: P.kinds, statuses: P.statuses, dateFrom: P.dateFrom, dateTo: P.dateTo, synthetic: P.synthetic },
    sorts: ['DATE_ASC', 'DATE_DESC', 'AMOUNT_USD_ASC', 'AMOUNT_USD_DESC'],
  },
  Source: { label: NODE_TYPES.Source.label, predicates: { kinds: P.kinds, titleContains: P.titleContains }, sorts: ['TITLE_ASC'] },
  Person: { label: NODE_TYPES.Person.label, predicates: { nameContains: P.nameContains, synthetic: P.synthetic }, sorts: BY_NAME },
  Craft: {
    label: NODE_TYPES.Craft.label,
    predicates: { nameContains: P.nameContains, synthetic: P.synthetic, kinds: P.kinds },
    sorts: BY_NAME,
  },
} as const satisfies Record<string, ListSpec>;

export type ListName = keyof typeof LIST_SPECS;

/**
 * The filter of one list: only the parameters its spec has predicates for, so a misspelt or
 * foreign key fails to compile. Absent and null both switch a predicate off.
 */
export type FilterOf<N extends ListName> = {
  readonly [K in keyof (typeof LIST_SPECS)[N]['predicates'] & FilterName]?: FilterValues[K] | null;
};

/** An ordering: a never-null sort expression over `n` and a direction. */
export interface ListSort {
  readonly value: string;
  readonly direction: 'ASC' | 'DESC';
}

export const LIST_SORTS = {
  NAME_ASC: { value: 'n.name', direction: 'ASC' },
  NAME_DESC: { value: 'n.name', direction: 'DESC' },
  TITLE_ASC: { value: 'n.title', direction: 'ASC' },
  // Undated or unvalued actions go last in both directions, hence different stand-ins.
  DATE_ASC: { value: "coalesce(toString(n.date), '9999-12-31')", direction: 'ASC' },
  DATE_DESC: { value: "coalesce(toString(n.date), '')", direction: 'DESC' },
  AMOUNT_USD_ASC: { value: 'coalesce(toFloat(n.amountUsd), 1.0e300)', direction: 'ASC' },
  AMOUNT_USD_DESC: { value: 'coalesce(toFloat(n.amountUsd), -1.0)', direction: 'DESC' },
} as const satisfies Record<string, ListSort>;

export type ListSortName = keyof typeof LIST_SORTS;

function pageCypher(spec: ListSpec, sort: ListSort): string {
  const cmp = sort.direction === 'ASC' ? '>' : '<';
  return `
MATCH (n:${spec.label})
WHERE ${Object.values(spec.predicates).join('\n  AND ')}
WITH n, ${sort.value} AS v
WHERE $after IS NULL OR v ${cmp} $after.v OR (v = $after.v AND n.key ${cmp} $after.k)
RETURN ${NODE_PROJECTION} AS node, v, n.key AS k
ORDER BY v ${sort.direction}, k ${sort.direction}
LIMIT $limit`;
}

function countCypher(spec: ListSpec, filtered: boolean): string {
  // Without filters Neo4j answers a label count from its count store, without a scan.
  return filtered
    ? `MATCH (n:${spec.label}) WHERE ${Object.values(spec.predicates).join(' AND ')} RETURN count(n) AS total`
    : `MATCH (n:${spec.label}) RETURN count(n) AS total`;
}

/** One list's registered statements. */
export interface ListReads {
  readonly pages: Partial<Record<ListSortName, Statement>>;
  readonly count: Statement;
  readonly countAll: Statement;
}

/** `NAME_ASC` as a statement name's word: `nameAsc`. */
const camel = (name: string) => name.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

// A full list is read in its ordering: the label's rows are visited (in index order where an
// index on the sort property exists) and the filters checked on each, so these scan on purpose.
const LIST_SCAN = {
  operators: ['NodeByLabelScan', 'NodeIndexScan'],
  reason: 'a top-level list reads every node of its type, filtered and ordered',
} as const;

function registerList(typename: string, spec: ListSpec): ListReads {
  const prefix = `lists.${typename[0]!.toLowerCase()}${typename.slice(1)}`;
  const pages = Object.fromEntries(
    spec.sorts.map((sort) => [sort, statement(`${prefix}.${camel(sort)}`, pageCypher(spec, LIST_SORTS[sort]), { scans: LIST_SCAN })]),
  );
  return {
    pages,
    count: statement(`${prefix}.count`, countCypher(spec, true), { scans: LIST_SCAN }),
    countAll: statement(`${prefix}.countAll`, countCypher(spec, false)),
  };
}

export const TOP_LISTS = Object.fromEntries(
  Object.entries(LIST_SPECS).map(([typename, spec]) => [typename, registerList(typename, spec)]),
) as Record<keyof typeof LIST_SPECS, ListReads>;

/** Filter values as the predicates expect them: absent means null, text lower-cased. */
export type FilterParams = { readonly [K in FilterName]?: FilterValues[K] | null };

export async function listPage<T>(
  executor: Reader,
  reads: ListReads,
  sort: ListSortName,
  filter: FilterParams,
  page: PageRequest,
  toRecord: (value: Plain) => T,
  namesOfPersonal: boolean,
): Promise<Connection<T>> {
  const filtered = Object.values(filter).some((v) => v !== null && v !== undefined);
  const params = { f: filter, namesOfPersonal, after: page.after, limit: cypherInt(page.limit + 1) };
  const pageStatement = reads.pages[sort];
  if (!pageStatement) throw new Error(`This list offers no ordering ${sort}`);
  const [rows, counts] = await executor.readTx(async (tx) => [
    await tx.run(pageStatement, params),
    await tx.run(filtered ? reads.count : reads.countAll, params),
  ]);
  const items: PageItem<T>[] = rows.map((row) => ({
    v: asSortValue(row.v, 'sort value'),
    k: str(row, 'k'),
    node: toRecord(row.node ?? null),
  }));
  return toConnection(items, page.limit, counts[0] ? int(counts[0], 'total') : 0);
}
