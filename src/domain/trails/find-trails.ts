import { PriorityQueue } from './priority-queue.js';
import { indexTrails, type IndexedHop, type TrailIndex } from './trail-index.js';
import { readTrailSubgraph, type SubgraphBudget } from './trail-subgraph.js';
import type { Hop, HopFilter, LimitReached, MoneyGraph, Trail } from './types.js';

/**
 * Money trails: sequences of hops from the subject's outflow to a destination wallet, one asset
 * throughout, each hop no earlier than the one before (equal times allowed), no wallet twice,
 * ending at the FIRST destination wallet reached (never passing through one), never entering
 * one of the subject's own wallets. Ranked by largest bottleneck (smallest hop amount, compared
 * exactly), then fewest hops, then hop keys.
 *
 * Three steps: read the subgraph trails can use (`trail-subgraph.ts`); index what each hop can
 * still lead to (`trail-index.ts`); then a best-first search returns the top of the ranking
 * without listing every trail: partial trails are taken in order of the best bottleneck any
 * completion can still have (an exact upper bound over walks), so each trail comes out in
 * ranking order and the first `top` are exact. The total comes from the index's walk counts,
 * walking trails one by one only where money can go round and come back to a wallet.
 */

export interface TrailBudget extends SubgraphBudget {
  /** Partial trails the ranking and the count may extend in all. */
  readonly partialTrails: number;
}

export const TRAIL_BUDGET: TrailBudget = { transfers: 200_000, perWallet: 10_000, reverseWallets: 20_000, partialTrails: 1_000_000 };

/** GraphQL's Int: a count past it is reported as this, with a TRAILS limit. */
const MAX_COUNT = 2 ** 31 - 1;

export interface TrailSearch {
  readonly subject: string;
  readonly destinations: ReadonlyMap<string, readonly string[]>;
  readonly maxHops: number;
  readonly filter: HopFilter;
  /** How many trails from the top of the ranking to return. */
  readonly top: number;
  readonly budget?: TrailBudget;
}

export interface TrailResult {
  /** The first `top` trails of the ranking (fewer when fewer exist, or when a budget was reached). */
  readonly trails: readonly Trail[];
  /** How many trails there are; a lower bound when not `complete`. */
  readonly totalCount: number;
  readonly complete: boolean;
  readonly limitsReached: readonly LimitReached[];
}

/** A trail's identity: its hop keys in order. */
export function trailId(trail: Pick<Trail, 'hops'>): string {
  return trail.hops.map((h) => h.key).join('>');
}

interface Partial {
  readonly last: IndexedHop;
  readonly parent: Partial | null;
  readonly length: number;
  /** Rank of the smallest amount so far, and that hop's amount as stored (`8200.00`, not `8200`). */
  readonly bottleneck: number;
  readonly bottleneckText: string;
  /** The best bottleneck a completion can have (its own when it is a trail). */
  readonly bound: number;
  readonly id: string;
}

/** Best bound first, then shorter, then by hop keys: every extension sorts after its parent. */
function comparePartials(a: Partial, b: Partial): number {
  return b.bound - a.bound || a.length - b.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function visits(p: Partial, wallet: string): boolean {
  for (let q: Partial | null = p; q; q = q.parent) if (q.last.hop.to === wallet || q.last.hop.from === wallet) return true;
  return false;
}

function hopsOf(p: Partial) {
  const hops = [];
  for (let q: Partial | null = p; q; q = q.parent) hops.push(q.last.hop);
  return hops.reverse();
}

/** The hops that extend `p` into something that can still end at a destination. */
function extensions(index: TrailIndex, p: Partial, maxHops: number): IndexedHop[] {
  const { hop } = p.last;
  const left = maxHops - p.length - 1;
  if (left < 0) return [];
  return index.outOf(hop.to, hop.asset, hop.at).filter((h) => index.count(h, left) > 0 && !visits(p, h.hop.to));
}

function extend(index: TrailIndex, parent: Partial | null, h: IndexedHop, maxHops: number): Partial {
  const length = (parent?.length ?? 0) + 1;
  const smaller = !parent || h.rank < parent.bottleneck;
  const bottleneck = smaller ? h.rank : parent.bottleneck;
  return {
    last: h,
    parent,
    length,
    bottleneck,
    bottleneckText: smaller ? h.hop.amount : parent.bottleneckText,
    bound: Math.min(bottleneck, index.best(h, maxHops - length)),
    id: parent ? `${parent.id}>${h.hop.key}` : h.hop.key,
  };
}

interface Budgeted {
  spent: number;
  readonly limit: number;
}

/**
 * The first `top` trails in ranking order; `leftOut` partial trails were not explored when the
 * budget stopped it, and `exhausted` says it found every trail there is.
 */
function rank(index: TrailIndex, search: Pick<TrailSearch, 'maxHops' | 'top'>, destinations: ReadonlyMap<string, readonly string[]>, budget: Budgeted) {
  const queue = new PriorityQueue(comparePartials);
  for (const h of index.starts) if (index.count(h, search.maxHops - 1) > 0) queue.push(extend(index, null, h, search.maxHops));
  const trails: Trail[] = [];
  while (trails.length < search.top && queue.size > 0) {
    const p = queue.pop()!;
    const chain = destinations.get(p.last.hop.to);
    if (chain) {
      trails.push({ hops: hopsOf(p), bottleneck: p.bottleneckText, asset: p.last.hop.asset, controlChain: chain });
      continue;
    }
    if (budget.spent >= budget.limit) {
      queue.push(p);
      return { trails, leftOut: queue.size, exhausted: false };
    }
    budget.spent += 1;
    for (const h of extensions(index, p, search.maxHops)) queue.push(extend(index, p, h, search.maxHops));
  }
  return { trails, leftOut: 0, exhausted: queue.size === 0 };
}

/**
 * Counts every trail depth-first, taking the index's count wherever it is exact (no walk on can
 * repeat a wallet), so only the parts of the graph where money can go round are walked one by
 * one; stops at the budget.
 */
function countTrails(index: TrailIndex, search: TrailSearch, destinations: ReadonlyMap<string, readonly string[]>, budget: Budgeted) {
  const stack: Partial[] = [];
  for (const h of index.starts) if (index.count(h, search.maxHops - 1) > 0) stack.push(extend(index, null, h, search.maxHops));
  let count = 0;
  while (stack.length > 0) {
    const p = stack.pop()!;
    const left = search.maxHops - p.length;
    if (destinations.has(p.last.hop.to) || index.exact(p.last, left)) {
      count += index.count(p.last, left);
      continue;
    }
    if (budget.spent >= budget.limit) return { count, leftOut: stack.length + 1 };
    budget.spent += 1;
    for (const h of extensions(index, p, search.maxHops)) stack.push(extend(index, p, h, search.maxHops));
  }
  return { count, leftOut: 0 };
}

/**
 * The first `top` trails of the ranking over hops already read (a superset of what trails use:
 * times, assets and destinations are checked here), without counting the rest; `leftOut`
 * partial trails were not explored when `partialTrails` stopped it. Exposure takes its evidence
 * this way from the ledgers it has read.
 */
export function topTrails(
  read: { readonly starts: readonly Hop[]; readonly transfers: readonly Hop[] },
  search: Pick<TrailSearch, 'destinations' | 'maxHops' | 'top'>,
  partialTrails: number,
): { trails: readonly Trail[]; leftOut: number } {
  const index = indexTrails(read.starts, read.transfers, new Set(search.destinations.keys()), search.maxHops);
  const { trails, leftOut } = rank(index, search, search.destinations, { spent: 0, limit: partialTrails });
  return { trails, leftOut };
}

export async function findTrails(graph: MoneyGraph, search: TrailSearch): Promise<TrailResult> {
  const budget = search.budget ?? TRAIL_BUDGET;
  // The subject's own wallets are home, never a destination of its own trails. Neither read
  // depends on the other, so both go to the database at once.
  const [ownWallets, starts] = await Promise.all([graph.subjectWallets(search.subject), graph.startHops(search.subject, search.filter)]);
  const own = new Set(ownWallets);
  const destinations = new Map([...search.destinations].filter(([wallet]) => !own.has(wallet)));
  const read = await readTrailSubgraph(graph, { ...search, destinations, own }, starts, budget);
  const index = indexTrails(read.starts, read.transfers, new Set(destinations.keys()), search.maxHops);
  const limitsReached = [...read.limitsReached];
  const spent: Budgeted = { spent: 0, limit: budget.partialTrails };

  const ranked = rank(index, search, destinations, spent);
  let totalCount: number;
  let leftOut = ranked.leftOut;
  if (ranked.exhausted) totalCount = ranked.trails.length;
  else {
    const counted = countTrails(index, search, destinations, spent);
    totalCount = Math.max(counted.count, ranked.trails.length);
    leftOut += counted.leftOut;
  }
  if (leftOut > 0) limitsReached.push({ budget: 'PARTIAL_TRAILS', limit: budget.partialTrails, leftOut });
  if (totalCount > MAX_COUNT) {
    limitsReached.push({ budget: 'TRAILS', limit: MAX_COUNT, leftOut: Math.min(MAX_COUNT, totalCount - MAX_COUNT) });
    totalCount = MAX_COUNT;
  }
  return { trails: ranked.trails, totalCount, complete: limitsReached.length === 0, limitsReached };
}
