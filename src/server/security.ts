import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Where Apollo's embedded Sandbox loads from: its script and styles come from Apollo's CDNs and
 * it runs in a frame from sandbox.embed.apollographql.com, which hands operations back to the
 * page to send (so `connect-src 'self'` suffices). The page also carries its own nonce-based
 * CSP in a meta tag; browsers enforce both, so `'unsafe-inline'` here only admits what that
 * nonce admits.
 */
const APOLLO_CDNS = [
  'https://embeddable-sandbox.cdn.apollographql.com',
  'https://apollo-server-landing-page.cdn.apollographql.com',
];

/** Security headers on every response, with a CSP the Sandbox landing page still works under. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'", ...APOLLO_CDNS],
        styleSrc: ["'self'", "'unsafe-inline'", ...APOLLO_CDNS, 'https://fonts.googleapis.com'],
        fontSrc: ["'self'", 'https://fonts.gstatic.com'],
        imgSrc: ["'self'", 'data:', ...APOLLO_CDNS],
        manifestSrc: ["'self'", ...APOLLO_CDNS],
        frameSrc: ['https://sandbox.embed.apollographql.com'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
}

/**
 * CORS for the configured origins only; with none (the default) no CORS headers are sent and
 * browsers keep other sites' pages from reading answers. No credentials: clients authenticate
 * with an `Authorization` header, never cookies.
 */
export function corsPolicy(origins: readonly string[]): RequestHandler {
  return cors({
    origin: origins.length > 0 ? [...origins] : false,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
}
