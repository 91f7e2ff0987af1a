import type { QueryResolvers } from '../../generated/graphql.js';
import { pageRequest } from '../../loaders/index.js';

export const auditQueries: Pick<QueryResolvers, 'auditEvents'> = {
  auditEvents: (_root, { principal, since, until, ...page }, ctx) =>
    ctx.lists.auditEvents({ principal, since, until }, pageRequest(page)),
};
