import { createHash } from 'node:crypto';
import { EDGE_TYPES, NODE_TYPES, type StoredTypename } from '../model/index.js';
import { nodeKey, storedKey, typenameOfKey, walletKey } from '../model/index.js';
import { checkAddress } from '../domain/index.js';

/**
 * How FtM ids become our keys. An id that already starts with one of our prefixes is our key (so
 * our own exports come back as the same nodes, with their finer types); any other id is
 * namespaced as `<prefix>:ftm-<id>`, so it can never collide with a key another importer made.
 */

/**
 * Types whose key can come from an FtM id. States are keyed by ISO code and wallets by chain and
 * address, whatever the id; identifiers are never FtM entities of their own.
 */
const FROM_ID = new Set<StoredTypename>(
  ([...Object.keys(NODE_TYPES), ...Object.keys(EDGE_TYPES)] as StoredTypename[]).filter((t) => t !== 'State' && t !== 'Wallet' && t !== 'Identifier'),
);

export function ftmKey(typename: StoredTypename, id: string): string {
  return storedKey(typename, `ftm-${id}`);
}

/** The key for an entity of this type with this FtM id. */
export function keyForId(id: string, typename: StoredTypename): string {
  return typenameOfKey(id) ? id : ftmKey(typename, id);
}

/**
 * A wallet key written by hand or by another tool may differ from ours in letter case or
 * address form; the canonical form is the one the store holds.
 */
export function canonicalKey(key: string): string {
  if (typenameOfKey(key) !== 'Wallet') return key;
  const [, chain = '', ...rest] = key.split(':');
  const checked = checkAddress(chain, rest.join(':'));
  return checked.ok ? walletKey(checked.chain, checked.address) : key;
}

/** Keys an FtM reference may stand for, given the types the referring property accepts. */
export function referenceCandidates(id: string, accepts: readonly StoredTypename[]): string[] {
  if (typenameOfKey(id)) return [canonicalKey(id)];
  return accepts.filter((t) => FROM_ID.has(t)).map((t) => ftmKey(t, id));
}

/** The Source for a document known only by its address (an entity's `sourceUrl`). */
export function urlSourceKey(url: string): string {
  return nodeKey('Source', `ftm-url-${createHash('sha256').update(url).digest('hex').slice(0, 16)}`);
}
