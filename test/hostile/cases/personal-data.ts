import { expect } from 'vitest';
import type { CaseContext, HostileCase } from '../case.js';
import { graphqlRequest, type RawResponse } from '../http-client.js';

/**
 * Issue 8, section 2: a VIEWER gets a stolen identity's name masked, and cannot recover it by
 * searching or filtering for it; an ANALYST sees it.
 */
function personal(name: string, role: 'VIEWER' | 'ANALYST', query: string, check: (res: RawResponse, realName: string) => void): HostileCase {
  return {
    area: 'personal data',
    name,
    expect: 'ok',
    request: (ctx) => graphqlRequest({ query, variables: { id: ctx.ids.identity, name: ctx.ids.identityName } }, ctx.as(role)),
    check: (res, ctx: CaseContext) => check(res, ctx.ids.identityName),
  };
}

export const personalDataCases: HostileCase[] = [
  personal('control: an ANALYST sees a stolen identity\'s name', 'ANALYST', 'query Q($id: ID!) { node(id: $id) { ... on StolenIdentity { name } } }', (res, realName) =>
    expect(res.json?.data?.node?.name).toBe(realName),
  ),
  personal('a VIEWER gets a stolen identity\'s name masked', 'VIEWER', 'query Q($id: ID!) { node(id: $id) { ... on StolenIdentity { name } } }', (res, realName) => {
    expect(res.json?.data?.node?.name).toBeTypeOf('string');
    expect(res.json.data.node.name).not.toBe(realName);
  }),
  personal(
    'a VIEWER searching for a stolen identity\'s real name does not find it',
    'VIEWER',
    'query Q($name: String!) { search(query: $name, types: [STOLEN_IDENTITY], first: 100) { edges { node { ... on StolenIdentity { id } } } } }',
    (res) => {
      const ids: string[] = (res.json?.data?.search?.edges ?? []).map((e: any) => e.node?.id);
      expect(res.json?.data?.search).toBeDefined();
      expect(ids).toEqual([]);
    },
  ),
  personal(
    'a VIEWER filtering stolen identities by the real name finds nothing',
    'VIEWER',
    'query Q($name: String!) { stolenIdentities(filter: { nameContains: $name }) { totalCount } }',
    (res) => expect(res.json?.data?.stolenIdentities?.totalCount).toBe(0),
  ),
];
