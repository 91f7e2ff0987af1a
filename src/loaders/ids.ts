import { type StoredTypename } from '../db/model.js';
import { typenameOfKey } from '../db/keys.js';

/**
 * Global ids are the natural key, base64url-encoded: opaque to clients (they must not parse
 * them), stable across reloads of the same data, and decodable to a type without a lookup.
 */
export function toGlobalId(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

/** The key and type behind a global id, or null when the id is not one of ours. */
export function fromGlobalId(id: string): { key: string; typename: StoredTypename } | null {
  if (!/^[A-Za-z0-9_-]{1,1400}$/.test(id)) return null;
  const key = Buffer.from(id, 'base64url').toString('utf8');
  const typename = typenameOfKey(key);
  if (!typename || toGlobalId(key) !== id) return null;
  return { key, typename };
}
