import type { MemoryMoneyData } from './memory-money-graph.js';

/**
 * Exposure computed the slow, obvious way from the documented semantics, to compare production
 * with on small graphs. Written apart from src/domain/trails (its own fractions, its own order,
 * no reachability pruning): it replays EVERY salary and transfer of the asset in the whole graph,
 * keeping books for every wallet, and finds POISON's outflows by listing every simple
 * time-respecting path.
 */

type Frac = [bigint, bigint];

function norm([n, d]: Frac): Frac {
  if (n === 0n) return [0n, 1n];
  let a = n < 0n ? -n : n;
  let b = d;
  while (b) [a, b] = [b, a % b];
  return [n / a, d / a];
}
const fr = (text: string): Frac => {
  const [whole, fraction = ''] = text.split('.');
  return norm([BigInt(whole + fraction), 10n ** BigInt(fraction.length)]);
};
const plus = (x: Frac, y: Frac): Frac => norm([x[0] * y[1] + y[0] * x[1], x[1] * y[1]]);
const minus = (x: Frac, y: Frac): Frac => plus(x, [-y[0], y[1]]);
const times = (x: Frac, y: Frac): Frac => norm([x[0] * y[0], x[1] * y[1]]);
const over = (x: Frac, y: Frac): Frac => norm(y[0] < 0n ? [-x[0] * y[1], -x[1] * y[0]] : [x[0] * y[1], x[1] * y[0]]);
const lessThan = (x: Frac, y: Frac) => x[0] * y[1] < y[0] * x[1];
const positive = (x: Frac) => x[0] > 0n;
const ZERO: Frac = [0n, 1n];

/** Toward zero, `places` decimals, no trailing zeros. */
function rounded(x: Frac, places: number): string {
  const units = (x[0] * 10n ** BigInt(places)) / x[1];
  const s = units.toString().padStart(places + 1, '0');
  const whole = s.slice(0, s.length - places);
  const fraction = s.slice(s.length - places).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

export interface ReferenceEntry {
  readonly category: string;
  readonly asset: string;
  readonly nearestHops: number;
  readonly nearestMoneyHops: number | null;
  readonly amount: string;
  readonly directAmount: string;
}

export interface ReferenceCategory {
  readonly name: string;
  readonly wallets: ReadonlySet<string>;
}

interface Move {
  key: string;
  from: string;
  to: string;
  amount: string;
  asset: string;
  at: number;
}

/** The subject's wallets, by following CONTROLS links out until nothing new turns up. */
function ownWallets(data: MemoryMoneyData, subject: string): Set<string> {
  const wallets = new Set(data.wallets);
  if (wallets.has(subject)) return new Set([subject]);
  const held = new Set<string>([subject]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const link of data.controls ?? []) {
      if (held.has(link.from) && !held.has(link.to)) {
        held.add(link.to);
        grew = true;
      }
    }
  }
  return new Set([...held].filter((k) => wallets.has(k)));
}

/** The documented same-instant order, found by scanning each instant: slow and plain. */
function timeOrder(moves: readonly Move[]): Move[] {
  const byTime = new Map<number, Move[]>();
  for (const m of moves) {
    const group = byTime.get(m.at) ?? [];
    group.push(m);
    byTime.set(m.at, group);
  }
  const out: Move[] = [];
  for (const t of [...byTime.keys()].sort((a, b) => a - b)) {
    const left = byTime.get(t)!.sort((a, b) => (a.key < b.key ? -1 : 1));
    while (left.length > 0) {
      let i = left.findIndex((m) => !left.some((other) => other.to === m.from));
      if (i < 0) i = 0;
      out.push(left[i]!);
      left.splice(i, 1);
    }
  }
  return out;
}

export function referenceExposure(
  data: MemoryMoneyData,
  subject: string,
  categories: readonly ReferenceCategory[],
  maxHops: number,
  method: 'POISON' | 'HAIRCUT' | 'FIFO',
  decimals: (asset: string) => number,
): { outflow: Map<string, string>; entries: ReferenceEntry[] } {
  const home = ownWallets(data, subject);
  const moves: Move[] = [
    ...(data.salaries ?? []).map((s) => ({ key: s.key, from: s.employer, to: s.wallet, amount: s.amount, asset: s.asset, at: s.at })),
    ...(data.transfers ?? []).map((t) => ({ key: t.key, from: t.from, to: t.to, amount: t.amount, asset: t.asset, at: t.at })),
  ].filter((m) => m.from !== m.to);
  const isStart = (m: Move) => (m.from === subject || home.has(m.from)) && !home.has(m.to);
  const starts = moves.filter(isStart);
  const assets = [...new Set(starts.map((m) => m.asset))].sort();
  const outflow = new Map(assets.map((a) => [a, starts.filter((m) => m.asset === a).reduce((s, m) => plus(s, fr(m.amount)), ZERO)]));

  const entries: ReferenceEntry[] = [];
  for (const category of categories) {
    const dest = new Set([...category.wallets].filter((w) => !home.has(w)));
    for (const asset of assets) {
      const all = moves.filter((m) => m.asset === asset);
      const leaving = new Map<string, Move[]>();
      for (const m of all) {
        const out = leaving.get(m.from) ?? [];
        out.push(m);
        leaving.set(m.from, out);
      }
      const mine = starts.filter((m) => m.asset === asset);
      const places = decimals(asset);

      // Every simple time-respecting path, depth first.
      let nearest = Infinity;
      let poison = ZERO;
      let poisonDirect = ZERO;
      for (const s of mine) {
        let reaches = false;
        const walk = (wallet: string, at: number, hops: number, seen: Set<string>) => {
          if (dest.has(wallet)) {
            reaches = true;
            nearest = Math.min(nearest, hops);
            return;
          }
          // Once this outflow is known to reach, only a path shorter than the best so far matters.
          if (home.has(wallet) || hops === maxHops || (reaches && hops + 1 >= nearest)) return;
          for (const m of leaving.get(wallet) ?? []) {
            if (m.at < at || seen.has(m.to)) continue;
            walk(m.to, m.at, hops + 1, new Set([...seen, m.to]));
          }
        };
        walk(s.to, s.at, 1, new Set([s.from, s.to]));
        if (reaches) poison = plus(poison, fr(s.amount));
        if (dest.has(s.to)) poisonDirect = plus(poisonDirect, fr(s.amount));
      }
      if (nearest === Infinity) continue;

      let amount = poison;
      let direct = poisonDirect;
      let moneyHops: number | null = nearest;
      if (method !== 'POISON') {
        amount = ZERO;
        direct = ZERO;
        moneyHops = null;
        // Per wallet: HAIRCUT keeps a balance and the subject's money by hops taken; FIFO lots.
        const balance = new Map<string, Frac>();
        const taint = new Map<string, Map<number, Frac>>();
        const lots = new Map<string, { amount: Frac; taint: Map<number, Frac> }[]>();
        for (const m of timeOrder(all)) {
          const value = fr(m.amount);
          let carried = new Map<number, Frac>();
          if (isStart(m)) carried.set(1, value);
          else if (!dest.has(m.from) && !home.has(m.from)) {
            const took = new Map<number, Frac>();
            if (method === 'HAIRCUT') {
              const b = balance.get(m.from) ?? ZERO;
              if (positive(b)) {
                const share = lessThan(value, b) ? over(value, b) : ([1n, 1n] as Frac);
                for (const [k, v] of taint.get(m.from) ?? []) {
                  took.set(k, times(v, share));
                  taint.get(m.from)!.set(k, minus(v, times(v, share)));
                }
                balance.set(m.from, lessThan(value, b) ? minus(b, value) : ZERO);
              }
            } else {
              let need = value;
              const queue = lots.get(m.from) ?? [];
              while (positive(need) && queue.length > 0) {
                const lot = queue[0]!;
                const use = lessThan(need, lot.amount) ? need : lot.amount;
                for (const [k, v] of lot.taint) {
                  const part = times(v, over(use, lot.amount));
                  took.set(k, plus(took.get(k) ?? ZERO, part));
                  lot.taint.set(k, minus(v, part));
                }
                lot.amount = minus(lot.amount, use);
                need = minus(need, use);
                if (!positive(lot.amount)) queue.shift();
              }
            }
            carried = new Map([...took].filter(([k]) => k + 1 <= maxHops).map(([k, v]) => [k + 1, v]));
          }
          if (dest.has(m.to)) {
            for (const [k, v] of carried) {
              if (!positive(v)) continue;
              amount = plus(amount, v);
              if (k === 1) direct = plus(direct, v);
              moneyHops = Math.min(moneyHops ?? k, k);
            }
          } else if (!home.has(m.to)) {
            balance.set(m.to, plus(balance.get(m.to) ?? ZERO, value));
            const t = taint.get(m.to) ?? new Map<number, Frac>();
            for (const [k, v] of carried) t.set(k, plus(t.get(k) ?? ZERO, v));
            taint.set(m.to, t);
            if (positive(value)) {
              const queue = lots.get(m.to) ?? [];
              queue.push({ amount: value, taint: new Map(carried) });
              lots.set(m.to, queue);
            }
          }
        }
      }
      const shown = rounded(amount, places);
      entries.push({
        category: category.name,
        asset,
        nearestHops: nearest,
        nearestMoneyHops: shown === '0' ? null : moneyHops,
        amount: shown,
        directAmount: rounded(direct, places),
      });
    }
  }
  return { outflow: new Map([...outflow].map(([a, v]) => [a, rounded(v, decimals(a))])), entries };
}
