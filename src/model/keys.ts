import { createHash } from 'node:crypto';
import { EDGE_TYPES, NODE_TYPES, type EdgeTypename, type NodeTypename, type StoredTypename } from './model.js';

/**
 * Natural keys, built here and nowhere else. A key is its type's prefix, a colon and what
 * identifies the thing within its type (`org:us-treasury-ofac`, `state:KP`), so the prefix alone
 * says a stored node's type: the graph's rules are checked on it before anything is written.
 */

const PREFIXES = Object.fromEntries(
  [...Object.entries(NODE_TYPES), ...Object.entries(EDGE_TYPES)].map(([name, t]) => [name, t.prefix]),
) as Record<StoredTypename, string>;

/** The key of a node or keyed relationship from what identifies it within its type. */
export function storedKey(typename: StoredTypename, id: string): string {
  return `${PREFIXES[typename]}:${id}`;
}

/** The key of a node whose identity is a reference or id: `org:` + `fictional-front`. */
export function nodeKey(typename: NodeTypename, id: string): string {
  return storedKey(typename, id);
}

/** The key of a money or employment relationship: `transfer:` + chain, hash and index. */
export function edgeKey(typename: EdgeTypename, id: string): string {
  return storedKey(typename, id);
}

/** A state is keyed by its ISO 3166-1 alpha-2 code. */
export function stateKey(isoCode: string): string {
  return nodeKey('State', isoCode);
}

export const DPRK_ISO = 'KP';

/** The Democratic People's Republic of Korea, which trails and exposure look towards by default. */
export const DPRK_STATE_KEY = stateKey(DPRK_ISO);

/** The ISO code of a state key. */
export function isoOfStateKey(key: string): string {
  return key.slice(NODE_TYPES.State.prefix.length + 1);
}

const typenameByPrefix = new Map(Object.entries(PREFIXES).map(([name, prefix]) => [prefix, name as StoredTypename]));

/** The type a natural key belongs to, from its prefix (`org:...` is an Organization). */
export function typenameOfKey(key: string): StoredTypename | undefined {
  const colon = key.indexOf(':');
  return colon > 0 ? typenameByPrefix.get(key.slice(0, colon)) : undefined;
}

/** Natural key of a wallet: chain and address identify it. */
export function walletKey(chain: string, address: string): string {
  return nodeKey('Wallet', `${chain}:${address}`);
}

const slug = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/** The part of an identifier's key that stands for its value: a digest, never the value itself. */
export function identifierValueDigest(valueSlug: string): string {
  return createHash('sha256').update(valueSlug, 'utf8').digest('hex').slice(0, 32);
}

/**
 * Natural key of an identifier: its type, a digest of its value without spacing or case
 * differences, and the issuing state when known, so the same passport number cited twice is one
 * node. The value is digested because a global id is its key in base64: a passport number of a
 * stolen identity, masked for a VIEWER, must not be readable from the identifier's id.
 */
export function identifierKey(type: string, value: string, issuerIso?: string): string {
  const parts = [slug(type), identifierValueDigest(slug(value)), ...(issuerIso ? [issuerIso.toUpperCase()] : [])];
  return nodeKey('Identifier', parts.join(':'));
}
