import { describe, expect, it } from 'vitest';
import { compare, make, parseDecimal, toUnits } from '../src/domain/trails/rational.js';
import { BOUNDS, EXACT, GUARD, settledUnits, type Bounded } from '../src/domain/trails/share-arithmetic.js';
import { expose, transfers, world } from './support/money-world.js';
import { seededRandom } from './support/random.js';

/**
 * The replay's two arithmetics (share-arithmetic.ts): the bounds always hold the exact figure,
 * and where they cannot settle the rounded figure the replay's answer is still the exact one.
 */

const UNIT = 10n ** BigInt(GUARD);
const holds = (b: Bounded, exact: ReturnType<typeof make>) =>
  compare(make(b.lo, UNIT), exact) <= 0 && compare(exact, make(b.hi, UNIT)) <= 0 && b.pos === exact.n > 0n;

describe('amounts as units', () => {
  it('are the amount times 10^places, cut toward zero, for 500 random amounts', () => {
    const next = seededRandom(7);
    for (let i = 0; i < 500; i += 1) {
      const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(next() * 10))).join('');
      const whole = String(BigInt(digits(1 + Math.floor(next() * 25))));
      const fraction = digits(Math.floor(next() * 22));
      const text = `${next() < 0.2 ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
      const places = Math.floor(next() * 24);
      const { n, d } = parseDecimal(text);
      expect(toUnits(text, places), `${text} at ${places}`).toBe((n * 10n ** BigInt(places)) / d);
    }
    expect(toUnits('1000001.000000000000000005', 18)).toBe(1000001000000000000000005n);
    expect(toUnits('1000001.000000000000000005', 17)).toBe(100000100000000000000000n);
    expect(toUnits('-2.5', 0)).toBe(-2n);
    expect(() => toUnits('1e21', 0)).toThrow(RangeError);
  });
});

describe('bounds', () => {
  it('hold the exact value through 500 random sequences of sums and fractions', () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const next = seededRandom(seed);
      const int = (below: number) => BigInt(Math.floor(next() * below));
      let bounded = BOUNDS.of(int(1_000_000) + 1n);
      let exact = EXACT.of(bounded.lo / UNIT);
      for (let step = 0; step < 40; step += 1) {
        if (next() < 0.3) {
          const amount = int(1_000_000);
          bounded = BOUNDS.add(bounded, BOUNDS.of(amount));
          exact = EXACT.add(exact, EXACT.of(amount));
        } else {
          const den = int(1_000_000) + 1n;
          const num = next() < 0.1 ? 0n : int(Number(den) + 1);
          bounded = BOUNDS.scale(bounded, num, den);
          exact = EXACT.scale(exact, num, den);
        }
        expect(holds(bounded, exact), `seed ${seed}, step ${step}`).toBe(true);
        // Each fraction widens the bounds by at most one unit of 10^-GUARD.
        expect(bounded.hi - bounded.lo <= BigInt(step + 1)).toBe(true);
      }
    }
  });

  it('cannot settle a figure that sits on a rounding boundary after inexact splits', () => {
    // 100 split into thirds and put back together: exactly 100, bounds just either side of it.
    const third = BOUNDS.scale(BOUNDS.of(100n), 1n, 3n);
    const whole = BOUNDS.add(BOUNDS.add(third, third), third);
    expect(whole.lo < 100n * UNIT && whole.hi > 100n * UNIT).toBe(true);
    expect(settledUnits(whole, 0, 0)).toBeNull();
    expect(settledUnits(BOUNDS.scale(BOUNDS.of(100n), 2n, 3n), 0, 0)).toBe(66n);
  });
});

describe('the replay', () => {
  it('answers exactly where the bounds cannot settle: a mixed wallet drained in three payments', async () => {
    // M holds 300, a third S's; it pays D everything in three parts, so S's 100 arrives whole,
    // though each payment carries a third of a non-decimal share.
    const w = world(transfers('O>M 200 @0', 'S>M 100 @1', 'M>D 70 @2', 'M>D 110 @3', 'M>D 120 @4'));
    for (const method of ['HAIRCUT', 'FIFO'] as const) {
      const entry = (await expose(w, 'S', method)).entries.find((e) => e.category === 'DPRK_CONTROLLED');
      expect(entry?.amount, method).toBe('100');
    }
  });

  it('rounds toward zero where the exact share is not a decimal', async () => {
    // M holds 300, a third S's, and pays D 100 of it: 33.333333 at USDC's 6 places, not 33.333334.
    const w = world(transfers('O>M 200 @0', 'S>M 100 @1', 'M>D 100 @2'));
    const entry = (await expose(w, 'S', 'HAIRCUT')).entries.find((e) => e.category === 'DPRK_CONTROLLED');
    expect(entry?.amount).toBe('33.333333');
  });
});
