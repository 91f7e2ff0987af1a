import { setMaxListeners } from 'node:events';
import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';
import {
  type EmbeddedExit,
  type EmbeddedNeo4j,
  isProcessAlive,
  startEmbeddedNeo4j,
  type StartEmbeddedOptions,
} from '../embedded/index.js';
import { type Connection, databaseUnavailable } from './executor.js';

/**
 * `starting`: not connected yet; `unavailable`: the database does not answer (retried);
 * `restarting`: the embedded server died and is being started again; `migrating`, `seeding`:
 * connected, preparing the store (requests are served); `ready`; `stopping`: shutting down.
 */
export type DatabaseStatus = 'starting' | 'unavailable' | 'restarting' | 'migrating' | 'seeding' | 'ready' | 'stopping';

/** What `/readyz` reports. */
export interface DatabaseHealth {
  readonly status: DatabaseStatus;
  readonly ready: boolean;
  /** Why the database is not ready, when it is down. */
  readonly reason?: string;
  /** When the status last changed. */
  readonly since: string;
  /** Times the embedded server was started again after it died. */
  readonly restarts: number;
  /** What preparing the store reported (for example the seed's datasets). */
  readonly details: Readonly<Record<string, unknown>>;
}

/** Where the database comes from: a server we only connect to, or the embedded one we run. */
export type Target =
  | { readonly kind: 'external'; readonly uri: string; readonly auth: AuthToken; readonly description?: string }
  | { readonly kind: 'embedded'; readonly options: StartEmbeddedOptions };

/** Given to the preparation run each time the database becomes reachable. */
export interface Progress {
  status(status: 'migrating' | 'seeding'): void;
  detail(name: string, value: unknown): void;
}

export interface SupervisorOptions {
  readonly target: Target;
  readonly database?: string;
  /** Bounds connecting, acquiring a pooled connection and each health probe. */
  readonly connectTimeoutMs: number;
  /** How often a connected database is probed. */
  readonly healthIntervalMs: number;
  /** Migrations and seeding; run after every (re)connection, so it must be idempotent. */
  readonly prepare?: (progress: Progress) => Promise<void>;
  readonly log: (msg: string) => void;
  readonly warn: (msg: string) => void;
}

/** The embedded JVM takes seconds to start: back off up to half a minute between attempts. */
const RESTART_BACKOFF = { firstMs: 1_000, maxMs: 30_000 };
/** Reconnecting is cheap: try often, so recovery follows the server within seconds. */
const RECONNECT_BACKOFF = { firstMs: 250, maxMs: 5_000 };
/**
 * A probe that errs (refused, reset) means the server is gone; one that only times out may be a
 * busy server, so only this many timeouts in a row count as an outage.
 */
const PROBE_TIMEOUTS_TOLERATED = 3;

class ProbeTimeout extends Error {}

/**
 * Keeps one database connection alive for the life of the process. It connects (starting the
 * embedded server first when that is the target), prepares the store, then probes the server
 * every `healthIntervalMs`. When the connection is lost (a probe fails, the embedded JVM exits)
 * work in flight is cut short at once, new work is refused with `DATABASE_UNAVAILABLE` without
 * touching the network, and it reconnects (restarting the JVM) with a bounded exponential
 * back-off, preparing the store again each time.
 */
export class Supervisor implements Connection {
  private status: DatabaseStatus = 'starting';
  private reason: string | undefined;
  private since = new Date();
  private readonly details: Record<string, unknown> = {};
  private restarts = 0;
  private driver: Driver | undefined;
  /** A one-connection driver of its own for health probes, so a busy pool cannot starve them. */
  private prober: Driver | undefined;
  private link = newLink();
  private embedded: EmbeddedNeo4j | undefined;
  private wake: () => void = () => {};
  private closing = false;
  private closed: Promise<void> | undefined;
  private loop: Promise<void> | undefined;

  constructor(private readonly options: SupervisorOptions) {}

  /** The URI connected to last (the embedded server's port may change across restarts). */
  uri(): string | undefined {
    return this.options.target.kind === 'external' ? this.options.target.uri : this.embedded?.uri;
  }

  /**
   * Starts supervising. With `failFast` the promise rejects when the first attempt to connect
   * and prepare fails (and supervision ends); without, it resolves at once and keeps trying.
   */
  start(failFast: boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      this.loop = this.run(failFast ? reject : undefined, resolve);
      if (!failFast) resolve();
    });
  }

  acquire(): { driver: Driver; lost: AbortSignal } {
    if (!this.driver || this.link.signal.aborted) throw databaseUnavailable(this.reason ?? this.status);
    return { driver: this.driver, lost: this.link.signal };
  }

  /** An executor saw a connection error: probe now rather than at the next interval. */
  suspect(): void {
    this.wake();
  }

  health(): DatabaseHealth {
    return {
      status: this.status,
      ready: this.status === 'ready',
      ...(this.reason === undefined ? {} : { reason: this.reason }),
      since: this.since.toISOString(),
      restarts: this.restarts,
      details: { ...this.details },
    };
  }

  /** Cuts off what still runs, ends supervision, closes the driver and stops the embedded JVM. */
  close(): Promise<void> {
    this.closed ??= (async () => {
      this.closing = true;
      this.lose('stopping', 'the service is stopping');
      this.wake();
      await this.loop?.catch(() => {});
      await Promise.all([this.driver?.close().catch(() => {}), this.prober?.close().catch(() => {})]);
      this.driver = undefined;
      await this.embedded?.stop();
    })();
    return this.closed;
  }

  private async run(failFirst: ((error: unknown) => void) | undefined, onReady: () => void): Promise<void> {
    let failures = 0;
    while (!this.closing) {
      const restartsBefore = this.restarts;
      try {
        await this.connect();
        this.link = newLink();
        this.reason = undefined;
        this.setStatus(this.options.prepare ? 'migrating' : 'ready');
        await this.options.prepare?.({
          status: (status) => this.setStatus(status),
          detail: (name, value) => {
            this.details[name] = value;
          },
        });
        this.setStatus('ready');
        onReady();
        failFirst = undefined;
        failures = 0;
        await this.watch();
      } catch (error) {
        if (this.closing) break;
        const failure = error instanceof Error ? error.message : String(error);
        if (failFirst) {
          failFirst(error); // The caller closes.
          return;
        }
        failures += 1;
        // A probe can fail before the JVM's exit is reported (a large JVM takes a while to die).
        if (this.embedded && !isProcessAlive(this.embedded.pid)) this.embeddedGone(this.embedded, 'exited (it no longer runs)');
        const restarting = this.options.target.kind === 'embedded' && !this.embedded;
        // The JVM's death explains the failure better than the errors it caused.
        const reason = this.restarts !== restartsBefore && this.reason !== undefined ? this.reason : failure;
        const news = reason !== this.reason || this.restarts !== restartsBefore;
        this.lose(restarting ? 'restarting' : 'unavailable', reason);
        const backoff = restarting ? RESTART_BACKOFF : RECONNECT_BACKOFF;
        const delay = Math.min(backoff.maxMs, backoff.firstMs * 2 ** (failures - 1));
        // Once per new reason, not once per attempt: an outage must not flood the log.
        if (news) this.options.warn(`database ${this.status}: ${reason}; retrying with back-off up to ${backoff.maxMs / 1000} s`);
        await this.pause(delay);
      }
    }
  }

  /** Starts the embedded server when it is the target and not running, then opens a fresh driver. */
  private async connect(): Promise<void> {
    const { target } = this.options;
    let uri: string;
    let auth: AuthToken;
    if (target.kind === 'embedded') {
      if (!this.embedded) {
        const server = await startEmbeddedNeo4j({ ...target.options, log: this.options.log });
        if (this.closing) {
          await server.stop();
          throw new Error('stopping');
        }
        this.embedded = server;
        void server.exited.then((exit) => this.embeddedExited(server, exit));
      }
      uri = this.embedded.uri;
      // The embedded server listens on loopback only and runs without authentication.
      auth = neo4j.auth.basic('neo4j', 'neo4j');
    } else {
      ({ uri, auth } = target);
    }
    // A fresh driver per connection: a pool from before an outage holds only dead sockets.
    const driver = this.newDriver(uri, auth, 50);
    // Checking its one connection on every use makes each probe a round trip to the server.
    const prober = this.newDriver(uri, auth, 1, 0);
    try {
      await this.bounded(driver.verifyConnectivity({ database: this.options.database }));
    } catch (error) {
      void driver.close().catch(() => {});
      void prober.close().catch(() => {});
      throw new Error(`Cannot reach Neo4j at ${uri}: ${(error as Error).message}`);
    }
    const previous = [this.driver, this.prober];
    this.driver = driver;
    this.prober = prober;
    for (const old of previous) void old?.close().catch(() => {});
    const how = target.kind === 'embedded' ? ' (embedded)' : target.description ? ` (${target.description})` : '';
    this.options.log(`connected to Neo4j at ${uri}${how}`);
  }

  /** By default, connections idle for 30 s are checked before reuse, so a half-open socket is not handed out. */
  private newDriver(uri: string, auth: AuthToken, poolSize: number, livenessCheckMs = 30_000): Driver {
    return neo4j.driver(uri, auth, {
      maxConnectionPoolSize: poolSize,
      connectionTimeout: this.options.connectTimeoutMs,
      connectionAcquisitionTimeout: 2 * this.options.connectTimeoutMs,
      connectionLivenessCheckTimeout: livenessCheckMs,
      // The executor retries (transient errors, lost MERGE races, lost connections) itself.
      maxTransactionRetryTime: 0,
      disableLosslessIntegers: false,
      // Every result is read whole (executor.ts); money reads return tens of thousands of rows,
      // which the default of 1,000 records per pull turns into dozens of round trips.
      fetchSize: 10_000,
    });
  }

  /** Probes until a probe fails (throws why) or supervision ends (returns). */
  private async watch(): Promise<void> {
    let timeouts = 0;
    while (!this.closing) {
      await this.pause(this.options.healthIntervalMs);
      if (this.closing) return;
      if (this.link.signal.aborted) throw new Error(this.reason ?? 'the connection was lost');
      try {
        await this.bounded(this.prober!.getServerInfo({ database: this.options.database }));
        timeouts = 0;
      } catch (error) {
        if (error instanceof ProbeTimeout && ++timeouts < PROBE_TIMEOUTS_TOLERATED) continue;
        if (this.closing) return;
        throw new Error(`Neo4j at ${this.uri()} does not answer: ${(error as Error).message}`);
      }
    }
  }

  private embeddedExited(server: EmbeddedNeo4j, exit: EmbeddedExit): void {
    this.embeddedGone(server, `exited with ${exit.code !== null ? `code ${exit.code}` : `signal ${exit.signal ?? 'unknown'}`}`);
  }

  /** The JVM died (once per JVM, whichever notices first: its exit or a failed probe). */
  private embeddedGone(server: EmbeddedNeo4j, how: string): void {
    if (this.embedded !== server) return;
    this.embedded = undefined;
    if (this.closing) return;
    this.restarts += 1;
    this.lose('restarting', `the embedded Neo4j (pid ${server.pid}) ${how}`);
    this.options.warn(`${this.reason}; restarting it`);
    this.wake();
  }

  /** Marks the connection lost: work in flight on it fails now, new work is refused. */
  private lose(status: DatabaseStatus, reason: string): void {
    this.reason = reason;
    this.setStatus(status);
    if (!this.link.signal.aborted) this.link.abort(databaseUnavailable(reason));
  }

  private setStatus(status: DatabaseStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.since = new Date();
  }

  /** Waits, or less when woken (an exit, a suspicion, closing). Never holds the process open. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = () => {};
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      this.wake = done;
    });
  }

  private bounded<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new ProbeTimeout(`no answer within ${this.options.connectTimeoutMs} ms`)),
        this.options.connectTimeoutMs,
      );
    });
    work.catch(() => {}); // Settles after the timeout sometimes; nobody listens then.
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }
}

/**
 * The signal every transaction on the current connection listens to: one listener per
 * transaction in flight, so Node's default warning at 10 listeners would fire under ordinary load.
 */
function newLink(): AbortController {
  const link = new AbortController();
  setMaxListeners(0, link.signal);
  return link;
}
