import type { IdentifierResolvers } from '../generated/graphql.js';
import { pageRequest, toGlobalId } from '../loaders/index.js';

export const Identifier: IdentifierResolvers = {
  id: (parent) => toGlobalId(parent.key),
  // An identifier has at most one issuer; the list loader batches the lookup with its siblings'.
  issuer: async (parent, _args, ctx) => (await ctx.loaders.identifierIssuers.load(parent.key))[0] ?? null,
  sources: (parent, _args, ctx) => ctx.loaders.sources.load(parent.key),
  holders: (parent, args, ctx) =>
    ctx.loaders.identifierHolders.load({ parent: parent.key, page: pageRequest(args) }),
};
