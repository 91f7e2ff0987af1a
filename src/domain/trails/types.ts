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
  /** Transfers out of each frontier wallet no earlier than its `after`, largest first, at most `limit` per wallet. */
  transfersOut(frontier: readonly FrontierWallet[], filter: HopFilter, limit: number): Promise<Hop[]>;
  /** Wallets that count as the destination, each with its control chain (controller first). */
  destinations(target: string): Promise<Map<string, readonly string[]>>;
  /** Wallets under a sanctions designation in force, or controlled by its target, with that chain. */
  sanctioned(): Promise<Map<string, readonly string[]>>;
  /** Wallets that send to any of `wallets`, ignoring time (for pruning the forward search). */
  sendersTo(wallets: readonly string[], filter: HopFilter, limit: number): Promise<string[]>;
  /**
   * Whether a chain of at most `hops` transfers, time and amounts ignored, leads from one of
   * `from` to one of `to` (a wallet to itself needs a chain too). Asked only for a few pairs.
   */
  pathWithin(from: readonly string[], to: readonly string[], hops: number): Promise<boolean>;
  /**
   * At least what `ledgerSizes` sums to: every salary and transfer of any asset into or out of
   * each request's wallet. Neo4j answers it from relationship counts, without reading a property.
   */
  ledgerBound(requests: readonly LedgerRequest[]): Promise<number>;
  /** How many salaries and transfers of each request's asset go into or out of its wallet, in request order. */
  ledgerSizes(requests: readonly LedgerRequest[]): Promise<number[]>;
  /** Every salary and transfer of each request's asset into or out of its wallet (anyone's money), each once. */
  ledger(requests: readonly LedgerRequest[]): Promise<Hop[]>;
  /** Salaries and transfers of each request's asset into its wallet at exactly its instant. */
  sameInstantInflows(requests: readonly InstantRequest[]): Promise<Hop[]>;
}

/** A wallet and one asset whose whole ledger is wanted. */
export interface LedgerRequest {
  readonly wallet: string;
  readonly asset: string;
}

/** A wallet, an asset and an instant (epoch milliseconds). */
export interface InstantRequest {
  readonly wallet: string;
  readonly asset: string;
  readonly at: number;
}

export const MAX_HOPS = 8;

/** A budget a search reached and how much it left out (at least). */
export interface LimitReached {
  readonly budget: 'TRAILS' | 'PARTIAL_TRAILS' | 'TRANSFERS_PER_WALLET' | 'TRANSFERS' | 'WALLETS';
  readonly limit: number;
  readonly leftOut: number;
}
