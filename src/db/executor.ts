import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  Neo4jError,
} from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors.js';
import { type Plain, toPlain } from './values.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, Plain>;

/** What the executor reports for every statement it sends; tests count these. */
export interface QueryEvent {
  readonly cypher: string;
  readonly params: Params;
  readonly mode: 'READ' | 'WRITE';
}

/** The only way code above `src/db` talks to Neo4j inside a transaction. */
export interface Tx {
  run(cypher: string, params?: Params): Promise<Row[]>;
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
}

/**
 * Owns how statements reach Neo4j: a session per unit of work (never per field), reads through
 * `executeRead` so a cluster can route them to followers, writes through `executeWrite`, sessions
 * closed in `finally`, results converted to plain rows, and driver errors translated to our codes.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  /** One read statement in its own read transaction. */
  async read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.readTx((tx) => tx.run(cypher, params));
  }

  /** Several reads that must see one consistent snapshot. */
  async readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  /** Writes that succeed or fail together: one transaction, retried by the driver on transient errors. */
  async writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.options.bookmarkManager,
    });
    this.options.onSession?.opened();
    const config = { timeout: this.options.timeoutMs };
    const unit = (managed: ManagedTransaction) => work(this.wrap(managed, mode));
    try {
      return mode === 'READ'
        ? await session.executeRead(unit, config)
        : await session.executeWrite(unit, config);
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
      this.options.onSession?.closed();
    }
  }

  private wrap(managed: ManagedTransaction, mode: 'READ' | 'WRITE'): Tx {
    return {
      run: async (cypher, params = {}) => {
        this.options.onQuery?.({ cypher, params, mode });
        const result = await managed.run(cypher, params);
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      },
    };
  }
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
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new GraphQLError('The database is unavailable; try again shortly.', {
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
      originalError: error,
    });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new GraphQLError('The write clashes with an existing record.', {
      extensions: { code: ErrorCode.CONFLICT },
      originalError: error,
    });
  }
  return error;
}
