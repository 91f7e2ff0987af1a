import type { Config } from '../config.js';
import { API_KEY_PREFIX, cachedKeyVerifier, KEY_CACHE_TTL_MS, type ApiKeys } from './api-keys.js';
import { createJwtVerifier } from './jwt.js';
import type { Principal, Role } from './principal.js';
import { Unauthenticated } from './unauthenticated.js';

/** What a request carries that can identify its sender. */
export interface Credentials {
  /** The `Authorization` header, if any. */
  readonly authorization?: string;
  /** The peer's address on the socket (never a forwarded-for header a client could write). */
  readonly remoteAddress?: string;
}

/** Who may ask without a credential, and as what. */
export interface AnonymousPolicy {
  /** Null: anonymous requests are refused with 401. */
  readonly role: Extract<Role, 'VIEWER' | 'ANALYST'> | null;
  /** True: only requests from this machine get the role (the development default). */
  readonly loopbackOnly: boolean;
}

export type Authenticate = (credentials: Credentials) => Promise<Principal>;

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * `ANONYMOUS_ROLE` when set; otherwise anonymous VIEWER from this machine in development (so a
 * fresh clone's Sandbox and README commands work) and no anonymous access in production.
 */
export function anonymousPolicy(config: Pick<Config, 'ANONYMOUS_ROLE' | 'NODE_ENV'>): AnonymousPolicy {
  if (config.ANONYMOUS_ROLE === 'NONE') return { role: null, loopbackOnly: false };
  if (config.ANONYMOUS_ROLE) return { role: config.ANONYMOUS_ROLE, loopbackOnly: false };
  return config.NODE_ENV === 'production'
    ? { role: null, loopbackOnly: false }
    : { role: 'VIEWER', loopbackOnly: true };
}

export interface AuthenticatorOptions {
  /** Looks a key up; `authenticatorFromConfig` gives one that remembers verified keys briefly. */
  readonly apiKeys: () => Pick<ApiKeys, 'verify'>;
  /** Null when no JWT setting is configured: bearer tokens that are not API keys are refused. */
  readonly jwt: ((token: string) => Promise<Principal>) | null;
  readonly anonymous: AnonymousPolicy;
}

/**
 * Decides the principal of a request: an API key (`tg_…`) or a JWT in `Authorization: Bearer`,
 * or the anonymous policy when there is no such header. A credential that is present but bad
 * is refused, never downgraded to anonymous, so a client learns its key or token is wrong.
 */
export function createAuthenticator(options: AuthenticatorOptions): Authenticate {
  return async ({ authorization, remoteAddress }) => {
    if (authorization === undefined) {
      const { role, loopbackOnly } = options.anonymous;
      if (role && (!loopbackOnly || LOOPBACK.has(remoteAddress ?? ''))) return { id: 'anonymous', role, kind: 'anonymous' };
      throw new Unauthenticated('Sign in: send an API key or a token as `Authorization: Bearer <credential>`.');
    }
    const match = /^Bearer +(\S+) *$/i.exec(authorization);
    if (!match?.[1]) throw new Unauthenticated('The Authorization header must be `Bearer <API key or token>`.');
    const credential = match[1];
    if (credential.startsWith(API_KEY_PREFIX)) {
      const key = await options.apiKeys().verify(credential);
      if (!key) throw new Unauthenticated('The API key is unknown or revoked.');
      return { id: `key:${key.name}`, role: key.role, kind: 'key' };
    }
    if (!options.jwt) throw new Unauthenticated('This server accepts API keys only; the credential is not one.');
    return options.jwt(credential);
  };
}

/**
 * The authenticator the configuration describes. Keys are read through a fresh executor when
 * they are looked up, and a verified key is trusted for `KEY_CACHE_TTL_MS` (`cachedKeyVerifier`
 * says what that changes for revocations): otherwise every request would cost a transaction of
 * its own before its first read.
 */
export function authenticatorFromConfig(config: Config, apiKeys: () => Pick<ApiKeys, 'verify'>): Authenticate {
  const verify = cachedKeyVerifier(apiKeys, { ttlMs: KEY_CACHE_TTL_MS });
  return createAuthenticator({ apiKeys: () => ({ verify }), jwt: createJwtVerifier(config), anonymous: anonymousPolicy(config) });
}
