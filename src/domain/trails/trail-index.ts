import { amountOrderKey } from '../../model/index.js';
import { stronglyConnected } from './strongly-connected.js';
import type { Hop } from './types.js';

/**
 * What each hop can still lead to, computed once over the subgraph a search read, so the search
 * extends only hops that end at a destination and can rank and count trails without listing
 * them all. For a hop `e` and `r` hops left after it, over time-respecting walks of one asset
 * (walks may repeat a wallet; trails may not):
 *
 * - `count(e, r)`: how many walks that start with `e` end at a destination within `r` more
 *   hops, stopping at the first destination wallet;
 * - `best(e, r)`: the largest bottleneck of those walks, as an amount rank (-1 when none).
 *
 * Both come from suffix sums and maxima over each wallet's outgoing transfers in time order, so
 * each costs one binary search per hop and level. A walk is a trail exactly when it visits no
 * wallet twice, so where no walk on from a hop can come back to a wallet, the walk count IS the
 * trail count (`exact`); elsewhere it is an upper bound, and `best` always is one.
 */

export interface IndexedHop {
  readonly hop: Hop;
  /** Position of the amount among all amounts read: equal amounts share a rank. */
  readonly rank: number;
  readonly index: number;
}

export interface TrailIndex {
  readonly starts: readonly IndexedHop[];
  /** Transfers out of a wallet in an asset from time `at` on, earliest first. */
  outOf(wallet: string, asset: string, at: number): readonly IndexedHop[];
  count(hop: IndexedHop, hopsLeft: number): number;
  best(hop: IndexedHop, hopsLeft: number): number;
  /**
   * True when no walk from this hop can come back to a wallet (one it passes, or one before it):
   * `count` is then exactly the number of trails that continue any partial trail ending with it.
   */
  exact(hop: IndexedHop, hopsLeft: number): boolean;
}

const walletOf = (wallet: string, asset: string) => `${asset}\u0000${wallet}`;

/**
 * Ranks amounts exactly: by their order keys (`amountOrderKey`, whose alphabetical order is the
 * numeric order), so `100` and `100.00` share a rank and no float or decimal object is made.
 */
function rankAmounts(hops: readonly Hop[]): Map<string, number> {
  const keys = new Map<string, string>();
  for (const h of hops) if (!keys.has(h.amount)) keys.set(h.amount, amountOrderKey(h.amount));
  const sorted = [...new Set(keys.values())].sort();
  const rankOfKey = new Map(sorted.map((key, rank) => [key, rank]));
  return new Map([...keys].map(([text, key]) => [text, rankOfKey.get(key)!]));
}

function firstAtOrAfter(list: readonly IndexedHop[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.hop.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function indexTrails(
  starts: readonly Hop[],
  transfers: readonly Hop[],
  destinations: ReadonlySet<string>,
  maxHops: number,
): TrailIndex {
  const ranks = rankAmounts([...starts, ...transfers]);
  const all: IndexedHop[] = [...starts, ...transfers].map((hop, index) => ({ hop, rank: ranks.get(hop.amount)!, index }));
  const startHops = all.slice(0, starts.length);
  const out = new Map<string, IndexedHop[]>();
  // Hops out of a destination are never taken: a trail ends at the first destination.
  for (const h of all.slice(starts.length)) {
    if (destinations.has(h.hop.from)) continue;
    const key = walletOf(h.hop.from, h.hop.asset);
    const list = out.get(key) ?? [];
    list.push(h);
    out.set(key, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.hop.at - b.hop.at || (a.hop.key < b.hop.key ? -1 : 1));

  // Where each hop leads, found once for every level: the position of the wallet list it
  // arrives at (-1: none, or a destination) and the first transfer out no earlier than it.
  const lists = [...out.values()];
  const listOf = new Map([...out.keys()].map((key, i) => [key, i]));
  const arrivesAt = new Int32Array(all.length).fill(-1);
  const from = new Int32Array(all.length);
  const reachesDestination = new Uint8Array(all.length);
  for (const h of all) {
    if (destinations.has(h.hop.to)) {
      reachesDestination[h.index] = 1;
      continue;
    }
    const i = listOf.get(walletOf(h.hop.to, h.hop.asset));
    if (i === undefined) continue;
    arrivesAt[h.index] = i;
    from[h.index] = firstAtOrAfter(lists[i]!, h.hop.at);
  }

  // counts[r][i], bests[r][i]; suffix arrays per wallet list for the level below.
  const counts: Float64Array[] = [];
  const bests: Int32Array[] = [];
  let suffixCounts: Float64Array[] = [];
  let suffixBests: Int32Array[] = [];
  for (let r = 0; r < maxHops; r += 1) {
    const count = new Float64Array(all.length);
    const best = new Int32Array(all.length).fill(-1);
    for (const h of all) {
      if (reachesDestination[h.index]) {
        count[h.index] = 1;
        best[h.index] = h.rank;
        continue;
      }
      const list = arrivesAt[h.index]!;
      if (r === 0 || list < 0) continue;
      const i = from[h.index]!;
      count[h.index] = suffixCounts[list]![i]!;
      const b = suffixBests[list]![i]!;
      best[h.index] = b < 0 ? -1 : Math.min(h.rank, b);
    }
    counts.push(count);
    bests.push(best);
    suffixCounts = [];
    suffixBests = [];
    for (const list of lists) {
      const c = new Float64Array(list.length + 1);
      const b = new Int32Array(list.length + 1).fill(-1);
      for (let i = list.length - 1; i >= 0; i -= 1) {
        c[i] = c[i + 1]! + count[list[i]!.index]!;
        b[i] = Math.max(b[i + 1]!, best[list[i]!.index]!);
      }
      suffixCounts.push(c);
      suffixBests.push(b);
    }
  }

  const countOf = (h: IndexedHop, hopsLeft: number) => counts[hopsLeft]![h.index]!;
  // Only counting asks whether a count is exact, and ranking alone (exposure's evidence) never
  // does: the cycle check is the costliest part of the index, so it runs on the first question.
  let exacts: Uint8Array[] | undefined;
  const exactsOf = () =>
    (exacts ??= exactCounts(all, out, destinations, maxHops, countOf, repeatingWallets(startHops, out, destinations, maxHops, countOf)));
  return {
    starts: startHops,
    outOf(wallet, asset, at) {
      const list = out.get(walletOf(wallet, asset)) ?? [];
      return list.slice(firstAtOrAfter(list, at));
    },
    count: countOf,
    best: (h, hopsLeft) => bests[hopsLeft]![h.index]!,
    exact: (h, hopsLeft) => exactsOf()[hopsLeft]![h.index] === 1,
  };
}

/**
 * exact(e, r): no walk of at most r more hops after e enters a wallet that a walk can return to.
 * Such a walk can then repeat no wallet: not one of its own (that wallet could return to
 * itself), and not one before e (that wallet would return to itself through e).
 */
function exactCounts(
  all: readonly IndexedHop[],
  out: ReadonlyMap<string, readonly IndexedHop[]>,
  destinations: ReadonlySet<string>,
  maxHops: number,
  count: (h: IndexedHop, hopsLeft: number) => number,
  repeating: ReadonlySet<string>,
): Uint8Array[] {
  const exacts: Uint8Array[] = [];
  let suffix = new Map<string, Uint8Array>();
  for (let r = 0; r < maxHops; r += 1) {
    const exact = new Uint8Array(all.length);
    for (const h of all) {
      const key = walletOf(h.hop.to, h.hop.asset);
      if (repeating.has(key)) continue;
      if (destinations.has(h.hop.to) || r === 0) {
        exact[h.index] = 1;
        continue;
      }
      const list = out.get(key);
      const flags = suffix.get(key);
      exact[h.index] = !list || !flags ? 1 : flags[firstAtOrAfter(list, h.hop.at)]!;
    }
    exacts.push(exact);
    suffix = new Map();
    for (const [key, list] of out) {
      const flags = new Uint8Array(list.length + 1).fill(1);
      for (let i = list.length - 1; i >= 0; i -= 1) {
        const h = list[i]!;
        flags[i] = flags[i + 1]! & (exact[h.index]! | (count(h, r) === 0 ? 1 : 0));
      }
      suffix.set(key, flags);
    }
  }
  return exacts;
}

/**
 * The wallets (per asset) a walk the index counts can come back to. A hop is usable when it can
 * be reached as hop `h` (earliest arrival in time order within h - 1 hops) and still ends at a
 * destination in the `maxHops - h` hops left; a counted walk uses only such hops.
 */
function repeatingWallets(
  starts: readonly IndexedHop[],
  out: ReadonlyMap<string, readonly IndexedHop[]>,
  destinations: ReadonlySet<string>,
  maxHops: number,
  count: (h: IndexedHop, hopsLeft: number) => number,
): Set<string> {
  const usable: IndexedHop[] = [];
  const position = new Map<number, number>();
  let arrivals = new Map<string, number>();
  const reach = (into: Map<string, number>, h: IndexedHop) => {
    if (destinations.has(h.hop.to)) return;
    const key = walletOf(h.hop.to, h.hop.asset);
    if (h.hop.at < (into.get(key) ?? Infinity)) into.set(key, h.hop.at);
  };
  for (const h of starts) {
    position.set(h.index, 1);
    reach(arrivals, h);
  }
  for (let hop = 2; hop <= maxHops && arrivals.size > 0; hop += 1) {
    const next = new Map<string, number>();
    for (const [key, at] of arrivals) {
      const list = out.get(key) ?? [];
      for (let i = firstAtOrAfter(list, at); i < list.length; i += 1) {
        const h = list[i]!;
        if (position.has(h.index)) continue;
        position.set(h.index, hop);
        reach(next, h);
      }
    }
    arrivals = next;
  }
  const all = [...out.values()].flat();
  for (const h of all) {
    const at = position.get(h.index);
    if (at !== undefined && count(h, maxHops - at) > 0) usable.push(h);
  }
  return walletsWalksReturnTo(usable);
}

/** Steps the cycle check may take before it assumes every wallet left can repeat (trails are then counted one by one). */
const CYCLE_CHECK_WORK = 20_000_000;

/**
 * The wallets some time-respecting walk over these hops comes back to. Such a walk stays within
 * the wallet's strongly connected component of the wallet graph, so only wallets in a component
 * of two or more can repeat (or one with a hop to itself), and only by hops within it. For each,
 * a time-ordered sweep of its component's hops from its first hop out (equal times repeated
 * until nothing changes) finds whether money leaving it, at any time, can come back. A cycle
 * that time order forbids (A→B at 5, B→A at 3) is no cycle here.
 */
function walletsWalksReturnTo(usable: readonly IndexedHop[]): Set<string> {
  const edges = usable.map((h) => ({ from: walletOf(h.hop.from, h.hop.asset), to: walletOf(h.hop.to, h.hop.asset), at: h.hop.at }));
  const returning = new Set(edges.filter((e) => e.from === e.to).map((e) => e.from));
  const component = stronglyConnected(edges);
  const within = new Map<number, typeof edges>();
  for (const e of edges) {
    const c = component.get(e.from)!;
    if (e.from === e.to || c !== component.get(e.to)) continue;
    const list = within.get(c);
    if (list) list.push(e);
    else within.set(c, [e]);
  }
  const candidates = () => [...within.values()].flatMap((list) => list.map((e) => e.from));
  let work = 0;
  for (const hops of within.values()) {
    hops.sort((a, b) => a.at - b.at);
    const firstOut = new Map<string, number>();
    hops.forEach((e, i) => {
      if (!firstOut.has(e.from)) firstOut.set(e.from, i);
    });
    for (const [source, first] of firstOut) {
      if (work > CYCLE_CHECK_WORK) return new Set([...returning, ...candidates()]);
      const reached = new Set([source]);
      // Equal times before the first hop out still count: money can leave at that instant.
      let start = first;
      while (start > 0 && hops[start - 1]!.at === hops[first]!.at) start -= 1;
      sweep: for (let i = start; i < hops.length; ) {
        let j = i;
        while (j < hops.length && hops[j]!.at === hops[i]!.at) j += 1;
        for (let changed = true; changed; ) {
          changed = false;
          for (let k = i; k < j; k += 1) {
            const e = hops[k]!;
            if (!reached.has(e.from)) continue;
            if (e.to === source) {
              returning.add(source);
              break sweep;
            }
            if (!reached.has(e.to)) {
              reached.add(e.to);
              changed = true;
            }
          }
          work += j - i;
        }
        i = j;
      }
    }
  }
  return returning;
}
