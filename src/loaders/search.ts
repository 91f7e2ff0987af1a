import type { Executor } from '../db/executor.js';
import { cypherInt } from '../db/values.js';
import { badUserInput } from '../errors.js';
import { SEARCH_INDEX } from '../db/migrations.js';
import { personalNode } from './personal.js';
import { NODE_PROJECTION } from './projections.js';
import { type Connection, type PageRequest, toConnection } from './pagination.js';
import { column, toNodeRecord } from './row-mapping.js';
import type { NodeRecord } from './records.js';

export const MAX_SEARCH_LENGTH = 200;

export interface SearchHit {
  readonly score: number;
  readonly record: NodeRecord;
}

/**
 * Turns what an analyst typed into a Lucene query. Only letters and digits survive (the index
 * analyser splits on everything else), so no Lucene syntax from the request reaches the index.
 * Every word must match; an exact word scores above a word that merely starts with it, and
 * longer words also match with one typo.
 */
export function luceneQuery(text: string): string {
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badUserInput('query', `must be at most ${MAX_SEARCH_LENGTH} characters`);
  }
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) throw badUserInput('query', 'must contain at least one letter or digit');
  return words
    .map((w) => (w.length >= 5 ? `(${w}^3 OR ${w}* OR ${w}~1)` : `(${w}^3 OR ${w}*)`))
    .join(' AND ');
}

/**
 * Personal objects are hits only for those who see personal data: everything the index holds of
 * them (names, aliases, identifier values, wallet labels) is what a VIEWER sees masked, so letting
 * it match would let a VIEWER confirm a name by searching for it.
 */
const VISIBLE = `($personalHits OR NOT ${personalNode('n')})`;

const SEARCH_PAGE = `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n, score
WHERE ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)) AND ${VISIBLE}
WITH n, score
WHERE $after IS NULL OR score < $after.v OR (score = $after.v AND n.key > $after.k)
RETURN ${NODE_PROJECTION} AS node, score, n.key AS k
ORDER BY score DESC, k ASC
LIMIT $limit`;

const SEARCH_COUNT = `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n
WHERE ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)) AND ${VISIBLE}
RETURN count(n) AS total`;

/**
 * Ranked full-text search, paged by (score, key) so pages neither skip nor repeat hits; personal
 * objects are left out unless `personalHits`.
 */
export async function search(
  executor: Executor,
  text: string,
  labels: readonly string[] | null,
  page: PageRequest,
  personalHits: boolean,
): Promise<Connection<SearchHit>> {
  const params = {
    personalHits,
    index: SEARCH_INDEX,
    query: luceneQuery(text),
    labels,
    after: page.after,
    limit: cypherInt(page.limit + 1),
  };
  const [rows, counts] = await executor.readTx(async (tx) => [
    await tx.run(SEARCH_PAGE, params),
    await tx.run(SEARCH_COUNT, params),
  ]);
  const items = rows.map((row) => {
    const score = column(row, 'score') as number;
    return { v: score, k: column(row, 'k') as string, node: { score, record: toNodeRecord(column(row, 'node')) } };
  });
  return toConnection(items, page.limit, column(counts[0] ?? { total: 0 }, 'total') as number);
}
