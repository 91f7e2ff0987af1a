import { mayStillReach, reachBackwards } from './backward-reach.js';
import type { Hop, HopFilter, InstantRequest, LedgerRequest, LimitReached, MoneyGraph } from './types.js';

/**
 * What exposure reads: the subject's outflows, then, level by level, the whole ledger (every
 * salary and transfer in and out, anyone's money, at any time) of each wallet the subject's money
 * can reach, per asset, with fewer than `maxHops` hops taken, so the money can still leave it.
 * Reach respects time: a wallet is reached at the earliest time the money can be there, and only
 * transfers out no earlier than that carry it on. Whole ledgers make balances right: HAIRCUT and
 * FIFO depend on money that arrived before the subject's and on outflows that go elsewhere.
 * A wallet that cannot pass money on to any category's wallet in the hops left (a backward pass
 * from those wallets, time ignored, says so: backward-reach.ts) is not read: nothing that
 * reaches it can reach a category, so leaving it out changes no figure.
 *
 * The read is bounded by a number of ledger rows in all; wallets past it are left unread (and
 * said so), and the money that reaches them is not followed.
 */

export interface ExposureBudget {
  /** Ledger rows (salaries and transfers, counted once per wallet they touch) read in all. */
  readonly transfers: number;
  /** Wallets the backward pass may mark before it stops refining (not a cut: it prunes less). */
  readonly reverseWallets: number;
}

/**
 * Sized so an employer, a consolidation wallet or an OTC hub of the generator's scale-10 world
 * is read whole; the rows of one request stay a few tens of megabytes. The backward pass marks
 * up to 200,000 wallets (their keys, a few megabytes): at scale 100 every wallet within three
 * transfers of a category's wallet.
 */
export const DEFAULT_EXPOSURE_BUDGET: ExposureBudget = { transfers: 200_000, reverseWallets: 200_000 };

export const NO_FILTER: HopFilter = { minAmount: null, assets: null, since: null, until: null };

export interface MoneyRead {
  /** The subject's outflows: salaries and transfers out of its wallets, not into them. */
  readonly start: readonly Hop[];
  /** Every hop read (outflows, ledgers, same-instant inflows), each once, no self-transfers. */
  readonly hops: readonly Hop[];
  /** Per asset, the wallets whose whole ledger was read. */
  readonly ledgers: ReadonlyMap<string, ReadonlySet<string>>;
  readonly limitsReached: readonly LimitReached[];
}

export interface MoneyReadQuery {
  readonly subject: string;
  readonly home: ReadonlySet<string>;
  /** Wallets every category absorbs: money reaching them is never followed. */
  readonly absorbing: ReadonlySet<string>;
  /** Every category's wallets: a wallet that cannot reach one in the hops left is not read. */
  readonly targets: ReadonlySet<string>;
  readonly maxHops: number;
  readonly budget: ExposureBudget;
}

// NUL is in no asset name, so the two parts cannot run into each other.
const slot = (asset: string, wallet: string) => `${asset}\u0000${wallet}`;

export async function readMoney(graph: MoneyGraph, q: MoneyReadQuery): Promise<MoneyRead> {
  // Money at a wallet with L hops taken has maxHops - L left, and L is at least 1.
  const [outflows, reach] = await Promise.all([
    graph.startHops(q.subject, NO_FILTER),
    reachBackwards(graph, q.targets, q.maxHops - 1, NO_FILTER, q.budget.reverseWallets),
  ]);
  const start = outflows.filter((h) => h.from !== h.to && !q.home.has(h.to));
  const hops = new Map(start.map((h) => [h.key, h]));
  const ledgers = new Map<string, Set<string>>();
  const read = (asset: string, wallet: string) => ledgers.get(asset)?.has(wallet) ?? false;
  const out = new Map<string, Hop[]>();
  const cut = new Set<string>();
  let rows = 0;
  let leftOut = 0;

  // Earliest time the money can be at each wallet, per asset, in the hops taken so far (looked
  // up for every hop out of the frontier, so without building a key string).
  const earliest = new Map<string, Map<string, number>>();
  let frontier = new Map<string, { asset: string; wallet: string; at: number }>();
  const offer = (hop: Hop) => {
    if (hop.from === hop.to || q.home.has(hop.to) || q.absorbing.has(hop.to)) return;
    let times = earliest.get(hop.asset);
    if (!times) earliest.set(hop.asset, (times = new Map()));
    if (hop.at >= (times.get(hop.to) ?? Infinity)) return;
    times.set(hop.to, hop.at);
    frontier.set(slot(hop.asset, hop.to), { asset: hop.asset, wallet: hop.to, at: hop.at });
  };
  start.forEach(offer);

  // Money at hop count `level` can leave on hop `level + 1`, which must be within maxHops.
  for (let level = 1; level < q.maxHops && frontier.size > 0; level += 1) {
    // A wallet that cannot pass money on to a category in the hops left is not worth reading:
    // nothing that reaches it can reach one (its balance matters to no one followed).
    const unread = [...frontier.entries()].filter(
      ([key, r]) => !read(r.asset, r.wallet) && !cut.has(key) && mayStillReach(reach, r.wallet, q.maxHops - level),
    );
    if (unread.length > 0) {
      const requests: LedgerRequest[] = unread.map(([, r]) => ({ wallet: r.wallet, asset: r.asset }));
      // When even every relationship of these wallets fits, all are read without counting each
      // ledger first; otherwise the exact sizes decide which ledgers fit.
      const fits = rows + (await graph.ledgerBound(requests)) <= q.budget.transfers;
      // (Not push(...requests): a level can hold more wallets than a call has room for arguments.)
      const taken: LedgerRequest[] = fits ? requests : [];
      if (!fits) {
        const sizes = await graph.ledgerSizes(requests);
        // Small ledgers first, so one huge hub cannot crowd out every other wallet.
        const bySize = requests.map((r, i) => ({ r, size: sizes[i]!, key: unread[i]![0] }));
        bySize.sort((a, b) => a.size - b.size || (a.key < b.key ? -1 : 1));
        for (const { r, size, key } of bySize) {
          if (rows + size <= q.budget.transfers) {
            rows += size;
            taken.push(r);
          } else {
            cut.add(key);
            leftOut += size;
          }
        }
      }
      const ledgerRows = await graph.ledger(taken);
      if (fits) rows += rowsPerLedger(ledgerRows, taken);
      for (const hop of ledgerRows) {
        if (hop.from === hop.to || hops.has(hop.key)) continue;
        hops.set(hop.key, hop);
      }
      for (const r of taken) {
        const wallets = ledgers.get(r.asset) ?? new Set<string>();
        wallets.add(r.wallet);
        ledgers.set(r.asset, wallets);
      }
      // A ledger read holds every row of the wallets it asked for, their outflows among them.
      indexOutflows(ledgerRows, taken, out);
    }
    const current = frontier;
    frontier = new Map();
    for (const [key, r] of current) for (const hop of out.get(key) ?? []) if (hop.at >= r.at) offer(hop);
  }

  await readSameInstantInflows(graph, hops, ledgers);
  return {
    start,
    hops: [...hops.values()],
    ledgers,
    limitsReached: leftOut > 0 ? [{ budget: 'TRANSFERS', limit: q.budget.transfers, leftOut }] : [],
  };
}

/** The requests' wallets per asset (looked up per hop read, so no key string is built per hop). */
function walletsByAsset(requests: readonly LedgerRequest[]): Map<string, Set<string>> {
  const byAsset = new Map<string, Set<string>>();
  for (const r of requests) {
    const wallets = byAsset.get(r.asset);
    if (wallets) wallets.add(r.wallet);
    else byAsset.set(r.asset, new Set([r.wallet]));
  }
  return byAsset;
}

/** The rows the budget counts for ledgers read: each hop once per requested ledger it is in. */
function rowsPerLedger(read: readonly Hop[], taken: readonly LedgerRequest[]): number {
  const requested = walletsByAsset(taken);
  let rows = 0;
  for (const hop of read) {
    const wallets = requested.get(hop.asset);
    if (!wallets) continue;
    if (wallets.has(hop.from)) rows += 1;
    if (hop.to !== hop.from && wallets.has(hop.to)) rows += 1;
  }
  return rows;
}

/** Files the transfers out of the wallets just read under their (asset, wallet) slot. */
function indexOutflows(hops: readonly Hop[], taken: readonly LedgerRequest[], out: Map<string, Hop[]>): void {
  const fresh = walletsByAsset(taken);
  const lists = new Map<string, Map<string, Hop[]>>();
  for (const [asset, wallets] of fresh) {
    const byWallet = new Map<string, Hop[]>();
    for (const wallet of wallets) {
      const list: Hop[] = [];
      byWallet.set(wallet, list);
      out.set(slot(asset, wallet), list);
    }
    lists.set(asset, byWallet);
  }
  for (const hop of hops) {
    if (hop.from !== hop.to) lists.get(hop.asset)?.get(hop.from)?.push(hop);
  }
}

/**
 * Flow order at an instant depends on the inflows at that instant of each hop's source wallet
 * (see flow-order.ts). A wallet whose ledger was read has them all; for the others (the sources
 * of other people's money, the subject's own wallets) they are read here, transitively, for the
 * instants where two or more hops read share a time. Such instants are rare, so these reads are
 * few and not budgeted; they only order hops and move no money that is followed.
 */
async function readSameInstantInflows(
  graph: MoneyGraph,
  hops: Map<string, Hop>,
  ledgers: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<void> {
  // Hops per asset and instant, counted without building a key string per hop.
  const perInstant = new Map<string, Map<number, number>>();
  for (const hop of hops.values()) {
    let counts = perInstant.get(hop.asset);
    if (!counts) perInstant.set(hop.asset, (counts = new Map()));
    counts.set(hop.at, (counts.get(hop.at) ?? 0) + 1);
  }
  const shared = (hop: Hop) => perInstant.get(hop.asset)!.get(hop.at)! > 1;
  const asked = new Set<string>();
  const wanted = (candidates: Iterable<Hop>): InstantRequest[] => {
    const requests: InstantRequest[] = [];
    for (const hop of candidates) {
      if (hop.kind !== 'TRANSFER' || ledgers.get(hop.asset)?.has(hop.from)) continue;
      const key = JSON.stringify([hop.asset, hop.from, hop.at]);
      if (asked.has(key)) continue;
      asked.add(key);
      requests.push({ wallet: hop.from, asset: hop.asset, at: hop.at });
    }
    return requests;
  };
  let requests = wanted([...hops.values()].filter(shared));
  while (requests.length > 0) {
    const fresh = (await graph.sameInstantInflows(requests)).filter((h) => h.from !== h.to && !hops.has(h.key));
    for (const hop of fresh) hops.set(hop.key, hop);
    requests = wanted(fresh);
  }
}
