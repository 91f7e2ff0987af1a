import type { Row } from './executor.js';
import type { Plain } from './values.js';

/**
 * Checked readers over the plain values the executor returns (`values.ts`). A value of the wrong
 * type means a query and its reader disagree, or stored data breaks the model, so every reader
 * throws an Error naming the field (and the row's key when it has one) instead of coercing:
 * `String(null)` would reach a client as "null". Optional readers accept only null or absent.
 *
 * Field readers take a row or map and a field name; `as*` readers take a value already picked out
 * (a list element, a tuple slot) and what to call it. They allocate nothing unless they fail, so
 * hot paths (money trails read millions of hops) can use them per value.
 */

export type PlainMap = { readonly [key: string]: Plain };
type Fields = PlainMap | Row;

/** Stored dates are Cypher DATEs, which `toPlain` prints as `YYYY-MM-DD`. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Stored instants are Cypher DATETIMEs in UTC (`2024-05-01T12:00:00Z`, fractions optional). */
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function shown(value: Plain | undefined): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function wrongValue(what: string, expected: string, value: Plain | undefined): never {
  throw new Error(`Expected ${what} to be ${expected}, got ${shown(value)}`);
}

function wrongField(row: Fields, name: string, expected: string): never {
  const key = row.key;
  const of = typeof key === 'string' && name !== 'key' ? ` of ${key}` : '';
  throw new Error(`Expected field ${name}${of} to be ${expected}, got ${shown(row[name])}`);
}

// Value readers.

export function asStr(value: Plain | undefined, what: string): string {
  if (typeof value !== 'string') wrongValue(what, 'a string', value);
  return value;
}

export function asOptStr(value: Plain | undefined, what: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') wrongValue(what, 'a string or null', value);
  return value;
}

export function asNum(value: Plain | undefined, what: string): number {
  if (typeof value !== 'number') wrongValue(what, 'a number', value);
  return value;
}

export function asInt(value: Plain | undefined, what: string): number {
  if (!Number.isInteger(value)) wrongValue(what, 'an integer', value);
  return value as number;
}

export function asBool(value: Plain | undefined, what: string): boolean {
  if (typeof value !== 'boolean') wrongValue(what, 'a boolean', value);
  return value;
}

export function asList(value: Plain | undefined, what: string): readonly Plain[] {
  if (!Array.isArray(value)) wrongValue(what, 'a list', value);
  return value;
}

export function asStrList(value: Plain | undefined, what: string): string[] {
  const list = asList(value, what);
  for (const item of list) if (typeof item !== 'string') wrongValue(`every item of ${what}`, 'a string', item);
  return list as string[];
}

export function asMap(value: Plain | undefined, what: string): PlainMap {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    wrongValue(what, 'a map', value);
  }
  return value;
}

/** A page's sort value (`Cursor.v`): text, a number, or null for what sorts without one. */
export function asSortValue(value: Plain | undefined, what: string): string | number | null {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number') return value ?? null;
  return wrongValue(what, 'a string, number or null', value);
}

// Field readers.

export function str(row: Fields, name: string): string {
  const value = row[name];
  if (typeof value !== 'string') wrongField(row, name, 'a string');
  return value;
}

export function optStr(row: Fields, name: string): string | null {
  const value = row[name];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') wrongField(row, name, 'a string or null');
  return value;
}

export function num(row: Fields, name: string): number {
  const value = row[name];
  if (typeof value !== 'number') wrongField(row, name, 'a number');
  return value;
}

export function int(row: Fields, name: string): number {
  const value = row[name];
  if (!Number.isInteger(value)) wrongField(row, name, 'an integer');
  return value as number;
}

export function optInt(row: Fields, name: string): number | null {
  const value = row[name];
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value)) wrongField(row, name, 'an integer or null');
  return value as number;
}

export function bool(row: Fields, name: string): boolean {
  const value = row[name];
  if (typeof value !== 'boolean') wrongField(row, name, 'a boolean');
  return value;
}

/** A flag that is false when not stored (`synthetic` on nodes written before it existed). */
export function flag(row: Fields, name: string): boolean {
  const value = row[name];
  if (value === null || value === undefined) return false;
  if (typeof value !== 'boolean') wrongField(row, name, 'a boolean or null');
  return value;
}

export function list(row: Fields, name: string): readonly Plain[] {
  const value = row[name];
  if (!Array.isArray(value)) wrongField(row, name, 'a list');
  return value;
}

export function strList(row: Fields, name: string): string[] {
  const value = row[name];
  if (!Array.isArray(value)) wrongField(row, name, 'a list of strings');
  for (const item of value) if (typeof item !== 'string') wrongField(row, name, 'a list of strings');
  return value as string[];
}

/** A list property that is not stored when empty (`aliases`, `programs`...). */
export function optStrList(row: Fields, name: string): string[] {
  const value = row[name];
  if (value === null || value === undefined) return [];
  return strList(row, name);
}

export function map(row: Fields, name: string): PlainMap {
  const value = row[name];
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    wrongField(row, name, 'a map');
  }
  return value;
}

export function optDate(row: Fields, name: string): string | null {
  const value = row[name];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || !ISO_DATE.test(value)) wrongField(row, name, 'a date (YYYY-MM-DD) or null');
  return value;
}

export function date(row: Fields, name: string): string {
  const value = optDate(row, name);
  if (value === null) wrongField(row, name, 'a date (YYYY-MM-DD)');
  return value;
}

export function datetime(row: Fields, name: string): string {
  const value = row[name];
  if (typeof value !== 'string' || !ISO_DATETIME.test(value)) wrongField(row, name, 'a datetime (ISO-8601)');
  return value;
}

/** A column every row of a result must have, whatever its value. */
export function column(row: Row, name: string): Plain {
  if (!(name in row)) throw new Error(`Result lacks column ${name}`);
  return row[name] ?? null;
}
