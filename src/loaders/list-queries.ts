import type { Executor } from '../db/executor.js';
import { cypherInt, type Plain } from '../db/values.js';
import { NODE_TYPES } from '../db/model.js';
import { personalNode } from './personal.js';
import { NODE_PROJECTION } from './projections.js';
import { type Connection, type PageItem, type PageRequest, toConnection } from '../pagination/pages.js';
import { asSortValue, int, str } from '../db/row-readers.js';

/**
 * Top-level lists (`organizations`, `wallets`, ...): one type, optional filters, an ordering,
 * keyset pages. Filters are fixed predicates that switch themselves off when their parameter is
 * null, so one Cypher text per type and ordering serves every combination of filters.
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
}

export const LIST_SPECS = {
  State: { label: NODE_TYPES.State.label, predicates: { nameContains: P.nameContains, synthetic: P.synthetic } },
  Organization: {
    label: NODE_TYPES.Organization.label,
    predicates: { nameContains: P.nameContains, synthetic: P.synthetic, kinds: P.kinds },
  },
  Operative: {
    label: NODE_TYPES.Operative.label,
    predicates: { nameContains: P.nameContains, synthetic: P.synthetic, roles: P.roles },
  },
  Facilitator: {
    label: NODE_TYPES.Facilitator.label,
    predicates: { nameContains: P.nameContains, synthetic: P.synthetic, roles: P.roles },
  },
  StolenIdentity: {
    label: NODE_TYPES.StolenIdentity.label,
    predicates: { nameContains: P.nameContains, synthetic: P.synthetic },
  },
  Employer: { label: NODE_TYPES.Employer.label, predicates: { nameContains: P.nameContains, synthetic: P.synthetic } },
  Wallet: {
    label: NODE_TYPES.Wallet.label,
    predicates: { nameContains: P.walletContains, synthetic: P.synthetic, chains: P.chains, assets: P.assets },
  },
  EnforcementAction: {
    label: NODE_TYPES.EnforcementAction.label,
    predicates: { kinds: P.kinds, statuses: P.statuses, dateFrom: P.dateFrom, dateTo: P.dateTo, synthetic: P.synthetic },
  },
  Source: { label: NODE_TYPES.Source.label, predicates: { kinds: P.kinds, titleContains: P.titleContains } },
  Person: { label: NODE_TYPES.Person.label, predicates: { nameContains: P.nameContains, synthetic: P.synthetic } },
  Craft: {
    label: NODE_TYPES.Craft.label,
    predicates: { nameContains: P.nameContains, synthetic: P.synthetic, kinds: P.kinds },
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

/** Filter values as the predicates expect them: absent means null, text lower-cased. */
export type FilterParams = { readonly [K in FilterName]?: FilterValues[K] | null };

export async function listPage<T>(
  executor: Executor,
  spec: ListSpec,
  sort: ListSort,
  filter: FilterParams,
  page: PageRequest,
  toRecord: (value: Plain) => T,
  namesOfPersonal: boolean,
): Promise<Connection<T>> {
  const filtered = Object.values(filter).some((v) => v !== null && v !== undefined);
  const params = { f: filter, namesOfPersonal, after: page.after, limit: cypherInt(page.limit + 1) };
  const [rows, counts] = await executor.readTx(async (tx) => [
    await tx.run(pageCypher(spec, sort), params),
    await tx.run(countCypher(spec, filtered), params),
  ]);
  const items: PageItem<T>[] = rows.map((row) => ({
    v: asSortValue(row.v, 'sort value'),
    k: str(row, 'k'),
    node: toRecord(row.node ?? null),
  }));
  return toConnection(items, page.limit, counts[0] ? int(counts[0], 'total') : 0);
}
