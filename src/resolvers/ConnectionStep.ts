import type { ConnectionStepResolvers } from '../generated/graphql.js';
import { requireNode } from './explore-nodes.js';

export const ConnectionStep: ConnectionStepResolvers = {
  from: (parent, _args, ctx) => requireNode(ctx, parent.fromKey),
  to: (parent, _args, ctx) => requireNode(ctx, parent.toKey),
};
