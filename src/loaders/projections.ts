/**
 * Cypher map projections shared by every query that returns nodes or keyed relationships, so that
 * `row-mapping.ts` sees one shape. Queries name the node `n` and the relationship `r`.
 * `__label` is the node's type label (every node also carries `Node`).
 */
export const NODE_PROJECTION = "n {.*, __label: [l IN labels(n) WHERE l <> 'Node'][0]}";

export const EDGE_PROJECTION = 'r {.*, __from: startNode(r).key, __to: endNode(r).key}';
