import { statement, type Reader, type Statement } from '../db/index.js';
import { cypherInt, type Plain } from '../db/index.js';
import { NODE_TYPES } from '../model/index.js';
import { personalNode } from './personal.js';
import { NODE_PROJECTION } from './projections.js';
import { type Connection, type PageItem, type PageRequest, toConnection } from '../pagination/index.js';
import { asSortValue, int, str } from '../db/index.js';
import type { GroupCount, WalletGroupField } from '../generated/graphql.js';
import type {
  CraftRecord,
  EmployerRecord,
  EnforcementActionRecord,
  FacilitatorRecord,
  OperativeRecord,
  OrganizationRecord,
  PersonRecord,
  SourceRecord,
  StateRecord,
  StolenIdentityRecord,
  WalletRecord,
} from './records.js';

/**
 * Top-level lists (`organizations`, `wallets`, ...): one type, optional filters, an ordering,
 * keyset pages. Filters are fixed predicates that switch themselves off when their parameter is
 * null, so one Cypher text per type and ordering serves every combination of filters; every
 * type's texts (a page per ordering it offers, a filtered and an unfiltered count, counts by
 * group) are registered when this module loads (`TOP_LISTS`).
 *
 * A predicate that switches itself off cannot be answered from an index (the planner must plan
 * for the parameter being null), so a list may name one filter as its `seek`: when a request
 * gives it, the statements of the `seek` shape test it with a plain predicate an index serves
 * (`n.chain IN $f.chains`) and keep the other predicates as they are. A few shapes, each
 * registered: never a text assembled per request.
 *
 * What a connection holds is read only when the request selects it (`ListConnection`): the page
 * when `edges` or `pageInfo` is asked for, the total when `totalCount` is, counts by group per
 * `countsBy` field. A query for `totalCount` alone sends one count and no page.
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

/**
 * A filter an index answers: when the request gives it, `predicate` replaces the filter's
 * switchable predicate (it reads the same `$f.<filter>`, never null there).
 */
export interface SeekSpec {
  readonly filter: FilterName;
  readonly predicate: string;
  /** The name's suffix of the statements of this shape: `byChains`. */
  readonly suffix: string;
}

/**
 * How `countsBy` groups a list's nodes: by one value each (`one`, never null on this label), or
 * by each value of a list property (`each`; a node counts once under each distinct value, and
 * not at all when the list is empty or missing).
 */
export type GroupSpec = { readonly one: string; readonly indexed?: string } | { readonly each: string };

export interface ListSpec {
  readonly label: string;
  /** The list's filters, each with its predicate, in the order the WHERE clause tests them. */
  readonly predicates: { readonly [K in FilterName]?: string };
  /** The orderings the schema offers for this list. */
  readonly sorts: readonly ListSortName[];
  readonly seek?: SeekSpec;
  /** The filter whose predicate is left out of the statements for requests that do not give it. */
  readonly text?: FilterName;
  /** The groups `countsBy` offers, by the schema's enum value. */
  readonly groups?: { readonly [field: string]: GroupSpec };
}

const BY_NAME = ['NAME_ASC', 'NAME_DESC'] as const satisfies readonly ListSortName[];

export const LIST_SPECS = {
  State: { label: NODE_TYPES.State.label, predicates: { nameContains: P.nameContains, synthetic: P.synthetic }, sorts: BY_NAME, text: 'nameContains' },
  Organization: {
    label: NODE_TYPES.Organization.label,
    predicates: { nameContains: P.nameContains, synthetic: P.synthetic, kinds: P.kinds },
    sorts: BY_NAME, text: 'nameContains',
  },
  Operative: {
    label: NODE_TYPES.Operative.label,
    predicates: { nameContains: P.nameContains, synthetic: P.synthetic, roles: P.roles },
    sorts: BY_NAME, text: 'nameContains',
  },
  Facilitator: {
    label: NODE_TYPES.Facilitator.label,
    predicates: { nameContains: P.nameContains, synthetic: P.synthetic, roles: P.roles },
    sorts: BY_NAME, text: 'nameContains',
  },
  StolenIdentity: {
    label: NODE_TYPES.StolenIdentity.label,
    predicates: { nameContains: P.nameContains, synthetic: P.synthetic },
    sorts: BY_NAME, text: 'nameContains',
  },
  Employer: { label: NODE_TYPES.Employer.label, predicates: { nameContains: P.nameContains, synthetic: P.synthetic }, sorts: BY_NAME, text: 'nameContains' },
  Wallet: {
    label: NODE_TYPES.Wallet.label,
    predicates: { nameContains: P.walletContains, synthetic: P.synthetic, chains: P.chains, assets: P.assets },
    sorts: BY_NAME, text: 'nameContains',
    // The (chain, address) uniqueness constraint's index serves a chain with any address.
    seek: { filter: 'chains', predicate: 'n.chain IN $f.chains AND n.address IS NOT NULL', suffix: 'byChains' },
    groups: {
      // Every wallet has a chain and an address (the constraint's key), so without filters the
      // counts come from that index alone, without reading a node.
      CHAIN: { one: 'n.chain', indexed: 'n.chain IS NOT NULL AND n.address IS NOT NULL' },
      ASSET: { each: 'n.assets' },
    } satisfies Record<WalletGroupField, GroupSpec>,
  },
  EnforcementAction: {
    label: NODE_TYPES.EnforcementAction.label,
    predicates: { kinds: P.kinds, statuses: P.statuses, dateFrom: P.dateFrom, dateTo: P.dateTo, synthetic: P.synthetic },
    sorts: ['DATE_ASC', 'DATE_DESC', 'AMOUNT_USD_ASC', 'AMOUNT_USD_DESC'],
  },
  Source: { label: NODE_TYPES.Source.label, predicates: { kinds: P.kinds, titleContains: P.titleContains }, sorts: ['TITLE_ASC'] },
  Person: { label: NODE_TYPES.Person.label, predicates: { nameContains: P.nameContains, synthetic: P.synthetic }, sorts: BY_NAME, text: 'nameContains' },
  Craft: {
    label: NODE_TYPES.Craft.label,
    predicates: { nameContains: P.nameContains, synthetic: P.synthetic, kinds: P.kinds },
    sorts: BY_NAME, text: 'nameContains',
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

/**
 * An ordering: a never-null sort expression over `n` and a direction. `indexed` marks a plain
 * property every list that offers the ordering has a range index on: the page then asks for it
 * `IS NOT NULL` (always true, the property is required), which lets the planner read the index
 * in order and stop after the page instead of sorting every match.
 */
export interface ListSort {
  readonly value: string;
  readonly direction: 'ASC' | 'DESC';
  readonly indexed?: boolean;
}

export const LIST_SORTS = {
  NAME_ASC: { value: 'n.name', direction: 'ASC', indexed: true },
  NAME_DESC: { value: 'n.name', direction: 'DESC', indexed: true },
  TITLE_ASC: { value: 'n.title', direction: 'ASC', indexed: true },
  // Undated or unvalued actions go last in both directions, hence different stand-ins.
  DATE_ASC: { value: "coalesce(toString(n.date), '9999-12-31')", direction: 'ASC' },
  DATE_DESC: { value: "coalesce(toString(n.date), '')", direction: 'DESC' },
  AMOUNT_USD_ASC: { value: 'coalesce(toFloat(n.amountUsd), 1.0e300)', direction: 'ASC' },
  AMOUNT_USD_DESC: { value: 'coalesce(toFloat(n.amountUsd), -1.0)', direction: 'DESC' },
} as const satisfies Record<string, ListSort>;

export type ListSortName = keyof typeof LIST_SORTS;

/**
 * Which statement of a list serves a request. `seek`: the list's seek filter is given, and is
 * tested with its index predicate. `text`: the list's text filter is given; without it the
 * statement leaves that predicate out altogether, because the planner evaluates the
 * personal-data subqueries inside it (`personalNode`) for every row even when `$f.nameContains`
 * is null and the predicate is switched off, which was most of the cost of a list page.
 */
export interface Shape {
  readonly seek: boolean;
  readonly text: boolean;
}

/** Every shape a list has: with and without its seek filter, with and without its text filter. */
function shapesOf(spec: ListSpec): Shape[] {
  const seeks = spec.seek ? [false, true] : [false];
  const texts = spec.text ? [false, true] : [false];
  return seeks.flatMap((seek) => texts.map((text) => ({ seek, text })));
}

/** The statement name's ending for a shape: '', `.byChains`, `.text`, `.byChains.text`. */
function suffixOf(spec: ListSpec, shape: Shape): string {
  return (shape.seek && spec.seek ? `.${spec.seek.suffix}` : '') + (shape.text ? '.text' : '');
}

/** The predicates of a shape, each filter's in the spec's order (see `Shape`). */
function predicatesOf(spec: ListSpec, shape: Shape): string[] {
  return Object.entries(spec.predicates).flatMap(([name, predicate]) => {
    if (name === spec.text && !shape.text) return [];
    return [shape.seek && spec.seek?.filter === name ? spec.seek.predicate : predicate];
  });
}

const whereClause = (predicates: readonly string[], separator = ' AND ') =>
  predicates.length > 0 ? ` WHERE ${predicates.join(separator)}` : '';

function pageCypher(spec: ListSpec, sort: ListSort, shape: Shape): string {
  const cmp = sort.direction === 'ASC' ? '>' : '<';
  const predicates = [...(sort.indexed ? [`${sort.value} IS NOT NULL`] : []), ...predicatesOf(spec, shape)];
  // Order and cut before projecting: the projection (every property and the personal-data
  // test, two subqueries) is then made for the page's rows only, not for every match.
  return `
MATCH (n:${spec.label})${whereClause(predicates, '\n  AND ')}
WITH n, ${sort.value} AS v
WHERE $after IS NULL OR v ${cmp} $after.v OR (v = $after.v AND n.key ${cmp} $after.k)
WITH n, v
ORDER BY v ${sort.direction}, n.key ${sort.direction}
LIMIT $limit
RETURN ${NODE_PROJECTION} AS node, v, n.key AS k`;
}

function countCypher(spec: ListSpec, predicates: readonly string[]): string {
  return `MATCH (n:${spec.label})${whereClause(predicates)} RETURN count(n) AS total`;
}

function groupCypher(spec: ListSpec, group: GroupSpec, predicates: readonly string[]): string {
  const match = `MATCH (n:${spec.label})${whereClause(predicates)}`;
  return 'one' in group
    ? `${match} RETURN ${group.one} AS value, count(n) AS count ORDER BY value`
    : `${match} UNWIND coalesce(${group.each}, []) AS value RETURN value, count(DISTINCT n) AS count ORDER BY value`;
}

/**
 * One read in each shape, by `suffixOf`, and `all`: the statement for a request without any
 * filter, which the count store or an index can answer alone.
 */
export interface Shaped {
  readonly shapes: Readonly<Record<string, Statement>>;
  readonly all: Statement;
  /** Whether it has the seek shapes. */
  readonly seeks: boolean;
}

/** One list's registered statements. */
export interface ListReads {
  readonly spec: ListSpec;
  readonly pages: Partial<Record<ListSortName, Shaped>>;
  readonly count: Shaped;
  readonly groups: Readonly<Record<string, Shaped>>;
}

/** `NAME_ASC` as a statement name's word: `nameAsc`. */
const camel = (name: string) => name.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

// A full list is read in its ordering: the label's rows are visited (in index order where an
// index on the sort property exists) and the filters checked on each, so these scan on purpose.
const LIST_SCAN = {
  operators: ['NodeByLabelScan', 'NodeIndexScan'],
  reason: 'a top-level list reads every node of its type, filtered and ordered',
} as const;

const COUNT_SCAN = {
  operators: ['NodeByLabelScan'],
  reason: 'a filtered count tests every node of its type',
} as const;

const GROUP_SCAN = {
  operators: ['NodeByLabelScan', 'NodeIndexScan'],
  reason: 'counts by group read every node of the list (or, unfiltered, every entry of an index) once',
} as const;

/** A statement per shape; a shape that seeks by index declares no scan. */
function shaped(
  spec: ListSpec,
  name: string,
  text: (shape: Shape) => string,
  scans: NonNullable<Statement['expectation']['scans']>,
  all: Statement,
): Shaped {
  const shapes = Object.fromEntries(
    shapesOf(spec).map((shape) => {
      const suffix = suffixOf(spec, shape);
      return [suffix, statement(`${name}${suffix}`, text(shape), shape.seek ? {} : { scans })];
    }),
  );
  return { shapes, all, seeks: spec.seek !== undefined };
}

function registerList(typename: string, spec: ListSpec): ListReads {
  const prefix = `lists.${typename[0]!.toLowerCase()}${typename.slice(1)}`;
  const pages = Object.fromEntries(
    spec.sorts.map((sort) => {
      const name = `${prefix}.${camel(sort)}`;
      // Pages have no seek shape: a page of a common chain is found far sooner by reading the
      // name index in order than by seeking the chain and sorting all its wallets (the planner
      // chose so on the bench dataset at scale 1), and a rare chain's page costs about what it did.
      const shapes = Object.fromEntries(
        shapesOf(spec)
          .filter((shape) => !shape.seek)
          .map((shape) => {
            const suffix = suffixOf(spec, shape);
            return [suffix, statement(`${name}${suffix}`, pageCypher(spec, LIST_SORTS[sort], shape), { scans: LIST_SCAN })];
          }),
      );
      return [sort, { shapes, all: shapes['']!, seeks: false } satisfies Shaped];
    }),
  );
  // Without filters Neo4j answers a label count from its count store, without a scan.
  const countAll = statement(`${prefix}.countAll`, countCypher(spec, []));
  const count = shaped(spec, `${prefix}.count`, (shape) => countCypher(spec, predicatesOf(spec, shape)), COUNT_SCAN, countAll);
  const groups = Object.fromEntries(
    Object.entries(spec.groups ?? {}).map(([field, group]) => {
      const name = `${prefix}.countsBy${field[0]}${field.slice(1).toLowerCase()}`;
      const all = statement(`${name}.all`, groupCypher(spec, group, 'indexed' in group && group.indexed ? [group.indexed] : []), {
        scans: GROUP_SCAN,
      });
      return [field, shaped(spec, name, (shape) => groupCypher(spec, group, predicatesOf(spec, shape)), GROUP_SCAN, all)];
    }),
  );
  return { spec, pages, count, groups };
}

export const TOP_LISTS = Object.fromEntries(
  Object.entries(LIST_SPECS).map(([typename, spec]) => [typename, registerList(typename, spec)]),
) as Record<keyof typeof LIST_SPECS, ListReads>;

/** Filter values as the predicates expect them: absent means null, text lower-cased. */
export type FilterParams = { readonly [K in FilterName]?: FilterValues[K] | null };

const given = (value: unknown) => value !== null && value !== undefined;

/** The statement of `shaped` that serves `filter`. */
export function statementFor(spec: ListSpec, shaped: Shaped, filter: FilterParams): Statement {
  if (!Object.values(filter).some(given)) return shaped.all;
  const shape = {
    seek: shaped.seeks && spec.seek !== undefined && given(filter[spec.seek.filter]),
    text: spec.text !== undefined && given(filter[spec.text]),
  };
  const chosen = shaped.shapes[suffixOf(spec, shape)];
  if (!chosen) throw new Error(`No statement for the shape ${JSON.stringify(shape)}`);
  return chosen;
}

type PageInfo = Connection<unknown>['pageInfo'];

/**
 * A top-level list's connection. Each part is a promise made when the resolver reads it (getters),
 * so a part nobody selected sends no statement; the page is read once for `edges` and
 * `pageInfo` together.
 */
export interface ListConnection<T> {
  readonly edges: Promise<Connection<T>['edges']>;
  readonly pageInfo: Promise<PageInfo>;
  readonly totalCount: Promise<number>;
}

/** A list's connection with the groups its spec offers (none, for most lists). */
export interface CountingConnection<T> extends ListConnection<T> {
  countsBy(field: string): Promise<GroupCount[]>;
}

/** The wallet list also counts by group. */
export interface WalletListConnection extends ListConnection<WalletRecord> {
  countsBy(field: WalletGroupField): Promise<GroupCount[]>;
}

/**
 * What a connection type's resolvers receive: a top-level list's lazy connection, or a page
 * built whole (the relationship fields that share the type, `Organization.wallets`).
 */
export type ConnectionParent<T> = Connection<T> | ListConnection<T>;
export type StateConnectionParent = ConnectionParent<StateRecord>;
export type OrganizationConnectionParent = ConnectionParent<OrganizationRecord>;
export type OperativeConnectionParent = ConnectionParent<OperativeRecord>;
export type FacilitatorConnectionParent = ConnectionParent<FacilitatorRecord>;
export type StolenIdentityConnectionParent = ConnectionParent<StolenIdentityRecord>;
export type EmployerConnectionParent = ConnectionParent<EmployerRecord>;
export type WalletConnectionParent = Connection<WalletRecord> | WalletListConnection;
export type EnforcementActionConnectionParent = ConnectionParent<EnforcementActionRecord>;
export type SourceConnectionParent = ConnectionParent<SourceRecord>;
export type PersonConnectionParent = ConnectionParent<PersonRecord>;
export type CraftConnectionParent = ConnectionParent<CraftRecord>;

/** Runs `work` once, on first call, and hands every caller its promise. */
function once<T>(work: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  return () => (started ??= work());
}

export function listConnection<T>(
  executor: Reader,
  reads: ListReads,
  sort: ListSortName,
  filter: FilterParams,
  page: PageRequest,
  toRecord: (value: Plain) => T,
  namesOfPersonal: boolean,
): CountingConnection<T> {
  const pageStatements = reads.pages[sort];
  if (!pageStatements) throw new Error(`This list offers no ordering ${sort}`);
  const pick = (shaped: Shaped) => statementFor(reads.spec, shaped, filter);
  const params = { f: filter, namesOfPersonal };
  const readPage = once(async () => {
    const rows = await executor.read(pick(pageStatements), { ...params, after: page.after, limit: cypherInt(page.limit + 1) });
    const items: PageItem<T>[] = rows.map((row) => ({
      v: asSortValue(row.v, 'sort value'),
      k: str(row, 'k'),
      node: toRecord(row.node ?? null),
    }));
    // The total is not part of the page: `totalCount` reads its own.
    return toConnection(items, page.limit, 0);
  });
  const readTotal = once(async () => {
    const rows = await executor.read(pick(reads.count), params);
    return rows[0] ? int(rows[0], 'total') : 0;
  });
  const groups = new Map<string, Promise<GroupCount[]>>();
  return {
    get edges() {
      return readPage().then((c) => c.edges);
    },
    get pageInfo() {
      return readPage().then((c) => c.pageInfo);
    },
    get totalCount() {
      return readTotal();
    },
    countsBy(field: string) {
      const statements = reads.groups[field];
      if (!statements) throw new Error(`This list offers no counts by ${field}`);
      let counts = groups.get(field);
      if (!counts) {
        counts = executor
          .read(pick(statements), params)
          .then((rows) => rows.map((row) => ({ value: str(row, 'value'), count: int(row, 'count') })));
        groups.set(field, counts);
      }
      return counts;
    },
  };
}
