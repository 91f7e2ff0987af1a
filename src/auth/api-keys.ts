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
