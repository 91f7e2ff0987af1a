/**
 * Builds the Cypher text of batched loaders from constant specs (`relationship-specs.ts`).
 * Every fragment passed in is a literal in this codebase; request values only ever travel as
 * parameters (`$requests`, `$keys`, `$limit`).
 */

export interface PagedSpec {
  /** Pattern from the parent `p` to the item: binds node `n`, and `r` for keyed relationships. */
  readonly pattern: string;
  /** Map projection of the item (`NODE_PROJECTION` or `EDGE_PROJECTION`). */
  readonly projection: string;
  /** The item's natural key: `n.key` or `r.key`. */
  readonly itemKey: 'n.key' | 'r.key';
  /** Sort expression; must never be null (wrap nullable properties in `coalesce`). */
  readonly sortValue: string;
  readonly direction: 'ASC' | 'DESC';
}

export interface ListSpec {
  /** Pattern from the parent `p` to the neighbour node `n`. */
  readonly pattern: string;
  /** Sort expression over `n`. */
  readonly sortValue: string;
}

/**
 * One page per request, for many requests at once. Each request row carries its own parent and
 * cursor; `$limit` is the largest page asked for plus one (to learn whether a next page exists),
 * and the loader trims each page to its own size. The count uses the same pattern, so Neo4j can
 * answer it from relationship degrees without visiting the neighbours (cheap enough to run whether
 * or not `totalCount` is selected).
 */
export function pagedCypher(spec: PagedSpec): string {
  const cmp = spec.direction === 'ASC' ? '>' : '<';
  // Only the page's own items are projected, after the limit: a hub's thousands are only sorted.
  const item = spec.itemKey === 'r.key' ? 'r' : 'n';
  return `
UNWIND $requests AS req
MATCH (p:Node {key: req.parent})
WITH p, req, COUNT { MATCH ${spec.pattern} } AS total
CALL {
  WITH p, req
  MATCH ${spec.pattern}
  WITH req, ${item}, ${spec.sortValue} AS v, ${spec.itemKey} AS k
  WHERE req.after IS NULL OR v ${cmp} req.after.v OR (v = req.after.v AND k ${cmp} req.after.k)
  WITH ${item}, v, k ORDER BY v ${spec.direction}, k ${spec.direction} LIMIT $limit
  RETURN collect({v: v, k: k, node: ${spec.projection}}) AS items
}
RETURN req.i AS i, total, items`;
}

/** All neighbours of many parents at once, for short lists that need no paging. */
export function listCypher(spec: ListSpec, projection: string): string {
  return `
UNWIND $keys AS key
MATCH (p:Node {key: key})
CALL {
  WITH p
  MATCH ${spec.pattern}
  WITH n ORDER BY ${spec.sortValue}, n.key
  RETURN collect(${projection}) AS items
}
RETURN key, items`;
}
