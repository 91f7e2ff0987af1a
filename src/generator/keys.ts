import type { EdgeTypename, NodeTypename } from '../model/index.js';
import { edgeKey as storedEdgeKey, nodeKey as storedNodeKey, walletKey } from '../model/index.js';
import type { Random } from './random.js';

/**
 * Generated keys carry `gen-` after their type prefix (`org:gen-mixer-01`,
 * `operative:gen-7-000123-w2`), so they can never collide with the case or imported data.
 * Per-cell keys name the seed and the cell, which is what makes a run repeatable (same keys,
 * MERGE changes nothing) and a larger scale a superset of a smaller one.
 */
export function nodeKey(type: NodeTypename, id: string): string {
  return storedNodeKey(type, `gen-${id}`);
}

export function edgeKey(type: EdgeTypename, id: string): string {
  return storedEdgeKey(type, `gen-${id}`);
}

/** `7-000123`: the seed and the cell index, the part every key of a cell shares. */
export function cellId(seed: number, cell: number): string {
  return `${seed}-${String(cell).padStart(6, '0')}`;
}

/** Generated wallets all live on Ethereum. */
export const CHAIN = 'ETH';

/** A random address in canonical (lowercase) form; 160 random bits make collisions moot. */
export function randomAddress(rng: Random): string {
  return `0x${rng.hex(40)}`;
}

export function ethWalletKey(address: string): string {
  return walletKey(CHAIN, address);
}

export function randomTxHash(rng: Random): string {
  return `0x${rng.hex(64)}`;
}
