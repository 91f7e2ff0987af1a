import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Principal } from '../auth/index.js';
import { ErrorCode } from '../errors.js';

/**
 * Operations per principal per minute, counted in this process (instances behind a load
 * balancer each count their own). In-process jobs (`system:` principals) are not limited.
 */
export class RateLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(private readonly perMinute: number) {
    this.limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  }

  /** Spends one operation of the principal's budget, or throws RATE_LIMITED (429, Retry-After). */
  async spend(principal: Principal): Promise<void> {
    if (principal.kind === 'system') return;
    try {
      await this.limiter.consume(principal.id);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      throw new GraphQLError(
        `Rate limit of ${this.perMinute} operations a minute reached; retry in ${retryAfter} s.`,
        {
          extensions: {
            code: ErrorCode.RATE_LIMITED,
            retryAfter,
            http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
          },
        },
      );
    }
  }
}
