import type { GraphEdgeResolvers } from '../generated/graphql.js';
import { toGlobalId } from '../loaders/index.js';

export const GraphEdge: GraphEdgeResolvers = {
  id: (parent) => toGlobalId(parent.id),
  from: (parent) => toGlobalId(parent.fromKey),
  to: (parent) => toGlobalId(parent.toKey),
};
