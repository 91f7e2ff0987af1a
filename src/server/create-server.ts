import type { ApolloServer } from '@apollo/server';
import type { Express } from 'express';
import { createAuditLog } from '../audit/index.js';
import { authenticatorFromConfig, createApiKeys } from '../auth/index.js';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import type { Database } from '../db/index.js';
import { useCursorSecret } from '../pagination/index.js';
import type { Logger } from '../logger.js';
import { createApollo, servesSandbox } from './apollo.js';
import { ConcurrencyLimiter } from './concurrency.js';
import { createHttpApp } from './http.js';
import { createMetrics } from './metrics.js';

export interface TrailgraphServer {
  readonly apollo: ApolloServer<Context>;
  /** Not yet listening. */
  readonly app: Express;
}

/**
 * The API as configured and started, built apart from listening so that `npm start` and the tests over HTTP
 * run the same server: authentication, audit, limits, metrics and HTTP hygiene all come from
 * `config`. `apollo.stop()` writes the audit events still queued, so stop it before the database.
 */
export async function createServer(config: Config, db: Database, logger: Logger): Promise<TrailgraphServer> {
  useCursorSecret(config.CURSOR_SECRET);
  const authenticate = authenticatorFromConfig(config, () => createApiKeys(db.executor()));
  const metrics = createMetrics();
  const auditLog = createAuditLog({ executor: db.executor(), logger });
  metrics.registerGauge('trailgraph_audit_queue_depth', 'Audit events waiting to be written', () => auditLog.depth);
  metrics.registerGauge('trailgraph_audit_dropped', 'Audit events dropped because the queue was full', () => auditLog.dropped);
  const development = config.NODE_ENV !== 'production';
  const apollo = createApollo({
    logger,
    limits: {
      maxDepth: config.MAX_QUERY_DEPTH,
      maxCost: config.MAX_QUERY_COST,
      maxTokens: config.MAX_QUERY_TOKENS,
      maxAliases: config.MAX_QUERY_ALIASES,
    },
    development,
    enableSandbox: config.ENABLE_SANDBOX,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    expensive: new ConcurrencyLimiter({
      perPrincipal: config.MAX_EXPENSIVE_PER_PRINCIPAL,
      total: config.MAX_EXPENSIVE_TOTAL,
      queueTimeoutMs: config.EXPENSIVE_QUEUE_TIMEOUT_MS,
    }),
    metrics,
    audit: { log: auditLog },
  });
  await apollo.start();
  const app = createHttpApp(apollo, db, {
    authenticate,
    logger,
    corsOrigins: config.CORS_ORIGINS,
    graphqlBodyLimit: config.GRAPHQL_BODY_LIMIT,
    landingPage: servesSandbox({ development, enableSandbox: config.ENABLE_SANDBOX }),
    metrics,
  });
  return { apollo, app };
}
