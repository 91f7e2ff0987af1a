import type { Hop } from './types.js';
import { PriorityQueue } from './priority-queue.js';

/**
 * Hops in the order money can move: by time, and at one instant in flow order, so money that
 * arrives at an instant is available to what leaves at that instant (a transfer in and its
 * onward transfer often share a block time). Among the hops at one instant it repeatedly takes
 * the one with the smallest key among those whose source wallet has no inflow at that instant
 * still to come; when none qualifies (a cycle within the instant) it takes the smallest key.
 * Keys compare as JavaScript strings. The order depends only on the hops at that instant and
 * the wallets they join, so a reader who holds every inflow at that instant of each source
 * wallet gets the same order as one who holds the whole graph.
 */
export function inFlowOrder(hops: readonly Hop[]): Hop[] {
  const byInstant = new Map<number, Hop[]>();
  for (const hop of hops) {
    const group = byInstant.get(hop.at);
    if (group) group.push(hop);
    else byInstant.set(hop.at, [hop]);
  }
  return [...byInstant.keys()].sort((a, b) => a - b).flatMap((at) => instantOrder(byInstant.get(at)!));
}

const byKey = (a: Hop, b: Hop) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function instantOrder(group: readonly Hop[]): Hop[] {
  if (group.length === 1) return [...group];
  const sorted = [...group].sort(byKey);
  const pending = new Map<string, number>();
  for (const hop of sorted) pending.set(hop.to, (pending.get(hop.to) ?? 0) + 1);
  const leaving = new Map<string, Hop[]>();
  for (const hop of sorted) {
    const out = leaving.get(hop.from);
    if (out) out.push(hop);
    else leaving.set(hop.from, [hop]);
  }

  const done = new Set<Hop>();
  // A heap: the instants of a busy block can hold thousands of hops.
  const ready = new PriorityQueue(byKey);
  for (const hop of sorted) if (!pending.get(hop.from)) ready.push(hop);
  const order: Hop[] = [];
  let smallest = 0;
  while (order.length < sorted.length) {
    let next = ready.pop();
    while (next && done.has(next)) next = ready.pop();
    if (!next) {
      while (done.has(sorted[smallest]!)) smallest += 1;
      next = sorted[smallest]!;
    }
    done.add(next);
    order.push(next);
    const left = pending.get(next.to)! - 1;
    pending.set(next.to, left);
    if (left === 0) for (const hop of leaving.get(next.to) ?? []) if (!done.has(hop)) ready.push(hop);
  }
  return order;
}
