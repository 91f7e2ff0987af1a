import { inFlowOrder } from './flow-order.js';
import type { Hop } from './types.js';

/** One asset's part of what exposure read, arranged for the reach search and the replay. */
export interface AssetMoney {
  readonly asset: string;
  /** The subject's outflows of the asset. */
  readonly start: readonly Hop[];
  /** Every hop of the asset read, in flow order (flow-order.ts). */
  readonly ordered: readonly Hop[];
  /** Wallets whose whole ledger of the asset was read: the only ones money is followed out of. */
  readonly ledgers: ReadonlySet<string>;
  /** Transfers out of each of those wallets. */
  readonly out: ReadonlyMap<string, readonly Hop[]>;
  /** The subject's own wallets: money arriving there is home and not followed. */
  readonly home: ReadonlySet<string>;
  readonly maxHops: number;
}

export function assetMoney(
  asset: string,
  read: { start: readonly Hop[]; hops: readonly Hop[]; ledgers: ReadonlyMap<string, ReadonlySet<string>> },
  home: ReadonlySet<string>,
  maxHops: number,
): AssetMoney {
  const hops = read.hops.filter((h) => h.asset === asset);
  const ledgers = read.ledgers.get(asset) ?? new Set<string>();
  const out = new Map<string, Hop[]>();
  for (const hop of hops) {
    if (!ledgers.has(hop.from)) continue;
    const list = out.get(hop.from);
    if (list) list.push(hop);
    else out.set(hop.from, [hop]);
  }
  return { asset, start: read.start.filter((h) => h.asset === asset), ordered: inFlowOrder(hops), ledgers, out, home, maxHops };
}
