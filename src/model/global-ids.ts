import { badUserInput } from '../errors.js';
import { typenameOfKey } from './keys.js';
import type { NodeTypename, StoredTypename } from './model.js';

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

/** An id from a client, decoded to the key of an object that must be one of the allowed types. */
export interface KeyReference {
  readonly field: string;
  readonly key: string;
  readonly allowed: readonly NodeTypename[];
}

export const describeTypes = (types: readonly string[]) => (types.length === 1 ? `a ${types[0]}` : `one of ${types.join(', ')}`);

/** Why `id` cannot be used where one of `allowed` is expected, or null when it can. */
export function idProblem(id: string, allowed: readonly NodeTypename[]): string | null {
  const decoded = fromGlobalId(id);
  if (!decoded) return 'is not an id issued by this API';
  if (!(allowed as readonly string[]).includes(decoded.typename)) {
    return `must be the id of ${describeTypes(allowed)}, not of a ${decoded.typename}`;
  }
  return null;
}

/** The key behind a global id, checked against the types the field accepts (no database needed). */
export function keyOf(field: string, id: string, allowed: readonly NodeTypename[]): KeyReference {
  const problem = idProblem(id, allowed);
  const decoded = fromGlobalId(id);
  if (problem || !decoded) throw badUserInput(field, problem ?? 'is not an id issued by this API');
  return { field, key: decoded.key, allowed };
}
