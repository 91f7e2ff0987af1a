import type { AssetMoney } from './asset-money.js';
import { make, placesOf, toUnits, type Rational } from './rational.js';
import { BOUNDS, EXACT, GUARD as GUARD_DIGITS, settledUnits, type Bounded, type ShareArithmetic } from './share-arithmetic.js';

/**
 * HAIRCUT and FIFO: one asset's hops replayed in flow order, each wallet keeping its balance and
 * the subject's money in it split by how many hops that money has taken (index 1 = arrived on the
 * subject's outflow). An outflow takes its share of the subject's money under the method; the
 * parts arrive one hop further on, and a part that would take more than maxHops hops is no longer
 * the subject's (it stays in the balances as anyone's money). Money that reaches a wallet of the
 * category is counted and stays there; money that reaches the subject's own wallets, or a wallet
 * whose ledger was not read, is not followed.
 *
 * Recorded balances can be short (an outflow larger than what the wallet is known to hold, for
 * money that came from outside the data): such an outflow empties the wallet, carrying all of
 * the subject's money in it, and the balance does not go below zero.
 *
 * Balances are exact integers; the subject's parts run on bounds first and exactly only when the
 * bounds cannot settle the rounded figure (share-arithmetic.ts).
 */

/** The subject's money by hops taken; index 0 is unused. */
type Parts<T> = T[];

interface Book<T> {
  receive(amount: bigint, parts: Parts<T> | null): void;
  /** The subject's money an outflow of `amount` takes with it, by hops taken so far. */
  spend(amount: bigint): Parts<T> | null;
}

export type ReplayMethod = 'HAIRCUT' | 'FIFO';

export interface ReplayResult {
  /** Exact, or within 10^-24 of a unit of it and rounding to the same figure at the asset's places. */
  readonly amount: Rational;
  /** The part that arrived on the subject's outflow itself (one hop). */
  readonly direct: Rational;
  /** Fewest hops a positive part took to arrive, or null when none did. */
  readonly nearestMoneyHops: number | null;
}

const minBig = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/** Pro rata: an outflow takes the same fraction of each part as of the balance. */
function haircutBook<T>(ar: ShareArithmetic<T>): Book<T> {
  let balance = 0n;
  let parts: Parts<T> | null = null;
  return {
    receive(amount, arriving) {
      balance += amount;
      if (arriving) parts = parts ? parts.map((p, i) => ar.add(p, arriving[i]!)) : [...arriving];
    },
    spend(amount) {
      if (balance <= 0n) return null;
      const used = minBig(amount, balance);
      const before = balance;
      balance -= used;
      if (!parts) return null;
      const taken = parts.map((p) => ar.scale(p, used, before));
      parts = parts.map((p) => ar.scale(p, balance, before));
      return taken;
    },
  };
}

interface Lot<T> {
  amount: bigint;
  parts: Parts<T> | null;
}

/** First in, first out: an outflow spends the oldest lots first, each lot pro rata within itself. */
function fifoBook<T>(ar: ShareArithmetic<T>): Book<T> {
  const lots: Lot<T>[] = [];
  let head = 0;
  return {
    receive(amount, arriving) {
      if (amount > 0n) lots.push({ amount, parts: arriving });
    },
    spend(amount) {
      let left = amount;
      let taken: Parts<T> | null = null;
      while (left > 0n && head < lots.length) {
        const lot = lots[head]!;
        const used = minBig(lot.amount, left);
        left -= used;
        if (lot.parts) {
          const part = lot.parts.map((p) => ar.scale(p, used, lot.amount));
          taken = taken ? taken.map((p, i) => ar.add(p, part[i]!)) : part;
          lot.parts = lot.parts.map((p) => ar.scale(p, lot.amount - used, lot.amount));
        }
        lot.amount -= used;
        if (lot.amount === 0n) head += 1;
      }
      return taken;
    },
  };
}

const BOOKS = { HAIRCUT: haircutBook, FIFO: fifoBook } satisfies Record<ReplayMethod, <T>(ar: ShareArithmetic<T>) => Book<T>>;

interface Arrived<T> {
  readonly amount: T;
  readonly direct: T;
  readonly nearestMoneyHops: number | null;
}

function run<T>(
  money: AssetMoney,
  units: readonly bigint[],
  category: ReadonlySet<string>,
  method: ReplayMethod,
  ar: ShareArithmetic<T>,
): Arrived<T> {
  const books = new Map<string, Book<T>>();
  const bookOf = (wallet: string): Book<T> | undefined => {
    if (!money.ledgers.has(wallet) || category.has(wallet)) return undefined;
    let book = books.get(wallet);
    if (!book) books.set(wallet, (book = BOOKS[method](ar)));
    return book;
  };
  const startKeys = new Set(money.start.map((h) => h.key));
  const none = (): Parts<T> => Array.from({ length: money.maxHops + 1 }, () => ar.zero);
  let amount = ar.zero;
  let direct = ar.zero;
  let nearestMoneyHops: number | null = null;

  for (let i = 0; i < money.ordered.length; i += 1) {
    const hop = money.ordered[i]!;
    const value = units[i]!;
    let carried: Parts<T> | null;
    if (startKeys.has(hop.key)) {
      carried = none();
      carried[1] = ar.of(value);
    } else {
      const taken = bookOf(hop.from)?.spend(value) ?? null;
      // One hop further on; what would pass maxHops is no longer followed.
      carried = taken && [ar.zero, ar.zero, ...taken.slice(1, money.maxHops)];
    }
    if (category.has(hop.to)) {
      carried?.forEach((part, hops) => {
        if (!ar.positive(part)) return;
        amount = ar.add(amount, part);
        if (hops === 1) direct = ar.add(direct, part);
        nearestMoneyHops = Math.min(nearestMoneyHops ?? hops, hops);
      });
    } else {
      // The subject's own wallets are never read (money home is not followed), so have no book.
      bookOf(hop.to)?.receive(value, carried);
    }
  }
  return { amount, direct, nearestMoneyHops };
}

/** The replay's figures, to be rounded toward zero to `decimals` places (the asset's). */
export function replay(money: AssetMoney, category: ReadonlySet<string>, method: ReplayMethod, decimals: number): ReplayResult {
  const places = money.ordered.reduce((most, hop) => Math.max(most, placesOf(hop.amount)), decimals);
  // In units of 10^-places, once for both runs: each hop's amount as an exact integer.
  const units = money.ordered.map((hop) => toUnits(hop.amount, places));
  const bounded = run(money, units, category, method, BOUNDS);
  const settled = (a: Bounded): Rational | null =>
    settledUnits(a, places, decimals) === null ? null : make(a.lo, 10n ** BigInt(places + GUARD_DIGITS));
  const amount = settled(bounded.amount);
  const direct = settled(bounded.direct);
  if (amount && direct) return { amount, direct, nearestMoneyHops: bounded.nearestMoneyHops };
  const exact = run(money, units, category, method, EXACT);
  const unit = 10n ** BigInt(places);
  return {
    amount: make(exact.amount.n, exact.amount.d * unit),
    direct: make(exact.direct.n, exact.direct.d * unit),
    nearestMoneyHops: exact.nearestMoneyHops,
  };
}
