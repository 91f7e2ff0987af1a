import type { Server } from 'node:http';
import { createAuditLog } from './audit/index.js';
import { authenticatorFromConfig, createApiKeys } from './auth/index.js';
import { loadConfig } from './config.js';
import { BATCH_JOB_TIMEOUT_MS, openDatabase } from './db/database.js';
import { applyMigrations } from './db/migrations.js';
import { createLogger } from './logger.js';
import { seedIfEmpty } from '../seed/index.js';
import { createApollo } from './server/apollo.js';
import { createHttpApp } from './server/http.js';

/**
 * `npm start`: database (embedded unless NEO4J_URI is set), migrations, seed when empty, then
 * the HTTP server. SIGTERM/SIGINT stop it in reverse order so the embedded database shuts down
 * cleanly.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  // Before the database starts, so a bad JWT key file stops start-up at once with its reason.
  const authenticate = authenticatorFromConfig(config, () => createApiKeys(db.executor()));
  const db = await openDatabase(config, (msg) => logger.info(msg));
  const executor = db.executor();
  await applyMigrations(executor);
  logger.info('migrations applied');
  if (config.SEED_ON_EMPTY) {
    // Loading the SDN list is one long transaction, far past the per-request timeout.
    await seedIfEmpty(db.executor({ timeoutMs: BATCH_JOB_TIMEOUT_MS }), (msg) => logger.info(msg));
  }

  const apollo = createApollo({
    logger,
    limits: { maxDepth: config.MAX_QUERY_DEPTH, maxCost: config.MAX_QUERY_COST },
    development: config.NODE_ENV !== 'production',
    // apollo.stop() below writes the events still queued, before the database closes.
    audit: { log: createAuditLog({ executor: db.executor(), logger }) },
  });
  await apollo.start();
  const app = createHttpApp(apollo, db, { authenticate, logger });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.PORT, () => resolve(s));
  });
  logger.info(`trailgraph ready at http://localhost:${config.PORT}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, shutting down`);
    // Stop taking requests, drop idle keep-alive sockets, then let the database shut down cleanly.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await closed;
    await apollo.stop();
    await db.close();
    logger.info('database closed');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
