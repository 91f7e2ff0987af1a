import { distance } from 'fastest-levenshtein';
import { CHAINS, checkAddress, type Chain } from '../addresses.js';

/** An address to screen, with its chain when the asker knows it. */
export interface AddressItem {
  readonly address: string;
  readonly chain: Chain | null;
}

/** A listed wallet as the screen sees it. */
export interface ListedAddress {
  readonly key: string;
  readonly chain: Chain;
  readonly address: string;
}

/** The forms an address has on each chain it is valid on (canonical, as wallets are keyed). */
export type AddressReading =
  | { readonly valid: true; readonly forms: readonly { chain: Chain; address: string }[] }
  | { readonly valid: false; readonly reason: string };

/**
 * Reads an address on its chain, or, with no chain given, on every chain whose format accepts it
 * (a `0x` address is valid on ETH, ETC, BSC and ARB alike). A failed checksum is a reason, never
 * a nearest guess: the caller reports it and offers the nearest listed address as a possible typo.
 */
export function readAddress(item: AddressItem): AddressReading {
  if (item.chain) {
    const check = checkAddress(item.chain, item.address);
    return check.ok ? { valid: true, forms: [{ chain: check.chain, address: check.address }] } : { valid: false, reason: check.reason };
  }
  const forms = CHAINS.flatMap((chain) => {
    const check = checkAddress(chain, item.address);
    return check.ok ? [{ chain: check.chain, address: check.address }] : [];
  });
  return forms.length > 0 ? { valid: true, forms } : { valid: false, reason: 'not a valid address on any supported chain' };
}

export interface NearestAddress {
  readonly listed: ListedAddress;
  /** Levenshtein distance between the address as given and the listed one, letter case ignored. */
  readonly distance: number;
}

/**
 * Beyond this many edits an invalid address is not offered as a typo of a listed one: a checksum
 * catches up to a few slips, and a stranger's address is some thirty edits away.
 */
export const MAX_TYPO_DISTANCE = 4;

/**
 * The listed address nearest to an invalid one (same chain when the chain is known), if it is
 * close enough to be a typo. Ties go to the smaller key, so the answer is stable.
 */
export function nearestListed(item: AddressItem, listed: readonly ListedAddress[]): NearestAddress | null {
  const given = item.address.trim().toLowerCase();
  let best: NearestAddress | null = null;
  for (const wallet of listed) {
    if (item.chain && wallet.chain !== item.chain) continue;
    const d = distance(given, wallet.address.toLowerCase());
    if (d > MAX_TYPO_DISTANCE) continue;
    if (!best || d < best.distance || (d === best.distance && wallet.key < best.listed.key)) best = { listed: wallet, distance: d };
  }
  return best;
}
