import type { GraphNodeResolvers } from '../generated/graphql.js';
import { toGlobalId } from '../loaders/index.js';
import { requireNode } from './explore-nodes.js';

export const GraphNode: GraphNodeResolvers = {
  id: (parent) => toGlobalId(parent.key),
  type: (parent) => parent.typename,
  degree: (parent, _args, ctx) =>
    parent.degree ?? ctx.loaders.explore.degrees.load({ key: parent.key, kinds: parent.kinds }),
  // Through the request's node loader: every GraphNode of a neighbourhood is fetched in one batch.
  node: (parent, _args, ctx) => requireNode(ctx, parent.key),
};
