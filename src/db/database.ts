import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from './embedded.js';
import { Executor, type ExecutorOptions, type QueryEvent } from './executor.js';

export interface ExecutorOverrides {
  readonly onQuery?: (event: QueryEvent) => void;
  readonly timeoutMs?: number;
  readonly onSession?: ExecutorOptions['onSession'];
}

/** Transaction timeout for imports and generators, whose one transaction may take minutes. */
export const BATCH_JOB_TIMEOUT_MS = 30 * 60_000;

/** The driver, and the embedded server behind it when this process started one. */
export interface Database {
  readonly uri: string;
  /**
   * A fresh executor: its own bookmarks (read-your-writes within one request), query hook and,
   * for long batch jobs, its own transaction timeout.
   */
  executor(options?: ExecutorOverrides): Executor;
  close(): Promise<void>;
}

/**
 * Connects to the configured Neo4j, or, with no `NEO4J_URI`, starts the embedded one from the
 * project's own files and connects to that. Either way the same driver code runs.
 */
export async function openDatabase(config: Config, log: (msg: string) => void): Promise<Database> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    embedded = await startEmbeddedNeo4j({
      port: config.NEO4J_EMBEDDED_PORT,
      dataDir: config.NEO4J_DATA_DIR,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGE_CACHE,
      log,
    });
    uri = embedded.uri;
  }
  // The embedded server listens on loopback only and runs without authentication.
  const auth = embedded
    ? neo4j.auth.basic('neo4j', 'neo4j')
    : neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD ?? '');
  const driver: Driver = neo4j.driver(uri, auth, {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    disableLosslessIntegers: false,
  });
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw new Error(`Cannot reach Neo4j at ${uri}: ${(error as Error).message}`);
  }
  log(`connected to Neo4j at ${uri}${embedded ? ' (embedded)' : ''}`);

  const executor = (options: ExecutorOverrides = {}) =>
    new Executor(driver, {
      database: config.NEO4J_DATABASE,
      timeoutMs: options.timeoutMs ?? config.QUERY_TIMEOUT_MS,
      bookmarkManager: neo4j.bookmarkManager(),
      onQuery: options.onQuery,
      onSession: options.onSession,
    });

  return {
    uri,
    executor,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
