import type { Executor, Row, Tx } from '../db/executor.js';
import { cypherInt } from '../db/values.js';
import { SEARCH_INDEX } from '../db/migrations.js';
import type { Chain } from '../domain/addresses.js';
import type { ListedAddress, ListedParty } from '../domain/screening/index.js';
import { personalNode } from './personal.js';
import { nodeProjection } from './projections.js';
import type { EnforcementActionRecord, NodeRecord, SourceRecord } from './records.js';
import { column, toNodeRecord } from './row-mapping.js';

/** How a designation covers a screened record. */
export type DesignationRoute = 'TARGET' | 'CONTROLLER';

export interface CoveringDesignation {
  readonly action: EnforcementActionRecord;
  readonly route: DesignationRoute;
  /** The sanctions list versions the designation cites. */
  readonly lists: readonly SourceRecord[];
}

/** A record of a sanctions list, with what screening shows about it. */
export interface ListedRecord {
  readonly record: NodeRecord;
  /** The list versions that publish it. */
  readonly lists: readonly SourceRecord[];
  readonly designations: readonly CoveringDesignation[];
}

export interface ListedPartyRecord extends ListedRecord, ListedParty {}
export interface ListedWalletRecord extends ListedRecord, ListedAddress {}

/** Candidates fetched from the index for each name before the score sees them. */
export const CANDIDATES_FETCHED = 60;

/**
 * Only what a sanctions list publishes is screened: records a list cites, and for names only
 * those a designation targets (the list's own publisher is cited too, but is not designated).
 * Listed records are public (see `personal.ts`), so a VIEWER's screen cannot reveal a private
 * person; a listed wallet that a private person also controls is left out for those who do not see
 * personal data, as `search` does.
 */
const LISTED = (v: string) => `EXISTS { MATCH (${v})-[:SOURCED_FROM]->(l:Source) WHERE l.kind = 'SANCTIONS_LIST' }`;
const VISIBLE = (v: string) => `($personalHits OR NOT ${personalNode(v)})`;

/** What every screened record carries: its record, its list versions, the designations covering it. */
const LISTED_RECORD = `
  ${nodeProjection('n')} AS node,
  [(n)-[:SOURCED_FROM]->(src:Source) WHERE src.kind = 'SANCTIONS_LIST' | ${nodeProjection('src')}] AS lists,
  COLLECT {
    MATCH (a:EnforcementAction)-[:TARGETS]->(n) WHERE a.kind = 'SANCTION_DESIGNATION'
    RETURN {action: ${nodeProjection('a')}, route: 'TARGET',
      lists: [(a)-[:SOURCED_FROM]->(src:Source) WHERE src.kind = 'SANCTIONS_LIST' | ${nodeProjection('src')}]}
    UNION
    MATCH (a:EnforcementAction)-[:TARGETS]->(c)-[:CONTROLS]->(n) WHERE a.kind = 'SANCTION_DESIGNATION'
    RETURN {action: ${nodeProjection('a')}, route: 'CONTROLLER',
      lists: [(a)-[:SOURCED_FROM]->(src:Source) WHERE src.kind = 'SANCTIONS_LIST' | ${nodeProjection('src')}]}
  } AS designations`;

/**
 * One index query per name, all in one statement. The index also holds unlisted records, so it
 * is asked for more than are kept; the score then ranks what is left.
 */
const NAME_CANDIDATES = `
UNWIND $items AS item
CALL (item) {
  CALL db.index.fulltext.queryNodes($index, item.query, {limit: $fetch}) YIELD node AS n, score
  WHERE (n:Person OR n:Organization OR n:Craft) AND ${LISTED('n')}
    AND EXISTS { MATCH (a:EnforcementAction)-[:TARGETS]->(n) WHERE a.kind = 'SANCTION_DESIGNATION' }
  RETURN n
}
RETURN item.i AS i, n.key AS key, n.name AS name, coalesce(n.aliases, []) AS aliases,
  coalesce(n.birthDates, []) AS birthDates,
  [(n)-[:NATIONAL_OF|CITIZEN_OF|BORN_IN|REGISTERED_IN]->(s:State) | s.isoCode] AS countries,
  ${LISTED_RECORD}`;

/** Listed wallets by key (chain and canonical address), the only exact address match there is. */
const ADDRESS_MATCHES = `
UNWIND $items AS item
MATCH (n:Wallet {key: item.key})
WHERE ${LISTED('n')} AND ${VISIBLE('n')}
RETURN item.i AS i, n.key AS key, n.chain AS chain, n.address AS address, ${LISTED_RECORD}`;

/** Every listed wallet's chain and address, to name the nearest one to an invalid address. */
const LISTED_ADDRESSES = `
MATCH (n:Wallet) WHERE ${LISTED('n')} AND ${VISIBLE('n')}
RETURN n.key AS key, n.chain AS chain, n.address AS address`;

/** The sanctions list versions held, newest first. */
const LIST_VERSIONS = `
MATCH (n:Source) WHERE n.kind = 'SANCTIONS_LIST'
RETURN ${nodeProjection('n')} AS node
ORDER BY n.publishedOn DESC, n.key`;

const records = <T extends NodeRecord>(value: unknown) => (Array.isArray(value) ? value : []).map((v) => toNodeRecord(v) as T);

function listedRecord(row: Row): ListedRecord {
  const designations = column(row, 'designations');
  return {
    record: toNodeRecord(column(row, 'node')),
    lists: records<SourceRecord>(column(row, 'lists')),
    designations: (Array.isArray(designations) ? designations : []).map((d) => {
      const entry = d as { action: never; route: DesignationRoute; lists: never };
      return { action: toNodeRecord(entry.action) as EnforcementActionRecord, route: entry.route, lists: records<SourceRecord>(entry.lists) };
    }),
  };
}

const strings = (value: unknown) => (Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : []);

export interface NameQuery {
  readonly i: number;
  /** Lucene query text from `candidateQuery`. */
  readonly query: string;
}

export interface AddressQuery {
  readonly i: number;
  /** Wallet key of one reading of the address. */
  readonly key: string;
}

export interface ScreenFetch {
  /** Candidates per item index. */
  readonly parties: ReadonlyMap<number, ListedPartyRecord[]>;
  readonly wallets: ReadonlyMap<number, ListedWalletRecord[]>;
  /** Every listed address, fetched only when some address was invalid. */
  readonly listedAddresses: readonly ListedAddress[];
  readonly listVersions: readonly SourceRecord[];
}

function group<T>(rows: readonly Row[], map: (row: Row) => T): Map<number, T[]> {
  const byItem = new Map<number, T[]>();
  for (const row of rows) {
    const i = column(row, 'i') as number;
    byItem.set(i, [...(byItem.get(i) ?? []), map(row)]);
  }
  return byItem;
}

async function run(tx: Tx, cypher: string, params: Record<string, unknown>, skip: boolean): Promise<Row[]> {
  return skip ? [] : tx.run(cypher, params);
}

/**
 * Everything one screen needs, in one read transaction and at most four statements whatever the
 * number of items: name candidates, exact address matches, listed addresses (for typos), list
 * versions.
 */
export async function fetchScreen(
  executor: Executor,
  names: readonly NameQuery[],
  addresses: readonly AddressQuery[],
  needListedAddresses: boolean,
  personalHits: boolean,
): Promise<ScreenFetch> {
  return executor.readTx(async (tx) => {
    const nameRows = await run(tx, NAME_CANDIDATES, { items: names, index: SEARCH_INDEX, fetch: cypherInt(CANDIDATES_FETCHED) }, names.length === 0);
    const addressRows = await run(tx, ADDRESS_MATCHES, { items: addresses, personalHits }, addresses.length === 0);
    const listedRows = await run(tx, LISTED_ADDRESSES, { personalHits }, !needListedAddresses);
    const versionRows = await tx.run(LIST_VERSIONS, {});
    return {
      parties: group(nameRows, (row) => ({
        ...listedRecord(row),
        key: column(row, 'key') as string,
        name: column(row, 'name') as string,
        aliases: strings(column(row, 'aliases')),
        birthDates: strings(column(row, 'birthDates')),
        countries: strings(column(row, 'countries')),
      })),
      wallets: group(addressRows, (row) => ({
        ...listedRecord(row),
        key: column(row, 'key') as string,
        chain: column(row, 'chain') as Chain,
        address: column(row, 'address') as string,
      })),
      listedAddresses: listedRows.map((row) => ({
        key: column(row, 'key') as string,
        chain: column(row, 'chain') as Chain,
        address: column(row, 'address') as string,
      })),
      listVersions: versionRows.map((row) => toNodeRecord(column(row, 'node')) as SourceRecord),
    };
  });
}
