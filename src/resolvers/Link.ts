import type { LinkResolvers } from '../generated/graphql.js';

export const Link: LinkResolvers = {
  from: async (parent, _args, ctx) => {
    const record = await ctx.loaders.node.load(parent.fromKey);
    if (!record) throw new Error(`Dangling reference to ${parent.fromKey}`);
    return record;
  },
  to: async (parent, _args, ctx) => {
    const record = await ctx.loaders.node.load(parent.toKey);
    if (!record) throw new Error(`Dangling reference to ${parent.toKey}`);
    return record;
  },
};
