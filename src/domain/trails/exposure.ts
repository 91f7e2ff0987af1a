import { decimalsOf } from '../assets.js';
import { assetMoney } from './asset-money.js';
import { topTrails } from './find-trails.js';
import { DEFAULT_EXPOSURE_BUDGET, readMoney, type ExposureBudget } from './money-read.js';
import { add, div, isPositive, parseDecimal, toDecimalTowardZero, toNumber, ZERO, type Rational } from './rational.js';
import { nearestHops, outflowsReaching, trailTransfers } from './reach.js';
import { replay } from './taint-replay.js';
import type { LimitReached, MoneyGraph, Trail } from './types.js';

/**
 * Exposure of a subject's outflows to categories of destination wallets (DPRK-controlled,
 * sanctioned), per category and asset, by one of three methods (docs/money-semantics.md,
 * "Exposure"):
 *
 * - POISON: the sum of the subject's outflows from which a time-respecting path of at most
 *   maxHops hops reaches the category (reach.ts);
 * - HAIRCUT, FIFO: the subject's money replayed through whole ledgers in flow order
 *   (taint-replay.ts).
 *
 * Each category is computed on its own: its wallets absorb what reaches them; the other
 * category's wallets are ordinary wallets for it. The subject's own wallets are never
 * destinations. Every figure is exact until it is rounded once, toward zero, to the asset's
 * decimal places.
 */

export type TaintMethod = 'POISON' | 'HAIRCUT' | 'FIFO';

export interface Category {
  readonly name: string;
  /** Its wallets, each with the control chain that puts it in the category. */
  readonly wallets: ReadonlyMap<string, readonly string[]>;
}

export interface CategoryExposure {
  readonly category: string;
  readonly asset: string;
  /** Hops of the shortest time-respecting path to the category (the same for every method). */
  readonly nearestHops: number;
  /** Fewest hops any part of the subject's money took to arrive under the method; null when `amount` is 0. */
  readonly nearestMoneyHops: number | null;
  readonly amount: string;
  readonly directAmount: string;
  readonly share: number;
  /** Illustrative: the largest trails found, from a search with its own budget. */
  readonly evidence: readonly Trail[];
}

export interface ExposureResult {
  readonly outflow: ReadonlyMap<string, string>;
  readonly entries: readonly CategoryExposure[];
  readonly complete: boolean;
  readonly limitsReached: readonly LimitReached[];
}

export interface ExposureQuery {
  readonly subject: string;
  readonly categories: readonly Category[];
  readonly maxHops: number;
  readonly method: TaintMethod;
  readonly budget?: ExposureBudget;
}

const EVIDENCE = 5;
/**
 * Evidence illustrates the figures and does not make them: the top few trails, ranked over the
 * ledgers exposure has read (they hold every hop a trail within maxHops can take), narrowed to
 * the transfers a trail can take (reach.ts, `trailTransfers`), with a small budget of partial
 * trails (a cut here never makes the amounts incomplete).
 */
const EVIDENCE_PARTIAL_TRAILS = 50_000;

interface Figures {
  readonly amount: Rational;
  readonly direct: Rational;
  readonly nearestMoneyHops: number | null;
}

export async function exposure(graph: MoneyGraph, q: ExposureQuery): Promise<ExposureResult> {
  const home = new Set(await graph.subjectWallets(q.subject));
  const categories = q.categories.map((c) => ({
    name: c.name,
    chains: new Map([...c.wallets].filter(([wallet]) => !home.has(wallet))),
  }));
  // Money reaching a wallet of every category is absorbed whichever category is computed.
  const absorbing = new Set(
    [...(categories[0]?.chains.keys() ?? [])].filter((w) => categories.every((c) => c.chains.has(w))),
  );
  const read = await readMoney(graph, {
    subject: q.subject,
    home,
    absorbing,
    targets: new Set(categories.flatMap((c) => [...c.chains.keys()])),
    maxHops: q.maxHops,
    budget: q.budget ?? DEFAULT_EXPOSURE_BUDGET,
  });

  const outflow = new Map<string, Rational>();
  for (const hop of read.start) outflow.set(hop.asset, add(outflow.get(hop.asset) ?? ZERO, parseDecimal(hop.amount)));
  const assets = [...outflow.keys()].sort();
  const money = new Map(assets.map((asset) => [asset, assetMoney(asset, read, home, q.maxHops)]));

  const entries: CategoryExposure[] = [];
  for (const category of categories) {
    const wallets = new Set(category.chains.keys());
    for (const asset of assets) {
      const m = money.get(asset)!;
      const nearest = nearestHops(m, wallets);
      if (nearest === null) continue;
      const figures: Figures =
        q.method === 'POISON' ? poison(outflowsReaching(m, wallets), wallets, nearest) : replay(m, wallets, q.method, decimalsOf(asset));
      const places = decimalsOf(asset);
      const amount = toDecimalTowardZero(figures.amount, places);
      const evidence = topTrails(
        { starts: m.start, transfers: trailTransfers(m, wallets) },
        { destinations: category.chains, maxHops: q.maxHops, top: EVIDENCE },
        EVIDENCE_PARTIAL_TRAILS,
      );
      const total = outflow.get(asset)!;
      entries.push({
        category: category.name,
        asset,
        nearestHops: nearest,
        nearestMoneyHops: amount === '0' ? null : figures.nearestMoneyHops,
        amount,
        directAmount: toDecimalTowardZero(figures.direct, places),
        share: isPositive(total) ? toNumber(div(figures.amount, total)) : 0,
        evidence: evidence.trails.slice(0, EVIDENCE),
      });
    }
  }
  return {
    outflow: new Map(assets.map((asset) => [asset, toDecimalTowardZero(outflow.get(asset)!, decimalsOf(asset))])),
    entries,
    complete: read.limitsReached.length === 0,
    limitsReached: read.limitsReached,
  };
}

/** POISON counts each outflow that leads to the category in full, along its shortest path. */
function poison(reaching: readonly { to: string; amount: string }[], category: ReadonlySet<string>, nearest: number): Figures {
  let amount = ZERO;
  let direct = ZERO;
  for (const hop of reaching) {
    amount = add(amount, parseDecimal(hop.amount));
    if (category.has(hop.to)) direct = add(direct, parseDecimal(hop.amount));
  }
  return { amount, direct, nearestMoneyHops: isPositive(amount) ? nearest : null };
}
