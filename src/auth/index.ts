export {
  API_KEY_PREFIX,
  cachedKeyVerifier,
  createApiKeys,
  hashApiKey,
  KEY_CACHE_TTL_MS,
  type ApiKeyInfo,
  type ApiKeys,
  type KeyCacheOptions,
  type NewApiKey,
  type VerifiedKey,
} from './api-keys.js';
export {
  anonymousPolicy,
  authenticatorFromConfig,
  createAuthenticator,
  type AnonymousPolicy,
  type Authenticate,
  type AuthenticatorOptions,
  type Credentials,
} from './authenticate.js';
export { applyAuthDirective, requiredRole } from './directive.js';
export { createJwtVerifier, type JwtConfig } from './jwt.js';
export { Unauthenticated } from './unauthenticated.js';
export { hasRole, ROLES, seesPersonalData, systemPrincipal, type Principal, type Role } from './principal.js';
