import type { NeighbourhoodResolvers } from '../generated/graphql.js';
import { requireNode } from './explore-nodes.js';

export const Neighbourhood: NeighbourhoodResolvers = {
  center: (parent, _args, ctx) => requireNode(ctx, parent.centerKey),
};
