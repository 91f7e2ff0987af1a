import { GraphQLError } from 'graphql';
import { loadConfig, type Config } from './config.js';
import { BATCH_JOB_TIMEOUT_MS, openDatabase, type Preparation } from './db/index.js';
import { applyMigrations } from './db/index.js';
import type { Executor } from './db/index.js';
import { ErrorCode } from './errors.js';
import { createLogger, type Logger } from './logger.js';
import { createServer } from './server/index.js';
import { shutDown, type Running } from './server/index.js';

/** What the API does with the seed (`seed/index.ts`), given by the entry point: src never imports seed. */
export interface SeedSteps {
  /** Seeds what is missing from the store and says what it holds afterwards. */
  missing(executor: Executor, log: (msg: string) => void, warn: (msg: string) => void): Promise<object>;
  /** What the store holds of the seed. */
  status(executor: Executor): Promise<object>;
}

/**
 * `npm start` (scripts/start.ts): the HTTP server at once, the database (embedded unless NEO4J_URI is set) under
 * supervision, migrations and the seed each time it becomes reachable. `/readyz` says which of
 * these is under way. SIGTERM/SIGINT stop it in reverse order so the embedded database shuts
 * down cleanly.
 */
export async function runApi(seed: SeedSteps): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const running: Running = {};
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      // A second signal: the exit hook still sends the embedded JVM SIGTERM.
      logger.warn(`${signal} received again; exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal} received, shutting down`);
    shutDown(running, config.SHUTDOWN_GRACE_MS, logger).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  const db = await openDatabase(config, (msg) => logger.info(msg), {
    tolerateOutage: true,
    warn: (msg) => logger.warn(msg),
    prepare: (preparation) => prepareStore(preparation, config, logger, seed),
  });
  running.db = db;
  const { apollo, app } = await createServer(config, db, logger);
  running.apollo = apollo;
  if (stopping) return;
  running.server = await new Promise((resolve) => {
    const s = app.listen(config.PORT, () => resolve(s));
  });
  logger.info(`trailgraph listening at http://localhost:${config.PORT}/graphql (/readyz says when the database is ready)`);
}

/**
 * Run after every (re)connection: migrations, then the seed's missing datasets. A seed that fails
 * for a reason other than the connection is reported (log and `/readyz`) rather than retried:
 * the API serves what the store holds.
 */
async function prepareStore(preparation: Preparation, config: Config, logger: Logger, seed: SeedSteps): Promise<void> {
  preparation.status('migrating');
  await applyMigrations(preparation.executor({ timeoutMs: BATCH_JOB_TIMEOUT_MS }));
  logger.info('migrations applied');
  if (!config.SEED_ON_EMPTY) return;
  preparation.status('seeding');
  // Loading the SDN list is one long transaction, far past the per-request timeout.
  const executor = preparation.executor({ timeoutMs: BATCH_JOB_TIMEOUT_MS });
  try {
    preparation.detail('seed', await seed.missing(executor, (msg) => logger.info(msg), (msg) => logger.warn(msg)));
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === ErrorCode.DATABASE_UNAVAILABLE) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    logger.error(`seeding failed, serving the store as it is: ${reason}`);
    preparation.detail('seed', { ...(await seed.status(executor)), error: reason });
  }
}
