/**
 * Hostile-input suite (issue 8, section 10): a few hundred requests an attacker would send, over
 * real HTTP to the API as `npm start` serves it, against the real test database. Categories:
 * syntax and validation errors, variables that do not coerce, domain validation (amounts, dates,
 * strings, unicode, integer ranges, several bad fields at once), pagination abuse, malformed
 * global ids, depth/cost/alias/token/directive limits (an 80,000-field query among them), arrays
 * of operations, malformed JSON, wrong charsets, unsupported content types and encodings,
 * over-large bodies, GET mutations, CSRF-style requests and CORS, unknown routes and path
 * traversal, header tricks, authentication and roles (anonymous writes, forged tokens), masked
 * personal data that a VIEWER can neither read nor find, rate limits, and injection payloads in
 * every String and ID argument of every Query field, generated from the schema.
 *
 * Every case checks: the HTTP status and `extensions.code` of the EXPECTED table
 * (expectations.ts, the one place to adjust), a JSON body that names no file, stack frame or
 * Cypher, that every named input field is reported, and that the graph is exactly as before.
 * Every ten cases and at the end, the server must still answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/model/global-ids.js';
import { buildSchema } from '../../src/schema.js';
import { authCases } from './cases/auth.js';
import { inputCases } from './cases/input.js';
import { limitCases } from './cases/limits.js';
import { personalDataCases } from './cases/personal-data.js';
import { protocolCases } from './cases/protocol.js';
import type { CaseContext, HostileCase, SeedIds } from './case.js';
import { DOCUMENTED_CODES, EXPECTED, type Expectation } from './expectations.js';
import { graphDigest, removeWrittenSince, type GraphDigest } from './graph-digest.js';
import { graphqlRequest, send, type RawResponse } from './http-client.js';
import { injectionCases } from './injection.js';
import { mutationOf, TEMPLATES, type TemplateName } from './mutations.js';
import { startHostileServer, type HostileServer } from './server.js';

const CASES: HostileCase[] = [
  ...protocolCases,
  ...limitCases,
  ...authCases,
  ...personalDataCases,
  ...inputCases,
  ...injectionCases(buildSchema()),
];

let server: HostileServer;
let ctx: CaseContext;
let digest: GraphDigest;
let initial: GraphDigest;
let startedAt: string;
let sinceLiveness = 0;

beforeAll(async () => {
  server = await startHostileServer();
  const executor = server.db.executor();
  [{ now: startedAt }] = (await executor.read('RETURN toString(datetime()) AS now')) as [{ now: string }];
  ctx = { as: (role) => server.as(role), ids: await seedIds(server) };
  initial = digest = await graphDigest(server.db);
});

afterAll(async () => {
  // Whatever a case wrongly let through is removed, so later test files see the seed untouched.
  if (!server) return;
  try {
    await removeWrittenSince(server.db, startedAt);
    expect(await graphDigest(server.db), 'the graph after removing what got through').toEqual(initial);
  } finally {
    await server.close();
  }
});

/** Synthetic seed objects to point valid arguments at, read from the database, not the API. */
async function seedIds(s: HostileServer): Promise<SeedIds> {
  const first = async (cypher: string) => {
    const [row] = await s.db.executor().read(cypher);
    if (!row) throw new Error(`The seed holds nothing for: ${cypher}`);
    return row as Record<string, string>;
  };
  const wallets = await s.db
    .executor()
    .read("MATCH (w:Wallet {synthetic: true}) WHERE w.key STARTS WITH 'wallet:ETH:' RETURN w.key AS key ORDER BY w.key LIMIT 2");
  if (wallets.length < 2) throw new Error('The seed holds fewer than two synthetic ETH wallets');
  const identity = await first('MATCH (n:StolenIdentity {synthetic: true}) RETURN n.key AS key, n.name AS name ORDER BY n.key LIMIT 1');
  const [walletA, walletB] = wallets.map((w) => String(w.key)) as [string, string];
  return {
    state: toGlobalId('state:KP'),
    employer: toGlobalId((await first('MATCH (n:Employer {synthetic: true}) RETURN n.key AS key ORDER BY n.key LIMIT 1')).key!),
    identity: toGlobalId(identity.key!),
    identityName: identity.name!,
    organization: toGlobalId((await first('MATCH (n:Organization {synthetic: true}) RETURN n.key AS key ORDER BY n.key LIMIT 1')).key!),
    walletA: toGlobalId(walletA),
    walletB: toGlobalId(walletB),
    walletAddress: walletA.split(':').slice(2).join(':'),
    syntheticSource: toGlobalId((await first('MATCH (n:Source {synthetic: true}) RETURN n.key AS key ORDER BY n.key LIMIT 1')).key!),
  };
}

/** Signs of internals: paths, stack frames, Cypher, driver errors, HTML error pages. */
const LEAKS: readonly RegExp[] = [
  /\/work\//,
  /\/home\/|\/tmp\/|[A-Z]:\\/,
  /node_modules/,
  /\.ts:/,
  /\.[cm]?js:\d+/,
  /\n\s+at /,
  /\\n\s+at /,
  /MATCH \(/,
  /MERGE \(/,
  /UNWIND \$/,
  /Neo4jError/,
  /Neo\.(Client|Transient|Database)Error/,
  /<html|<!DOCTYPE/i,
  /stacktrace/i,
];

/** The answer with everything the client itself sent removed, so echoes are not leaks. */
function withoutEchoes(text: string, echoes: readonly string[]): string {
  let out = text;
  for (const echo of echoes) {
    if (echo.length < 4) continue;
    const once = JSON.stringify(echo).slice(1, -1);
    const twice = JSON.stringify(once).slice(1, -1);
    for (const form of [twice, once, echo]) out = out.split(form).join('');
  }
  return out;
}

interface ErrorShape {
  message?: unknown;
  code?: unknown;
  extensions?: { code?: unknown; field?: unknown };
}

function errorsOf(body: any): ErrorShape[] {
  if (Array.isArray(body?.errors)) return body.errors as ErrorShape[];
  if (body?.error && typeof body.error === 'object') return [body.error as ErrorShape];
  return [];
}

const codeOf = (e: ErrorShape) => String(e.extensions?.code ?? e.code ?? '(none)');

/**
 * True when the error names the input path: in `extensions.field`, or in the message as the path
 * (`at "input.amount"`) or as graphql-js names a missing field (`Field "provenance" of required type`).
 */
function names(error: ErrorShape, field: string): boolean {
  const named = typeof error.extensions?.field === 'string' ? error.extensions.field : '';
  const message = String(error.message ?? '');
  const last = field.split('.').at(-1)!;
  return named === field || named.startsWith(`${field}.`) || message.includes(field) || message.includes(`Field "${last}"`);
}

function assertAnswer(c: HostileCase, res: RawResponse, ctx: CaseContext): void {
  const expected: Expectation = EXPECTED[c.expect];
  const summary = `${res.status} ${String(res.headers['content-type'])} ${res.text.slice(0, 600)}`;
  expect(expected.status, `status; answer: ${summary}`).toContain(res.status);
  expect(String(res.headers['content-type'] ?? ''), `content type; answer: ${summary}`).toMatch(/^application\/(graphql-response\+)?json/);
  expect(res.json, `JSON body; answer: ${summary}`).toBeTypeOf('object');
  expect(res.headers['x-powered-by']).toBeUndefined();

  const scanned = withoutEchoes(res.text, c.echoes ?? []);
  for (const leak of LEAKS) expect(scanned, `leak ${leak}; answer: ${summary}`).not.toMatch(leak);

  const errors = errorsOf(res.json);
  if (!expected.mayAnswer) expect(errors.length, `an error; answer: ${summary}`).toBeGreaterThan(0);
  const codes = errors.map(codeOf);
  for (const code of codes) {
    expect(expected.codes as readonly string[], `code; answer: ${summary}`).toContain(code);
    expect(DOCUMENTED_CODES as readonly string[]).toContain(code);
  }
  for (const code of expected.required ?? []) expect(codes, `required code; answer: ${summary}`).toContain(code);
  for (const error of errors) expect(error.message, `message; answer: ${summary}`).toBeTypeOf('string');
  for (const field of c.fields ?? []) {
    expect(errors.some((e) => names(e, field)), `an error naming ${field}; answer: ${summary}`).toBe(true);
  }
  c.check?.(res, ctx);
}

async function assertAlive(): Promise<void> {
  const health = await send(server.base, { method: 'GET', path: '/healthz' });
  expect(health.status).toBe(200);
  const answer = await send(server.base, graphqlRequest({ query: '{ __typename }' }, ctx.as('VIEWER')));
  expect(answer.status).toBe(200);
  expect(answer.json).toEqual({ data: { __typename: 'Query' } });
}

describe('hostile input over HTTP', () => {
  it('each mutation template is accepted as it stands (so refusals below are for what was broken)', async () => {
    const refused: string[] = [];
    for (const name of Object.keys(TEMPLATES) as TemplateName[]) {
      const res = await send(
        server.base,
        graphqlRequest({ query: mutationOf(name), variables: { input: TEMPLATES[name].input(ctx.ids) } }, ctx.as(name === 'importBatch' ? 'ADMIN' : 'EDITOR')),
      );
      const failures = [...errorsOf(res.json), ...(res.json?.data?.importBatch?.errors ?? [])];
      if (res.status !== 200 || failures.length > 0) refused.push(`${name}: ${res.status} ${res.text.slice(0, 300)}`);
    }
    await removeWrittenSince(server.db, startedAt);
    digest = await graphDigest(server.db);
    expect(digest, 'the graph after removing what the templates wrote').toEqual(initial);
    expect(refused).toEqual([]);
  });

  for (const c of CASES) {
    it(`${c.area}: ${c.name}`, async () => {
      let res: RawResponse | undefined;
      try {
        res = await send(server.base, c.request(ctx));
        assertAnswer(c, res, ctx);
      } finally {
        const before = digest;
        digest = await graphDigest(server.db);
        if (++sinceLiveness >= 10) {
          sinceLiveness = 0;
          await assertAlive();
        }
        // Checked last, so a status failure above is not hidden; digests roll, so one request
        // that wrongly wrote fails alone.
        if (res) expect(digest, 'the graph changed').toEqual(before);
      }
    });
  }

  it('still answers after all of it, with the graph as it was', async () => {
    await assertAlive();
    expect(await graphDigest(server.db)).toEqual(digest);
  });
});

describe('rate limits', () => {
  let limited: HostileServer;
  beforeAll(async () => {
    limited = await startHostileServer({ ratePerMinute: 5 });
  });
  afterAll(() => limited?.close());

  it('answers 429 with Retry-After and a code past the per-principal limit (issue 6)', async () => {
    const answers: RawResponse[] = [];
    for (let i = 0; i < 30; i++) answers.push(await send(limited.base, graphqlRequest({ query: '{ __typename }' }, limited.as('VIEWER'))));
    const refused = answers.find((a) => a.status === 429);
    expect(refused, `statuses: ${answers.map((a) => a.status).join(',')}`).toBeDefined();
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0);
    expect(errorsOf(refused!.json).map(codeOf)).toEqual(EXPECTED.rateLimited.codes);
    expect(answers.every((a) => a.status === 200 || a.status === 429)).toBe(true);
  });
});
