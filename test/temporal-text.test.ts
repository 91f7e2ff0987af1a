import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { dateTimeToText, dateToText, localDateTimeToText, localTimeToText, timeToText } from '../src/db/temporal-text.js';
import { toPlain } from '../src/db/values.js';
import { seededRandom } from './support/random.js';

const { Date: CypherDate, DateTime, LocalDateTime, LocalTime, Time } = neo4j.types;

/** The second implementation: the driver's own text, with `[UTC]` dropped as toPlain does. */
function reference(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (value instanceof DateTime || value instanceof CypherDate || value instanceof LocalDateTime || value instanceof LocalTime || value instanceof Time) {
    return value.toString().replace(/\[UTC\]$/, '');
  }
  if (Array.isArray(value)) return value.map(reference);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reference(v)]));
  return value;
}

function generator(seed: number) {
  const next = seededRandom(seed);
  const between = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const year = () => pick([() => between(1900, 2100), () => between(0, 9999), () => between(-999_999_999, 999_999_999), () => pick([-1, 0, 9999, 10000])])();
  const nanos = () => pick([() => 0, () => between(0, 999) * 1_000_000, () => between(0, 999_999_999), () => between(1, 9)])();
  // Whole hours, quarter hours and odd seconds, within the ±18h Neo4j allows, and zero.
  const offset = () => pick([() => 0, () => between(-18, 18) * 3600, () => between(-72, 72) * 900, () => between(-64_800, 64_800)])();
  const zone = () => pick([undefined, undefined, 'UTC', 'Europe/Berlin', 'America/St_Johns']);
  // Fields arrive from the driver as Integers (lossless integers on); numbers are accepted too.
  const field = (n: number) => (next() < 0.8 ? neo4j.int(n) : n);
  const dateTime = () => {
    const id = zone();
    const off = id === undefined || next() < 0.5 ? offset() : undefined;
    return new DateTime(field(year()), field(between(1, 12)), field(between(1, 31)), field(between(0, 23)), field(between(0, 59)), field(between(0, 59)), field(nanos()), off === undefined ? undefined : field(off), id);
  };
  const integer = () => neo4j.int(pick([() => between(-1000, 1000), () => between(-(2 ** 31), 2 ** 31), () => pick([2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 32, -(2 ** 32), 0])])());
  return { next, between, year, nanos, offset, field, dateTime, integer };
}

describe('temporal text', () => {
  it('matches the driver on 2,000 random datetimes (seed 18)', () => {
    const g = generator(18);
    for (let i = 0; i < 2000; i++) {
      const value = g.dateTime();
      expect(dateTimeToText(value), value.toString()).toBe(value.toString());
    }
  });

  it('matches the driver on random dates, local datetimes, times and local times (seed 19)', () => {
    const g = generator(19);
    for (let i = 0; i < 500; i++) {
      const [y, mo, d, h, mi, s, ns] = [g.year(), g.between(1, 12), g.between(1, 31), g.between(0, 23), g.between(0, 59), g.between(0, 59), g.nanos()].map(g.field);
      const date = new CypherDate(y!, mo!, d!);
      const local = new LocalDateTime(y!, mo!, d!, h!, mi!, s!, ns!);
      const localTime = new LocalTime(h!, mi!, s!, ns!);
      const time = new Time(h!, mi!, s!, ns!, g.field(g.offset()));
      expect(dateToText(date)).toBe(date.toString());
      expect(localDateTimeToText(local)).toBe(local.toString());
      expect(localTimeToText(localTime)).toBe(localTime.toString());
      expect(timeToText(time)).toBe(time.toString());
    }
  });

  it('prints hand-worked edge cases', () => {
    const at = (year: number, nanos: number, offset: number | undefined, zone?: string) =>
      dateTimeToText(new DateTime(neo4j.int(year), neo4j.int(2), neo4j.int(3), neo4j.int(4), neo4j.int(5), neo4j.int(6), neo4j.int(nanos), offset === undefined ? undefined : neo4j.int(offset), zone));
    expect(at(2024, 0, 0)).toBe('2024-02-03T04:05:06Z');
    expect(at(2024, 0, 0, 'UTC')).toBe('2024-02-03T04:05:06Z[UTC]');
    expect(at(2024, 500_000_000, 0)).toBe('2024-02-03T04:05:06.500000000Z');
    expect(at(2024, 1, 0)).toBe('2024-02-03T04:05:06.000000001Z');
    expect(at(2024, 999_999_999, 0)).toBe('2024-02-03T04:05:06.999999999Z');
    expect(at(2024, 0, 3600)).toBe('2024-02-03T04:05:06+01:00');
    expect(at(2024, 0, -(3 * 3600 + 30 * 60))).toBe('2024-02-03T04:05:06-03:30');
    expect(at(2024, 0, 5 * 3600 + 45 * 60 + 7)).toBe('2024-02-03T04:05:06+05:45:07');
    expect(at(2024, 0, -1)).toBe('2024-02-03T04:05:06-00:00:01');
    expect(at(2024, 0, -64_800)).toBe('2024-02-03T04:05:06-18:00');
    expect(at(2024, 0, undefined, 'Europe/Berlin')).toBe('2024-02-03T04:05:06[Europe/Berlin]');
    expect(at(2024, 0, 3600, 'Europe/Berlin')).toBe('2024-02-03T04:05:06+01:00[Europe/Berlin]');
    // Years before 1970 (negative epoch) print as written; outside 0000–9999 they get a sign and six digits.
    expect(at(1969, 0, 0)).toBe('1969-02-03T04:05:06Z');
    expect(at(0, 0, 0)).toBe('0000-02-03T04:05:06Z');
    expect(at(7, 0, 0)).toBe('0007-02-03T04:05:06Z');
    expect(at(9999, 0, 0)).toBe('9999-02-03T04:05:06Z');
    expect(at(10_000, 0, 0)).toBe('+010000-02-03T04:05:06Z');
    expect(at(-1, 0, 0)).toBe('-000001-02-03T04:05:06Z');
    expect(at(-999_999_999, 0, 0)).toBe('-999999999-02-03T04:05:06Z');
    expect(at(999_999_999, 0, 0)).toBe('+999999999-02-03T04:05:06Z');
    expect(timeToText(new Time(neo4j.int(0), neo4j.int(0), neo4j.int(0), neo4j.int(0), neo4j.int(0)))).toBe('00:00:00Z');
    expect(dateToText(new CypherDate(neo4j.int(-44), neo4j.int(3), neo4j.int(15)))).toBe('-000044-03-15');
  });
});

describe('toPlain', () => {
  it('matches the driver on random rows of integers and temporals, nested in lists and maps (seed 20)', () => {
    const g = generator(20);
    const leaf = (): unknown => {
      const r = g.next();
      if (r < 0.4) return g.integer();
      if (r < 0.7) return g.dateTime();
      if (r < 0.8) return new CypherDate(g.field(g.year()), g.field(g.between(1, 12)), g.field(g.between(1, 31)));
      if (r < 0.9) return `s${g.between(0, 99)}`;
      return r < 0.95 ? null : g.next() < 0.5;
    };
    const value = (depth: number): unknown => {
      if (depth === 0 || g.next() < 0.5) return leaf();
      if (g.next() < 0.5) return Array.from({ length: g.between(0, 4) }, () => value(depth - 1));
      return Object.fromEntries(Array.from({ length: g.between(0, 4) }, (_, i) => [`k${i}`, value(depth - 1)]));
    };
    for (let i = 0; i < 300; i++) {
      const row = { a: value(3), b: value(3), c: leaf() };
      expect(toPlain(row)).toEqual(reference(row));
    }
  });

  it('drops only a trailing [UTC] zone id', () => {
    const utc = new DateTime(neo4j.int(2024), neo4j.int(1), neo4j.int(1), neo4j.int(0), neo4j.int(0), neo4j.int(0), neo4j.int(0), neo4j.int(0), 'UTC');
    const berlin = new DateTime(neo4j.int(2024), neo4j.int(1), neo4j.int(1), neo4j.int(0), neo4j.int(0), neo4j.int(0), neo4j.int(0), neo4j.int(3600), 'Europe/Berlin');
    expect(toPlain({ utc, berlin, duration: new neo4j.types.Duration(neo4j.int(14), neo4j.int(1), neo4j.int(3661), neo4j.int(5)) })).toEqual({
      utc: '2024-01-01T00:00:00Z',
      berlin: '2024-01-01T00:00:00+01:00[Europe/Berlin]',
      duration: 'P1Y2M1DT1H1M1.000000005S',
    });
  });
});
