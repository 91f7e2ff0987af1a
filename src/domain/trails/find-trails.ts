import { Decimal } from 'decimal.js';
import { DEFAULT_BUDGET, type FrontierWallet, type Hop, type HopFilter, type MoneyGraph, type SearchBudget, type Trail } from './types.js';

/**
 * Finds money trails: sequences of hops from the subject's own outflows to a destination wallet,
 * each hop no earlier than the one before, no wallet visited twice, one asset throughout.
 *
 * The search runs forward level by level (one batched query per level), pruned twice: by the
 * hop filter inside the query, and by a backward pass from the destinations that marks which
 * wallets can still reach one in the hops left (ignoring time, so it never cuts a real trail).
 * When the backward pass would grow past its budget it stops refining, and the forward search
 * keeps only the `beam` partial trails with the largest bottlenecks. Either way the search ends
 * after `maxHops` levels, so a query between two hubs with no path in between returns quickly.
 */

interface Partial {
  readonly hops: readonly Hop[];
  readonly visited: ReadonlySet<string>;
  readonly bottleneck: Decimal;
  /** The bottleneck hop's amount as stored, so `1200.50` is not shown as `1200.5`. */
  readonly bottleneckText: string;
}

export interface TrailSearch {
  readonly subject: string;
  readonly destinations: ReadonlyMap<string, readonly string[]>;
  readonly maxHops: number;
  readonly filter: HopFilter;
  readonly budget?: SearchBudget;
}

export interface TrailResult {
  /** Largest bottleneck first, then shortest, then by hop keys (a stable order for paging). */
  readonly trails: readonly Trail[];
  readonly complete: boolean;
}

/** How many hops each wallet is at least from a destination, as far as the budget allowed. */
interface Reach {
  readonly distance: ReadonlyMap<string, number>;
  /** Levels fully explored: a wallet not in `distance` is further than this. */
  readonly exploredLevels: number;
}

async function reachBackwards(graph: MoneyGraph, search: TrailSearch, budget: SearchBudget): Promise<Reach> {
  const distance = new Map<string, number>([...search.destinations.keys()].map((w) => [w, 0]));
  let level = [...search.destinations.keys()];
  let exploredLevels = 0;
  // A trail of n hops ends with n - 1 transfers between wallets before the last hop arrives.
  while (exploredLevels < search.maxHops - 1 && level.length > 0) {
    const room = budget.reverseWallets - distance.size;
    if (room <= 0) break;
    const senders = await graph.sendersTo(level, search.filter, room + 1);
    if (senders.length > room) break;
    exploredLevels += 1;
    level = senders.filter((s) => !distance.has(s));
    for (const s of level) distance.set(s, exploredLevels);
  }
  return { distance, exploredLevels };
}

function canStillReach(reach: Reach, wallet: string, hopsLeft: number): boolean {
  const d = reach.distance.get(wallet);
  if (d !== undefined) return d <= hopsLeft;
  return reach.exploredLevels < hopsLeft;
}

function compareTrails(a: Trail, b: Trail): number {
  const byAmount = new Decimal(b.bottleneck).comparedTo(a.bottleneck);
  if (byAmount !== 0) return byAmount;
  if (a.hops.length !== b.hops.length) return a.hops.length - b.hops.length;
  const ka = trailId(a);
  const kb = trailId(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** A trail's identity: its hop keys in order. */
export function trailId(trail: Pick<Trail, 'hops'>): string {
  return trail.hops.map((h) => h.key).join('>');
}

export async function findTrails(graph: MoneyGraph, search: TrailSearch): Promise<TrailResult> {
  const budget = search.budget ?? DEFAULT_BUDGET;
  if (search.destinations.size === 0) return { trails: [], complete: true };
  const starts = (await graph.startHops(search.subject, search.filter)).filter((hop) => hop.from !== hop.to);
  if (starts.length === 0) return { trails: [], complete: true };
  const reach = await reachBackwards(graph, search, budget);
  const found: Trail[] = [];
  let complete = true;

  const arrive = (partial: Partial, hopsUsed: number, next: Partial[]) => {
    const last = partial.hops.at(-1);
    if (!last) return;
    const chain = search.destinations.get(last.to);
    if (chain) {
      found.push({ hops: partial.hops, bottleneck: partial.bottleneckText, asset: last.asset, controlChain: chain });
    } else if (hopsUsed < search.maxHops && canStillReach(reach, last.to, search.maxHops - hopsUsed)) {
      next.push(partial);
    }
  };

  let level: Partial[] = [];
  for (const hop of starts) {
    const partial = {
      hops: [hop],
      visited: new Set([hop.from, hop.to]),
      bottleneck: new Decimal(hop.amount),
      bottleneckText: hop.amount,
    };
    arrive(partial, 1, level);
  }

  for (let hopsUsed = 2; hopsUsed <= search.maxHops && level.length > 0; hopsUsed += 1) {
    if (level.length > budget.beam) {
      level.sort((a, b) => b.bottleneck.comparedTo(a.bottleneck));
      level = level.slice(0, budget.beam);
      complete = false;
    }
    const frontier = new Map<string, number>();
    for (const p of level) {
      const last = p.hops.at(-1)!;
      frontier.set(last.to, Math.min(frontier.get(last.to) ?? Infinity, last.at));
    }
    const wallets: FrontierWallet[] = [...frontier].map(([key, after]) => ({ key, after }));
    const out = new Map<string, Hop[]>();
    const hops = await graph.transfersOut(wallets, search.filter, budget.perWallet);
    for (const hop of hops) out.set(hop.from, [...(out.get(hop.from) ?? []), hop]);
    for (const hops of out.values()) if (hops.length >= budget.perWallet) complete = false;

    const next: Partial[] = [];
    for (const p of level) {
      const last = p.hops.at(-1)!;
      for (const hop of out.get(last.to) ?? []) {
        if (hop.at < last.at || hop.asset !== last.asset || p.visited.has(hop.to)) continue;
        const amount = new Decimal(hop.amount);
        const smaller = amount.lt(p.bottleneck);
        arrive(
          {
            hops: [...p.hops, hop],
            visited: new Set([...p.visited, hop.to]),
            bottleneck: smaller ? amount : p.bottleneck,
            bottleneckText: smaller ? hop.amount : p.bottleneckText,
          },
          hopsUsed,
          next,
        );
      }
    }
    level = next;
    if (found.length >= budget.maxTrails) {
      complete = false;
      break;
    }
  }
  found.sort(compareTrails);
  return { trails: found.slice(0, budget.maxTrails), complete };
}
