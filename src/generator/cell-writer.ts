import type { LinkType } from '../model/index.js';
import type { Batch } from './batch.js';
import { isoInstant } from './calendar.js';
import { CHAIN, edgeKey, ethWalletKey, randomAddress, randomTxHash } from './keys.js';
import { type Asset, formatAmount } from './money.js';
import { FICTION } from './provenance.js';
import type { Random } from './random.js';

/** Where some money is: in a wallet, since a moment, this many units. */
export interface Position {
  readonly wallet: string;
  readonly units: number;
  readonly at: number;
}

/**
 * Adds one cell's facts to a batch: numbered wallets and transfers under the cell's id, every
 * one synthetic and citing the generated world. Money moves only through `send`, which puts each
 * transfer strictly after the money arrived, so time runs forward along every trail.
 */
export class CellWriter {
  private walletCount = 0;
  private transferCount = 0;

  constructor(
    readonly batch: Batch,
    readonly rng: Random,
    /** Seed and cell index, as in `cellId`. */
    readonly id: string,
    readonly asset: Asset,
  ) {}

  link(type: LinkType, from: string, to: string): void {
    this.batch.links.push({ type, from, to, ...FICTION });
  }

  /** A new wallet named `<kind> wallet <id>-w<n>`, controlled by `controller` when given. */
  wallet(kind: string, controller?: string): string {
    this.walletCount += 1;
    const address = randomAddress(this.rng);
    const name = `Fictional ${kind} wallet ${this.id}-w${this.walletCount}`;
    this.batch.wallets.push({ chain: CHAIN, address, name, ...FICTION });
    const key = ethWalletKey(address);
    if (controller) this.link('CONTROLS', controller, key);
    return key;
  }

  /** Moves `from.units` to `to` between `minDelay` and `maxDelay` ms after `from.at`. */
  send(from: Position, to: string, minDelay: number, maxDelay: number): Position {
    const at = from.at + this.delay(minDelay, maxDelay);
    this.transferCount += 1;
    this.batch.transfers.push({
      key: edgeKey('Transfer', `${this.id}-t${this.transferCount}`),
      from: from.wallet,
      to,
      amount: formatAmount(from.units, this.asset),
      asset: this.asset,
      at: isoInstant(at),
      txHash: randomTxHash(this.rng),
      ...FICTION,
    });
    return { wallet: to, units: from.units, at };
  }

  /** Whole seconds, at least one: a transfer never shares its instant with what funded it. */
  delay(min: number, max: number): number {
    return this.rng.int(Math.max(1, Math.ceil(min / 1000)), Math.max(1, Math.floor(max / 1000))) * 1000;
  }
}
