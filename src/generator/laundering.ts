import { DAY, HOUR, MINUTE } from './calendar.js';
import type { CellWriter, Position } from './cell-writer.js';
import { share, splitAmount } from './money.js';
import type { SharedWorld } from './shared-world.js';

/**
 * The trail of one cash-out from a consolidation wallet: layering (a peel chain, a split into
 * branches, or nothing), services that break the trail (mixers, OTC desks), and an end. About
 * 40% of trails end in a treasury of a front company the DPRK controls; the rest are decoys
 * that end at exchange deposit wallets or bank custody wallets with no DPRK link. Amounts only
 * shrink along a trail (peels, fees) and every hop is later than the one before.
 */
const DPRK_SHARE = 0.4;

export interface TrailContext {
  readonly world: SharedWorld;
  /** Treasury wallets of the cell's front company. */
  readonly treasuries: readonly string[];
  /** Wallets the cell's launderer reuses across trails, as real launderers do. */
  readonly layeringPool: readonly string[];
  /** Exchange accounts the cell opened (under stolen identities) and uses again and again. */
  readonly depositAccounts: readonly string[];
}

const REUSE_SHARE = 0.45;

/** Wallets a trail moves through: the next layering hop, and where a peel goes. */
interface Hops {
  next(): string;
  side(): string;
}

export function launder(w: CellWriter, ctx: TrailContext, cashout: Position): void {
  const { rng } = w;
  const { world } = ctx;
  const end = rng.chance(DPRK_SHARE) ? rng.pick(ctx.treasuries) : decoyEnd(w, ctx);
  // A wallet appears at most once per trail, so a trail never loops back on itself.
  const used = new Set<string>([cashout.wallet]);
  const hops: Hops = {
    next() {
      const reused = rng.chance(REUSE_SHARE) ? rng.pick(ctx.layeringPool) : undefined;
      const wallet = reused && !used.has(reused) ? reused : w.wallet('layering');
      used.add(wallet);
      return wallet;
    },
    side: () => (rng.chance(0.35) ? w.wallet('unattributed') : rng.pick(ctx.depositAccounts)),
  };
  const finish = (from: Position) => {
    w.send(throughServices(w, world, from, hops), end, 10 * MINUTE, 2 * DAY);
  };

  const pattern = rng.int(1, 100);
  if (pattern <= 45) {
    finish(peelChain(w, w.send(cashout, hops.next(), 20 * MINUTE, 36 * HOUR), rng.int(3, 7), hops));
  } else if (pattern <= 80) {
    // Fan-out into branches that take their own routes and meet again at the end (fan-in).
    for (const units of splitAmount(rng, cashout.units, rng.int(2, 4))) {
      let branch = w.send({ ...cashout, units }, hops.next(), 5 * MINUTE, 12 * HOUR);
      if (rng.chance(0.5)) branch = peelChain(w, branch, rng.int(1, 3), hops);
      finish(branch);
    }
  } else {
    finish(cashout);
  }
}

/** Decoys cash out at an exchange (mostly through the cell's own accounts) or at a bank. */
function decoyEnd(w: CellWriter, ctx: TrailContext): string {
  const roll = w.rng.int(1, 100);
  if (roll <= 60) return w.rng.pick(ctx.depositAccounts);
  if (roll <= 75) return w.wallet('exchange deposit', w.rng.pick(ctx.world.exchanges));
  return w.rng.pick(ctx.world.bankWallets);
}

/** Each hop peels a small share (0.5–4%) off to a side wallet and passes the rest on. */
function peelChain(w: CellWriter, start: Position, count: number, hops: Hops): Position {
  let at = start;
  for (let hop = 0; hop < count; hop += 1) {
    const peel = share(at.units, w.rng.int(50, 400));
    if (peel >= at.units) break;
    const peeled = w.send({ ...at, units: peel }, hops.side(), MINUTE, 6 * HOUR);
    at = w.send({ ...at, units: at.units - peel, at: peeled.at }, hops.next(), MINUTE, 12 * HOUR);
  }
  return at;
}

/**
 * Deposits into a mixer pool or an OTC desk (sometimes both, sometimes neither) and withdraws
 * what is left after the fee to the next hop. Service wallets are shared by every cell, which is
 * what makes them the bottlenecks worth analysing.
 */
function throughServices(w: CellWriter, world: SharedWorld, from: Position, hops: Hops): Position {
  const { rng } = w;
  const roll = rng.int(1, 100);
  const services = roll <= 45 ? ['mixer'] : roll <= 80 ? ['otc'] : roll <= 90 ? ['mixer', 'otc'] : [];
  let at = from;
  for (const service of services) {
    const mixer = service === 'mixer';
    const deposit = w.send(at, rng.pick(mixer ? world.mixerWallets : world.otcWallets), 10 * MINUTE, DAY);
    const fee = Math.min(share(deposit.units, mixer ? rng.int(50, 250) : rng.int(100, 400)), deposit.units - 1);
    const [minWait, maxWait] = mixer ? ([2 * HOUR, 10 * DAY] as const) : ([30 * MINUTE, 2 * DAY] as const);
    at = w.send({ ...deposit, units: deposit.units - fee }, hops.next(), minWait, maxWait);
  }
  return at;
}
