import { decimalsOf, MAX_WHOLE_DIGITS } from './assets.js';

export type AmountCheck = { ok: true; amount: string } | { ok: false; reason: string };

/** Plain digits with an optional fraction: no sign, exponent, spaces, hex or leading zeros. */
const PLAIN_DECIMAL = /^(0|[1-9]\d*)(?:\.(\d+))?$/;

/**
 * An amount of money moved: a strictly positive decimal with at most the asset's decimal places
 * and fewer than MAX_WHOLE_DIGITS + 1 whole digits. The text is kept as written (trailing zeros
 * included), since it is what the source says.
 */
export function checkAmount(text: string, asset: string): AmountCheck {
  const match = PLAIN_DECIMAL.exec(text);
  if (!match) {
    return { ok: false, reason: 'must be digits with an optional fraction, such as "1250.75" (no sign, exponent, spaces or hex)' };
  }
  const [, whole = '', fraction = ''] = match;
  if (!/[1-9]/.test(text)) return { ok: false, reason: 'must be greater than zero' };
  if (whole.length > MAX_WHOLE_DIGITS) return { ok: false, reason: `must be below 10^${MAX_WHOLE_DIGITS}` };
  const decimals = decimalsOf(asset);
  if (fraction.length > decimals) {
    return {
      ok: false,
      reason: `has ${fraction.length} decimal places; ${asset.toUpperCase()} has at most ${decimals}`,
    };
  }
  return { ok: true, amount: text };
}
