import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  type Session,
  Neo4jError,
} from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors.js';
import type { Statement } from './statements.js';
import { metadataOf, type TransactionTag } from './transaction-tag.js';
import { type Plain, toPlain } from './values.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, Plain>;

/** What the executor reports for every statement it sends; tests count these. */
export interface QueryEvent {
  readonly cypher: string;
  /** The registry name when a registered statement was sent (statements.ts). */
  readonly statement?: string;
  readonly params: Params;
  readonly mode: 'READ' | 'WRITE';
  /** The transaction metadata it is sent with (transaction-tag.ts). */
  readonly metadata: Record<string, string>;
}

/**
 * The only way code above `src/db` talks to Neo4j inside a transaction. Writers (store,
 * importers) may still send plain text; the loaders read through `Reader` (statements.ts),
 * which takes registered statements only.
 */
export interface Tx {
  run(cypher: string | Statement, params?: Params): Promise<Row[]>;
}

export interface ExecutorOptions {
  readonly database?: string;
  /** Per-transaction timeout; Neo4j aborts the transaction past it. */
  readonly timeoutMs: number;
  /** Called once per statement, before it is sent. */
  readonly onQuery?: (event: QueryEvent) => void;
  /** Told when a session opens and closes, for the open-sessions metric. */
  readonly onSession?: { opened(): void; closed(): void };
  /** Shared by the sessions of one request so that its reads see its own writes. */
  readonly bookmarkManager?: BookmarkManager;
  /** Names the request's transactions in Neo4j (transaction-tag.ts). */
  readonly tag?: TransactionTag;
}

/**
 * Where an executor gets its driver. `acquire` throws `DATABASE_UNAVAILABLE` at once while the
 * database is known to be down; `lost` aborts, with a `DATABASE_UNAVAILABLE` reason, the moment
 * the connection it handed out is lost (the embedded JVM exited, a health probe failed), so work
 * in flight fails then instead of waiting for socket or retry timeouts. `suspect` asks for a
 * health probe now.
 */
export interface Connection {
  acquire(): { readonly driver: Driver; readonly lost: AbortSignal };
  suspect(): void;
}

/** A transaction retried this long at most (transient errors and lost races), then it fails. */
const RETRY_BUDGET_MS = 15_000;
const RETRY_FIRST_DELAY_MS = 25;
const RETRY_MAX_DELAY_MS = 1_000;
/** A uniqueness clash is retried this often: a lost MERGE race succeeds on the next try, a real clash does not. */
const CONSTRAINT_RETRIES = 2;
/** A broken pooled connection (the server restarted) is retried once on a fresh one. */
const CONNECTION_RETRIES = 1;

type Retry = 'transient' | 'constraint' | 'connection';

/**
 * Owns how statements reach Neo4j: a session per unit of work (never per field), reads through
 * `executeRead` so a cluster can route them to followers and writes through `executeWrite`,
 * sessions closed in `finally`, results converted to plain rows, and driver errors translated to
 * our codes.
 *
 * Retries are ours rather than the driver's (its retry time is 0): it would
 * retry an unreachable server for 30 s, while here a known outage fails at once, deadlocks and
 * other transient errors are retried with a short back-off, and a MERGE that lost a race on a
 * uniqueness constraint is run again (the units of work given here may run more than once, as
 * with the driver's own retries).
 */
export class Executor {
  constructor(
    private readonly connection: Connection,
    private readonly options: ExecutorOptions,
  ) {}

  /** The tag its transactions carry; the request's context shares it to fill in the operation. */
  get tag(): TransactionTag | undefined {
    return this.options.tag;
  }

  /** One read statement in its own read transaction. */
  async read(cypher: string | Statement, params: Params = {}): Promise<Row[]> {
    return this.readTx((tx) => tx.run(cypher, params));
  }

  /** Several reads that must see one consistent snapshot. */
  async readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  /** Writes that succeed or fail together: one transaction, retried on transient errors and lost races. */
  async writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const started = Date.now();
    const used: Record<Retry, number> = { transient: 0, constraint: 0, connection: 0 };
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(mode, work);
      } catch (error) {
        const kind = retryKind(error);
        if (kind === 'connection') this.connection.suspect();
        const allowed = kind !== undefined && used[kind] < RETRY_LIMITS[kind] && Date.now() - started < RETRY_BUDGET_MS;
        if (!allowed) throw translateError(error);
        used[kind] += 1;
        await sleep(retryDelay(attempt));
      }
    }
  }

  private async attempt<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const { driver, lost } = this.connection.acquire();
    const session = driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.options.bookmarkManager,
    });
    this.options.onSession?.opened();
    let onLost = (): void => {};
    const cut = new Promise<never>((_resolve, reject) => {
      onLost = () => reject(lost.reason as Error);
    });
    lost.addEventListener('abort', onLost, { once: true });
    try {
      return await Promise.race([this.inTransaction(session, mode, work), cut]);
    } finally {
      lost.removeEventListener('abort', onLost);
      // A session on a lost connection may never close cleanly; its driver is closed instead.
      const closing = session.close();
      if (lost.aborted) closing.catch(() => {});
      else await closing;
      this.options.onSession?.closed();
    }
  }

  /**
   * executeRead/executeWrite, so a `neo4j://` cluster routes reads to followers and writes to the
   * leader. The driver's own retries are off (`maxTransactionRetryTime: 0` in the supervisor):
   * ours above are the only ones, so they cannot stack.
   */
  private inTransaction<T>(session: Session, mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const config = { timeout: this.options.timeoutMs, metadata: metadataOf(this.options.tag) };
    const unit = (managed: ManagedTransaction) => work(this.wrap(managed, mode));
    return mode === 'READ' ? session.executeRead(unit, config) : session.executeWrite(unit, config);
  }

  private wrap(managed: ManagedTransaction, mode: 'READ' | 'WRITE'): Tx {
    return {
      run: async (sent, params = {}) => {
        const [cypher, statement] = typeof sent === 'string' ? [sent, undefined] : [sent.text, sent.name];
        this.options.onQuery?.({ cypher, ...(statement && { statement }), params, mode, metadata: metadataOf(this.options.tag) });
        const result = await withoutCallSite(() => managed.run(cypher, params));
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      },
    };
  }
}

/**
 * The driver records the call site of every statement (`new Error().stack` in its Result) to
 * put on a failure later. Under tsx that stack is mapped through source maps, which cost more
 * per statement than turning a row into a record; here the frames would only name this file
 * and the driver anyway. So the capture is made with no frames: a failed statement keeps its
 * code and message (which translateError reads), not the frames of the call.
 */
function withoutCallSite<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

const RETRY_LIMITS = {
  transient: Number.POSITIVE_INFINITY,
  constraint: CONSTRAINT_RETRIES,
  connection: CONNECTION_RETRIES,
} satisfies Record<Retry, number>;

/** Which errors are worth another attempt, and of what kind. */
function retryKind(error: unknown): Retry | undefined {
  if (!(error instanceof Neo4jError)) return undefined;
  const code = error.code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return 'connection';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return 'constraint';
  // Stopped on purpose, past its timeout or out of memory: another attempt fares no better.
  const hopeless = ['Terminated', 'LockClientStopped', 'TimedOut', 'Memory'].some((part) => code.includes(part));
  if (code.startsWith('Neo.TransientError.') && !hopeless) return 'transient';
  return undefined;
}

/** Exponential back-off with full jitter, so that transactions that deadlocked do not meet again. */
function retryDelay(attempt: number): number {
  return Math.random() * Math.min(RETRY_MAX_DELAY_MS, RETRY_FIRST_DELAY_MS * 2 ** attempt);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The error for work refused or cut short because the database is down. */
export function databaseUnavailable(reason?: string): GraphQLError {
  return new GraphQLError('The database is unavailable; try again shortly.', {
    extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
    originalError: reason === undefined ? undefined : new Error(reason),
  });
}

/**
 * Maps driver errors onto our error codes. Errors already meant for clients pass through;
 * anything else keeps its cause for the log but shows clients only the code.
 */
export function translateError(error: unknown): unknown {
  if (error instanceof GraphQLError) return error;
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code ?? '';
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.Terminated')) {
    return new GraphQLError('The query took too long and was stopped; narrow it (fewer hops, smaller pages).', {
      extensions: { code: ErrorCode.QUERY_TIMEOUT },
      originalError: error,
    });
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return databaseUnavailable(error.message);
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new GraphQLError('The write clashes with an existing record.', {
      extensions: { code: ErrorCode.CONFLICT },
      originalError: error,
    });
  }
  return error;
}
