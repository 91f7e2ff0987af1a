import type { Role } from '../../../src/auth/principal.js';
import type { CaseContext } from '../case.js';
import { graphqlRequest, type RawRequest } from '../http-client.js';

/** A GraphQL POST as `role` (ANALYST reads everything, so reads are refused only for their input). */
export function gql(query: string, variables?: Record<string, unknown>, role: Role | 'ANONYMOUS' = 'ANALYST') {
  return (ctx: CaseContext): RawRequest => graphqlRequest({ query, variables }, ctx.as(role));
}

/** A raw request signed in as `role`; the case's own headers win. */
export function raw(request: RawRequest, role: Role | 'ANONYMOUS' = 'ANALYST') {
  return (ctx: CaseContext): RawRequest => ({ ...request, headers: { ...ctx.as(role), ...request.headers } });
}

export const JSON_TYPE = { 'content-type': 'application/json' } as const;
export const SIMPLE_QUERY = JSON.stringify({ query: '{ __typename }' });
