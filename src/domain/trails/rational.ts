/**
 * Exact rational numbers (BigInt numerator over a positive BigInt denominator, in lowest terms).
 * Exposure splits money pro rata (HAIRCUT) and by parts of lots (FIFO), so its figures are
 * fractions such as 100/3 that no fixed number of decimal places holds; they stay exact until
 * the one rounding at the end (`toDecimalTowardZero`).
 */

export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

export const ZERO: Rational = { n: 0n, d: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** n / d in lowest terms, with a positive denominator. */
export function make(n: bigint, d: bigint): Rational {
  if (d === 0n) throw new RangeError('division by zero');
  if (n === 0n) return ZERO;
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A stored amount's sign, whole digits and fraction digits; anything else is refused. */
function digitsOf(text: string): { negative: boolean; whole: string; fraction: string } {
  const m = PLAIN_DECIMAL.exec(text);
  if (!m) throw new RangeError(`not a plain decimal: ${JSON.stringify(text)}`);
  return { negative: m[1] === '-', whole: m[2]!, fraction: m[3] ?? '' };
}

/** A stored amount (`-12.50`, `0.000000000000000005`) exactly. */
export function parseDecimal(text: string): Rational {
  const { negative, whole, fraction } = digitsOf(text);
  const n = BigInt(`${whole}${fraction}`);
  return make(negative ? -n : n, 10n ** BigInt(fraction.length));
}

/** How many decimal places a stored amount is written with. */
export function placesOf(text: string): number {
  return digitsOf(text).fraction.length;
}

/**
 * A stored amount as an exact count of units of 10^-places (places at least the amount's own;
 * digits past them are cut off, toward zero). Read from the digits, without reducing a fraction:
 * the replay converts every hop it reads.
 */
export function toUnits(text: string, places: number): bigint {
  const { negative, whole, fraction } = digitsOf(text);
  const units = BigInt(`${whole}${fraction.slice(0, places).padEnd(places, '0')}`);
  return negative ? -units : units;
}

export const add = (a: Rational, b: Rational): Rational => (a.d === b.d ? make(a.n + b.n, a.d) : make(a.n * b.d + b.n * a.d, a.d * b.d));
export const sub = (a: Rational, b: Rational): Rational => add(a, { n: -b.n, d: b.d });
export const mul = (a: Rational, b: Rational): Rational => make(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => make(a.n * b.d, a.d * b.n);

/** Negative, zero or positive as a is less than, equal to or greater than b. */
export function compare(a: Rational, b: Rational): number {
  const diff = a.n * b.d - b.n * a.d;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

export const isPositive = (a: Rational): boolean => a.n > 0n;
export const min = (a: Rational, b: Rational): Rational => (compare(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational): Rational => (compare(a, b) >= 0 ? a : b);

/**
 * Rounded toward zero to `places` decimal places and printed plainly (no exponent, no trailing
 * zeros): an affidavit figure may understate by less than one unit of the asset, never overstate.
 */
export function toDecimalTowardZero(a: Rational, places: number): string {
  const negative = a.n < 0n;
  const scaled = ((negative ? -a.n : a.n) * 10n ** BigInt(places)) / a.d;
  if (scaled === 0n) return '0';
  const digits = scaled.toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** As a float, for shares (a ratio a reader compares, not an amount anyone quotes); below 1e-20 it is 0. */
export function toNumber(a: Rational): number {
  return Number((a.n * 10n ** 20n) / a.d) / 1e20;
}
