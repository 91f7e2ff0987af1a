import { randomBytes } from 'node:crypto';
import type { Executor } from '../db/index.js';
import type { Logger } from '../logger.js';
import { type AuditRecord, writeAuditEvents } from './events.js';

export interface AuditLogOptions {
  readonly executor: Executor;
  readonly logger: Logger;
  /** How long an event may wait before it is written. */
  readonly flushIntervalMs?: number;
  /** Events per write transaction; a full batch is written at once. */
  readonly batchSize?: number;
  /** Past this many unwritten events (the database is down), new ones are dropped and counted. */
  readonly maxQueued?: number;
}

/** Events recorded in memory and written in batches, off the request path. */
export interface AuditLog {
  /** Never blocks and never throws: a request must not wait for, or fail because of, its audit. */
  record(event: Omit<AuditRecord, 'id'>): void;
  /** Writes what is queued now; keeps it queued if the database refuses. */
  flush(): Promise<void>;
  /** Stops the timer and writes what is left; what cannot be written is logged as lost. */
  close(): Promise<void>;
  /** Events waiting to be written. */
  readonly depth: number;
  /** Events dropped because the queue was full, since start. */
  readonly dropped: number;
}

const MAX_RETRY_DELAY_MS = 10_000;

export function createAuditLog(options: AuditLogOptions): AuditLog {
  // A write transaction costs Neo4j about as much CPU as 25 of its events (scale 10, bench/_*.ts
  // measurement: 2.7 ms per event in batches of 25, 1.3 in batches of 100, 1.0 in batches of 400),
  // and that CPU is what requests queue for under load: a second between writes makes batches of
  // about one second's operations. A crash loses at most that second; a clean stop writes it.
  const { executor, logger, flushIntervalMs = 1_000, batchSize = 500, maxQueued = 20_000 } = options;
  const queue: AuditRecord[] = [];
  let sequence = 0;
  let dropped = 0;
  let droppedUnreported = 0;
  let failures = 0;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let draining: Promise<void> | undefined;

  const nextId = () =>
    `${Date.now().toString(36).padStart(9, '0')}-${(sequence++).toString(36).padStart(7, '0')}-${randomBytes(4).toString('hex')}`;

  const schedule = (delayMs: number) => {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = undefined;
      void drain();
    }, delayMs);
    // A pending flush must not keep a finished process (a test, a CLI) alive.
    timer.unref();
  };

  /**
   * Writes the events queued when it starts (all of them, arrivals included, when `everything`),
   * then any full batches. What arrives meanwhile waits for the next tick: writing it at once made
   * back-to-back batches of a few events under load, about 40 write transactions a second at
   * 400 requests a second, the cost the interval is there to save.
   */
  const writeQueued = async (everything: boolean) => {
    try {
      let due = everything ? Number.POSITIVE_INFINITY : queue.length;
      while (queue.length > 0 && (due > 0 || queue.length >= batchSize)) {
        const batch = queue.slice(0, batchSize);
        await writeAuditEvents(executor, batch);
        queue.splice(0, batch.length);
        due -= batch.length;
      }
      failures = 0;
      if (droppedUnreported > 0) {
        logger.error({ dropped: droppedUnreported }, 'audit events were dropped while the audit queue was full');
        droppedUnreported = 0;
      }
      if (queue.length > 0) schedule(flushIntervalMs);
    } catch (error) {
      failures += 1;
      logger.warn({ err: error, queued: queue.length }, 'audit events not written yet; kept queued for the next try');
      schedule(Math.min(MAX_RETRY_DELAY_MS, flushIntervalMs * 2 ** failures));
    }
  };

  // One write at a time. `.finally` clears the marker asynchronously, after it is set, even
  // when there was nothing to write.
  const drain = (everything = false): Promise<void> => {
    draining ??= writeQueued(everything).finally(() => {
      draining = undefined;
    });
    return draining;
  };

  return {
    record(event) {
      if (queue.length >= maxQueued) {
        if (droppedUnreported === 0) logger.error({ maxQueued }, 'audit queue full; dropping audit events');
        dropped += 1;
        droppedUnreported += 1;
        return;
      }
      queue.push({ id: nextId(), ...event });
      if (queue.length >= batchSize) void drain();
      else schedule(flushIntervalMs);
    },
    flush: async () => {
      await draining;
      await drain(true);
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      await draining;
      await drain(true);
      if (queue.length > 0) logger.error({ lost: queue.length }, 'audit events could not be written before shutdown');
    },
    get depth() {
      return queue.length;
    },
    get dropped() {
      return dropped;
    },
  };
}
