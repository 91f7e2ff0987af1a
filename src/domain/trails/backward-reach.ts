import type { HopFilter, MoneyGraph } from './types.js';

/**
 * How few hops each wallet is from a set of target wallets, found backwards from the targets
 * with one batched read per hop (`sendersTo`), time and amounts ignored, so it is an upper bound
 * on what time-respecting money can do: a wallet it rules out can never pass money on to a
 * target in the hops left, and a search may skip it without losing anything. The pass stops
 * refining once it would mark more than `walletBudget` wallets; a wallet it did not get to is
 * then assumed to reach a target (it prunes less, it never cuts).
 */
export interface BackwardReach {
  readonly distance: ReadonlyMap<string, number>;
  /** Levels fully explored: a wallet not in `distance` is further than this. */
  readonly exploredLevels: number;
}

export async function reachBackwards(
  graph: MoneyGraph,
  targets: Iterable<string>,
  levels: number,
  filter: HopFilter,
  walletBudget: number,
): Promise<BackwardReach> {
  const distance = new Map<string, number>([...targets].map((w) => [w, 0]));
  let level = [...distance.keys()];
  let exploredLevels = 0;
  while (exploredLevels < levels && level.length > 0) {
    const room = walletBudget - distance.size;
    if (room <= 0) break;
    const senders = await graph.sendersTo(level, filter, room + 1);
    if (senders.length > room) break;
    exploredLevels += 1;
    level = senders.filter((s) => !distance.has(s));
    for (const s of level) distance.set(s, exploredLevels);
  }
  // Nothing further sends to what was found: no wallet outside it reaches a target at all.
  if (level.length === 0) exploredLevels = Number.POSITIVE_INFINITY;
  return { distance, exploredLevels };
}

/** Whether `wallet` may reach a target within `hopsLeft` hops, as far as the pass can tell. */
export function mayStillReach(reach: BackwardReach, wallet: string, hopsLeft: number): boolean {
  const d = reach.distance.get(wallet);
  if (d !== undefined) return d <= hopsLeft;
  return reach.exploredLevels < hopsLeft;
}
