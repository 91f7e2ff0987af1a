/** How a date of birth or country given with an item compares with what the list says. */
export type AttributeMatch = 'MATCH' | 'MISMATCH' | 'NOT_GIVEN' | 'NOT_LISTED';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A date of birth as an item gives it: a year, or a full day. */
export interface GivenBirthDate {
  readonly year: number;
  /** `YYYY-MM-DD` when the day was given. */
  readonly day?: string;
}

/** Parses `YYYY` or `YYYY-MM-DD`; null when it is neither (the caller reports the field). */
export function parseGivenBirthDate(text: string): GivenBirthDate | null {
  const match = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1850 || year > 2100) return null;
  if (match[2] === undefined) return { year };
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) return null;
  return { year, day };
}

interface ListedBirthDates {
  readonly years: ReadonlySet<number>;
  readonly days: ReadonlySet<string>;
}

/**
 * What the list's `DOB` facts allow: "25 Apr 1965" (a day), "1965", "circa 1965" (a year either
 * side too) and "1965 to 1967" (every year between).
 */
export function listedBirthDates(facts: readonly string[]): ListedBirthDates {
  const years = new Set<number>();
  const days = new Set<string>();
  for (const fact of facts) {
    const text = fact.toLowerCase();
    const range = /(\d{4})\s*to\s*(\d{4})/.exec(text);
    if (range) {
      for (let y = Number(range[1]); y <= Number(range[2]) && y - Number(range[1]) < 50; y++) years.add(y);
      continue;
    }
    const day = /(\d{1,2}) ([a-z]{3}) (\d{4})/.exec(text);
    const month = day ? MONTHS.indexOf(day[2]!) : -1;
    if (day && month >= 0) {
      days.add(`${day[3]}-${String(month + 1).padStart(2, '0')}-${day[1]!.padStart(2, '0')}`);
      years.add(Number(day[3]));
      continue;
    }
    const year = /(\d{4})/.exec(text);
    if (!year) continue;
    const y = Number(year[1]);
    years.add(y);
    if (text.includes('circa')) {
      years.add(y - 1);
      years.add(y + 1);
    }
  }
  return { years, days };
}

/**
 * A day matches a listed day; a year matches a listed year. A listed year with no day on record
 * also matches any day of that year, since the list does not know more.
 */
export function compareBirthDate(given: GivenBirthDate | null, facts: readonly string[]): AttributeMatch {
  if (!given) return 'NOT_GIVEN';
  const listed = listedBirthDates(facts);
  if (listed.years.size === 0) return 'NOT_LISTED';
  if (given.day && listed.days.has(given.day)) return 'MATCH';
  if (!listed.years.has(given.year)) return 'MISMATCH';
  if (!given.day) return 'MATCH';
  const listedDaysThatYear = [...listed.days].filter((d) => d.startsWith(`${given.year}-`));
  return listedDaysThatYear.length === 0 ? 'MATCH' : 'MISMATCH';
}

/** A country given with an item against the countries the list ties the entry to (ISO codes). */
export function compareCountry(given: string | null, listed: readonly string[]): AttributeMatch {
  if (!given) return 'NOT_GIVEN';
  if (listed.length === 0) return 'NOT_LISTED';
  return listed.includes(given) ? 'MATCH' : 'MISMATCH';
}

/**
 * What each outcome does to a name score. A mismatch lowers it (a namesake born elsewhere or in
 * another year is likely another person), a date match raises it a little; unknowns change
 * nothing. One table, so the README and the features agree.
 */
export const ATTRIBUTE_WEIGHTS = {
  dateOfBirth: { MATCH: 0.05, MISMATCH: -0.2, NOT_GIVEN: 0, NOT_LISTED: 0 },
  country: { MATCH: 0, MISMATCH: -0.1, NOT_GIVEN: 0, NOT_LISTED: 0 },
} as const satisfies Record<string, Record<AttributeMatch, number>>;
