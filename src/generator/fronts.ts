import { type Batch } from './batch.js';
import { CHAIN, ethWalletKey, nodeKey, randomAddress } from './keys.js';
import { FICTION } from './provenance.js';
import { randomFor } from './random.js';
import type { SharedWorld } from './shared-world.js';
import { STREAM } from './streams.js';
import { DPRK_STATE_KEY } from '../model/index.js';

/** The real DPRK state, created by the case seed; the generator only adds links from it. */
export { DPRK_STATE_KEY };

/** A front launders for several teams, so its treasury sees fan-in from many trails. */
export const CELLS_PER_FRONT = 8;

const TREASURIES_PER_FRONT = 2;
const FRONT_TRADES = ['Trading', 'Technology', 'Import-Export', 'Software Solutions', 'General Merchandise'] as const;

export interface Front {
  readonly key: string;
  readonly name: string;
  readonly seat: string;
  /** Wallet keys of its treasury, where DPRK-bound trails end. */
  readonly treasuries: readonly string[];
  readonly addresses: readonly string[];
}

/** The front company serving a cell; its own stream makes it the same for every cell it serves. */
export function frontOf(seed: number, cell: number, world: SharedWorld): Front {
  const group = Math.floor(cell / CELLS_PER_FRONT);
  const rng = randomFor(STREAM.front, seed, group);
  const number = String(group).padStart(4, '0');
  const addresses = Array.from({ length: TREASURIES_PER_FRONT }, () => randomAddress(rng));
  return {
    key: nodeKey('Organization', `${seed}-front-${number}`),
    name: `Fictional Front ${rng.pick(FRONT_TRADES)} ${number}`,
    seat: rng.pick(world.hostStates),
    treasuries: addresses.map(ethWalletKey),
    addresses,
  };
}

/** Written once, by the first cell of its group, which is never in a later batch than the rest. */
export function isFirstCellOfFront(cell: number): boolean {
  return cell % CELLS_PER_FRONT === 0;
}

export function addFront(batch: Batch, front: Front): void {
  batch.organizations.push({ key: front.key, name: front.name, kind: 'FRONT_COMPANY', ...FICTION });
  batch.links.push({ type: 'CONTROLS', from: DPRK_STATE_KEY, to: front.key, ...FICTION });
  batch.links.push({ type: 'LOCATED_IN', from: front.key, to: front.seat, ...FICTION });
  front.addresses.forEach((address, i) => {
    batch.wallets.push({ chain: CHAIN, address, name: `Treasury wallet ${i + 1} of ${front.name}`, ...FICTION });
    batch.links.push({ type: 'CONTROLS', from: front.key, to: ethWalletKey(address), ...FICTION });
  });
}
