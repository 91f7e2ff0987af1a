import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../context.js';
import type { Database } from '../db/index.js';
import type { Logger } from '../logger.js';

/** What is up so far, so a signal during start-up stops exactly that. */
export interface Running {
  db?: Database;
  apollo?: ApolloServer<Context>;
  server?: Server;
}

/**
 * Stops taking requests, lets those in flight finish within the grace period (then closes their
 * connections), writes what Apollo's plugins still hold (the audit queue), then closes the
 * database, in that order: a request finishing late still has its database.
 */
export async function shutDown(running: Running, graceMs: number, logger: Logger): Promise<void> {
  const { server } = running;
  if (server) {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const timer = setTimeout(() => {
      logger.warn(`requests still running after ${graceMs} ms; closing their connections`);
      server.closeAllConnections();
    }, graceMs);
    await closed;
    clearTimeout(timer);
  }
  await running.apollo?.stop();
  await running.db?.close();
  logger.info('database closed');
}
