import type { AssetMoney } from './asset-money.js';
import type { Hop } from './types.js';

/**
 * Where the subject's money can go, ignoring amounts: time-respecting paths (each hop no earlier
 * than the one before, equal times allowed) of at most maxHops hops that start with one of the
 * subject's outflows and end at the first wallet of the category they reach, never passing
 * through the subject's own wallets or another wallet of the category. Such a path exists for
 * the whole of a category and asset exactly when the category gets an entry, under every method.
 */

/** Hops of the shortest such path, or null when there is none. */
export function nearestHops(money: AssetMoney, category: ReadonlySet<string>): number | null {
  let nearest: number | null = null;
  earliestArrivals(money, category, money.maxHops, (taken) => {
    nearest = taken;
    return true;
  });
  return nearest;
}

/** The subject's outflows from which such a path leads to the category (POISON's outflows). */
export function outflowsReaching(money: AssetMoney, category: ReadonlySet<string>): Hop[] {
  const latest = latestDepartures(money, category, money.maxHops - 1);
  return money.start.filter((h) => category.has(h.to) || (latest.get(h.to) ?? -Infinity) >= h.at);
}

/**
 * The transfers read that such a path can take after the subject's outflow: out of a wallet the
 * money can be at by then, within maxHops - 1 hops, and on to the category within maxHops - 2
 * more. Each side is checked with the most hops any path could leave it, so every hop of every
 * such path is among them, and a search for trails over them finds what one over every
 * transfer read finds (exposure's evidence); most of a busy ledger is not among them.
 */
export function trailTransfers(money: AssetMoney, category: ReadonlySet<string>): Hop[] {
  if (money.maxHops < 2) return [];
  const arrival = earliestArrivals(money, category, money.maxHops - 1);
  const latest = latestDepartures(money, category, money.maxHops - 2);
  const onward = (hop: Hop) => category.has(hop.to) || (!money.home.has(hop.to) && (latest.get(hop.to) ?? -Infinity) >= hop.at);
  const usable: Hop[] = [];
  for (const [wallet, hops] of money.out) {
    const at = arrival.get(wallet);
    if (at === undefined) continue;
    for (const hop of hops) if (hop.at >= at && onward(hop)) usable.push(hop);
  }
  return usable;
}

/**
 * The earliest time the money can be at each wallet (not the category's, not home) within `hops`
 * hops, found one more hop at a time. `entered` hears of each hop into the category, with the
 * hops the path has taken, and stops the search by returning true.
 */
function earliestArrivals(
  money: AssetMoney,
  category: ReadonlySet<string>,
  hops: number,
  entered: (taken: number) => boolean = () => false,
): Map<string, number> {
  const earliest = new Map<string, number>();
  let frontier = new Map<string, number>();
  // True when the search is to stop.
  const offer = (hop: Hop, taken: number): boolean => {
    if (category.has(hop.to)) return entered(taken);
    if (money.home.has(hop.to) || hop.at >= (earliest.get(hop.to) ?? Infinity)) return false;
    earliest.set(hop.to, hop.at);
    frontier.set(hop.to, hop.at);
    return false;
  };
  for (const hop of money.start) if (offer(hop, 1)) return earliest;
  for (let taken = 2; taken <= hops && frontier.size > 0; taken += 1) {
    const current = frontier;
    frontier = new Map();
    for (const [wallet, at] of current) {
      for (const hop of money.out.get(wallet) ?? []) if (hop.at >= at && offer(hop, taken)) return earliest;
    }
  }
  return earliest;
}

/** The latest time money can leave each wallet read and still reach the category within `hops` hops. */
function latestDepartures(money: AssetMoney, category: ReadonlySet<string>, hops: number): Map<string, number> {
  // Computed for one more hop left per round.
  let latest = new Map<string, number>();
  for (let left = 1; left <= hops; left += 1) {
    const next = new Map<string, number>();
    for (const wallet of money.ledgers) {
      if (category.has(wallet)) continue;
      for (const hop of money.out.get(wallet) ?? []) {
        const onward = category.has(hop.to) || (!money.home.has(hop.to) && (latest.get(hop.to) ?? -Infinity) >= hop.at);
        if (onward && hop.at > (next.get(wallet) ?? -Infinity)) next.set(wallet, hop.at);
      }
    }
    latest = next;
  }
  return latest;
}
