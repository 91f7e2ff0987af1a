import type { Plain } from '../../db/values.js';

/**
 * Readers for the maps and lists the explore queries return. A value of the wrong shape means the
 * query and its reader disagree, so it fails loudly instead of reaching a client.
 */

export type PlainMap = { readonly [key: string]: Plain };

export function asMap(value: Plain, what: string): PlainMap {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`Expected ${what} to be a map, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function asList(value: Plain, what: string): readonly Plain[] {
  if (!Array.isArray(value)) throw new Error(`Expected ${what} to be a list, got ${JSON.stringify(value)}`);
  return value;
}

export function asString(value: Plain | undefined, what: string): string {
  if (typeof value !== 'string') throw new Error(`Expected ${what} to be a string, got ${JSON.stringify(value)}`);
  return value;
}

export function asOptString(value: Plain | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

export function asNumber(value: Plain | undefined, what: string): number {
  if (typeof value !== 'number') throw new Error(`Expected ${what} to be a number, got ${JSON.stringify(value)}`);
  return value;
}

export function asStringList(value: Plain | undefined, what: string): string[] {
  return asList(value ?? null, what).map((item) => asString(item, what));
}

export function asBoolean(value: Plain | undefined, what: string): boolean {
  if (typeof value !== 'boolean') throw new Error(`Expected ${what} to be a boolean, got ${JSON.stringify(value)}`);
  return value;
}
