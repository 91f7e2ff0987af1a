import { Decimal } from 'decimal.js';
import type { Hop, HopFilter, Trail } from '../../src/domain/trails/types.js';

/**
 * The documented trail semantics, written as plainly as possible to check the production search
 * against: every simple time-respecting path from the subject's outflow, enumerated depth
 * first, kept when it ends at a destination wallet. Exponential; small graphs only.
 *
 * - first hops: the employer's salaries, plus transfers out of the subject's own wallets, except
 *   those into its own wallets; later hops: transfers out of the wallet the last hop reached;
 * - every hop passes the filter (minAmount compared exactly), moves the last hop's asset, is no
 *   earlier than it (equal times allowed), and reaches a wallet not yet visited that is not one
 *   of the subject's own;
 * - a path stops at the first destination wallet it reaches (the subject's own wallets are no
 *   destinations), and has at most maxHops hops;
 * - ranking: largest bottleneck (smallest hop amount, exactly), then fewer hops, then the hop
 *   keys joined by `>`; the bottleneck's text is that of the first hop with the smallest amount.
 */

export interface ReferenceInput {
  readonly subject: string;
  readonly salaries: readonly Hop[];
  readonly transfers: readonly Hop[];
  readonly own: ReadonlySet<string>;
  readonly destinations: ReadonlyMap<string, readonly string[]>;
  readonly maxHops: number;
  readonly filter: HopFilter;
}

function passes(hop: Hop, filter: HopFilter): boolean {
  return (
    (filter.minAmount === null || new Decimal(hop.amount).gte(filter.minAmount)) &&
    (filter.assets === null || filter.assets.includes(hop.asset)) &&
    (filter.since === null || hop.at >= filter.since) &&
    (filter.until === null || hop.at <= filter.until)
  );
}

function bottleneckOf(hops: readonly Hop[]): string {
  let smallest = hops[0]!.amount;
  for (const hop of hops) if (new Decimal(hop.amount).lt(smallest)) smallest = hop.amount;
  return smallest;
}

const idOf = (hops: readonly Hop[]) => hops.map((h) => h.key).join('>');

export function referenceTrails(input: ReferenceInput): Trail[] {
  const destinations = new Map([...input.destinations].filter(([w]) => !input.own.has(w)));
  const starts = [
    ...input.salaries.filter((s) => s.from === input.subject),
    ...input.transfers.filter((t) => input.own.has(t.from)),
  ].filter((h) => !input.own.has(h.to) && passes(h, input.filter));
  const found: Trail[] = [];
  const walk = (hops: Hop[], visited: Set<string>) => {
    const last = hops.at(-1)!;
    const chain = destinations.get(last.to);
    if (chain) {
      found.push({ hops: [...hops], bottleneck: bottleneckOf(hops), asset: last.asset, controlChain: chain });
      return;
    }
    if (hops.length === input.maxHops) return;
    for (const t of input.transfers) {
      if (t.from !== last.to || t.asset !== last.asset || t.at < last.at) continue;
      if (visited.has(t.to) || input.own.has(t.to) || !passes(t, input.filter)) continue;
      visited.add(t.to);
      hops.push(t);
      walk(hops, visited);
      hops.pop();
      visited.delete(t.to);
    }
  };
  for (const s of starts) walk([s], new Set([s.from, s.to]));
  return found.sort(
    (a, b) =>
      new Decimal(b.bottleneck).comparedTo(a.bottleneck) ||
      a.hops.length - b.hops.length ||
      (idOf(a.hops) < idOf(b.hops) ? -1 : idOf(a.hops) > idOf(b.hops) ? 1 : 0),
  );
}
