import type { DatePrecision } from '../generated/graphql.js';

/**
 * FtM dates are ISO 8601 prefixes as precise as the source is: '2024', '2024-05', '2024-05-02',
 * '2024-05-02T17:00:00'. Our dates are whole days (with a precision where the model has one) and
 * our payment times are instants.
 */

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function isRealDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A day and how much of it the text gave; a month or year alone becomes its first day. */
export function parseFtmDate(text: string): { iso: string; precision: DatePrecision } | undefined {
  const match = DATE.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  if (!isRealDay(year, month, day)) return undefined;
  const precision: DatePrecision = d !== undefined ? 'DAY' : m !== undefined ? 'MONTH' : 'YEAR';
  return { iso: `${y}-${pad(month)}-${pad(day)}`, precision };
}

/** The inverse of parseFtmDate: as much of the day as is known. */
export function formatFtmDate(iso: string, precision: DatePrecision | undefined): string {
  const day = iso.slice(0, 10);
  if (precision === 'YEAR') return day.slice(0, 4);
  if (precision === 'MONTH') return day.slice(0, 7);
  return day;
}

/**
 * An instant in ISO form. FtM carries no time zone, so a time without one is read as UTC, and
 * a bare day as its midnight UTC.
 */
export function parseFtmInstant(text: string): string | undefined {
  const match = INSTANT.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = match;
  if (!isRealDay(Number(y), Number(mo), Number(d))) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  const offset = zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const t = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction.slice(0, 4)}${offset}`);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
}
