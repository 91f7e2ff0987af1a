/**
 * How many decimal places each asset has: the smallest unit its chain or issuer can move
 * (satoshis, wei, cents). An amount with more places than its asset has never happened, so it is
 * a typing or unit mistake, and refusing it keeps stored amounts exact and comparable.
 *
 * Codes are the ones our sources write (`XBT` is OFAC's Bitcoin); token codes are the usual
 * tickers. An asset not listed here gets DEFAULT_DECIMALS.
 */
export const ASSET_DECIMALS = {
  BTC: 8,
  XBT: 8,
  BCH: 8,
  BSV: 8,
  BTG: 8,
  LTC: 8,
  DASH: 8,
  ZEC: 8,
  XVG: 6,
  XMR: 12,
  XRP: 6,
  ETH: 18,
  ETC: 18,
  BNB: 18,
  ARB: 18,
  DAI: 18,
  TRX: 6,
  SOL: 9,
  USDC: 6,
  USDT: 6,
  USD: 2,
  EUR: 2,
} as const satisfies Record<string, number>;

export type KnownAsset = keyof typeof ASSET_DECIMALS;

/** ERC-20 tokens default to 18 places, the most any listed asset has: an unknown token may need them. */
export const DEFAULT_DECIMALS = 18;

/**
 * Whole digits an amount may have: below 10^15 units. More than every bitcoin or dollar ever in
 * circulation, so a larger number is a unit mistake (wei written as ether), not a payment.
 */
export const MAX_WHOLE_DIGITS = 15;

/** Decimal places of an asset code (any letter case). */
export function decimalsOf(asset: string): number {
  const code = asset.toUpperCase();
  return Object.hasOwn(ASSET_DECIMALS, code) ? ASSET_DECIMALS[code as KnownAsset] : DEFAULT_DECIMALS;
}
