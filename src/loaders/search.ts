import { statement, type Reader } from '../db/index.js';
import { cypherInt } from '../db/index.js';
import { badUserInput } from '../errors.js';
import { SEARCH_INDEX } from '../db/index.js';
import { personalNode } from './personal.js';
import { NODE_PROJECTION } from './projections.js';
import { matchedText, searchWords, SEARCH_TIERS, TIER_KINDS, tierQueries, type SearchMatchKind } from './search-match.js';
import { type Page, type PageRequest, toPage } from '../pagination/index.js';
import { int, num, str, strList } from '../db/index.js';
import { toNodeRecord } from './row-mapping.js';
import type { NodeRecord } from './records.js';

export const MAX_SEARCH_LENGTH = 200;

/** Fuzzy hits fill in only when fewer exact and prefix hits than this exist. */
export const FUZZY_FILL_BELOW = 10;

/** A page of hits; `totalCount` is null when the request did not select it. */
export interface SearchPage extends Page<SearchHit> {
  readonly totalCount: number | null;
}

export interface SearchHit {
  readonly score: number;
  readonly record: NodeRecord;
  readonly matchedBy: { readonly kind: SearchMatchKind; readonly text: string };
}

/** The words of a query, or an error when it is too long to be one. */
export function queryWords(text: string): string[] {
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badUserInput('query', `must be at most ${MAX_SEARCH_LENGTH} characters`);
  }
  return searchWords(text);
}

/**
 * Personal objects are hits only for those who see personal data: everything the index holds of
 * them (names, aliases, identifier values, wallet labels) is what a VIEWER sees masked, so letting
 * it match would let a VIEWER confirm a name by searching for it.
 */
const VISIBLE = `($personalHits OR NOT ${personalNode('n')})`;
const WANTED = `($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)) AND ${VISIBLE}`;

/**
 * Hits of every tier, each object at its best tier; fuzzy queries run only when fewer than
 * FUZZY_FILL_BELOW objects match exactly or by prefix, decided in the same statement. The rank is the tier plus the Lucene score
 * squashed into [0, 1) (s / (s + 1)), so all exact hits outrank all prefix hits, which outrank all
 * fuzzy ones, and within a tier Lucene's order holds. Lucene scores prefix terms flatly, so without
 * tiers a one-typo fuzzy match would outrank a prefix match.
 */
const TIERED_HITS = `
CALL () {
  CALL db.index.fulltext.queryNodes($index, $prefix) YIELD node AS n
  WHERE ${WANTED}
  RETURN count(n) AS strict
}
WITH CASE WHEN strict < $fuzzyBelow THEN $fuzzy ELSE [] END AS fuzzy
CALL (fuzzy) {
  CALL db.index.fulltext.queryNodes($index, $exact) YIELD node, score RETURN node AS n, score, ${SEARCH_TIERS.EXACT} AS tier
  UNION ALL
  CALL db.index.fulltext.queryNodes($index, $prefix) YIELD node, score RETURN node AS n, score, ${SEARCH_TIERS.PREFIX} AS tier
  UNION ALL
  UNWIND fuzzy AS query
  CALL db.index.fulltext.queryNodes($index, query) YIELD node, score RETURN node AS n, score, ${SEARCH_TIERS.FUZZY} AS tier
}
WITH n, tier, score WHERE ${WANTED}
WITH n, tier, score ORDER BY tier DESC, score DESC
WITH n, head(collect({tier: tier, score: score})) AS best
WITH n, best.tier AS tier, best.tier + best.score / (best.score + 1.0) AS rank`;

// Only the page's own hits are projected, after the limit.
const SEARCH_PAGE = statement('search.page', `${TIERED_HITS}
WHERE $after IS NULL OR rank < $after.v OR (rank = $after.v AND n.key > $after.k)
WITH n, rank, tier ORDER BY rank DESC, n.key ASC LIMIT $limit
RETURN ${NODE_PROJECTION} AS node, rank, tier, n.key AS k,
  [t IN [n.name] + coalesce(n.aliases, []) + [n.address, n.title, n.reference, n.publisher] WHERE t IS NOT NULL] AS texts`);

const SEARCH_COUNT = statement('search.count', `${TIERED_HITS}
RETURN count(n) AS total`);

/**
 * Ranked full-text search in tiers (exact, prefix, then fuzzy only when exact and prefix hits are
 * few), paged by (rank, key) so pages neither skip nor repeat hits; personal objects are left out
 * unless `personalHits`. A query without letters or digits finds nothing.
 */
export async function search(
  executor: Reader,
  text: string,
  labels: readonly string[] | null,
  page: PageRequest,
  personalHits: boolean,
): Promise<SearchPage> {
  const words = queryWords(text);
  if (words.length === 0) return { ...toPage([], page.limit), totalCount: page.counted ? 0 : null };
  const queries = tierQueries(words);
  const params = {
    personalHits,
    index: SEARCH_INDEX,
    exact: queries.EXACT,
    prefix: queries.PREFIX,
    fuzzy: [queries.FUZZY],
    fuzzyBelow: cypherInt(FUZZY_FILL_BELOW),
    labels,
  };
  // One transaction, so the page and its count see the same index.
  const [rows, counts] = await executor.readTx(async (tx) => [
    await tx.run(SEARCH_PAGE, { ...params, after: page.after, limit: cypherInt(page.limit + 1) }),
    page.counted ? await tx.run(SEARCH_COUNT, params) : null,
  ]);
  const items = rows.map((row) => {
    const rank = num(row, 'rank');
    const record = toNodeRecord(row.node ?? null);
    const kind = TIER_KINDS[int(row, 'tier')] ?? 'FUZZY';
    // SEARCH_PAGE leaves out the texts a node does not have.
    const texts = strList(row, 'texts');
    return { v: rank, k: str(row, 'k'), node: { score: rank, record, matchedBy: { kind, text: matchedText(kind, words, texts) } } };
  });
  return { ...toPage(items, page.limit), totalCount: counts ? (counts[0] ? int(counts[0], 'total') : 0) : null };
}
