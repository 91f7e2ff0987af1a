import type { QueryResolvers } from '../../generated/graphql.js';
import { pageRequest } from '../../loaders/index.js';

/**
 * `DateTime` arguments arrive as `Date` objects from graphql-scalars' parser although codegen
 * types them as strings; either way Cypher gets one ISO-8601 UTC instant.
 */
const instant = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null);

export const auditQueries: Pick<QueryResolvers, 'auditEvents'> = {
  auditEvents: (_root, { principal, since, until, ...page }, ctx) =>
    ctx.lists.auditEvents({ principal, since: instant(since), until: instant(until) }, pageRequest(page)),
};
