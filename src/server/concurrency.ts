import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { ErrorCode } from '../errors.js';

export interface ConcurrencyLimits {
  /** Expensive operations one principal may run at once. */
  readonly perPrincipal: number;
  /** Expensive operations the whole process runs at once. */
  readonly total: number;
  /** How long an operation over either limit waits for a slot before it is refused. */
  readonly queueTimeoutMs: number;
}

interface Waiter {
  readonly key: string;
  readonly grant: () => void;
}

/**
 * Slots for expensive operations, per principal and overall. An operation over a limit waits in
 * one FIFO queue (so a principal at its own limit does not block others behind it) and is
 * refused with BUSY when no slot frees up in time. p-limit was the first choice, but it cannot
 * take a waiting task back out of its queue on timeout, nor hold two limits at once.
 */
export class ConcurrencyLimiter {
  private readonly running = new Map<string, number>();
  private total = 0;
  private readonly queue: Waiter[] = [];

  constructor(private readonly limits: ConcurrencyLimits) {}

  /** Resolves with a release function once a slot is held; call it exactly once when done. */
  acquire(key: string): Promise<() => void> {
    if (this.fits(key)) return Promise.resolve(this.take(key));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        key,
        grant: () => {
          clearTimeout(timer);
          resolve(this.take(key));
        },
      };
      const timer = setTimeout(() => {
        this.queue.splice(this.queue.indexOf(waiter), 1);
        reject(busyError(this.limits.queueTimeoutMs));
      }, this.limits.queueTimeoutMs);
      this.queue.push(waiter);
    });
  }

  /** Operations holding a slot, and waiting for one; for metrics and tests. */
  stats(): { running: number; waiting: number } {
    return { running: this.total, waiting: this.queue.length };
  }

  private fits(key: string): boolean {
    return this.total < this.limits.total && (this.running.get(key) ?? 0) < this.limits.perPrincipal;
  }

  private take(key: string): () => void {
    this.total += 1;
    this.running.set(key, (this.running.get(key) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total -= 1;
      const left = (this.running.get(key) ?? 1) - 1;
      if (left === 0) this.running.delete(key);
      else this.running.set(key, left);
      this.grantNext();
    };
  }

  private grantNext(): void {
    const next = this.queue.findIndex((w) => this.fits(w.key));
    if (next < 0) return;
    const [waiter] = this.queue.splice(next, 1);
    waiter?.grant();
  }
}

function busyError(waitedMs: number): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(waitedMs / 1000));
  return new GraphQLError(
    'Too many expensive operations (trails, exposure, neighbourhoods, paths, timelines, search) are running; retry shortly.',
    {
      extensions: {
        code: ErrorCode.BUSY,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
      },
    },
  );
}
