import { DAY, HOUR, addMonths } from './calendar.js';
import type { Random } from './random.js';

export interface Inflow {
  readonly at: number;
  readonly units: number;
}

/**
 * When a wallet that collects money (a consolidation or fee wallet) empties itself: every
 * `everyMonths` months it sends on all it has received before that moment, until everything
 * received has left. Each cash-out is strictly later than the inflows it carries, so the wallet
 * never sends money it does not have yet.
 */
export function scheduleCashouts(rng: Random, inflows: readonly Inflow[], everyMonths: number): Inflow[] {
  const pending = [...inflows].sort((a, b) => a.at - b.at);
  const first = pending[0];
  if (!first) return [];
  const cashouts: Inflow[] = [];
  let next = 0;
  let at = addMonths(first.at, everyMonths) + rng.int(0, 5) * DAY + rng.int(1, 23) * HOUR;
  while (next < pending.length) {
    let units = 0;
    for (let inflow = pending[next]; inflow && inflow.at < at; inflow = pending[next]) {
      units += inflow.units;
      next += 1;
    }
    if (units > 0) cashouts.push({ at, units });
    at = addMonths(at, everyMonths) + rng.int(0, 5) * DAY;
  }
  return cashouts;
}
