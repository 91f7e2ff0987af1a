import type { Random } from './random.js';

/**
 * Amounts are integers of an asset's smallest unit we write (cents of USDC, millionths of ETH),
 * so splits, fees and peels add up exactly and the decimal strings in the graph balance to the
 * last digit: a wallet never sends more than it received.
 */
export type Asset = 'USDC' | 'ETH';

const DECIMALS: Record<Asset, number> = { USDC: 2, ETH: 6 };

/** How many units make one USD of salary: ETH salaries are converted at a per-payment price. */
export function unitsForUsd(asset: Asset, usd: number, ethPriceUsd: number): number {
  switch (asset) {
    case 'USDC':
      return Math.round(usd * 100);
    case 'ETH':
      return Math.round((usd / ethPriceUsd) * 1_000_000);
  }
}

/** `123456` cents → `'1234.56'`. */
export function formatAmount(units: number, asset: Asset): string {
  const decimals = DECIMALS[asset];
  const digits = String(units).padStart(decimals + 1, '0');
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** `basisPoints` hundredths of a percent of `units`, rounded down, at least one unit. */
export function share(units: number, basisPoints: number): number {
  return Math.max(1, Math.floor((units * basisPoints) / 10_000));
}

/** `units` in `parts` random positive parts that add up exactly (fewer parts when too small). */
export function splitAmount(rng: Random, units: number, parts: number): number[] {
  const n = Math.max(1, Math.min(parts, units));
  const weights = Array.from({ length: n }, () => rng.int(20, 100));
  const total = weights.reduce((a, b) => a + b, 0);
  const amounts = weights.map((w) => Math.max(1, Math.floor((units * w) / total)));
  // Rounding leaves a remainder (or, rarely, an excess from the minimum of 1); the first part,
  // the largest share on average, absorbs it.
  const first = (amounts[0] ?? 0) + units - amounts.reduce((a, b) => a + b, 0);
  return first >= 1 ? [first, ...amounts.slice(1)] : [units];
}
