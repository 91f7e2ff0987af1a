import type { EnforcementActionResolvers } from '../generated/graphql.js';
import { pageRequest, toGlobalId } from '../loaders/index.js';

export const EnforcementAction: EnforcementActionResolvers = {
  id: (parent) => toGlobalId(parent.key),
  authority: async (parent, _args, ctx) => (await ctx.loaders.authorities.load(parent.key))[0] ?? null,
  sources: (parent, _args, ctx) => ctx.loaders.sources.load(parent.key),
  targets: (parent, args, ctx) => ctx.loaders.actionTargets.load({ parent: parent.key, page: pageRequest(args) }),
};
