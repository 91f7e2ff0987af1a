import { gzipSync } from 'node:zlib';
import { expect } from 'vitest';
import type { CaseContext, HostileCase } from '../case.js';
import type { RawResponse } from '../http-client.js';
import { gql, JSON_TYPE, raw, SIMPLE_QUERY } from './build.js';

/** Documents that are not GraphQL. */
const syntax: HostileCase[] = [
  ['unclosed brace', '{'],
  ['unclosed selection', '{ states { totalCount }'],
  ['stray closing brace', '}'],
  ['empty selection set', '{ }'],
  ['argument without value', '{ states(first: ) { totalCount } }'],
  ['variable without type', 'query Q($a: ) { __typename }'],
  ['unterminated string', '{ search(query: "abc) { totalCount } }'],
  ['string as selection', '{ "states" }'],
  ['keyword soup', 'fragment on on on'],
  ['character outside any token', '{ __typename } \u2603'],
  ['NUL byte in the document', '{ __typename \u0000 }'],
  ['only a comment', '# nothing here'],
  ['only whitespace', '   \n\t  '],
  ['operation keyword alone', 'mutation'],
  ['SQL instead of GraphQL', "SELECT * FROM users WHERE '1'='1'"],
  ['Cypher instead of GraphQL', 'MATCH (n) DETACH DELETE n'],
].map(([name, query]) => ({
  area: 'syntax',
  name: name!,
  expect: 'syntax' as const,
  request: gql(query!),
  echoes: [query!],
}));

/** Documents the schema refuses. */
const validation: HostileCase[] = [
  ['unknown root field', '{ nope }'],
  ['unknown nested field', '{ states { nope } }'],
  ['unknown argument', '{ states(nope: 1) { totalCount } }'],
  ['object without selection', '{ states }'],
  ['selection on a scalar', '{ __typename { x } }'],
  ['undefined variable', 'query { states(first: $n) { totalCount } }'],
  ['unused variable', 'query Q($n: Int) { __typename }'],
  ['variable of the wrong type', 'query Q($n: String) { states(first: $n) { totalCount } }'],
  ['two operations with one name', 'query A { __typename } query A { __typename }'],
  ['anonymous operation beside others', '{ __typename } query B { __typename }'],
  ['unknown fragment', '{ ...Nope }'],
  ['fragment cycle', 'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }'],
  ['impossible type condition', '{ states { edges { node { ... on Wallet { address } } } } }'],
  ['missing required argument', '{ node { id } }'],
  ['unknown directive', '{ __typename @nope }'],
  ['directive without its argument', '{ __typename @skip }'],
  ['one alias for two fields', '{ a: states { totalCount } a: wallets { totalCount } }'],
  ['subscription the schema does not have', 'subscription { __typename }'],
  ['input object for a scalar argument', '{ states(first: { n: 1 }) { totalCount } }'],
].map(([name, query]) => ({
  area: 'validation',
  name: name!,
  expect: 'validation' as const,
  request: gql(query!),
  echoes: [query!],
}));

/** Field suggestions would map the schema for an attacker (issue 7: off in production). */
const noSuggestions: HostileCase = {
  area: 'validation',
  name: 'a misspelt field gets no "Did you mean" suggestion',
  expect: 'validation',
  request: gql('{ state { totalCount } }'),
  check: (res) => expect(res.text).not.toMatch(/Did you mean/i),
};

const json = (body: string | Buffer, headers: Record<string, string> = {}) =>
  raw({ method: 'POST', path: '/graphql', headers: { ...JSON_TYPE, ...headers }, body });

/** Bodies that are not a GraphQL-over-HTTP request. */
const body: HostileCase[] = (
  [
    ['unclosed JSON object', '{'],
    ['missing value', '{"query": }'],
    ['not JSON at all', 'not json'],
    ['single-quoted JSON', "{'query': '{ __typename }'}"],
    ['trailing comma', '{"query": "{ __typename }",}'],
    ['NaN literal', '{"query": "{ __typename }", "variables": {"a": NaN}}'],
    ['garbage after the object', '{"query": "{ __typename }"} trailing'],
    ['empty body', ''],
    ['empty object', '{}'],
    ['JSON null', 'null'],
    ['JSON string', '"{ __typename }"'],
    ['JSON number', '123'],
    ['query as a number', '{"query": 123}'],
    ['query as null', '{"query": null}'],
    ['query as an array', '{"query": ["{ __typename }"]}'],
    ['query as an empty string', '{"query": ""}'],
    ['variables as a string', '{"query": "{ __typename }", "variables": "x"}'],
    ['variables as an array', '{"query": "{ __typename }", "variables": [1]}'],
    ['operationName as an object', '{"query": "{ __typename }", "operationName": {}}'],
    ['operationName naming no operation', '{"query": "query A { __typename }", "operationName": "B"}'],
    ['persisted-query hash that does not match', '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}'],
    ['UTF-16 bytes sent as UTF-8', Buffer.from(SIMPLE_QUERY, 'utf16le')],
  ] as const
).map(([name, text]) => ({ area: 'malformed body', name, expect: 'body' as const, request: json(text) }));

const harmlessBodies: HostileCase[] = [
  {
    area: 'malformed body',
    name: 'JSON nested 20,000 levels deep in an unused variable',
    expect: 'harmless',
    request: json(`{"query": "{ __typename }", "variables": {"a": ${'['.repeat(20_000)}${']'.repeat(20_000)}}}`),
  },
  {
    area: 'malformed body',
    name: '__proto__ in variables changes nothing',
    expect: 'harmless',
    request: json('{"query": "{ __typename }", "variables": {"__proto__": {"role": "ADMIN"}, "constructor": {"prototype": {"x": 1}}}}'),
  },
  {
    area: 'malformed body',
    name: 'duplicate keys: the last one wins, as JSON parsers agree',
    expect: 'harmless',
    request: json('{"query": "{ nope }", "query": "{ __typename }"}'),
  },
  {
    area: 'malformed body',
    name: 'invalid UTF-8 bytes inside a string',
    expect: 'harmless',
    request: json(Buffer.concat([Buffer.from('{"query": "{ search(query: \\"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('\\") { totalCount } }"}')])),
  },
];

/** Arrays of operations (issue 6: refused). */
const batches: HostileCase[] = (
  [
    ['array of one operation', [{ query: '{ __typename }' }]],
    ['array of two operations', [{ query: '{ __typename }' }, { query: '{ states { totalCount } }' }]],
    ['empty array', []],
    ['array of 1,000 operations', Array.from({ length: 1000 }, () => ({ query: '{ states { totalCount } }' }))],
  ] as const
).map(([name, operations]) => ({ area: 'batching', name, expect: 'batch' as const, request: json(JSON.stringify(operations)) }));

/** Charsets other than UTF-8 (issue 4). */
const charsets: HostileCase[] = [
  ['charset=latin1', 'latin1', Buffer.from(SIMPLE_QUERY, 'latin1')],
  ['charset=iso-8859-1', 'iso-8859-1', Buffer.from(SIMPLE_QUERY, 'latin1')],
  ['charset=utf-16 with UTF-16 bytes', 'utf-16', Buffer.from(SIMPLE_QUERY, 'utf16le')],
  ['charset=utf-16le', 'utf-16le', Buffer.from(SIMPLE_QUERY, 'utf16le')],
  ['charset=utf-32', 'utf-32', Buffer.from(SIMPLE_QUERY)],
  ['charset=koi8-r', 'koi8-r', Buffer.from(SIMPLE_QUERY)],
].map(([name, charset, bytes]) => ({
  area: 'charset',
  name: name as string,
  expect: 'charset' as const,
  request: json(bytes as Buffer, { 'content-type': `application/json; charset=${charset as string}` }),
}));

const utf8Controls: HostileCase[] = ['application/json; charset=utf-8', 'application/json; charset=UTF-8'].map((type) => ({
  area: 'charset',
  name: `control: ${type} is served`,
  expect: 'ok' as const,
  request: json(SIMPLE_QUERY, { 'content-type': type }),
  check: (res: RawResponse) => expect(res.json?.data).toEqual({ __typename: 'Query' }),
}));

const preflight = { 'apollo-require-preflight': 'true' };
/** Content types and encodings the API does not read. */
const mediaTypes: HostileCase[] = [
  ['application/xml', { 'content-type': 'application/xml', ...preflight }, '<query>{ __typename }</query>'],
  ['application/graphql', { 'content-type': 'application/graphql', ...preflight }, '{ __typename }'],
  ['text/plain with a preflight header', { 'content-type': 'text/plain', ...preflight }, SIMPLE_QUERY],
  ['application/x-yaml', { 'content-type': 'application/x-yaml', ...preflight }, 'query: "{ __typename }"'],
  ['content-encoding gzip with bytes that are not gzip', { ...JSON_TYPE, 'content-encoding': 'gzip' }, 'not gzip at all'],
  ['content-encoding br', { ...JSON_TYPE, 'content-encoding': 'br' }, SIMPLE_QUERY],
  ['content-encoding of an unknown name', { ...JSON_TYPE, 'content-encoding': 'x-evil' }, SIMPLE_QUERY],
].map(([name, headers, text]) => ({
  area: 'content type',
  name: name as string,
  expect: 'mediaType' as const,
  request: raw({ method: 'POST', path: '/graphql', headers: headers as Record<string, string>, body: text as string }),
}));

const padded = (bytes: number) => JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes) } });
/** Bodies over the route's limit (issue 4 and 6). */
const sizes: HostileCase[] = [
  { name: '2 MB JSON body', body: () => padded(2_000_000) },
  { name: '12 MB JSON body', body: () => padded(12_000_000) },
  { name: '1.5 MB query string', body: () => JSON.stringify({ query: `{ __typename }${' '.repeat(1_500_000)}` }) },
  { name: 'gzip bomb: 60 KB that inflate to 60 MB', body: () => gzipSync(Buffer.from(padded(60_000_000))), encoding: 'gzip' },
].map(({ name, body: make, encoding }) => ({
  area: 'body size',
  name,
  expect: 'tooLarge' as const,
  // Built when sent, not when the suite is collected: some are tens of megabytes.
  request: (ctx: CaseContext) => json(make(), encoding ? { 'content-encoding': encoding } : {})(ctx),
}));

/** GET may only query (GraphQL-over-HTTP) and needs a preflight header (CSRF). */
const getMutation = `/graphql?query=${encodeURIComponent('mutation { attachSources(input: { id: "x", sourceIds: [] }) { id } }')}`;
const methods: HostileCase[] = [
  {
    area: 'method',
    name: 'GET with a mutation, with a preflight header',
    expect: 'method',
    request: raw({ method: 'GET', path: getMutation, headers: { accept: 'application/json', ...preflight } }, 'EDITOR'),
    check: (res) => expect(String(res.headers.allow ?? '')).toMatch(/POST/),
  },
  {
    area: 'method',
    name: 'GET with a mutation and an operation name header',
    expect: 'method',
    request: raw({ method: 'GET', path: getMutation, headers: { accept: 'application/json', 'x-apollo-operation-name': 'M' } }, 'EDITOR'),
  },
  {
    area: 'method',
    name: 'control: GET with a query and a preflight header is served',
    expect: 'ok',
    request: raw({ method: 'GET', path: `/graphql?query=${encodeURIComponent('{ __typename }')}`, headers: { accept: 'application/json', ...preflight } }),
    check: (res) => expect(res.json?.data).toEqual({ __typename: 'Query' }),
  },
  ...['PUT', 'DELETE', 'PATCH'].map((method) => ({
    area: 'method',
    name: `${method} /graphql`,
    expect: 'otherMethod' as const,
    request: raw({ method, path: '/graphql', headers: JSON_TYPE, body: SIMPLE_QUERY }),
  })),
  { area: 'method', name: 'POST /healthz', expect: 'otherMethod', request: raw({ method: 'POST', path: '/healthz', headers: JSON_TYPE, body: '{}' }) },
];

/** Requests a browser sends cross-site without a preflight (issue 7: CSRF prevention kept). */
const csrf: HostileCase[] = [
  ['POST text/plain', { 'content-type': 'text/plain' }, SIMPLE_QUERY],
  ['POST text/plain;charset=utf-8 carrying a mutation', { 'content-type': 'text/plain;charset=utf-8' }, JSON.stringify({ query: 'mutation { attachSources(input: { id: "x", sourceIds: [] }) { id } }' })],
  ['POST form-urlencoded', { 'content-type': 'application/x-www-form-urlencoded' }, `query=${encodeURIComponent('{ __typename }')}`],
  ['POST multipart/form-data', { 'content-type': 'multipart/form-data; boundary=x' }, '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--\r\n'],
  ['POST without a content type', {}, SIMPLE_QUERY],
].map(([name, headers, text]) => ({
  area: 'csrf',
  name: name as string,
  expect: 'csrf' as const,
  request: raw({ method: 'POST', path: '/graphql', headers: { origin: 'https://evil.example', ...(headers as Record<string, string>) }, body: text as string }, 'EDITOR'),
}));
csrf.push({
  area: 'csrf',
  name: 'GET query without a preflight header',
  expect: 'csrf',
  request: raw({ method: 'GET', path: `/graphql?query=${encodeURIComponent('{ __typename }')}`, headers: { accept: 'application/json' } }),
});

const noEvilOrigin = (res: RawResponse) => {
  const allowed = String(res.headers['access-control-allow-origin'] ?? '');
  expect(allowed === '*' || allowed.includes('evil.example')).toBe(false);
};
/** No CORS allow-list by default (issue 7): a foreign origin is never allowed. */
const cors: HostileCase[] = [
  {
    area: 'csrf',
    name: 'CORS preflight from a foreign origin is not allowed',
    expect: 'harmless',
    request: raw({
      method: 'OPTIONS',
      path: '/graphql',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    }),
    check: noEvilOrigin,
  },
  {
    area: 'csrf',
    name: 'a JSON POST from a foreign origin gets no CORS grant',
    expect: 'ok',
    request: raw({ method: 'POST', path: '/graphql', headers: { ...JSON_TYPE, origin: 'https://evil.example' }, body: SIMPLE_QUERY }),
    check: noEvilOrigin,
  },
];

const noFileContents = (res: RawResponse) => {
  expect(res.text).not.toMatch(/root:x:0:0|"name":\s*"trailgraph"|NEO4J_PASSWORD|import .* from/);
};
/** Paths no route serves, including traversal attempts (issue 4: JSON, never HTML). */
const routes: HostileCase[] = [
  '/',
  '/admin',
  '/.env',
  '/.git/config',
  '/package.json',
  '/src/main.ts',
  '/node_modules/graphql/package.json',
  '/graphql.php',
  '/api/graphql',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/..%2f..%2f..%2fetc%2fpasswd',
  '/healthz/../../../../etc/passwd',
  '/readyz%00',
  '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
  `/${'a'.repeat(4000)}`,
].map((path) => ({
  area: 'routes',
  name: `GET ${path.length > 60 ? `${path.slice(0, 20)}... (${path.length} chars)` : path}`,
  expect: 'notFound' as const,
  request: raw({ method: 'GET', path, headers: { accept: 'text/html,application/json' } }),
  check: noFileContents,
}));
routes.push(
  ...['/graphql/../../etc/passwd', '/graphql/..%2f..%2fpackage.json', '/graphql/%2e%2e/src/main.ts'].map((path) => ({
    area: 'routes',
    name: `POST ${path} (a traversal under the GraphQL route)`,
    expect: 'notGraphql' as const,
    request: raw({ method: 'POST', path, headers: { accept: 'application/json' } }),
    check: noFileContents,
  })),
  { area: 'routes', name: 'TRACE /', expect: 'otherMethod', request: raw({ method: 'TRACE', path: '/', headers: {} }) },
);

/** Headers an attacker controls. */
const headers: HostileCase[] = [
  {
    area: 'headers',
    name: 'a request id with markup is not echoed as sent',
    expect: 'ok',
    request: raw({ method: 'POST', path: '/graphql', headers: { ...JSON_TYPE, 'x-request-id': '<script>alert(1)</script>' }, body: SIMPLE_QUERY }),
    check: (res) => expect(String(res.headers['x-request-id'] ?? '')).not.toMatch(/[<>"]/),
  },
  {
    area: 'headers',
    name: 'a 6 KB request id is not echoed',
    expect: 'ok',
    request: raw({ method: 'POST', path: '/graphql', headers: { ...JSON_TYPE, 'x-request-id': 'r'.repeat(6000) }, body: SIMPLE_QUERY }),
    check: (res) => expect(String(res.headers['x-request-id'] ?? '').length).toBeLessThanOrEqual(200),
  },
  {
    area: 'headers',
    name: 'a forged Host header changes nothing',
    expect: 'ok',
    request: raw({ method: 'POST', path: '/graphql', headers: { ...JSON_TYPE, host: 'evil.example', 'x-forwarded-host': 'evil.example' }, body: SIMPLE_QUERY }),
    check: (res) => expect(res.text).not.toContain('evil.example'),
  },
  {
    area: 'headers',
    name: 'security headers on an answer (issue 7)',
    expect: 'ok',
    request: raw({ method: 'POST', path: '/graphql', headers: JSON_TYPE, body: SIMPLE_QUERY }),
    check: (res) => {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBeDefined();
      expect(res.headers['x-request-id']).toBeDefined();
    },
  },
  {
    area: 'headers',
    name: 'X-HTTP-Method-Override does not turn a GET into a POST',
    expect: 'method',
    request: raw({ method: 'GET', path: getMutation, headers: { accept: 'application/json', ...preflight, 'x-http-method-override': 'POST' } }, 'EDITOR'),
  },
];

/**
 * The same refusals for a client that accepts only `application/json` (GraphQL-over-HTTP's
 * legacy media type): Apollo answers request errors 400 there too, and issue 4 wants 400.
 */
const jsonOnly: HostileCase[] = (
  [
    ['syntax error', 'syntax', '{ states {'],
    ['validation error', 'validation', '{ nope }'],
    ['depth limit', 'limits', `{ wallets(first: 1) { edges { node { ${'outgoingTransfers(first: 1) { edges { node { to { '.repeat(8)} address ${'} } } } '.repeat(8)} } } } }`],
    ['cost limit', 'limits', '{ wallets(first: 100) { edges { node { outgoingTransfers(first: 100) { edges { node { to { outgoingTransfers(first: 100) { totalCount } } } } } } } } }'],
  ] as const
).map(([name, category, query]) => ({
  area: 'accept application/json',
  name,
  expect: category,
  request: raw({ method: 'POST', path: '/graphql', headers: { ...JSON_TYPE, accept: 'application/json' }, body: JSON.stringify({ query }) }),
  check: (res: RawResponse) => expect(String(res.headers['content-type'])).toMatch(/^application\/json/),
}));
jsonOnly.push({
  area: 'accept application/json',
  name: 'variable that does not coerce',
  expect: 'coercion',
  request: raw({
    method: 'POST',
    path: '/graphql',
    headers: { ...JSON_TYPE, accept: 'application/json' },
    body: JSON.stringify({ query: 'query Q($since: DateTime) { moneyTrails(from: "x", since: $since) { totalCount } }', variables: { since: '2024-02-30T00:00:00Z' } }),
  }),
});

export const protocolCases: HostileCase[] = [
  ...jsonOnly,
  ...syntax,
  ...validation,
  noSuggestions,
  ...body,
  ...harmlessBodies,
  ...batches,
  ...charsets,
  ...utf8Controls,
  ...mediaTypes,
  ...sizes,
  ...methods,
  ...csrf,
  ...cors,
  ...routes,
  ...headers,
];
