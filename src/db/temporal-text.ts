import type { Date, DateTime, Integer, LocalDateTime, LocalTime, Time } from 'neo4j-driver';

/**
 * ISO-8601 text of the driver's temporal values, identical to their `toString()`, without its
 * cost: the driver wraps every field in an `Integer` and formats it through `Integer` arithmetic
 * and `Integer.toString()` (a division loop), several times per value. Here each field becomes a
 * number once (every temporal field is far below 2^53: years within ±999,999,999, offsets within
 * a day) and is formatted with plain string operations. test/temporal-text.test.ts compares it
 * with the driver's own `toString()` on random and edge-case values.
 */

type Field = number | bigint | Integer;

function num(field: Field): number {
  if (typeof field === 'number') return field;
  if (typeof field === 'bigint') return Number(field);
  return field.toNumber();
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Years outside 0000–9999 get a sign and at least six digits, as the driver prints them. */
function yearText(year: number): string {
  if (year < 0) return `-${String(-year).padStart(6, '0')}`;
  if (year > 9999) return `+${String(year).padStart(6, '0')}`;
  return String(year).padStart(4, '0');
}

function dateText(year: Field, month: Field, day: Field): string {
  return `${yearText(num(year))}-${pad2(num(month))}-${pad2(num(day))}`;
}

/** Nanoseconds keep all nine digits (trailing zeros included) and vanish when zero. */
function timeText(hour: Field, minute: Field, second: Field, nanosecond: Field): string {
  const nanos = num(nanosecond);
  const fraction = nanos === 0 ? '' : `.${String(nanos).padStart(9, '0')}`;
  return `${pad2(num(hour))}:${pad2(num(minute))}:${pad2(num(second))}${fraction}`;
}

/** `Z` for zero, else `±HH:MM`, with `:SS` only when the offset has seconds. */
function offsetText(offsetSeconds: Field): string {
  const offset = num(offsetSeconds);
  if (offset === 0) return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hm = `${sign}${pad2(Math.floor(abs / 3600))}:${pad2(Math.floor(abs / 60) % 60)}`;
  const seconds = abs % 60;
  return seconds === 0 ? hm : `${hm}:${pad2(seconds)}`;
}

export function dateToText(value: Date<Field>): string {
  return dateText(value.year, value.month, value.day);
}

export function localDateTimeToText(value: LocalDateTime<Field>): string {
  return `${dateText(value.year, value.month, value.day)}T${timeText(value.hour, value.minute, value.second, value.nanosecond)}`;
}

export function dateTimeToText(value: DateTime<Field>): string {
  const local = `${dateText(value.year, value.month, value.day)}T${timeText(value.hour, value.minute, value.second, value.nanosecond)}`;
  const offset = value.timeZoneOffsetSeconds == null ? '' : offsetText(value.timeZoneOffsetSeconds);
  const zone = value.timeZoneId == null ? '' : `[${value.timeZoneId}]`;
  return local + offset + zone;
}

export function localTimeToText(value: LocalTime<Field>): string {
  return timeText(value.hour, value.minute, value.second, value.nanosecond);
}

export function timeToText(value: Time<Field>): string {
  return timeText(value.hour, value.minute, value.second, value.nanosecond) + offsetText(value.timeZoneOffsetSeconds);
}
