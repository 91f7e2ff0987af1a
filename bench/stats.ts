/**
 * Timing of one operation: warm-up runs first (not recorded), then timed runs, each measured
 * from the call to its settled result, one after the other (no concurrency: the question is how
 * long one request takes, not how many a server can take at once).
 */

/** What one run produced: a short description of the result, or why it failed. */
export interface Outcome {
  readonly summary: string;
  /** Set when the run failed (GraphQL errors, a timeout, a thrown error). */
  readonly error?: string;
  /** True when the answer was empty (no trails, no path): what the no-path operations must return. */
  readonly empty?: boolean;
  /** The answer's own `complete` flag, where it has one (money trails, exposure). */
  readonly complete?: boolean;
}

export interface Timing {
  /** Timed runs that completed, in ms, in the order they ran. */
  readonly samples: readonly number[];
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
  readonly max: number;
  /** The last run's result (every run of one operation answers the same question). */
  readonly outcome: Outcome;
  /** Why fewer runs were timed than asked for, if they were. */
  readonly note?: string;
}

export interface MeasureOptions {
  readonly warmups: number;
  readonly iterations: number;
  /**
   * Once the timed runs have taken this long in all, stop after at least `minIterations`:
   * a 10-second query timed 30 times would take the whole budget of a scale.
   */
  readonly budgetMs: number;
  readonly minIterations: number;
  /**
   * A first run slower than this is the only run: an operation that takes this long is too slow
   * for its percentiles to matter, and repeating it would hold up every row after it.
   */
  readonly slowMs: number;
}

/** The nearest-rank percentile: the smallest sample with at least p% of samples at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Pick<Timing, 'p50' | 'p95' | 'mean' | 'max'> {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : Number.NaN;
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), mean, max: sorted.at(-1) ?? Number.NaN };
}

async function timed(run: () => Promise<Outcome>): Promise<{ ms: number; outcome: Outcome }> {
  const started = performance.now();
  let outcome: Outcome;
  try {
    outcome = await run();
  } catch (error) {
    outcome = { summary: '', error: describeError(error) };
  }
  return { ms: performance.now() - started, outcome };
}

/**
 * Runs the warm-ups and the timed runs. A failed warm-up ends the measurement (the operation is
 * broken or too slow, and timing it again would only repeat that), and so does a failure in a
 * timed run; either way the failure is returned as the outcome, with the time it took.
 */
export async function measure(run: () => Promise<Outcome>, options: MeasureOptions): Promise<Timing> {
  let slowWarmup = false;
  for (let i = 0; i < options.warmups; i += 1) {
    const { ms, outcome } = await timed(run);
    if (outcome.error) return { samples: [ms], ...summarize([ms]), outcome, note: 'failed on its first run' };
    if (ms > options.slowMs) {
      return { samples: [ms], ...summarize([ms]), outcome, note: `one run only: slower than ${options.slowMs / 1000} s` };
    }
    // One slow warm-up warms the caches as well as several.
    if (ms > options.budgetMs / 10) {
      slowWarmup = true;
      break;
    }
  }
  const samples: number[] = [];
  let outcome: Outcome = { summary: '' };
  let spent = 0;
  for (let i = 0; i < options.iterations; i += 1) {
    const result = await timed(run);
    samples.push(result.ms);
    outcome = result.outcome;
    spent += result.ms;
    if (outcome.error) break;
    if (spent > options.budgetMs && samples.length >= options.minIterations) break;
  }
  const notes = [
    slowWarmup ? 'one warm-up' : '',
    samples.length < options.iterations && !outcome.error ? `time budget: ${samples.length} of ${options.iterations} runs` : '',
    outcome.error ? `failed on timed run ${samples.length}` : '',
  ].filter(Boolean);
  return { samples, ...summarize(samples), outcome, ...(notes.length ? { note: notes.join('; ') } : {}) };
}

/** One line, whatever was thrown: GraphQL errors carry their code, driver errors theirs. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { extensions?: { code?: unknown }; code?: unknown }).extensions?.code ?? (error as { code?: unknown }).code;
    const text = error.message.split('\n')[0] ?? '';
    return typeof code === 'string' && !text.includes(code) ? `${code}: ${text}` : text;
  }
  return String(error);
}
