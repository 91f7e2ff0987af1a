import { createHash, randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Executor, Row } from '../db/index.js';
import { ErrorCode, badUserInput } from '../errors.js';
import { ROLES, type Role } from './principal.js';

/**
 * API keys: `tg_` and 32 random bytes (256 bits) in base64url. Only the SHA-256 of a key is
 * stored, in `:ApiKey` nodes that deliberately lack the `Node` label, so they never show up in
 * the graph, search, exports or the "database is empty" check. A key's entropy makes a plain
 * hash enough: there is nothing to guess that a slow hash would protect.
 */
export const API_KEY_PREFIX = 'tg_';

/** Names are never reused, revoked or not, so `key:alice` in the audit log always means one key. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export interface ApiKeyInfo {
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly revokedAt: string | null;
}

export interface NewApiKey {
  /** The key itself, shown once: only its hash is kept. */
  readonly key: string;
  readonly info: ApiKeyInfo;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

const INFO = 'k {.name, .role, createdAt: k.createdAt, createdBy: k.createdBy, revokedAt: k.revokedAt} AS info';

const CREATE = `
CREATE (k:ApiKey {name: $name, role: $role, hash: $hash, createdAt: datetime(), createdBy: $createdBy})
RETURN ${INFO}`;

const REVOKE = `
MATCH (k:ApiKey {name: $name})
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN ${INFO}`;

const LIST = `MATCH (k:ApiKey) RETURN ${INFO} ORDER BY k.createdAt, k.name`;

const ACTIVE_BY_HASH = 'MATCH (k:ApiKey {hash: $hash}) WHERE k.revokedAt IS NULL RETURN k.name AS name, k.role AS role';

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

function toInfo(row: Row | undefined): ApiKeyInfo {
  const info = row?.info as Record<string, unknown> | undefined;
  if (!info || typeof info.name !== 'string' || !isRole(info.role) || typeof info.createdAt !== 'string') {
    throw new Error('ApiKey node without name, role or creation time');
  }
  return {
    name: info.name,
    role: info.role,
    createdAt: info.createdAt,
    createdBy: typeof info.createdBy === 'string' ? info.createdBy : 'unknown',
    revokedAt: typeof info.revokedAt === 'string' ? info.revokedAt : null,
  };
}

/**
 * Bumped by every revocation this process makes, whichever `createApiKeys` made it (the GraphQL
 * mutation, a test, the CLI's own process): a verification cache drops what it holds when it
 * moves, so a key revoked here is refused from the next request on.
 */
let revocations = 0;

/** Creating, revoking, listing and checking keys; the same code serves the CLI and the API. */
export function createApiKeys(executor: Executor) {
  return {
    /** Fails with CONFLICT when the name was ever used. */
    async create(name: string, role: Role, createdBy: string): Promise<NewApiKey> {
      if (!NAME.test(name)) {
        throw badUserInput('input.name', 'letters, digits, `.`, `_`, `@` or `-`, at most 64, starting with a letter or digit');
      }
      const key = API_KEY_PREFIX + randomBytes(32).toString('base64url');
      const rows = await executor.writeTx((tx) => tx.run(CREATE, { name, role, hash: hashApiKey(key), createdBy }));
      return { key, info: toInfo(rows[0]) };
    },

    /** Revoking twice keeps the first revocation time. */
    async revoke(name: string): Promise<ApiKeyInfo> {
      const rows = await executor.writeTx((tx) => tx.run(REVOKE, { name }));
      revocations += 1;
      if (rows.length === 0) {
        throw new GraphQLError(`No API key is named ${JSON.stringify(name)}.`, {
          extensions: { code: ErrorCode.NOT_FOUND, field: 'name' },
        });
      }
      return toInfo(rows[0]);
    },

    async list(): Promise<ApiKeyInfo[]> {
      return (await executor.read(LIST)).map(toInfo);
    },

    /** The name and role of a key that exists and is not revoked; read on every request. */
    async verify(key: string): Promise<{ name: string; role: Role } | null> {
      const [row] = await executor.read(ACTIVE_BY_HASH, { hash: hashApiKey(key) });
      if (!row || typeof row.name !== 'string' || !isRole(row.role)) return null;
      return { name: row.name, role: row.role };
    },
  };
}

export type ApiKeys = ReturnType<typeof createApiKeys>;

export type VerifiedKey = NonNullable<Awaited<ReturnType<ApiKeys['verify']>>>;

export interface KeyCacheOptions {
  /** How long a verified key is trusted without asking the database again. */
  readonly ttlMs: number;
  /** Keys remembered at most; past it the oldest is forgotten. */
  readonly maxKeys?: number;
  /** For tests: the clock. */
  readonly now?: () => number;
}

/** How long a verified key is trusted by default: the most a revocation from another process waits. */
export const KEY_CACHE_TTL_MS = 1_000;
const KEY_CACHE_MAX_KEYS = 1_000;

/**
 * `verify` without a database round trip on every request: a key found active is trusted for
 * `ttlMs`, then looked up again. What this changes, and what it keeps:
 * - a revocation made in this process (`revokeApiKey`, `createApiKeys(…).revoke`) empties the
 *   cache, so the key is refused from the next request on, as before;
 * - a revocation made elsewhere (`npm run auth:key -- revoke` is another process; another
 *   instance behind the load balancer) is seen within `ttlMs`;
 * - unknown and revoked keys are never remembered: each is looked up every time, so a key
 *   created in another process works at once, and bad keys cannot fill the cache;
 * - only the SHA-256 of a key is held, as in the database.
 * Concurrent requests with the same key share one lookup.
 */
export function cachedKeyVerifier(lookup: () => Pick<ApiKeys, 'verify'>, options: KeyCacheOptions): (key: string) => Promise<VerifiedKey | null> {
  const { ttlMs, maxKeys = KEY_CACHE_MAX_KEYS, now = Date.now } = options;
  const entries = new Map<string, { readonly until: number; readonly key: Promise<VerifiedKey | null> }>();
  let seenRevocations = revocations;
  return async (key) => {
    if (seenRevocations !== revocations) {
      entries.clear();
      seenRevocations = revocations;
    }
    const hash = hashApiKey(key);
    const cached = entries.get(hash);
    if (cached && cached.until > now()) return cached.key;
    entries.delete(hash);
    const revocationsBefore = revocations;
    const found = lookup().verify(key);
    entries.set(hash, { until: now() + ttlMs, key: found });
    if (entries.size > maxKeys) entries.delete(entries.keys().next().value as string);
    let verified: VerifiedKey | null;
    try {
      verified = await found;
    } catch (error) {
      if (entries.get(hash)?.key === found) entries.delete(hash);
      throw error;
    }
    // Not remembered when refused, nor when a revocation happened while it was being looked up
    // (the answer may predate it).
    if ((!verified || revocations !== revocationsBefore) && entries.get(hash)?.key === found) entries.delete(hash);
    return verified;
  };
}
