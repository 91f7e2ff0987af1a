export { API_KEY_PREFIX, createApiKeys, hashApiKey, type ApiKeyInfo, type ApiKeys, type NewApiKey } from './api-keys.js';
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
