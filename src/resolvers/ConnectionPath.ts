import type { ConnectionPathResolvers } from '../generated/graphql.js';
import { requireNode } from './explore-nodes.js';

export const ConnectionPath: ConnectionPathResolvers = {
  length: (parent) => parent.steps.length,
  nodes: (parent, _args, ctx) => Promise.all(parent.nodeKeys.map((key) => requireNode(ctx, key))),
};
