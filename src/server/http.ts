import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import express, { type Express } from 'express';
import { createApiKeys } from '../auth/api-keys.js';
import { anonymousPolicy, createAuthenticator, type Authenticate } from '../auth/authenticate.js';
import { createContext, type Context } from '../context.js';
import type { Database } from '../db/database.js';
import { pendingMigrations } from '../db/migrations.js';
import { createLogger, type Logger } from '../logger.js';
import { authenticateRequests, principalOf } from './authenticate.js';

export interface HttpOptions {
  /** Decides each request's principal; by default API keys and the development anonymous policy. */
  readonly authenticate?: Authenticate;
  readonly logger?: Logger;
}

/**
 * HTTP routes: `/graphql` for the API (and Sandbox in a browser), `/healthz` for "the process is
 * up" and `/readyz` for "the database answers and its schema is in place", as load balancers and
 * orchestrators expect. No state lives here between requests, so instances scale out freely.
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

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    const executor = db.executor();
    try {
      const pending = await pendingMigrations(executor);
      if (pending.length > 0) {
        res.status(503).json({ status: 'migrating', pending });
        return;
      }
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  app.use(
    '/graphql',
    // Before the body is parsed: an unauthenticated caller costs a header check, not a 1 MB parse.
    authenticateRequests(authenticate, logger),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext(db.executor(), principalOf(res)),
    }),
  );
  return app;
}
