import type { QueryResolvers } from '../../generated/graphql.js';

export const apiKeyQueries: Pick<QueryResolvers, 'apiKeys'> = {
  apiKeys: (_root, _args, ctx) => ctx.apiKeys.list(),
};
