import type { TransferResolvers } from '../generated/graphql.js';
import { requireNodeOf, toGlobalId } from '../loaders/index.js';
import { sourcesByKeys } from './entity-fields.js';

export const Transfer: TransferResolvers = {
  id: (parent) => toGlobalId(parent.key),
  from: (parent, _args, ctx) => requireNodeOf(ctx.loaders.node, 'Wallet', parent.fromKey),
  to: (parent, _args, ctx) => requireNodeOf(ctx.loaders.node, 'Wallet', parent.toKey),
  sources: (parent, _args, ctx) => sourcesByKeys(parent.sourceKeys, ctx),
};
