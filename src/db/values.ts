import neo4j from 'neo4j-driver';
import { dateTimeToText, dateToText, localDateTimeToText, localTimeToText, timeToText } from './temporal-text.js';

/** A value as it leaves the database layer: JSON-like, with temporals as ISO strings. */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/**
 * Converts what the driver returns into plain values so nothing above the database layer sees a
 * driver type: integers become numbers (they are counts and indexes here, far below 2^53),
 * temporals become ISO-8601 strings, and maps and lists are converted deeply. Every row of every
 * statement passes through here, so the common shapes (primitives, lists, plain maps) are tested
 * first and temporals are printed by temporal-text.ts rather than the driver's `toString()`.
 */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') throw new TypeError(`Unsupported database value of type ${typeof value}`);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    // A plain object has no inherited enumerable keys, so for-in walks its own without the
    // key/value pair arrays Object.entries allocates.
    const out: { [key: string]: Plain } = {};
    for (const k in value) out[k] = toPlain((value as Record<string, unknown>)[k]);
    return out;
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDateTime(value)) {
    const text = dateTimeToText(value);
    // Neo4j prints UTC datetimes as `...Z`; keep that, but drop the redundant `[UTC]` zone id.
    return value.timeZoneId === 'UTC' ? text.slice(0, -UTC_ZONE.length) : text;
  }
  if (neo4j.isDate(value)) return dateToText(value);
  if (neo4j.isLocalDateTime(value)) return localDateTimeToText(value);
  if (neo4j.isTime(value)) return timeToText(value);
  if (neo4j.isLocalTime(value)) return localTimeToText(value);
  if (neo4j.isDuration(value)) return value.toString();
  // Nodes, relationships and paths: their own enumerable fields, converted like a map.
  return plainMap(value);
}

const UTC_ZONE = '[UTC]';

function plainMap(value: object): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}

/** JavaScript numbers reach Cypher as floats; LIMIT, SKIP and integer properties need this. */
export function cypherInt(value: number) {
  return neo4j.int(value);
}

/** `YYYY-MM-DD` as a Cypher DATE. */
export function cypherDate(iso: string) {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) throw new RangeError(`Not an ISO date: ${iso}`);
  return new neo4j.types.Date(y, m, d);
}

/** An ISO-8601 instant as a Cypher DATETIME in UTC, whatever offset it was written with. */
export function cypherDateTime(iso: string) {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) throw new RangeError(`Not an ISO datetime: ${iso}`);
  return new neo4j.types.DateTime(
    t.getUTCFullYear(),
    t.getUTCMonth() + 1,
    t.getUTCDate(),
    t.getUTCHours(),
    t.getUTCMinutes(),
    t.getUTCSeconds(),
    t.getUTCMilliseconds() * 1_000_000,
    0,
  );
}
