import neo4j from 'neo4j-driver';
import type { Config } from '../config.js';
import { findRunningServer } from '../embedded/index.js';
import { Executor, type ExecutorOptions, type QueryEvent } from './executor.js';
import { type DatabaseHealth, type Progress, Supervisor, type Target } from './supervisor.js';
import type { TransactionTag } from './transaction-tag.js';

export type { DatabaseHealth, DatabaseStatus } from './supervisor.js';

export interface ExecutorOverrides {
  readonly onQuery?: (event: QueryEvent) => void;
  readonly timeoutMs?: number;
  readonly onSession?: ExecutorOptions['onSession'];
  /** The request whose transactions these are; batch jobs have none. */
  readonly tag?: TransactionTag;
}

/** Transaction timeout for imports and generators, whose one transaction may take minutes. */
export const BATCH_JOB_TIMEOUT_MS = 30 * 60_000;

/** The driver, and the embedded server behind it when this process started one. */
export interface Database {
  /** The URI connected to last; undefined before the first connection. */
  uri(): string | undefined;
  /**
   * A fresh executor: its own bookmarks (read-your-writes within one request), query hook and,
   * for long batch jobs, its own transaction timeout.
   */
  executor(options?: ExecutorOverrides): Executor;
  /** Whether the database answers and the store is prepared, and if not, why. */
  health(): DatabaseHealth;
  close(): Promise<void>;
}

/** Given to `prepare`: executors for the store being prepared, and a way to report progress. */
export interface Preparation extends Progress {
  executor(options?: ExecutorOverrides): Executor;
}

export interface OpenOptions {
  /** Migrations and seeding; run each time the database becomes reachable, so it must be idempotent. */
  readonly prepare?: (preparation: Preparation) => Promise<void>;
  /**
   * Return at once and keep (re)connecting in the background, as the API does: it must start and
   * answer `DATABASE_UNAVAILABLE` while Neo4j is down. Without it (data commands, tests) opening
   * fails when the first attempt to connect and prepare fails.
   */
  readonly tolerateOutage?: boolean;
  /** Where outages are reported; `log` by default. */
  readonly warn?: (msg: string) => void;
}

/**
 * Connects to the configured Neo4j; with no `NEO4J_URI`, to the embedded server already running
 * on the store (`npm start` or `npm run db:start` in another terminal), or else starts the
 * embedded server from the project's own files and connects to that. Either way the same driver
 * code runs, supervised: see `Supervisor`.
 */
export async function openDatabase(
  config: Config,
  log: (msg: string) => void,
  options: OpenOptions = {},
): Promise<Database> {
  const supervisor = new Supervisor({
    target: targetOf(config),
    database: config.NEO4J_DATABASE,
    connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
    healthIntervalMs: config.NEO4J_HEALTH_INTERVAL_MS,
    log,
    warn: options.warn ?? log,
    prepare: options.prepare && ((progress) => options.prepare!({ ...progress, executor })),
  });
  function executor(overrides: ExecutorOverrides = {}): Executor {
    return new Executor(supervisor, {
      database: config.NEO4J_DATABASE,
      timeoutMs: overrides.timeoutMs ?? config.QUERY_TIMEOUT_MS,
      bookmarkManager: neo4j.bookmarkManager(),
      onQuery: overrides.onQuery,
      onSession: overrides.onSession,
      tag: overrides.tag,
    });
  }
  try {
    await supervisor.start(!options.tolerateOutage);
  } catch (error) {
    await supervisor.close();
    throw error;
  }
  return {
    uri: () => supervisor.uri(),
    executor,
    health: () => supervisor.health(),
    close: () => supervisor.close(),
  };
}

function targetOf(config: Config): Target {
  if (config.NEO4J_URI) {
    return {
      kind: 'external',
      uri: config.NEO4J_URI,
      auth: neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD ?? ''),
    };
  }
  const running = findRunningServer(config.NEO4J_DATA_DIR);
  if (running) {
    // Its owner restarts it if it dies; to us it is a server like any other.
    return {
      kind: 'external',
      uri: running.uri,
      auth: neo4j.auth.basic('neo4j', 'neo4j'),
      description: `the embedded server already running on ${config.NEO4J_DATA_DIR}, pid ${running.pid}`,
    };
  }
  return {
    kind: 'embedded',
    options: {
      port: config.NEO4J_EMBEDDED_PORT,
      dataDir: config.NEO4J_DATA_DIR,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGE_CACHE,
    },
  };
}
