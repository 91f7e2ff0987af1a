import { walletKey } from '../../model/index.js';
import { nearestListed, readAddress, type ListedAddress } from './address-screen.js';
import { candidateQuery } from './candidate-query.js';
import { NameComparer } from './name-score.js';
import { rankParties, type ListedParty, type NameFeatures } from './screen-name.js';
import type { ParsedItem } from './screen-items.js';

/** The index queries and address keys one screen needs, per item index. */
export interface ScreenPlan {
  readonly names: { i: number; query: string }[];
  readonly addresses: { i: number; key: string }[];
  /** Whether some address is invalid, so listed addresses are needed to name a possible typo. */
  readonly needListedAddresses: boolean;
}

export function planScreen(items: readonly ParsedItem[]): ScreenPlan {
  const names: ScreenPlan['names'] = [];
  const addresses: ScreenPlan['addresses'] = [];
  let needListedAddresses = false;
  items.forEach((item, i) => {
    if (item.kind === 'name') {
      const query = candidateQuery(item.name);
      if (query) names.push({ i, query });
      return;
    }
    const reading = readAddress(item);
    if (!reading.valid) needListedAddresses = true;
    else for (const form of reading.forms) addresses.push({ i, key: walletKey(form.chain, form.address) });
  });
  return { names, addresses, needListedAddresses };
}

export type ScreenStatus = 'MATCH' | 'NO_MATCH' | 'INVALID_ADDRESS';

export type Candidate<P, W> =
  | { readonly matchedBy: 'NAME'; readonly score: number; readonly party: P; readonly features: NameFeatures }
  | { readonly matchedBy: 'EXACT_ADDRESS'; readonly score: 1; readonly wallet: W };

export interface ItemResult<P, W> {
  readonly index: number;
  readonly status: ScreenStatus;
  readonly candidates: readonly Candidate<P, W>[];
  /** For address items. */
  readonly addressCheck: { valid: boolean; reason: string | null; possibleTypo: { wallet: ListedAddress; distance: number } | null } | null;
}

/** What the database returned for a plan. */
export interface ScreenFound<P extends ListedParty, W extends ListedAddress> {
  readonly parties: ReadonlyMap<number, readonly P[]>;
  readonly wallets: ReadonlyMap<number, readonly W[]>;
  readonly listedAddresses: readonly ListedAddress[];
}

/**
 * Decides each item from the candidates fetched for it: names ranked by score at or above the
 * threshold; addresses matched only exactly, an invalid address reported with the nearest listed
 * one as a possible typo and no candidates.
 */
export function decideScreen<P extends ListedParty, W extends ListedAddress>(
  items: readonly ParsedItem[],
  found: ScreenFound<P, W>,
  threshold: number,
  first: number,
): ItemResult<P, W>[] {
  const comparer = new NameComparer();
  return items.map((item, index) => {
    if (item.kind === 'name') {
      const parties = found.parties.get(index) ?? [];
      const byKey = new Map(parties.map((p) => [p.key, p]));
      const candidates = rankParties(comparer, item, parties, threshold, first).map(
        (m): Candidate<P, W> => ({ matchedBy: 'NAME', score: m.score, party: byKey.get(m.key)!, features: m.features }),
      );
      return { index, status: candidates.length > 0 ? 'MATCH' : 'NO_MATCH', candidates, addressCheck: null };
    }
    const reading = readAddress(item);
    if (!reading.valid) {
      const near = nearestListed(item, found.listedAddresses);
      return {
        index,
        status: 'INVALID_ADDRESS',
        candidates: [],
        addressCheck: { valid: false, reason: reading.reason, possibleTypo: near && { wallet: near.listed, distance: near.distance } },
      };
    }
    const wallets = [...(found.wallets.get(index) ?? [])].sort((a, b) => (a.key < b.key ? -1 : 1)).slice(0, first);
    const candidates = wallets.map((wallet): Candidate<P, W> => ({ matchedBy: 'EXACT_ADDRESS', score: 1, wallet }));
    return {
      index,
      status: candidates.length > 0 ? 'MATCH' : 'NO_MATCH',
      candidates,
      addressCheck: { valid: true, reason: null, possibleTypo: null },
    };
  });
}
