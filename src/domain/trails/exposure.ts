import { Decimal } from 'decimal.js';
import { findTrails } from './find-trails.js';
import { DEFAULT_BUDGET, type Hop, type HopFilter, type MoneyGraph, type SearchBudget, type Trail } from './types.js';

/**
 * Exposure of a subject's outflows to categories of destination wallets (DPRK-controlled,
 * sanctioned), by one of three attribution methods. It first collects, level by level, every
 * transfer the subject's money can have taken within `maxHops` (each no earlier than the money
 * arrived), then replays them in time order, per asset and per category:
 *
 * - POISON: a wallet the subject's money reached passes the taint to every later outflow in
 *   full; what reaches a destination is the sum of the subject's outflows that lead there.
 * - HAIRCUT: each wallet keeps its balance and the subject's part of it; an outflow carries the
 *   subject's money in proportion (tainted balance / balance).
 * - FIFO: each wallet spends its money in the order it arrived; an outflow carries the subject's
 *   money it consumes from that queue.
 *
 * HAIRCUT and FIFO need every inflow of the wallets on the way (other people's money too), so
 * they read those as well. Money that reaches a destination stays there: it is counted once and
 * not followed further. Destination wallets are never treated as the subject's own.
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
  readonly nearestHops: number;
  readonly amount: string;
  readonly directAmount: string;
  readonly share: number;
  readonly evidence: readonly Trail[];
}

export interface ExposureResult {
  readonly outflow: ReadonlyMap<string, string>;
  readonly entries: readonly CategoryExposure[];
  readonly complete: boolean;
}

export interface ExposureQuery {
  readonly subject: string;
  readonly categories: readonly Category[];
  readonly maxHops: number;
  readonly method: TaintMethod;
  readonly filter: HopFilter;
  readonly budget?: SearchBudget;
}

const EVIDENCE = 5;
const ZERO = new Decimal(0);

interface Collected {
  readonly start: readonly Hop[];
  /** Transfers the subject's money can have taken, with the fewest hops to reach each. */
  readonly followed: ReadonlyMap<string, { hop: Hop; level: number }>;
  readonly complete: boolean;
}

/** Every hop within reach, time-respecting, stopping at destination wallets. */
async function collect(graph: MoneyGraph, q: ExposureQuery, absorbing: ReadonlySet<string>, budget: SearchBudget): Promise<Collected> {
  const start = (await graph.startHops(q.subject, q.filter)).filter((h) => h.from !== h.to);
  const subjectWallets = new Set(start.filter((h) => h.kind === 'TRANSFER').map((h) => h.from));
  const followed = new Map<string, { hop: Hop; level: number }>();
  const earliest = new Map<string, number>();
  let complete = true;
  const visit = (hop: Hop) => {
    if (absorbing.has(hop.to) || subjectWallets.has(hop.to)) return;
    if (hop.at < (earliest.get(hop.to) ?? Infinity)) earliest.set(hop.to, hop.at);
  };
  start.forEach(visit);
  let frontier = new Map(earliest);
  for (let level = 2; level <= q.maxHops && frontier.size > 0; level += 1) {
    if (frontier.size > budget.beam) {
      complete = false;
      frontier = new Map([...frontier].slice(0, budget.beam));
    }
    const hops = await graph.transfersOut(
      [...frontier].map(([key, after]) => ({ key, after })),
      q.filter,
      budget.perWallet,
    );
    const before = new Map(earliest);
    for (const hop of hops) {
      if (followed.has(hop.key) || subjectWallets.has(hop.to)) continue;
      followed.set(hop.key, { hop, level });
      visit(hop);
    }
    frontier = new Map([...earliest].filter(([w, at]) => (before.get(w) ?? Infinity) > at));
  }
  return { start, followed, complete };
}

/** Per wallet: what arrived and left, in time order. */
function ledgerOrder(a: Hop, b: Hop): number {
  return a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

interface Replay {
  amount: Decimal;
  direct: Decimal;
  nearest: number;
}

/** Replays the hops of one asset for one category under the method; returns what reached it. */
function replay(
  method: TaintMethod,
  start: readonly Hop[],
  followed: readonly { hop: Hop; level: number }[],
  others: readonly Hop[],
  destinations: ReadonlyMap<string, readonly string[]>,
): Replay {
  const result: Replay = { amount: ZERO, direct: ZERO, nearest: Infinity };
  const startKeys = new Set(start.map((h) => h.key));
  const levels = new Map(followed.map((f) => [f.hop.key, f.level]));
  const events = [...start, ...followed.map((f) => f.hop), ...others.filter((h) => !levels.has(h.key) && !startKeys.has(h.key))];
  events.sort(ledgerOrder);

  // POISON: which of the subject's outflows (by index) each wallet's money descends from.
  const origins = new Map<string, Set<number>>();
  const reachedOrigins = new Set<number>();
  // HAIRCUT: balance and tainted part; FIFO: queue of [amount, tainted fraction].
  const balance = new Map<string, { total: Decimal; taint: Decimal }>();
  const queues = new Map<string, { amount: Decimal; fraction: Decimal }[]>();
  const minLevel = new Map<string, number>();

  const receive = (wallet: string, amount: Decimal, taint: Decimal, level: number, tainted: boolean) => {
    if (tainted) minLevel.set(wallet, Math.min(minLevel.get(wallet) ?? Infinity, level));
    const b = balance.get(wallet) ?? { total: ZERO, taint: ZERO };
    balance.set(wallet, { total: b.total.plus(amount), taint: b.taint.plus(taint) });
    const queue = queues.get(wallet) ?? [];
    if (amount.gt(0)) queue.push({ amount, fraction: taint.div(amount) });
    queues.set(wallet, queue);
  };
  /** The subject's money an outflow of `amount` carries out of `wallet`. */
  const spend = (wallet: string, amount: Decimal): Decimal => {
    if (method === 'HAIRCUT') {
      const b = balance.get(wallet);
      if (!b || b.total.lte(0)) return ZERO;
      const taint = amount.times(b.taint).div(Decimal.max(b.total, amount));
      balance.set(wallet, { total: Decimal.max(b.total.minus(amount), ZERO), taint: Decimal.max(b.taint.minus(taint), ZERO) });
      return taint;
    }
    const queue = queues.get(wallet) ?? [];
    let left = amount;
    let taint = ZERO;
    while (left.gt(0) && queue.length > 0) {
      const head = queue[0]!;
      const used = Decimal.min(head.amount, left);
      taint = taint.plus(used.times(head.fraction));
      left = left.minus(used);
      if (used.eq(head.amount)) queue.shift();
      else queue[0] = { amount: head.amount.minus(used), fraction: head.fraction };
    }
    return taint;
  };
  const arriveAt = (hop: Hop, taint: Decimal, level: number, from: Set<number>) => {
    if (destinations.has(hop.to)) {
      if (taint.gt(0) || from.size > 0) {
        result.nearest = Math.min(result.nearest, level);
        result.amount = result.amount.plus(taint);
        if (level === 1) result.direct = result.direct.plus(taint);
        from.forEach((o) => reachedOrigins.add(o));
      }
      return;
    }
    receive(hop.to, new Decimal(hop.amount), taint, level, taint.gt(0) || from.size > 0);
    if (from.size > 0) origins.set(hop.to, new Set([...(origins.get(hop.to) ?? []), ...from]));
  };

  start.forEach((hop, index) => {
    if (destinations.has(hop.to)) {
      result.nearest = 1;
      result.amount = result.amount.plus(hop.amount);
      result.direct = result.direct.plus(hop.amount);
      reachedOrigins.add(index);
    }
  });
  for (const hop of events) {
    if (startKeys.has(hop.key)) {
      if (!destinations.has(hop.to)) arriveAt(hop, new Decimal(hop.amount), 1, new Set([start.indexOf(hop)]));
      continue;
    }
    const level = levels.get(hop.key);
    const amount = new Decimal(hop.amount);
    if (level === undefined) {
      // Someone else's money arriving: it only changes balances.
      if (!destinations.has(hop.to)) receive(hop.to, amount, ZERO, Infinity, false);
      continue;
    }
    const taint = method === 'POISON' ? ZERO : spend(hop.from, amount);
    const from = origins.get(hop.from) ?? new Set<number>();
    if (method === 'POISON' && from.size === 0) continue;
    arriveAt(hop, taint, (minLevel.get(hop.from) ?? level - 1) + 1, method === 'POISON' ? from : new Set());
  }
  if (method === 'POISON') {
    result.amount = [...reachedOrigins].reduce((sum, i) => sum.plus(start[i]!.amount), ZERO);
  }
  return result;
}

export async function exposure(graph: MoneyGraph, q: ExposureQuery): Promise<ExposureResult> {
  const budget = q.budget ?? DEFAULT_BUDGET;
  const absorbing = new Set(q.categories.flatMap((c) => [...c.wallets.keys()]));
  const collected = await collect(graph, q, absorbing, budget);
  const wallets = new Set([...collected.followed.values()].map((f) => f.hop.from));
  const others = q.method === 'POISON' ? [] : await graph.inflows([...wallets], q.filter, budget.reverseWallets * 5);

  const outflow = new Map<string, Decimal>();
  for (const hop of collected.start) outflow.set(hop.asset, (outflow.get(hop.asset) ?? ZERO).plus(hop.amount));

  const entries: CategoryExposure[] = [];
  for (const category of q.categories) {
    for (const [asset, total] of outflow) {
      const ofAsset = (h: Hop) => h.asset === asset;
      const r = replay(
        q.method,
        collected.start.filter(ofAsset),
        [...collected.followed.values()].filter((f) => ofAsset(f.hop)),
        others.filter(ofAsset),
        category.wallets,
      );
      if (r.nearest === Infinity) continue;
      const evidence = await findTrails(graph, {
        subject: q.subject,
        destinations: category.wallets,
        maxHops: q.maxHops,
        filter: { ...q.filter, assets: [asset] },
        top: EVIDENCE,
      });
      entries.push({
        category: category.name,
        asset,
        nearestHops: r.nearest,
        amount: r.amount.toString(),
        directAmount: r.direct.toString(),
        share: total.gt(0) ? Math.min(1, r.amount.div(total).toNumber()) : 0,
        evidence: evidence.trails.slice(0, EVIDENCE),
      });
    }
  }
  return {
    outflow: new Map([...outflow].map(([asset, amount]) => [asset, amount.toString()])),
    entries,
    complete: collected.complete,
  };
}
