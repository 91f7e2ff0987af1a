import { statement, type Reader } from '../db/index.js';
import { cypherInt } from '../db/index.js';
import { badUserInput } from '../errors.js';
import { SEARCH_INDEX } from '../db/index.js';
import { personalNode } from './personal.js';
import { NODE_PROJECTION } from './projections.js';
import { matchedText, searchWords, SEARCH_TIERS, TIER_KINDS, tierQueries, type SearchMatchKind } from './search-match.js';
import { type Page, type PageRequest, toPage } from '../pagination/index.js';
import { asMap, int, list, num, str, strList } from '../db/index.js';
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

/** A hit past the page's cursor, by (rank, key). */
const AFTER = (rank: string, key: string) => `($after IS NULL OR ${rank} < $after.v OR (${rank} = $after.v AND ${key} > $after.k))`;

/** The wanted hits of one Lucene query run once, each with its tier and rank (see below). */
const tierHits = (query: string, tier: number) => `
  CALL db.index.fulltext.queryNodes($index, ${query}) YIELD node AS n, score
  WHERE ${WANTED}
  RETURN collect({n: n, tier: ${tier}, rank: ${tier} + score / (score + 1.0)}) AS hits`;

/**
 * One statement reads each index query at most once and returns the page and, when asked, the
 * total. The rank is the tier plus the Lucene score squashed into [0, 1) (s / (s + 1)), so all
 * exact hits outrank all prefix hits, which outrank all fuzzy ones, and within a tier Lucene's
 * order holds; Lucene scores prefix terms flatly, so without tiers a one-typo fuzzy match would
 * outrank a prefix match. An object found in several tiers keeps its best rank.
 *
 * Because every exact rank is above every other, a page that needs no total is decided by the
 * exact hits alone when enough of them follow the cursor: the prefix and fuzzy queries are then
 * not run. Otherwise the prefix query runs, and the fuzzy one only when fewer than
 * FUZZY_FILL_BELOW objects match by prefix. Only the page's own hits are projected.
 */
const SEARCH = statement('search.page', `
CALL () {${tierHits('$exact', SEARCH_TIERS.EXACT)}
}
WITH hits AS exact, NOT $counted AND size([h IN hits WHERE ${AFTER('h.rank', 'h.n.key')}]) >= $limit AS decided
CALL (decided) {
  UNWIND CASE WHEN decided THEN [] ELSE [$prefix] END AS query${tierHits('query', SEARCH_TIERS.PREFIX)}
}
WITH exact, decided, hits AS prefix
CALL (decided, prefix) {
  UNWIND CASE WHEN NOT decided AND size(prefix) < $fuzzyBelow THEN $fuzzy ELSE [] END AS query${tierHits('query', SEARCH_TIERS.FUZZY)}
}
UNWIND exact + prefix + hits AS h
WITH h.n AS n, max(h.tier) AS tier, max(h.rank) AS rank
WITH collect({n: n, tier: tier, rank: rank}) AS ranked
CALL (ranked) {
  UNWIND ranked AS h
  WITH h.n AS n, h.tier AS tier, h.rank AS rank
  WHERE ${AFTER('rank', 'n.key')}
  WITH n, tier, rank ORDER BY rank DESC, n.key ASC LIMIT $limit
  RETURN collect({node: ${NODE_PROJECTION}, rank: rank, tier: tier, k: n.key,
    texts: [t IN [n.name] + coalesce(n.aliases, []) + [n.address, n.title, n.reference, n.publisher] WHERE t IS NOT NULL]}) AS page
}
RETURN size(ranked) AS total, page`);

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
  const rows = await executor.read(SEARCH, {
    personalHits,
    index: SEARCH_INDEX,
    exact: queries.EXACT,
    prefix: queries.PREFIX,
    fuzzy: [queries.FUZZY],
    fuzzyBelow: cypherInt(FUZZY_FILL_BELOW),
    labels,
    counted: page.counted,
    after: page.after,
    limit: cypherInt(page.limit + 1),
  });
  const row = rows[0];
  if (!row) throw new Error('search.page returned no row');
  const items = list(row, 'page').map((value) => {
    const hit = asMap(value, 'search hit');
    const rank = num(hit, 'rank');
    const kind = TIER_KINDS[int(hit, 'tier')] ?? 'FUZZY';
    // SEARCH leaves out the texts a node does not have.
    const texts = strList(hit, 'texts');
    const matchedBy = { kind, text: matchedText(kind, words, texts) };
    return { v: rank, k: str(hit, 'k'), node: { score: rank, record: toNodeRecord(hit.node ?? null), matchedBy } };
  });
  return { ...toPage(items, page.limit), totalCount: page.counted ? int(row, 'total') : null };
}
