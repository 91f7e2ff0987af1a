import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import express, { type Express } from 'express';
import { createContext, type Context } from '../context.js';
import type { Database } from '../db/database.js';
import { pendingMigrations } from '../db/migrations.js';

/**
 * HTTP routes: `/graphql` for the API (and Sandbox in a browser), `/healthz` for "the process is
 * up" and `/readyz` for "the database answers and its schema is in place", as load balancers and
 * orchestrators expect. No state lives here between requests, so instances scale out freely.
 */
export function createHttpApp(apollo: ApolloServer<Context>, db: Database): Express {
  const app = express();
  app.disable('x-powered-by');

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

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      // Placeholder until authentication lands: every caller is one unauthenticated principal.
      context: async () => createContext(db.executor(), { id: 'anonymous', role: 'ADMIN', kind: 'anonymous' }),
    }),
  );
  return app;
}
