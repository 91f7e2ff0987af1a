import type { QueryResolvers } from '../../generated/graphql.js';
import { pageRequest } from '../../loaders/index.js';

export const auditQueries: Pick<QueryResolvers, 'auditEvents'> = {
  // DateTime arguments arrive as ISO-8601 UTC strings (src/resolvers/scalars.ts).
  auditEvents: (_root, { principal, since, until, ...page }, ctx) =>
    ctx.lists.auditEvents({ principal, since: since ?? null, until: until ?? null }, pageRequest(page)),
};
