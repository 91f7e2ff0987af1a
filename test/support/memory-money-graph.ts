import { Decimal } from 'decimal.js';
import type { FrontierWallet, Hop, HopFilter, InstantRequest, LedgerRequest, MoneyGraph } from '../../src/domain/trails/types.js';

/**
 * An in-memory money graph built from plain lists, for testing the trail and exposure algorithms
 * without a database. It follows the documented semantics (docs/money-semantics.md), not the
 * Cypher, so a test that compares the two catches a query that drifts:
 *
 * - an entity's outflow is its salaries plus the transfers out of every wallet it controls through
 *   a chain of CONTROLS of any length, leaving out transfers (and salaries) into its own wallets;
 * - a destination entity's wallets are those it controls through any chain (a wallet target is
 *   itself), and for an organisation also those its members (MEMBER_OF it) control through any
 *   chain; the chain reported is the shortest, controller first, up to the target;
 * - sanctioned wallets are the targets of designations whose status is COMPLETED, and wallets
 *   such a target controls through any chain.
 *
 * Amounts are compared exactly (decimal.js parses without rounding).
 */

export interface MemorySalary {
  readonly key: string;
  readonly employer: string;
  readonly wallet: string;
  readonly amount: string;
  readonly asset: string;
  readonly at: number;
  readonly txHash?: string | null;
}

export interface MemoryTransfer {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly amount: string;
  readonly asset: string;
  readonly at: number;
  readonly txHash?: string | null;
}

export type DesignationStatus = 'COMPLETED' | 'PENDING' | 'UNKNOWN' | 'WITHDRAWN';

export interface MemoryMoneyData {
  /** Keys of the wallets; a key not listed here is an entity (person, organisation, state...). */
  readonly wallets: readonly string[];
  /** Keys of the organisations (they gain their members' wallets as destinations). */
  readonly organizations?: readonly string[];
  readonly salaries?: readonly MemorySalary[];
  readonly transfers?: readonly MemoryTransfer[];
  /** `from` CONTROLS `to` (an entity controls an organisation or a wallet). */
  readonly controls?: readonly { readonly from: string; readonly to: string }[];
  /** `member` is a MEMBER_OF `org`. */
  readonly memberOf?: readonly { readonly member: string; readonly org: string }[];
  readonly designations?: readonly { readonly targets: readonly string[]; readonly status: DesignationStatus }[];
}

const salaryHop = (s: MemorySalary): Hop => ({
  key: s.key,
  kind: 'SALARY',
  from: s.employer,
  to: s.wallet,
  amount: s.amount,
  asset: s.asset,
  at: s.at,
  txHash: s.txHash ?? null,
});

const transferHop = (t: MemoryTransfer): Hop => ({
  key: t.key,
  kind: 'TRANSFER',
  from: t.from,
  to: t.to,
  amount: t.amount,
  asset: t.asset,
  at: t.at,
  txHash: t.txHash ?? null,
});

function passes(hop: Hop, filter: HopFilter): boolean {
  if (filter.minAmount !== null && new Decimal(hop.amount).lt(filter.minAmount)) return false;
  if (filter.assets !== null && !filter.assets.includes(hop.asset)) return false;
  if (filter.since !== null && hop.at < filter.since) return false;
  if (filter.until !== null && hop.at > filter.until) return false;
  return true;
}

const largestFirst = (a: Hop, b: Hop) => new Decimal(b.amount).comparedTo(a.amount) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export class MemoryMoneyGraph implements MoneyGraph {
  private readonly walletSet: ReadonlySet<string>;
  private readonly organizationSet: ReadonlySet<string>;
  private readonly salaries: readonly Hop[];
  private readonly transfers: readonly Hop[];
  private readonly controlled = new Map<string, string[]>();
  private readonly members = new Map<string, string[]>();

  constructor(private readonly data: MemoryMoneyData) {
    this.walletSet = new Set(data.wallets);
    this.organizationSet = new Set(data.organizations ?? []);
    this.salaries = (data.salaries ?? []).map(salaryHop);
    this.transfers = (data.transfers ?? []).map(transferHop);
    for (const { from, to } of data.controls ?? []) this.controlled.set(from, [...(this.controlled.get(from) ?? []), to]);
    for (const { member, org } of data.memberOf ?? []) this.members.set(org, [...(this.members.get(org) ?? []), member]);
  }

  /**
   * Wallets `entity` controls through a chain of CONTROLS of any length, each with the shortest
   * chain of controllers (the wallet's direct controller first, `entity` last). Breadth first, so
   * the first chain found is a shortest one; ties go to the order the links were listed in.
   */
  private controlledWallets(entity: string): Map<string, string[]> {
    const found = new Map<string, string[]>();
    const seen = new Set([entity]);
    let level: { node: string; chain: string[] }[] = [{ node: entity, chain: [entity] }];
    while (level.length > 0) {
      const next: { node: string; chain: string[] }[] = [];
      for (const { node, chain } of level) {
        for (const child of this.controlled.get(node) ?? []) {
          if (seen.has(child)) continue;
          seen.add(child);
          if (this.walletSet.has(child)) found.set(child, chain);
          else next.push({ node: child, chain: [child, ...chain] });
        }
      }
      level = next;
    }
    return found;
  }

  /** The subject's own wallets: itself when it is a wallet, else those it controls through any chain. */
  async subjectWallets(subject: string): Promise<string[]> {
    return this.walletSet.has(subject) ? [subject] : [...this.controlledWallets(subject).keys()];
  }

  async startHops(subject: string, filter: HopFilter): Promise<Hop[]> {
    const own = new Set(await this.subjectWallets(subject));
    const salaries = this.salaries.filter((s) => s.from === subject);
    const transfers = this.transfers.filter((t) => own.has(t.from));
    return [...salaries, ...transfers].filter((h) => !own.has(h.to) && passes(h, filter));
  }

  async transfersOut(frontier: readonly FrontierWallet[], filter: HopFilter, limit: number): Promise<Hop[]> {
    return frontier.flatMap((f) =>
      this.transfers
        .filter((t) => t.from === f.key && t.at >= f.after && passes(t, filter))
        .sort(largestFirst)
        .slice(0, limit),
    );
  }

  async destinations(target: string): Promise<Map<string, readonly string[]>> {
    const found = new Map<string, readonly string[]>();
    const offer = (wallet: string, chain: readonly string[]) => {
      const known = found.get(wallet);
      if (!known || chain.length < known.length) found.set(wallet, chain);
    };
    if (this.walletSet.has(target)) offer(target, []);
    for (const [wallet, chain] of this.controlledWallets(target)) offer(wallet, chain);
    if (this.organizationSet.has(target)) {
      for (const member of this.members.get(target) ?? []) {
        for (const [wallet, chain] of this.controlledWallets(member)) offer(wallet, [...chain, target]);
      }
    }
    return found;
  }

  async sanctioned(): Promise<Map<string, readonly string[]>> {
    const found = new Map<string, readonly string[]>();
    const offer = (wallet: string, chain: readonly string[]) => {
      const known = found.get(wallet);
      if (!known || chain.length < known.length) found.set(wallet, chain);
    };
    for (const designation of this.data.designations ?? []) {
      if (designation.status !== 'COMPLETED') continue;
      for (const target of designation.targets) {
        if (this.walletSet.has(target)) offer(target, []);
        for (const [wallet, chain] of this.controlledWallets(target)) offer(wallet, chain);
      }
    }
    return found;
  }

  async sendersTo(wallets: readonly string[], filter: HopFilter, limit: number): Promise<string[]> {
    const targets = new Set(wallets);
    const senders = new Set(this.transfers.filter((t) => targets.has(t.to) && passes(t, filter)).map((t) => t.from));
    return [...senders].slice(0, limit);
  }

  /** Breadth-first over transfers, time and amounts ignored. */
  async pathWithin(from: readonly string[], to: readonly string[], hops: number): Promise<boolean> {
    const targets = new Set(to);
    let level = new Set(from);
    const seen = new Set<string>();
    for (let h = 1; h <= hops && level.size > 0; h += 1) {
      const next = new Set<string>();
      for (const t of this.transfers) if (level.has(t.from) && !seen.has(t.to)) next.add(t.to);
      if ([...next].some((w) => targets.has(w))) return true;
      for (const w of next) seen.add(w);
      level = next;
    }
    return false;
  }

  /** Every salary and transfer of any asset into or out of each request's wallet. */
  async ledgerBound(requests: readonly LedgerRequest[]): Promise<number> {
    const moves = [...this.salaries, ...this.transfers];
    return requests.reduce((sum, r) => sum + moves.filter((h) => h.from === r.wallet || h.to === r.wallet).length, 0);
  }

  /** How many salaries and transfers of the asset go into or out of each wallet, in request order. */
  async ledgerSizes(requests: readonly LedgerRequest[]): Promise<number[]> {
    return requests.map((r) => this.ledgerOf(r).length);
  }

  /** Every salary and transfer of the asset into or out of each wallet, whoever's money it is. */
  async ledger(requests: readonly LedgerRequest[]): Promise<Hop[]> {
    // A transfer between two requested wallets is in both ledgers; it is returned once.
    const byKey = new Map(requests.flatMap((r) => this.ledgerOf(r)).map((h) => [h.key, h]));
    return [...byKey.values()];
  }

  async sameInstantInflows(requests: readonly InstantRequest[]): Promise<Hop[]> {
    return requests.flatMap((r) =>
      [...this.salaries, ...this.transfers].filter((h) => h.to === r.wallet && h.asset === r.asset && h.at === r.at),
    );
  }

  private ledgerOf({ wallet, asset }: LedgerRequest): Hop[] {
    return [...this.salaries, ...this.transfers].filter((h) => h.asset === asset && (h.from === wallet || h.to === wallet));
  }
}
