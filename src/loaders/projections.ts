import { personalNode } from './personal.js';

/**
 * Cypher map projections shared by every query that returns nodes or keyed relationships, so that
 * `row-mapping.ts` sees one shape. `__label` is the node's type label (every node also carries
 * `Node`); `__personal` says whether its `@pii` fields are masked for a VIEWER.
 */
export const nodeProjection = (v: string) =>
  `${v} {.*, __label: [l IN labels(${v}) WHERE l <> 'Node'][0], __personal: ${personalNode(v)}}`;

/** Queries name the node `n` and the relationship `r`. */
export const NODE_PROJECTION = nodeProjection('n');

export const EDGE_PROJECTION = 'r {.*, __from: startNode(r).key, __to: endNode(r).key}';
