import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { describeError } from '../stats.js';
import { percentile } from '../stats.js';

/** One implementation's numbers for one operation. */
export interface Measured {
  readonly samples: number[];
  errors: number;
  lastError?: string;
}

export interface Latency {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly runs: number;
  readonly errors: number;
  readonly lastError?: string;
}

export function latencyOf(m: Measured): Latency {
  const sorted = [...m.samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    runs: m.samples.length,
    errors: m.errors,
    ...(m.lastError ? { lastError: m.lastError } : {}),
  };
}

/**
 * Runs each implementation once per round, in turn, each round starting one further on
 * (A B C, B C A, C A B…), so a warming cache, a busy neighbour or the one before's garbage touches
 * all of them alike. Warm-up rounds are not recorded. A failed run counts as
 * an error and its time is left out of the percentiles.
 */
export async function interleaved(
  runs: readonly ((run: number) => Promise<void>)[],
  options: { warmups: number; rounds: number; firstRun: number },
): Promise<Measured[]> {
  const measured: Measured[] = runs.map(() => ({ samples: [], errors: 0 }));
  let run = options.firstRun;
  for (let round = 0; round < options.warmups + options.rounds; round += 1) {
    for (let turn = 0; turn < runs.length; turn += 1) {
      const i = (round + turn) % runs.length;
      const once = runs[i]!;
      const started = performance.now();
      run += 1;
      try {
        await once(run);
        if (round >= options.warmups) measured[i]?.samples.push(performance.now() - started);
      } catch (error) {
        const m = measured[i];
        if (m && round >= options.warmups) {
          m.errors += 1;
          m.lastError = describeError(error);
        }
      }
    }
  }
  return measured;
}

export interface Throughput {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly requests: number;
  /** Connection errors, timeouts and non-2xx answers. */
  readonly errors: number;
}

/** autocannon at a fixed concurrency for a fixed time against one HTTP endpoint, on loopback only. */
export async function throughput(url: string, body: string, headers: Record<string, string>, seconds: number, connections: number): Promise<Throughput> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`throughput is measured on loopback only, not ${url}`);
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    connections,
    duration: seconds,
    timeout: 30,
  });
  return {
    // Over the whole run: autocannon's per-second average reads 0 when requests take over a second.
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * Throughput of several targets measured fairly against a warming server: each runs for half the
 * time in turn, then again in the reverse order (A B C C B A), so a JVM that is still compiling,
 * or a machine whose load drifts, favours none of them. Requests per second is over both halves;
 * p50 the mean of the two, p99 the worse.
 */
export async function balancedThroughput(
  runs: readonly ((seconds: number) => Promise<Throughput>)[],
  seconds: number,
): Promise<Throughput[]> {
  const first: Throughput[] = [];
  for (const run of runs) first.push(await run(seconds / 2));
  const second = new Array<Throughput>(runs.length);
  for (let i = runs.length - 1; i >= 0; i -= 1) second[i] = await runs[i]!(seconds / 2);
  return first.map((a, i) => {
    const b = second[i]!;
    return {
      requestsPerSecond: (a.requests + b.requests) / seconds,
      p50: (a.p50 + b.p50) / 2,
      p99: Math.max(a.p99, b.p99),
      requests: a.requests + b.requests,
      errors: a.errors + b.errors,
    };
  });
}

/** Resident set size of a process in bytes, from /proc (Linux), or NaN where it cannot be read. */
export function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export interface Soak {
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  /** Connection errors, timeouts and non-2xx answers. */
  readonly errors: number;
  /** 200 answers whose body carries `errors`. */
  readonly graphqlErrors: number;
  /** Resident set size of the process serving, sampled every 5 s (bytes). */
  readonly rssSamples: readonly number[];
  /** Mean of the last quarter of samples against the mean of the first (after the first), as a fraction. */
  readonly rssChange: number;
}

/**
 * A mixed run: autocannon cycles through `bodies` on every connection for `seconds`, while the
 * serving process's RSS is sampled. Each answer's body is read, so GraphQL errors (which come
 * with status 200) are counted too.
 */
export async function soak(
  url: string,
  bodies: readonly string[],
  headers: Record<string, string>,
  seconds: number,
  connections: number,
  rss: () => number,
): Promise<Soak> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`soak runs on loopback only, not ${url}`);
  let graphqlErrors = 0;
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rss()), 5_000);
  try {
    const result = await autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      connections,
      duration: seconds,
      timeout: 30,
      requests: bodies.map((body) => ({
        method: 'POST' as const,
        body,
        onResponse: (status: number, responseBody: string) => {
          if (status === 200 && responseBody.includes('"errors"')) graphqlErrors += 1;
        },
      })),
    });
    const quarter = Math.max(1, Math.floor((samples.length - 1) / 4));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    // The first sample falls in warm-up (JIT, caches filling) and is left out of the baseline.
    const first = mean(samples.slice(1, 1 + quarter));
    const last = mean(samples.slice(-quarter));
    return {
      seconds,
      requests: result.requests.total,
      requestsPerSecond: result.requests.total / result.duration,
      errors: result.errors + result.timeouts + result.non2xx,
      graphqlErrors,
      rssSamples: samples,
      rssChange: first > 0 ? last / first - 1 : Number.NaN,
    };
  } finally {
    clearInterval(sampler);
  }
}
