import { createHmac } from 'node:crypto';
import type { HostileCase } from '../case.js';
import { graphqlRequest } from '../http-client.js';
import { mutationOf, TEMPLATES, type TemplateName } from '../mutations.js';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claims = { sub: 'attacker', role: 'ADMIN', exp: 4102444800 };
/** The classic forgeries: an unsigned token, and one signed with a guessable secret. */
const unsignedJwt = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
const guessedSecretJwt = (() => {
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${head}.${createHmac('sha256', 'secret').update(head).digest('base64url')}`;
})();
const expiredJwt = (() => {
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ ...claims, exp: 1 })}`;
  return `${head}.${createHmac('sha256', 'changeme').update(head).digest('base64url')}`;
})();

const names = Object.keys(TEMPLATES) as TemplateName[];
const mutation = (name: TemplateName, headers: (ctx: Parameters<HostileCase['request']>[0]) => Record<string, string>) =>
  (ctx: Parameters<HostileCase['request']>[0]) => graphqlRequest({ query: mutationOf(name), variables: { input: TEMPLATES[name].input(ctx.ids) } }, headers(ctx));

/** Issue 1: anonymous callers never write; roles below EDITOR never write; imports are ADMIN's. */
export const authCases: HostileCase[] = [
  ...names.map((name) => ({
    area: 'auth',
    name: `anonymous ${name}`,
    expect: 'unauthenticated' as const,
    request: mutation(name, (ctx) => ctx.as('ANONYMOUS')),
  })),
  ...(['VIEWER', 'ANALYST'] as const).flatMap((role) =>
    (['upsertOrganization', 'recordTransfer', 'upsertIdentifier'] as const).map((name) => ({
      area: 'auth',
      name: `${role} ${name}`,
      expect: 'forbidden' as const,
      request: mutation(name, (ctx) => ctx.as(role)),
    })),
  ),
  { area: 'auth', name: 'EDITOR importBatch (imports are ADMIN only)', expect: 'forbidden', request: mutation('importBatch', (ctx) => ctx.as('EDITOR')) },
  {
    area: 'auth',
    name: 'anonymous write claiming an actor header',
    expect: 'unauthenticated',
    request: mutation('upsertOrganization', (ctx) => ({ ...ctx.as('ANONYMOUS'), 'x-trailgraph-actor': 'admin' })),
  },
  {
    area: 'auth',
    name: 'anonymous write claiming to come from loopback through a proxy',
    expect: 'unauthenticated',
    request: mutation('upsertOrganization', () => ({ 'x-forwarded-for': '127.0.0.1', forwarded: 'for=127.0.0.1' })),
  },
  ...(
    [
      ['an unsigned (alg: none) JWT claiming ADMIN', `Bearer ${unsignedJwt}`],
      ['an HS256 JWT signed with "secret"', `Bearer ${guessedSecretJwt}`],
      ['an expired JWT', `Bearer ${expiredJwt}`],
      ['a garbage bearer token', 'Bearer garbage'],
      ['a bearer token with SQL in it', "Bearer ' OR 1=1 --"],
      ['an empty bearer token', 'Bearer '],
      ['an 8 KB bearer token', `Bearer ${'k'.repeat(8000)}`],
      ['Basic credentials', `Basic ${Buffer.from('admin:admin').toString('base64')}`],
      ['a token without a scheme', 'trailgraph_0000000000000000'],
    ] as const
  ).map(([name, authorization]) => ({
    area: 'auth',
    name: `write with ${name}`,
    expect: 'unauthenticated' as const,
    request: mutation('upsertOrganization', () => ({ authorization })),
    echoes: [authorization],
  })),
  ...(
    [
      ['a garbage bearer token', 'Bearer garbage'],
      ['an unsigned JWT', `Bearer ${unsignedJwt}`],
    ] as const
  ).map(([name, authorization]) => ({
    area: 'auth',
    name: `read with ${name} is refused, not served as anonymous`,
    expect: 'unauthenticated' as const,
    request: () => graphqlRequest({ query: '{ states { totalCount } }' }, { authorization }),
  })),
  {
    area: 'auth',
    name: 'ANALYST reading the audit log',
    expect: 'forbidden',
    request: (ctx) => graphqlRequest({ query: '{ auditEvents(first: 1) { __typename } }' }, ctx.as('ANALYST')),
  },
  {
    area: 'auth',
    name: 'anonymous reading the audit log',
    expect: 'unauthenticated',
    request: (ctx) => graphqlRequest({ query: '{ auditEvents(first: 1) { __typename } }' }, ctx.as('ANONYMOUS')),
  },
];
