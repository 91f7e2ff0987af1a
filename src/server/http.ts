import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import express, { type Express } from 'express';
import { createApiKeys } from '../auth/index.js';
import { anonymousPolicy, createAuthenticator, type Authenticate } from '../auth/index.js';
import { createContext, type Context } from '../context.js';
import type { Database } from '../db/index.js';
import { pendingMigrations } from '../db/index.js';
import { newTag } from '../db/index.js';
import { createLogger, type Logger } from '../logger.js';
import { errorHandler, notFound, requireJson } from './http-errors.js';
import type { Metrics } from './metrics.js';
import { REQUEST_ID_HEADER, requestId } from './request-id.js';
import { corsPolicy, securityHeaders } from './security.js';
import { authenticateRequests, principalOf } from './authenticate.js';

export interface HttpOptions {
  /** Decides each request's principal; by default API keys and the development anonymous policy. */
  readonly authenticate?: Authenticate;
  readonly logger?: Logger;
  /** Origins whose pages may call the API from a browser; none by default. */
  readonly corsOrigins?: readonly string[];
  /** Largest body POST /graphql accepts, as body-parser reads it (`1mb`, `100kb`). */
  readonly graphqlBodyLimit?: string;
  /** Apollo serves the Sandbox page on GET /graphql: browsers get it without a credential. */
  readonly landingPage?: boolean;
  /** Serves `/metrics` and counts responses when given. */
  readonly metrics?: Metrics;
}

/**
 * HTTP routes: `/graphql` for the API (and Sandbox in a browser), `/healthz` for "the process is
 * up", `/readyz` for "the database answers and its schema is in place", as load balancers and
 * orchestrators expect, and `/metrics` for Prometheus. No state lives here between requests, so
 * instances scale out freely. Every answer is JSON (or the Sandbox page), errors included.
 */
export function createHttpApp(apollo: ApolloServer<Context>, db: Database, options: HttpOptions = {}): Express {
  const logger = options.logger ?? createLogger('silent');
  const authenticate =
    options.authenticate ??
    createAuthenticator({
      apiKeys: () => createApiKeys(db.executor()),
      jwt: null,
      anonymous: anonymousPolicy({ NODE_ENV: 'development' }),
    });
  const app = express();
  app.disable('x-powered-by');
  app.use(requestId(logger));
  if (options.metrics) app.use(options.metrics.httpMiddleware);
  app.use(securityHeaders());
  app.use(corsPolicy(options.corsOrigins ?? []));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // What the database supervisor knows (starting, unavailable, restarting, migrating, seeding,
  // ready, stopping; why; the seed's datasets), confirmed by a read when it says ready.
  app.get('/readyz', async (_req, res) => {
    const health = db.health();
    const body = {
      status: health.status,
      ...(health.ready || health.reason === undefined ? {} : { reason: health.reason }),
      ...(health.restarts > 0 ? { restarts: health.restarts } : {}),
      ...health.details,
    };
    if (!health.ready) {
      res.status(503).json(body);
      return;
    }
    try {
      const pending = await pendingMigrations(db.executor());
      if (pending.length > 0) {
        res.status(503).json({ ...body, status: 'migrating', pending });
        return;
      }
      res.json(body);
    } catch {
      res.status(503).json({ ...body, status: 'unavailable', reason: 'the database did not answer a read' });
    }
  });

  if (options.metrics) app.get('/metrics', options.metrics.handler);

  const sessions = options.metrics?.sessions;
  app.use(
    '/graphql',
    requireJson,
    // Before the body is parsed: an unauthenticated caller costs a header check, not a 1 MB parse.
    authenticateRequests(authenticate, logger, { landingPage: options.landingPage ?? false }),
    express.json({ limit: options.graphqlBodyLimit ?? '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(db.executor({ onSession: sessions, tag: newTag(req.get(REQUEST_ID_HEADER) ?? null) }), principalOf(res)),
    }),
  );

  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
