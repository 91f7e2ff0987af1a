import type { AssetMoney } from './asset-money.js';
import { add, div, isPositive, min, mul, parseDecimal, sub, ZERO, type Rational } from './rational.js';

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
 */

/** The subject's money by hops taken; index 0 is unused. */
type Parts = Rational[];

interface Book {
  receive(amount: Rational, parts: Parts | null): void;
  /** The subject's money an outflow of `amount` takes with it, by hops taken so far. */
  spend(amount: Rational): Parts | null;
}

export type ReplayMethod = 'HAIRCUT' | 'FIFO';

export interface ReplayResult {
  readonly amount: Rational;
  /** The part that arrived on the subject's outflow itself (one hop). */
  readonly direct: Rational;
  /** Fewest hops a positive part took to arrive, or null when none did. */
  readonly nearestMoneyHops: number | null;
}

const scaled = (parts: Parts, factor: Rational): Parts => parts.map((p) => mul(p, factor));

/** Pro rata: an outflow takes the same fraction of each part as of the balance. */
function haircutBook(): Book {
  let balance = ZERO;
  let parts: Parts | null = null;
  return {
    receive(amount, arriving) {
      balance = add(balance, amount);
      if (arriving) parts = parts ? parts.map((p, i) => add(p, arriving[i]!)) : [...arriving];
    },
    spend(amount) {
      if (!isPositive(balance)) return null;
      const fraction = div(min(amount, balance), balance);
      balance = isPositive(sub(balance, amount)) ? sub(balance, amount) : ZERO;
      if (!parts) return null;
      const taken = scaled(parts, fraction);
      parts = parts.map((p, i) => sub(p, taken[i]!));
      return taken;
    },
  };
}

interface Lot {
  amount: Rational;
  parts: Parts | null;
}

/** First in, first out: an outflow spends the oldest lots first, each lot pro rata within itself. */
function fifoBook(): Book {
  const lots: Lot[] = [];
  let head = 0;
  return {
    receive(amount, arriving) {
      if (isPositive(amount)) lots.push({ amount, parts: arriving });
    },
    spend(amount) {
      let left = amount;
      let taken: Parts | null = null;
      while (isPositive(left) && head < lots.length) {
        const lot = lots[head]!;
        const used = min(lot.amount, left);
        left = sub(left, used);
        if (lot.parts) {
          const part = scaled(lot.parts, div(used, lot.amount));
          taken = taken ? taken.map((p, i) => add(p, part[i]!)) : part;
          lot.parts = lot.parts.map((p, i) => sub(p, part[i]!));
        }
        lot.amount = sub(lot.amount, used);
        if (!isPositive(lot.amount)) head += 1;
      }
      return taken;
    },
  };
}

const BOOKS = { HAIRCUT: haircutBook, FIFO: fifoBook } satisfies Record<ReplayMethod, () => Book>;

export function replay(money: AssetMoney, category: ReadonlySet<string>, method: ReplayMethod): ReplayResult {
  const books = new Map<string, Book>();
  const bookOf = (wallet: string): Book | undefined => {
    if (!money.ledgers.has(wallet) || category.has(wallet)) return undefined;
    let book = books.get(wallet);
    if (!book) books.set(wallet, (book = BOOKS[method]()));
    return book;
  };
  const startKeys = new Set(money.start.map((h) => h.key));
  const none = (): Parts => Array.from({ length: money.maxHops + 1 }, () => ZERO);
  let amount = ZERO;
  let direct = ZERO;
  let nearestMoneyHops: number | null = null;

  for (const hop of money.ordered) {
    const value = parseDecimal(hop.amount);
    let carried: Parts | null;
    if (startKeys.has(hop.key)) {
      carried = none();
      carried[1] = value;
    } else {
      const taken = bookOf(hop.from)?.spend(value) ?? null;
      // One hop further on; what would pass maxHops is no longer followed.
      carried = taken && [ZERO, ZERO, ...taken.slice(1, money.maxHops)];
    }
    if (category.has(hop.to)) {
      carried?.forEach((part, hops) => {
        if (!isPositive(part)) return;
        amount = add(amount, part);
        if (hops === 1) direct = add(direct, part);
        nearestMoneyHops = Math.min(nearestMoneyHops ?? hops, hops);
      });
    } else {
      // The subject's own wallets are never read (money home is not followed), so have no book.
      bookOf(hop.to)?.receive(value, carried);
    }
  }
  return { amount, direct, nearestMoneyHops };
}
