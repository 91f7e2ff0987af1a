/**
 * Money trails and exposure as plain data: what the search reads from the graph (hops), what it
 * returns (trails), and the graph access it needs, so the algorithms run and test without a
 * server. Amounts stay decimal strings; times are epoch milliseconds.
 */

export type HopKind = 'SALARY' | 'TRANSFER';

/** One salary payment or transfer. */
export interface Hop {
  readonly key: string;
  readonly kind: HopKind;
  readonly from: string;
  readonly to: string;
  readonly amount: string;
  readonly asset: string;
  readonly at: number;
  readonly txHash: string | null;
}

export interface Trail {
  readonly hops: readonly Hop[];
  /** The smallest hop amount: the most that can have flowed along the whole trail. */
  readonly bottleneck: string;
  readonly asset: string;
  /** Keys from the last wallet's controller up to the destination entity. */
  readonly controlChain: readonly string[];
}

/** Which hops a search may follow; `minAmount` is compared exactly (as decimals, never floats). */
export interface HopFilter {
  readonly minAmount: string | null;
  readonly assets: readonly string[] | null;
  readonly since: number | null;
  readonly until: number | null;
}

/** Where a search stands at a wallet: hops out of it must not be earlier than `after`. */
export interface FrontierWallet {
  readonly key: string;
  readonly after: number;
}

/** The reads the algorithms need; `src/loaders/money-graph.ts` implements them in Cypher. */
export interface MoneyGraph {
  /**
   * The subject's outflow: an employer's salaries, plus the transfers out of every wallet it
   * controls through a chain of any length (a wallet: its own), except those into its own
   * wallets.
   */
  startHops(subject: string, filter: HopFilter): Promise<Hop[]>;
  /** The subject's own wallets: itself when a wallet, else those it controls through any chain. */
  subjectWallets(subject: string): Promise<string[]>;
  /**
  /** Transfers out of each frontier wallet no earlier than its `after`, largest first, at most `limit` per wallet. */
  transfersOut(frontier: readonly FrontierWallet[], filter: HopFilter, limit: number): Promise<Hop[]>;
  /** Wallets that count as the destination, each with its control chain (controller first). */
  destinations(target: string): Promise<Map<string, readonly string[]>>;
  /** Wallets under a sanctions designation in force, or controlled by its target, with that chain. */
  sanctioned(): Promise<Map<string, readonly string[]>>;
  /** Wallets that send to any of `wallets`, ignoring time (for pruning the forward search). */
  sendersTo(wallets: readonly string[], filter: HopFilter, limit: number): Promise<string[]>;
  /** Every transfer and salary into each wallet (other people's money too), for balances. */
  inflows(wallets: readonly string[], filter: HopFilter, limit: number): Promise<Hop[]>;
}

/** Bounds that keep a search quick whatever the graph: past them it stops and says so. */
export interface SearchBudget {
  /** Partial trails kept per level (the largest bottlenecks win). */
  readonly beam: number;
  /** Transfers read per wallet per level (the largest win). */
  readonly perWallet: number;
  /** Wallets the backward pruning may mark before it gives up refining. */
  readonly reverseWallets: number;
  /** Trails collected before the search stops. */
  readonly maxTrails: number;
}

export const DEFAULT_BUDGET: SearchBudget = { beam: 1_000, perWallet: 30, reverseWallets: 10_000, maxTrails: 500 };

export const MAX_HOPS = 8;

/** A budget a search reached and how much it left out (at least). */
export interface LimitReached {
  readonly budget: 'TRAILS' | 'PARTIAL_TRAILS' | 'TRANSFERS_PER_WALLET' | 'TRANSFERS' | 'WALLETS';
  readonly limit: number;
  readonly leftOut: number;
}
