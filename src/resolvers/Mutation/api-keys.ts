import type { MutationResolvers } from '../../generated/graphql.js';

export const apiKeyMutations: Pick<MutationResolvers, 'createApiKey' | 'revokeApiKey'> = {
  createApiKey: async (_root, { input }, ctx) => {
    const { key, info } = await ctx.apiKeys.create(input.name, input.role, ctx.principal.id);
    return { key, apiKey: info };
  },
  revokeApiKey: (_root, { name }, ctx) => ctx.apiKeys.revoke(name),
};
