import { make, type Rational } from './rational.js';

/**
 * The arithmetic of the subject's money inside the replay (taint-replay.ts). Balances and
 * amounts are exact integers in units of 10^-places, `places` covering every amount replayed;
 * the subject's parts are only ever added together and multiplied by an exact fraction of two
 * such integers (the share an outflow takes, the share it leaves). Two arithmetics serve that:
 *
 * - BOUNDS: each part as a lower and an upper bound, integers in units of 10^-(places + GUARD),
 *   rounded down and up at each fraction. Every part is a sum of products of non-negative exact
 *   factors, so the bounds hold, and they stay some 10^-24 of a unit apart: numbers of fixed
 *   size, whatever the ledger.
 * - EXACT: each part as a rational in lowest terms. Exact, but its denominators grow with every
 *   split of a mixed balance (a busy wallet's ledger makes numbers of thousands of digits).
 *
 * The replay runs on BOUNDS and falls back on EXACT only when the two bounds round to different
 * figures, that is when the exact figure lies within the bounds' gap of a rounding boundary.
 * Whether a part is positive is tracked apart from its value, so it is exact in both.
 */
export interface ShareArithmetic<T> {
  readonly zero: T;
  /** `amount` units of 10^-places, exactly. */
  of(amount: bigint): T;
  add(a: T, b: T): T;
  /** a × num / den, for exact integers 0 ≤ num, 0 < den. */
  scale(a: T, num: bigint, den: bigint): T;
  positive(a: T): boolean;
}

/** A part between lo and hi, in units of 10^-(places + GUARD); `pos`: the exact part is above 0. */
export interface Bounded {
  readonly lo: bigint;
  readonly hi: bigint;
  readonly pos: boolean;
}

/** Digits kept below the replay's smallest unit; a part's bounds widen by at most one of them per fraction. */
export const GUARD = 24;
const GUARD_FACTOR = 10n ** BigInt(GUARD);
const ceilDiv = (n: bigint, d: bigint): bigint => (n + d - 1n) / d;

const BOUNDED_ZERO: Bounded = { lo: 0n, hi: 0n, pos: false };

export const BOUNDS: ShareArithmetic<Bounded> = {
  zero: BOUNDED_ZERO,
  of: (amount) => (amount === 0n ? BOUNDED_ZERO : { lo: amount * GUARD_FACTOR, hi: amount * GUARD_FACTOR, pos: amount > 0n }),
  add: (a, b) => (!b.pos && b.hi === 0n ? a : !a.pos && a.hi === 0n ? b : { lo: a.lo + b.lo, hi: a.hi + b.hi, pos: a.pos || b.pos }),
  scale: (a, num, den) =>
    num === 0n || (!a.pos && a.hi === 0n)
      ? BOUNDED_ZERO
      : num === den
        ? a
        : { lo: (a.lo * num) / den, hi: ceilDiv(a.hi * num, den), pos: a.pos },
  positive: (a) => a.pos,
};

export const EXACT: ShareArithmetic<Rational> = {
  zero: make(0n, 1n),
  of: (amount) => make(amount, 1n),
  add: (a, b) => (a.n === 0n ? b : b.n === 0n ? a : make(a.n * b.d + b.n * a.d, a.d * b.d)),
  scale: (a, num, den) => (num === den ? a : make(a.n * num, a.d * den)),
  positive: (a) => a.n > 0n,
};

/**
 * A bounded figure rounded toward zero to `keep` of the replay's `places`, as a count of units
 * of 10^-keep, or null when its two bounds round differently (only the exact figure can say).
 */
export function settledUnits(a: Bounded, places: number, keep: number): bigint | null {
  const unit = 10n ** BigInt(places - keep) * GUARD_FACTOR;
  const lo = a.lo / unit;
  return lo === a.hi / unit ? lo : null;
}

/** An exact figure in units of 10^-places as the same count of units of 10^-keep, rounded toward zero. */
export function exactUnits(a: Rational, places: number, keep: number): bigint {
  return (a.n * 10n ** BigInt(keep)) / (a.d * 10n ** BigInt(places));
}
