import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config.js';
import { ROLES, type Principal, type Role } from './principal.js';
import { Unauthenticated } from './unauthenticated.js';

export type JwtConfig = Pick<
  Config,
  'JWT_SECRET' | 'JWT_PUBLIC_KEY_FILE' | 'JWT_JWKS_URL' | 'JWT_ISSUER' | 'JWT_AUDIENCE' | 'JWT_ROLE_CLAIM'
>;

type Verify = (token: string) => Promise<Principal>;

interface KeySource {
  readonly key: Uint8Array | KeyObject | JWTVerifyGetKey;
  /** Pinned, so a token cannot pick a weaker algorithm (or `none`) for itself. */
  readonly algorithms: string[];
}

/** The algorithm a public key file implies: RSA keys sign RS256, P-256 keys ES256. */
function publicKeyFile(file: string): KeySource {
  let key: KeyObject;
  try {
    key = createPublicKey(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`JWT_PUBLIC_KEY_FILE: cannot read a PEM public key from ${file}: ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType === 'rsa') return { key, algorithms: ['RS256'] };
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') {
    return { key, algorithms: ['ES256'] };
  }
  throw new Error(`JWT_PUBLIC_KEY_FILE: ${file} holds neither an RSA key (RS256) nor a P-256 key (ES256)`);
}

function keySource(config: JwtConfig): KeySource | null {
  if (config.JWT_SECRET) return { key: new TextEncoder().encode(config.JWT_SECRET), algorithms: ['HS256'] };
  if (config.JWT_PUBLIC_KEY_FILE) return publicKeyFile(config.JWT_PUBLIC_KEY_FILE);
  if (config.JWT_JWKS_URL) {
    return { key: createRemoteJWKSet(new URL(config.JWT_JWKS_URL)), algorithms: ['RS256', 'ES256'] };
  }
  return null;
}

/** The highest trailgraph role named by the claim (a string, or a list as many identity providers send). */
function roleOf(claim: unknown): Role | null {
  const values = (Array.isArray(claim) ? claim : [claim]).filter((v): v is string => typeof v === 'string');
  const roles = ROLES.filter((role) => values.some((v) => v.toUpperCase() === role));
  return roles.at(-1) ?? null;
}

function refusal(error: unknown): Unauthenticated {
  if (error instanceof Unauthenticated) return error;
  if (error instanceof errors.JWTExpired) return new Unauthenticated('The token has expired.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new Unauthenticated(`The token's ${error.claim} claim is not accepted here.`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return new Unauthenticated("The token's algorithm is not accepted here.");
  return new Unauthenticated('The token is not valid.');
}

/**
 * A verifier for the configured JWT setting, or null when none is set. It checks the signature
 * with the pinned algorithms, `exp` and `nbf` always, `iss` and `aud` when configured, and maps
 * the role claim; the principal is `jwt:<sub>`.
 */
export function createJwtVerifier(config: JwtConfig): Verify | null {
  const source = keySource(config);
  if (!source) return null;
  const options = {
    algorithms: source.algorithms,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    // Without `exp` a token would never expire; refuse it rather than trust it forever.
    requiredClaims: ['exp', 'sub'],
  };
  return async (token) => {
    let payload: JWTPayload;
    try {
      // One call per key kind keeps jose's overloads typed.
      payload =
        typeof source.key === 'function'
          ? (await jwtVerify(token, source.key, options)).payload
          : (await jwtVerify(token, source.key, options)).payload;
    } catch (error) {
      throw refusal(error);
    }
    const role = roleOf(payload[config.JWT_ROLE_CLAIM]);
    if (!role) throw new Unauthenticated(`The token names no trailgraph role in its ${config.JWT_ROLE_CLAIM} claim.`);
    return { id: `jwt:${String(payload.sub)}`, role, kind: 'jwt' };
  };
}
