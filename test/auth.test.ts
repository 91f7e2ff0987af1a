import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { isObjectType } from 'graphql';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  anonymousPolicy,
  applyAuthDirective,
  authenticatorFromConfig,
  createApiKeys,
  createAuthenticator,
  createJwtVerifier,
  requiredRole,
  ROLES,
  Unauthenticated,
  type Authenticate,
  type Role,
} from '../src/auth/index.js';
import { loadConfig } from '../src/config.js';
import { buildSchema } from '../src/schema.js';
import { createHttpApp } from '../src/server/http.js';
import { createHarness, dataOf, removeByPrefix, type Harness } from './support/harness.js';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const ISSUER = 'https://idp.example';
const AUDIENCE = 'trailgraph';
const PREFIX = 'authtest-';

let h: Harness;
const servers: Server[] = [];

async function listen(authenticate?: Authenticate): Promise<string> {
  const app = createHttpApp(h.apollo, h.db, authenticate ? { authenticate } : {});
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

/** A server that takes API keys and HS256 tokens and refuses anonymous requests. */
let strict: string;
/** A server with the default policy: anonymous VIEWER from loopback. */
let lenient: string;
const keys: Partial<Record<Role, string>> = {};
let sourceId: string;

async function post(url: string, query: string, credential?: string, variables?: Record<string, unknown>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(credential ? { authorization: `Bearer ${credential}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

const codes = (body: any) => (body.errors ?? []).map((e: any) => e.extensions?.code);

function token(claims: Record<string, unknown>, options: { exp?: string | number; nbf?: string | number } = {}) {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setAudience(AUDIENCE);
  jwt.setExpirationTime(options.exp ?? '5m');
  if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
  return jwt.sign(new TextEncoder().encode(SECRET));
}

const jwtConfig = {
  JWT_SECRET: SECRET,
  JWT_ISSUER: ISSUER,
  JWT_AUDIENCE: AUDIENCE,
  JWT_ROLE_CLAIM: 'role',
};

const recordedBy = async (key: string) =>
  (await h.db.executor().read('MATCH (n:Node {key: $key}) RETURN n.recordedBy AS by', { key }))[0]?.by;

beforeAll(async () => {
  h = await createHarness();
  const apiKeys = () => createApiKeys(h.db.executor());
  strict = await listen(
    createAuthenticator({
      apiKeys,
      jwt: createJwtVerifier(jwtConfig),
      anonymous: { role: null, loopbackOnly: false },
    }),
  );
  lenient = await listen();
  for (const role of ROLES) keys[role] = (await apiKeys().create(`${PREFIX}${role.toLowerCase()}`, role, 'system:test')).key;
  sourceId = dataOf(
    await h.run(`mutation { upsertSource(input: { ref: "${PREFIX}doc", kind: OTHER, title: "Auth tests" }) { id } }`),
  ).upsertSource.id;
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  await h.db.executor().writeTx((tx) => tx.run('MATCH (k:ApiKey) WHERE k.name STARTS WITH $p DELETE k', { p: PREFIX }));
  await removeByPrefix(h.db, [`source:${PREFIX}`]);
  await h.close();
});

describe('roles', () => {
  const READ = '{ states { totalCount } }';
  const WRITE = `mutation { upsertSource(input: { ref: "${PREFIX}by-role", kind: OTHER, title: "Written by a role" }) { id } }`;
  const IMPORT = () =>
    `mutation { importBatch(input: { format: FTM_JSONL, lines: [], defaultSourceId: "${sourceId}" }) { linesRead } }`;
  const AUDIT = '{ auditEvents(first: 1) { totalCount } }';
  const allowed = (role: Role, least: Role) => ROLES.indexOf(role) >= ROLES.indexOf(least);

  it.each(ROLES)('%s may read, write, import and audit exactly as its rank allows', async (role) => {
    const key = keys[role];
    const cases: [string, Role][] = [
      [READ, 'VIEWER'],
      [WRITE, 'EDITOR'],
      [IMPORT(), 'ADMIN'],
      [AUDIT, 'ADMIN'],
    ];
    for (const [query, least] of cases) {
      const { status, body } = await post(strict, query, key);
      if (allowed(role, least)) {
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
      } else {
        // The whole operation refused for the role: 403, with the code beside the field.
        expect(status).toBe(403);
        expect(codes(body)).toEqual(['FORBIDDEN']);
      }
    }
  });

  it('a refused mutation writes nothing', async () => {
    const ref = `${PREFIX}refused`;
    const { body } = await post(strict, `mutation { upsertSource(input: { ref: "${ref}", kind: OTHER, title: "No" }) { id } }`, keys.ANALYST);
    expect(codes(body)).toEqual(['FORBIDDEN']);
    expect(await recordedBy(`source:${ref}`)).toBeUndefined();
  });

  it('every Query and Mutation field carries a role; writes need EDITOR, imports, keys and the audit log ADMIN', () => {
    const schema = buildSchema();
    const roleOf = (typeName: 'Query' | 'Mutation') => {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(typeName);
      return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, requiredRole(schema, type, f)]));
    };
    const mutations = roleOf('Mutation');
    for (const [name, role] of Object.entries(mutations)) {
      expect([name, role && ROLES.indexOf(role) >= ROLES.indexOf('EDITOR')]).toEqual([name, true]);
    }
    for (const [name, role] of Object.entries(roleOf('Query'))) expect([name, role !== null]).toEqual([name, true]);
    expect(mutations).toMatchObject({ importBatch: 'ADMIN', createApiKey: 'ADMIN', revokeApiKey: 'ADMIN' });
    expect(roleOf('Query')).toMatchObject({ auditEvents: 'ADMIN', apiKeys: 'ADMIN', node: 'VIEWER' });
  });

  it('nothing in the API writes or deletes audit events', () => {
    const schema = buildSchema();
    const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
    expect(fields.filter((f) => /audit/i.test(f.name) || /AuditEvent/.test(String(f.type)))).toEqual([]);
  });

  it('a root field without @auth stops the schema from building', () => {
    const schema = makeExecutableSchema({
      typeDefs: `
        directive @auth(requires: Role!) on FIELD_DEFINITION | OBJECT
        enum Role { VIEWER ANALYST EDITOR ADMIN }
        type Query { guarded: Int @auth(requires: VIEWER) open: Int }`,
    });
    expect(() => applyAuthDirective(schema)).toThrow(/Query.open has no @auth requirement/);
  });
});

describe('API keys', () => {
  it('are stored as a hash under a label of their own, never as Node', async () => {
    const rows = await h.db
      .executor()
      .read('MATCH (k:ApiKey {name: $name}) RETURN k.hash AS hash, k:Node AS node, keys(k) AS props', {
        name: `${PREFIX}editor`,
      });
    expect(rows[0]?.node).toBe(false);
    expect(rows[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(keys.EDITOR);
    expect(keys.EDITOR).toMatch(/^tg_[A-Za-z0-9_-]{43}$/);
  });

  it('record writes as key:<name>', async () => {
    const ref = `${PREFIX}by-key`;
    const { body } = await post(strict, `mutation { upsertSource(input: { ref: "${ref}", kind: OTHER, title: "By key" }) { id } }`, keys.EDITOR);
    expect(body.errors).toBeUndefined();
    expect(await recordedBy(`source:${ref}`)).toBe(`key:${PREFIX}editor`);
  });

  it('a revoked key is refused from the next request on', async () => {
    const apiKeys = createApiKeys(h.db.executor());
    const { key } = await apiKeys.create(`${PREFIX}short-lived`, 'VIEWER', 'system:test');
    expect((await post(strict, '{ states { totalCount } }', key)).status).toBe(200);
    const revoked = await apiKeys.revoke(`${PREFIX}short-lived`);
    expect(revoked.revokedAt).not.toBeNull();
    const after = await post(strict, '{ states { totalCount } }', key);
    expect(after.status).toBe(401);
    expect(codes(after.body)).toEqual(['UNAUTHENTICATED']);
    expect(after.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('with the production authenticator (verified keys remembered briefly), a key revoked in this process is refused from the next request on', async () => {
    const config = loadConfig({ NODE_ENV: 'production', AUTH_API_KEYS: 'true', CURSOR_SECRET: 'x'.repeat(32), NEO4J_URI: 'bolt://unused', NEO4J_PASSWORD: 'unused' });
    const cached = await listen(authenticatorFromConfig(config, () => createApiKeys(h.db.executor())));
    const apiKeys = createApiKeys(h.db.executor());
    const { key } = await apiKeys.create(`${PREFIX}cached`, 'VIEWER', 'system:test');
    expect((await post(cached, '{ states { totalCount } }', key)).status).toBe(200);
    expect((await post(cached, '{ states { totalCount } }', key)).status).toBe(200);
    await apiKeys.revoke(`${PREFIX}cached`);
    const after = await post(cached, '{ states { totalCount } }', key);
    expect(after.status).toBe(401);
    expect(codes(after.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('an unknown key, a bad header and a missing credential are 401 in GraphQL error shape', async () => {
    for (const authorization of ['Bearer tg_not-a-key', 'Basic dXNlcjpwYXNz', 'Bearer']) {
      const res = await fetch(strict, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ states { totalCount } }' }),
      });
      expect(res.status).toBe(401);
      expect(codes(await res.json())).toEqual(['UNAUTHENTICATED']);
    }
    const anonymous = await post(strict, '{ states { totalCount } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('names are never reused', async () => {
    await expect(createApiKeys(h.db.executor()).create(`${PREFIX}editor`, 'ADMIN', 'system:test')).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
  });

  it('ADMIN manages keys through GraphQL: the key is shown once, lists never show it', async () => {
    const created = dataOf(
      await h.run('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { name role createdBy revokedAt } } }', {
        input: { name: `${PREFIX}via-api`, role: 'ANALYST' },
      }),
    ).createApiKey;
    expect(created.apiKey).toEqual({ name: `${PREFIX}via-api`, role: 'ANALYST', createdBy: 'system:test', revokedAt: null });
    expect((await post(strict, '{ states { totalCount } }', created.key)).status).toBe(200);
    const listed = await h.run('{ apiKeys { name role revokedAt } }');
    expect(JSON.stringify(listed)).not.toContain(created.key);
    expect(dataOf(listed).apiKeys).toContainEqual({ name: `${PREFIX}via-api`, role: 'ANALYST', revokedAt: null });
    dataOf(await h.run(`mutation { revokeApiKey(name: "${PREFIX}via-api") { revokedAt } }`));
    expect((await post(strict, '{ states { totalCount } }', created.key)).status).toBe(401);
    const missing = await h.run('mutation { revokeApiKey(name: "no-such-key") { name } }');
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const bad = await h.run('mutation { createApiKey(input: { name: "no spaces", role: VIEWER }) { key } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });
});

describe('JWT', () => {
  const verify = createJwtVerifier(jwtConfig);
  if (!verify) throw new Error('JWT verifier expected');
  const refused = (promise: Promise<unknown>, message: RegExp) =>
    expect(promise).rejects.toSatisfy((e: unknown) => e instanceof Unauthenticated && message.test(e.message));

  it('accepts a valid HS256 token and maps the role claim; writes record jwt:<sub>', async () => {
    expect(await verify(await token({ sub: 'ana', role: 'analyst' }))).toEqual({ id: 'jwt:ana', role: 'ANALYST', kind: 'jwt' });
    // A list of roles, as identity providers send them: the highest known one wins.
    expect((await verify(await token({ sub: 'x', role: ['offline_access', 'VIEWER', 'EDITOR'] }))).role).toBe('EDITOR');
    const ref = `${PREFIX}by-jwt`;
    const { body } = await post(
      strict,
      `mutation { upsertSource(input: { ref: "${ref}", kind: OTHER, title: "By JWT" }) { id } }`,
      await token({ sub: 'editor-sub', role: 'EDITOR' }),
    );
    expect(body.errors).toBeUndefined();
    expect(await recordedBy(`source:${ref}`)).toBe('jwt:editor-sub');
  });

  it('refuses expired, not-yet-valid, wrong issuer, wrong audience, no role and no expiry', async () => {
    const now = Math.floor(Date.now() / 1000);
    await refused(verify(await token({ sub: 'a', role: 'VIEWER' }, { exp: now - 60 })), /expired/);
    await refused(verify(await token({ sub: 'a', role: 'VIEWER' }, { nbf: now + 600 })), /nbf/);
    const secret = new TextEncoder().encode(SECRET);
    const base = () => new SignJWT({ sub: 'a', role: 'VIEWER' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m');
    await refused(verify(await base().setIssuer('https://evil.example').setAudience(AUDIENCE).sign(secret)), /iss/);
    await refused(verify(await base().setIssuer(ISSUER).setAudience('other').sign(secret)), /aud/);
    await refused(
      verify(await new SignJWT({ sub: 'a', role: 'VIEWER' }).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setAudience(AUDIENCE).sign(secret)),
      /exp/,
    );
    await refused(verify(await token({ sub: 'a', role: 'SUPERUSER' })), /no trailgraph role/);
    await refused(verify(await token({ sub: 'a' })), /no trailgraph role/);
    const wrongSecret = new TextEncoder().encode('another-secret-of-at-least-thirty-two-chars');
    await refused(verify(await base().setIssuer(ISSUER).setAudience(AUDIENCE).sign(wrongSecret)), /not valid/);
  });

  it('refuses an algorithm other than the configured one, and unsigned tokens', async () => {
    const hs384 = await new SignJWT({ sub: 'a', role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS384' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(SECRET));
    await refused(verify(hs384), /algorithm/);
    const payload = Buffer.from(JSON.stringify({ sub: 'a', role: 'ADMIN', iss: ISSUER, aud: AUDIENCE, exp: 9e9 })).toString('base64url');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    await refused(verify(none), /./);
  });

  it('over HTTP an expired token is a 401 that says why', async () => {
    const expired = await token({ sub: 'a', role: 'VIEWER' }, { exp: Math.floor(Date.now() / 1000) - 60 });
    const { status, body, headers } = await post(strict, '{ states { totalCount } }', expired);
    expect(status).toBe(401);
    expect(body.errors[0]).toMatchObject({ message: 'The token has expired.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  });

  it.each([
    ['RS256', 'rsa', { modulusLength: 2048 }],
    ['ES256', 'ec', { namedCurve: 'P-256' }],
  ] as const)('verifies %s tokens against a public key file', async (alg, type, options) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'trailgraph-jwt-'));
    try {
      const { publicKey, privateKey } = generateKeyPairSync(type as 'rsa', options as { modulusLength: number });
      const file = path.join(dir, 'public.pem');
      await writeFile(file, publicKey.export({ type: 'spki', format: 'pem' }));
      const fileVerify = createJwtVerifier({ JWT_PUBLIC_KEY_FILE: file, JWT_ROLE_CLAIM: 'https://trailgraph/role' });
      if (!fileVerify) throw new Error('verifier expected');
      const signed = await new SignJWT({ sub: 'svc', 'https://trailgraph/role': 'VIEWER' })
        .setProtectedHeader({ alg })
        .setExpirationTime('5m')
        .sign(privateKey);
      expect(await fileVerify(signed)).toEqual({ id: 'jwt:svc', role: 'VIEWER', kind: 'jwt' });
      // An HS256 token whose secret is the public key text: the classic algorithm confusion.
      const confused = await new SignJWT({ sub: 'svc', 'https://trailgraph/role': 'ADMIN' })
        .setProtectedHeader({ alg: 'HS256' })
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(String(publicKey.export({ type: 'spki', format: 'pem' }))));
      await refused(fileVerify(confused), /algorithm/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a server without JWT settings refuses tokens that are not API keys', async () => {
    const { status, body } = await post(lenient, '{ states { totalCount } }', await token({ sub: 'a', role: 'ADMIN' }));
    expect(status).toBe(401);
    expect(body.errors[0].message).toMatch(/API keys only/);
  });
});

describe('anonymous requests', () => {
  it('in development get VIEWER from loopback: reads answer, writes are refused', async () => {
    const read = await post(lenient, '{ states { totalCount } }');
    expect(read.body).toEqual({ data: { states: { totalCount: 2 } } });
    const write = await post(lenient, `mutation { upsertSource(input: { ref: "${PREFIX}anon", kind: OTHER, title: "No" }) { id } }`);
    expect(codes(write.body)).toEqual(['FORBIDDEN']);
  });

  it('follow ANONYMOUS_ROLE, and default to nothing in production and to loopback only in development', async () => {
    expect(anonymousPolicy({ NODE_ENV: 'development' })).toEqual({ role: 'VIEWER', loopbackOnly: true });
    expect(anonymousPolicy({ NODE_ENV: 'production' })).toEqual({ role: null, loopbackOnly: false });
    expect(anonymousPolicy({ NODE_ENV: 'production', ANONYMOUS_ROLE: 'VIEWER' })).toEqual({ role: 'VIEWER', loopbackOnly: false });
    expect(anonymousPolicy({ NODE_ENV: 'development', ANONYMOUS_ROLE: 'NONE' })).toEqual({ role: null, loopbackOnly: false });
    const dev = createAuthenticator({
      apiKeys: () => createApiKeys(h.db.executor()),
      jwt: null,
      anonymous: anonymousPolicy({ NODE_ENV: 'development' }),
    });
    expect(await dev({ remoteAddress: '::1' })).toEqual({ id: 'anonymous', role: 'VIEWER', kind: 'anonymous' });
    await expect(dev({ remoteAddress: '10.1.2.3' })).rejects.toBeInstanceOf(Unauthenticated);
  });

  it('can never be given a role that writes', () => {
    expect(() => loadConfig({ ANONYMOUS_ROLE: 'EDITOR' })).toThrow(/ANONYMOUS_ROLE/);
    expect(() => loadConfig({ ANONYMOUS_ROLE: 'ADMIN' })).toThrow(/ANONYMOUS_ROLE/);
  });
});

describe('configuration', () => {
  it('production refuses to start without an authentication configuration', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/NODE_ENV: production needs an authentication configuration/);
    const cursors = { CURSOR_SECRET: SECRET };
    expect(loadConfig({ NODE_ENV: 'production', AUTH_API_KEYS: 'true', ...cursors }).AUTH_API_KEYS).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, ...cursors }).JWT_SECRET).toBe(SECRET);
    expect(loadConfig({ NODE_ENV: 'production', JWT_JWKS_URL: 'https://idp.example/.well-known/jwks.json', ...cursors })).toBeTruthy();
  });

  it('production refuses to start without a cursor key shared by every instance', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_API_KEYS: 'true' })).toThrow(/CURSOR_SECRET: is required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_API_KEYS: 'true', CURSOR_SECRET: 'short' })).toThrow(/CURSOR_SECRET: at least 32/);
    expect(loadConfig({ AUTH_API_KEYS: 'true' }).CURSOR_SECRET).toBeUndefined();
  });

  it('refuses a short secret and more than one JWT setting', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET: at least 32 characters/);
    expect(() => loadConfig({ JWT_SECRET: SECRET, JWT_JWKS_URL: 'https://idp.example/jwks' })).toThrow(/only one of/);
  });

  it('a public key file that cannot be read stops start-up with its name', () => {
    expect(() => createJwtVerifier({ JWT_PUBLIC_KEY_FILE: '/nonexistent/key.pem', JWT_ROLE_CLAIM: 'role' })).toThrow(
      /JWT_PUBLIC_KEY_FILE: cannot read a PEM public key from \/nonexistent\/key.pem/,
    );
  });
});

describe('npm run auth:key', () => {
  const run = promisify(execFile);
  const cli = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'scripts/auth-key.ts', ...args], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? 'unused', LOG_LEVEL: 'silent' },
    });

  it('creates a key printed alone on the last line, lists without secrets, and revokes', async () => {
    const name = `${PREFIX}cli`;
    const created = await cli('create', '--role', 'EDITOR', '--name', name);
    const key = created.stdout.trimEnd().split('\n').at(-1) ?? '';
    expect(key).toMatch(/^tg_[A-Za-z0-9_-]{43}$/);
    const write = await post(strict, `mutation { upsertSource(input: { ref: "${PREFIX}by-cli", kind: OTHER, title: "By CLI key" }) { id } }`, key);
    expect(write.body.errors).toBeUndefined();
    expect(await recordedBy(`source:${PREFIX}by-cli`)).toBe(`key:${name}`);

    const listed = await cli('list');
    expect(listed.stdout).toMatch(new RegExp(`^${name}\\tEDITOR\\tcreated .* by system:cli\\tactive$`, 'm'));
    const [stored] = await h.db.executor().read('MATCH (k:ApiKey {name: $name}) RETURN k.hash AS hash', { name });
    expect(listed.stdout).not.toContain(key);
    expect(listed.stdout).not.toContain(String(stored?.hash));

    await cli('revoke', '--name', name);
    expect((await post(strict, '{ states { totalCount } }', key)).status).toBe(401);
    await expect(cli('create', '--role', 'VIEWER', '--name', name)).rejects.toMatchObject({
      stderr: expect.stringMatching(/names are never reused/),
    });
    await expect(cli('create', '--role', 'ROOT', '--name', 'x')).rejects.toMatchObject({
      stderr: expect.stringMatching(/--role must be one of/),
    });
  });
});
