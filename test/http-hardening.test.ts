import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { loadConfig } from '../src/config.js';
import { createContext, type Context } from '../src/context.js';
import { pino } from 'pino';
import { createLogger } from '../src/logger.js';
import { createApollo, type ApolloOptions } from '../src/server/apollo.js';
import { createHttpApp, type HttpOptions } from '../src/server/http.js';
import { ConcurrencyLimiter } from '../src/server/concurrency.js';
import { createMetrics } from '../src/server/metrics.js';
import { createHarness, type Harness } from './support/harness.js';

const SANDBOX_ORIGIN = 'https://app.example.org';

let h: Harness;
const servers: Server[] = [];
const apollos: ApolloServer<Context>[] = [];

/** A server of its own, listening on a free port, with the given Apollo and HTTP options. */
async function serve(apolloOptions: Partial<ApolloOptions>, httpOptions: HttpOptions = {}) {
  const apollo = createApollo({
    logger: createLogger('silent'),
    limits: { maxDepth: 8, maxCost: 5_000 },
    development: true,
    ...apolloOptions,
  });
  await apollo.start();
  apollos.push(apollo);
  const app: Express = createHttpApp(apollo, h.db, httpOptions);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  servers.push(server);
  return { apollo, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const metrics = createMetrics();
let dev: string;
let prod: string;
let prodSandbox: { apollo: ApolloServer<Context>; base: string };
let limited: string;
const slots = new ConcurrencyLimiter({ perPrincipal: 1, total: 1, queueTimeoutMs: 60_000 });
let queued: string;

beforeAll(async () => {
  h = await createHarness();
  dev = (await serve({ metrics }, { metrics, corsOrigins: [SANDBOX_ORIGIN], graphqlBodyLimit: '1mb' })).base;
  prod = (await serve({ development: false })).base;
  prodSandbox = await serve({ development: false, enableSandbox: true });
  limited = (await serve({ rateLimitPerMinute: 3 })).base;
  queued = (await serve({ expensive: slots })).base;
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  await Promise.all(apollos.map((a) => a.stop()));
  await h.close();
});

interface ErrorBody {
  errors: { message: string; extensions: { code: string } }[];
}

/** Absolute paths, stack frames, source files and Cypher must never reach a client. */
function expectNothingLeaked(text: string) {
  expect(text).not.toMatch(/(^|[\s"'(=])\/(?:[\w.@-]+\/)+[\w.@-]+/); // an absolute path
  expect(text).not.toMatch(/\bat .*:\d+:\d+/); // a stack frame
  expect(text).not.toMatch(/\.(ts|js)\b/);
  expect(text).not.toMatch(/\bMATCH\b|node_modules|<html|<pre/i);
}

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) => ({
  method: 'POST',
  headers,
  body,
});
const op = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
const deep = `{ states { edges { node { organizations { edges { node {
  wallets { edges { node { outgoingTransfers { edges { node { to { name } } } } } } } } } } } } } }`;

/** [what, path, request, status, code] */
const clientMistakes: [string, string, RequestInit, number, string][] = [
  ['a syntax error', '/graphql', post(op('{ states { ')), 400, 'GRAPHQL_PARSE_FAILED'],
  ['an unknown field', '/graphql', post(op('{ statez { totalCount } }')), 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['a DateTime variable that is not a date', '/graphql',
    post(op('query($t: DateTime) { moneyTrails(from: "x", since: $t) { totalCount } }', { t: '2024-02-30T00:00:00Z' })), 400, 'BAD_USER_INPUT'],
  ['a Decimal variable that is a float', '/graphql',
    post(op('query($m: Decimal) { moneyTrails(from: "x", minAmount: $m) { totalCount } }', { m: 0.1 })), 400, 'BAD_USER_INPUT'],
  ['an enum variable out of range', '/graphql',
    post(op('query($m: TaintMethod) { exposure(id: "x", method: $m) { method } }', { m: 'GUESS' })), 400, 'BAD_USER_INPUT'],
  ['an Int variable that is text', '/graphql',
    post(op('query($n: Int) { states(first: $n) { totalCount } }', { n: 'ten' })), 400, 'BAD_USER_INPUT'],
  ['an input missing a required field', '/graphql',
    post(op('mutation($i: StateInput!) { upsertState(input: $i) { id } }', { i: { isoCode: 'ZZ' } })), 400, 'BAD_USER_INPUT'],
  ['a query past the depth limit', '/graphql', post(op(deep)), 400, 'QUERY_TOO_COMPLEX'],
  ['a query past the cost limit', '/graphql',
    post(op('{ wallets(first: 100) { edges { node { outgoingTransfers(first: 100) { edges { node { amount } } } } } } }')), 400, 'QUERY_TOO_COMPLEX'],
  ['40 __typename aliases', '/graphql',
    post(op(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }`)), 400, 'QUERY_TOO_COMPLEX'],
  ['an 80,000-field query', '/graphql', post(op(`{ ${'a '.repeat(80_000)}}`)), 400, 'GRAPHQL_PARSE_FAILED'],
  ['malformed JSON', '/graphql', post('{"query": '), 400, 'BAD_REQUEST'],
  ['a charset other than UTF-8', '/graphql',
    post(op('{ __typename }'), { 'content-type': 'application/json; charset=latin-9' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ['an XML body', '/graphql', post('<query/>', { 'content-type': 'application/xml' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ['a body over the route limit', '/graphql', post(op(`{ __typename } # ${'x'.repeat(1_100_000)}`)), 413, 'PAYLOAD_TOO_LARGE'],
  ['an array of operations', '/graphql', post(`[${op('{ __typename }')},${op('{ __typename }')}]`), 400, 'BAD_REQUEST'],
  ['a mutation over GET', `/graphql?query=${encodeURIComponent('mutation { __typename }')}`,
    { headers: { 'apollo-require-preflight': 'true' } }, 405, 'BAD_REQUEST'],
  ['a POST without a content type (CSRF)', '/graphql', post(op('{ __typename }'), {}), 400, 'BAD_REQUEST'],
  ['a text/plain POST (CSRF)', '/graphql', post(op('{ __typename }'), { 'content-type': 'text/plain' }), 400, 'BAD_REQUEST'],
  ['a GET without a preflight header (CSRF)', `/graphql?query=${encodeURIComponent('{ __typename }')}`, {}, 400, 'BAD_REQUEST'],
  ['an unknown route', '/graphql/../admin.php', {}, 404, 'NOT_FOUND'],
];

describe('client mistakes are 4xx JSON with a code, in the media type asked for', () => {
  for (const accept of ['application/json', 'application/graphql-response+json']) {
    for (const [what, path, init, status, code] of clientMistakes) {
      it(`${what} (${accept})`, async () => {
        const res = await fetch(`${dev}${path}`, { ...init, headers: { accept, ...(init.headers as Record<string, string>) } });
        const text = await res.text();
        expect({ status: res.status, type: res.headers.get('content-type')?.split(';')[0] }).toEqual({ status, type: accept });
        const body = JSON.parse(text) as ErrorBody;
        expect(body.errors[0]?.extensions.code).toBe(code);
        expect(body.errors[0]?.message).toEqual(expect.any(String));
        expectNothingLeaked(text);
      });
    }
  }

  it('says why an 80,000-field query was refused', async () => {
    const res = await fetch(`${dev}/graphql`, post(op(`{ ${'a '.repeat(80_000)}}`)));
    expect(((await res.json()) as ErrorBody).errors[0]?.message).toMatch(/more th\w+ 5000 tokens/);
  });

  it('refuses the alias flood before resolving anything', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await fetch(`${dev}/graphql`, post(op(`{ ${aliases} }`)));
    expect(await res.json()).toEqual({
      errors: [{ message: 'Aliases limit of 30 exceeded, found 40.', extensions: { code: 'QUERY_TOO_COMPLEX' } }],
    });
  });

  it('still answers after all of them', async () => {
    const res = await fetch(`${dev}/graphql`, post(op('{ states { totalCount } }')));
    expect(await res.json()).toEqual({ data: { states: { totalCount: 2 } } });
  });
});

describe('headers', () => {
  it('sets security headers, with a CSP that admits the Sandbox page', async () => {
    const res = await fetch(`${dev}/graphql`, { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
    const csp = Object.fromEntries(
      (res.headers.get('content-security-policy') ?? '').split(';').map((d) => {
        const [name = '', ...sources] = d.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    // Every script and frame the landing page loads is allowed by the header.
    for (const src of html.matchAll(/<script[^>]*src="(https:\/\/[^/"]+)/g)) expect(csp['script-src']).toContain(src[1]);
    expect(html).toContain('embeddable-sandbox.cdn.apollographql.com');
    expect(csp['frame-src']).toContain('https://sandbox.embed.apollographql.com');
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
  });

  it('returns a sane incoming request id and replaces anything else', async () => {
    const kept = await fetch(`${dev}/healthz`, { headers: { 'x-request-id': 'lb-7f3a9c21.0001' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-7f3a9c21.0001');
    const replaced = await fetch(`${dev}/healthz`, { headers: { 'x-request-id': '<script>alert(1)</script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const fresh = await fetch(`${dev}/graphql`, post(op('{ __typename }')));
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers CORS preflights for configured origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${dev}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight(SANDBOX_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(SANDBOX_ORIGIN);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const denied = await preflight('https://evil.example.com');
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    const none = await fetch(`${prod}/graphql`, { method: 'POST', headers: { origin: SANDBOX_ORIGIN, 'content-type': 'application/json' }, body: op('{ __typename }') });
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('production', () => {
  const introspect = op('{ __schema { queryType { name } } }');

  it('serves neither Sandbox nor introspection by default', async () => {
    const page = await fetch(`${prod}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/embeddable-sandbox/);
    const res = await fetch(`${prod}/graphql`, post(introspect));
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('with ENABLE_SANDBOX serves the page, but introspection only to signed-in principals', async () => {
    const page = await fetch(`${prodSandbox.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toMatch(/embeddable-sandbox/);
    // This server keeps the default authenticator: loopback callers are anonymous VIEWERs.
    const anonymous = await fetch(`${prodSandbox.base}/graphql`, post(introspect));
    expect(anonymous.status).toBe(400);
    expect(((await anonymous.json()) as ErrorBody).errors[0]?.message).toMatch(/signed-in/);
    const signedIn = await prodSandbox.apollo.executeOperation(
      { query: '{ __schema { queryType { name } } }' },
      { contextValue: createContext(h.db.executor(), { id: 'key:alice', role: 'VIEWER', kind: 'key' }) },
    );
    expect(signedIn.body.kind === 'single' && signedIn.body.singleResult.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('suggests no field names', async () => {
    const res = await fetch(`${prod}/graphql`, post(op('{ statez { totalCount } }')));
    const body = (await res.json()) as ErrorBody;
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0]?.message).toBe('Cannot query field "statez" on type "Query".');
    const enumValue = await fetch(`${prod}/graphql`, post(op('query($m: TaintMethod) { exposure(id: "x", method: $m) { method } }', { m: 'HAIRCU' })));
    expect(JSON.stringify(await enumValue.json())).not.toMatch(/HAIRCUT|Did you mean/);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past the per-minute budget', async () => {
    const ask = () => fetch(`${limited}/graphql`, post(op('{ __typename }')));
    for (let i = 0; i < 3; i += 1) expect((await ask()).status).toBe(200);
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await refused.json()) as ErrorBody;
    expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
  });
});

describe('/metrics', () => {
  it('counts operations by name and code, HTTP responses by route, and open Neo4j sessions', async () => {
    await fetch(`${dev}/graphql`, post(op('query StatesCount { states { totalCount } }')));
    await fetch(`${dev}/graphql`, post(JSON.stringify({ query: 'query Broken { statez }', operationName: 'Broken' })));
    await fetch(`${dev}/nowhere`);
    const res = await fetch(`${dev}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/trailgraph_graphql_operations_total\{operation="StatesCount",code="OK"\} 1/);
    expect(text).toMatch(/trailgraph_graphql_operations_total\{operation="Broken",code="GRAPHQL_VALIDATION_FAILED"\} 1/);
    expect(text).toMatch(/trailgraph_graphql_operation_duration_seconds_count\{operation="StatesCount",code="OK"\} 1/);
    expect(text).toMatch(/trailgraph_http_responses_total\{route="other",status="404"\} [1-9]/);
    // Every session the operation opened was closed again.
    expect(text).toMatch(/trailgraph_neo4j_sessions_open 0\b/);
  });
});

describe('expensive operations', () => {
  it('queue behind a held slot while plain lookups go straight through', async () => {
    const waitFor = async (condition: () => boolean) => {
      while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    // Every HTTP caller is the placeholder principal until authentication lands.
    const release = await slots.acquire('anonymous');
    const expensive = fetch(`${queued}/graphql`, post(op('{ timeline(id: "c3RhdGU6S1A", depth: 0) { totalCount } }')));
    await waitFor(() => slots.stats().waiting === 1);
    const lookup = await fetch(`${queued}/graphql`, post(op('{ node(id: "c3RhdGU6S1A") { id } }')));
    expect(await lookup.json()).toEqual({ data: { node: { id: 'c3RhdGU6S1A' } } });
    expect(slots.stats()).toEqual({ running: 1, waiting: 1 });
    release();
    const answered = await expensive;
    expect(answered.status).toBe(200);
    expect(((await answered.json()) as { data: unknown }).data).toEqual({ timeline: { totalCount: expect.any(Number) } });
    // The operation gave its slot back when it answered.
    expect(slots.stats()).toEqual({ running: 0, waiting: 0 });
  });
});

describe('configuration', () => {
  it('reads CORS_ORIGINS as a list of origins and refuses anything else', () => {
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example.org, http://localhost:3000' }).CORS_ORIGINS).toEqual([
      'https://a.example.org',
      'http://localhost:3000',
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example.org/app' })).toThrow(/CORS_ORIGINS.*an origin/);
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });

  it('has bounded defaults', () => {
    expect(loadConfig({})).toMatchObject({
      ENABLE_SANDBOX: false,
      GRAPHQL_BODY_LIMIT: '1mb',
      MAX_QUERY_TOKENS: 5000,
      MAX_QUERY_ALIASES: 30,
      RATE_LIMIT_PER_MINUTE: 600,
      MAX_EXPENSIVE_PER_PRINCIPAL: 1,
      MAX_EXPENSIVE_TOTAL: 2,
    });
  });
});

describe('logs', () => {
  it('write one line per operation carrying the request id, never the document or variables', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    const { base } = await serve({ logger }, { logger });
    await fetch(`${base}/graphql`, {
      ...post(JSON.stringify({ query: 'query Count($n: Int) { states(first: $n) { totalCount } }', variables: { n: 1 }, operationName: 'Count' })),
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-0123456789' },
    });
    const line = lines.find((l) => l.msg === 'operation');
    expect(line).toMatchObject({ requestId: 'trace-0123456789', operation: 'Count', code: 'OK', status: 200, principal: 'anonymous' });
    expect(JSON.stringify(lines)).not.toMatch(/totalCount|"n":1/);
  });
});
