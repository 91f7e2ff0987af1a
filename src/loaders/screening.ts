import type { Row } from '../db/index.js';
import { statement, type Reader } from '../db/index.js';
import { cypherInt } from '../db/index.js';
import { SEARCH_INDEX } from '../db/index.js';
import type { Chain } from '../domain/index.js';
import type { ListedAddress, ListedParty } from '../domain/screening/index.js';
import { personalNode } from './personal.js';
import { nodeProjection } from './projections.js';
import type { ScreenFeatures, ScreenMatchKind } from '../generated/graphql.js';
import type { NodeRecord, SourceRecord } from './records.js';
import { asList, str, strList } from '../db/index.js';
import { toNodeRecord } from './row-mapping.js';

/** A candidate a screen reports; its `sanctions` are resolved by the entity loader. */
export interface ScreenCandidateRecord {
  readonly node: NodeRecord;
  readonly lists: readonly SourceRecord[];
  readonly score: number;
  readonly matchedBy: ScreenMatchKind;
  readonly features: ScreenFeatures;
}

/** A record of a sanctions list, with what screening shows about it. */
export interface ListedRecord {
  readonly key: string;
  readonly record: NodeRecord;
  /** The list versions that publish it. */
  readonly lists: readonly SourceRecord[];
}


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

/**
 * What screening shows of each record it reports: the record and its list versions (the
 * designations covering it come from the `sanctions` loader, as for every entity).
 */
const LISTED_RECORDS = statement('screening.listedRecords', `
UNWIND $keys AS key
MATCH (n:Node {key: key})
RETURN n.key AS key,
  ${nodeProjection('n')} AS node,
  [(n)-[:SOURCED_FROM]->(src:Source) WHERE src.kind = 'SANCTIONS_LIST' | ${nodeProjection('src')}] AS lists`);

/**
 * One index query per distinct name, all in one statement, returning only what scoring reads. The
 * index also holds unlisted records, so it is asked for more than are kept.
 */
const NAME_CANDIDATES = statement('screening.nameCandidates', `
UNWIND $queries AS query
CALL (query) {
  CALL db.index.fulltext.queryNodes($index, query, {limit: $fetch}) YIELD node AS n
  WHERE (n:Person OR n:Organization OR n:Craft) AND ${LISTED('n')}
    AND EXISTS { MATCH (a:EnforcementAction)-[:TARGETS]->(n) WHERE a.kind = 'SANCTION_DESIGNATION' }
  RETURN n
}
RETURN query, n.key AS key, n.name AS name, coalesce(n.aliases, []) AS aliases,
  coalesce(n.birthDates, []) AS birthDates,
  [(n)-[:NATIONAL_OF|CITIZEN_OF|BORN_IN|REGISTERED_IN]->(s:State) | s.isoCode] AS countries`);

/**
 * Listed wallets by key (chain and canonical address), the only exact address match there is.
 * `Node` in the pattern lets the key's unique index find each wallet; `:Wallet` alone has no
 * index on `key`, and scanned every wallet once per key.
 */
const ADDRESS_MATCHES = statement('screening.addressMatches', `
UNWIND $keys AS key
MATCH (n:Node:Wallet {key: key})
WHERE ${LISTED('n')} AND ${VISIBLE('n')}
RETURN n.key AS key, n.chain AS chain, n.address AS address`);

/** Every listed wallet's chain and address, to name the nearest one to an invalid address. */
const LISTED_ADDRESSES = statement('screening.listedAddresses', `
MATCH (n:Wallet) WHERE ${LISTED('n')} AND ${VISIBLE('n')}
RETURN n.key AS key, n.chain AS chain, n.address AS address`, {
  scans: { operators: ['NodeByLabelScan'], reason: 'every listed wallet, read only when a screened address is invalid' },
});

/** The sanctions list versions held, newest first. */
const LIST_VERSIONS = statement('screening.listVersions', `
MATCH (n:Source) WHERE n.kind = 'SANCTIONS_LIST'
RETURN ${nodeProjection('n')} AS node
ORDER BY n.publishedOn DESC, n.key`, {
  scans: { operators: ['NodeByLabelScan'], reason: 'the list versions are a few sources among few; no index on Source.kind' },
});


function listedRecord(row: Row): ListedRecord {
  return {
    key: str(row, 'key'),
    record: toNodeRecord(row.node ?? null),
    lists: asList(row.lists, 'lists').map((v) => toNodeRecord(v) as SourceRecord),
  };
}

const toAddress = (row: Row): ListedAddress => ({
  key: str(row, 'key'),
  // Stored chains are written only from the same `Chain` values.
  chain: str(row, 'chain') as Chain,
  address: str(row, 'address'),
});

/** What the candidate step found, per item index. */
export interface ScreenCandidates {
  readonly parties: ReadonlyMap<number, ListedParty[]>;
  readonly wallets: ReadonlyMap<number, ListedAddress[]>;
  /** Every listed address, fetched only when some address was invalid. */
  readonly listedAddresses: readonly ListedAddress[];
}

function byItem<T>(pairs: readonly { i: number; value: T }[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const { i, value } of pairs) map.set(i, [...(map.get(i) ?? []), value]);
  return map;
}

/**
 * The candidates of every item, in one read transaction of at most three statements whatever the
 * number of items. Items with the same name share one index query.
 */
export async function fetchScreenCandidates(
  executor: Reader,
  names: readonly { i: number; query: string }[],
  addresses: readonly { i: number; key: string }[],
  needListedAddresses: boolean,
  personalHits: boolean,
): Promise<ScreenCandidates> {
  const queries = [...new Set(names.map((n) => n.query))];
  const keys = [...new Set(addresses.map((a) => a.key))];
  return executor.readTx(async (tx) => {
    const nameRows = queries.length === 0 ? [] : await tx.run(NAME_CANDIDATES, { queries, index: SEARCH_INDEX, fetch: cypherInt(CANDIDATES_FETCHED) });
    const addressRows = keys.length === 0 ? [] : await tx.run(ADDRESS_MATCHES, { keys, personalHits });
    const listedRows = needListedAddresses ? await tx.run(LISTED_ADDRESSES, { personalHits }) : [];
    const partiesByQuery = new Map<string, ListedParty[]>();
    for (const row of nameRows) {
      const query = str(row, 'query');
      partiesByQuery.set(query, [
        ...(partiesByQuery.get(query) ?? []),
        {
          key: str(row, 'key'),
          name: str(row, 'name'),
          aliases: strList(row, 'aliases'),
          birthDates: strList(row, 'birthDates'),
          countries: strList(row, 'countries'),
        },
      ]);
    }
    const walletByKey = new Map(addressRows.map((row) => [str(row, 'key'), toAddress(row)]));
    return {
      parties: new Map(names.map((n) => [n.i, partiesByQuery.get(n.query) ?? []])),
      wallets: byItem(addresses.flatMap((a) => { const w = walletByKey.get(a.key); return w ? [{ i: a.i, value: w }] : []; })),
      listedAddresses: listedRows.map(toAddress),
    };
  });
}

/** The records a screen reports, with their list versions, and the list versions held. */
export async function fetchScreenRecords(
  executor: Reader,
  keys: readonly string[],
): Promise<{ records: ReadonlyMap<string, ListedRecord>; listVersions: readonly SourceRecord[] }> {
  return executor.readTx(async (tx) => {
    const rows = keys.length === 0 ? [] : await tx.run(LISTED_RECORDS, { keys: [...new Set(keys)] });
    const versions = await tx.run(LIST_VERSIONS, {});
    return {
      records: new Map(rows.map((row) => [str(row, 'key'), listedRecord(row)])),
      listVersions: versions.map((row) => toNodeRecord(row.node ?? null) as SourceRecord),
    };
  });
}
