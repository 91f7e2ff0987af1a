import { mayStillReach, reachBackwards } from './backward-reach.js';
import type { FrontierWallet, Hop, HopFilter, LimitReached, MoneyGraph } from './types.js';

/**
 * The part of the money graph a trail search can use, read level by level (one batched query
 * per level): the subject's outflow, then the transfers out of every wallet its money can have
 * reached in time order within `maxHops`, stopping at destination wallets and never entering
 * the subject's own wallets (money back home is not followed). A backward pass from the
 * destinations, ignoring time, first marks which wallets can still reach one in the hops left,
 * so the forward reads skip wallets that lead nowhere; it never cuts a real trail.
 *
 * What it reads is a superset of what trails use (times are checked per asset later, in
 * memory); what it had to leave out because of a budget is in `limitsReached`.
 */

export interface SubgraphBudget {
  /** Transfers read in all. */
  readonly transfers: number;
  /** Transfers read out of one wallet in one level. */
  readonly perWallet: number;
  /** Wallets the backward pass may mark before it stops refining (not a cut: it prunes less). */
  readonly reverseWallets: number;
}

export interface SubgraphQuery {
  readonly subject: string;
  /** Destination wallets, the subject's own already removed. */
  readonly destinations: ReadonlyMap<string, readonly string[]>;
  readonly own: ReadonlySet<string>;
  readonly maxHops: number;
  readonly filter: HopFilter;
}

export interface TrailSubgraph {
  /** The subject's outflow: the first hop of every trail. */
  readonly starts: readonly Hop[];
  /** Transfers between wallets that later hops can use, each once. */
  readonly transfers: readonly Hop[];
  readonly limitsReached: readonly LimitReached[];
}

/** Endpoint pairs below which asking the database whether any path exists is cheaper than reading. */
const PATH_CHECK_PAIRS = 32;

/**
 * False only when no trail can exist: no chain of transfers within the hops left leads from where
 * the trails start to a destination, time ignored. Asked when there are few endpoint pairs (a
 * trail to one wallet or one organisation), where the backward pass cannot stop a fan-out that
 * finds nothing: the database answers from both ends at once. Otherwise true, deciding nothing.
 */
async function mayReach(graph: MoneyGraph, q: SubgraphQuery, starts: readonly Hop[]): Promise<boolean> {
  if (starts.some((h) => q.destinations.has(h.to))) return true;
  // Transfers start at the subject's wallets with every hop to go; salaries arrive after one.
  const fromOwn = [...new Set(starts.filter((h) => h.kind === 'TRANSFER').map((h) => h.from))];
  const fromSalaries = [...new Set(starts.filter((h) => h.kind === 'SALARY').map((h) => h.to))];
  const destinations = [...q.destinations.keys()];
  if ((fromOwn.length + fromSalaries.length) * destinations.length > PATH_CHECK_PAIRS) return true;
  return (
    (await graph.pathWithin(fromOwn, destinations, q.maxHops)) || (await graph.pathWithin(fromSalaries, destinations, q.maxHops - 1))
  );
}

/** The subgraph trails from `starts` (the subject's `startHops`) can use. */
export async function readTrailSubgraph(graph: MoneyGraph, q: SubgraphQuery, starts: readonly Hop[], budget: SubgraphBudget): Promise<TrailSubgraph> {
  if (starts.length === 0 || q.destinations.size === 0) return { starts, transfers: [], limitsReached: [] };
  if (!(await mayReach(graph, q, starts))) return { starts, transfers: [], limitsReached: [] };
  // A trail of n hops ends with n - 1 transfers between wallets before the last hop arrives.
  const reach = await reachBackwards(graph, q.destinations.keys(), q.maxHops - 1, q.filter, budget.reverseWallets);
  const transfers = new Map<string, Hop>();
  /** Per wallet: the transfers out of it at or after this time are read already. */
  const readAfter = new Map<string, number>();
  const perWalletCut = new Set<string>();
  const transfersCut = new Set<string>();

  // Earliest arrival at each wallet within the hops used so far (any asset: a superset).
  const arrive = (into: Map<string, number>, hop: Hop) => {
    if (q.destinations.has(hop.to) || q.own.has(hop.to)) return;
    if (hop.at < (into.get(hop.to) ?? Infinity)) into.set(hop.to, hop.at);
  };
  let arrivals = new Map<string, number>();
  for (const hop of starts) arrive(arrivals, hop);

  for (let hopsUsed = 1; hopsUsed < q.maxHops && transfersCut.size === 0; hopsUsed += 1) {
    const frontier: FrontierWallet[] = [];
    for (const [key, after] of arrivals) {
      if (after < (readAfter.get(key) ?? Infinity) && mayStillReach(reach, key, q.maxHops - hopsUsed)) frontier.push({ key, after });
    }
    // One more than the budget, to know whether a wallet had more.
    const read = frontier.length === 0 ? [] : await graph.transfersOut(frontier, q.filter, budget.perWallet + 1);
    for (const w of frontier) readAfter.set(w.key, w.after);
    const perWallet = new Map<string, number>();
    for (const hop of read) {
      const n = (perWallet.get(hop.from) ?? 0) + 1;
      perWallet.set(hop.from, n);
      if (n > budget.perWallet) perWalletCut.add(hop.key);
      else if (transfers.has(hop.key) || q.own.has(hop.to)) continue;
      else if (transfers.size >= budget.transfers) transfersCut.add(hop.key);
      else transfers.set(hop.key, hop);
    }
    const next = new Map(arrivals);
    for (const hop of transfers.values()) {
      const at = arrivals.get(hop.from);
      if (at !== undefined && hop.at >= at) arrive(next, hop);
    }
    if (frontier.length === 0 && [...next].every(([key, at]) => arrivals.get(key) === at)) break;
    arrivals = next;
  }
  const limitsReached: LimitReached[] = [];
  if (perWalletCut.size > 0) limitsReached.push({ budget: 'TRANSFERS_PER_WALLET', limit: budget.perWallet, leftOut: perWalletCut.size });
  if (transfersCut.size > 0) limitsReached.push({ budget: 'TRANSFERS', limit: budget.transfers, leftOut: transfersCut.size });
  return { starts, transfers: [...transfers.values()], limitsReached };
}
