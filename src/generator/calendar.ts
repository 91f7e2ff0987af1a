/** Time in the generated world: epoch milliseconds inside, ISO-8601 strings in the dataset. */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Cells start in one of these months, so even the latest trail ends before mid-2025. */
export const FIRST_START = Date.UTC(2019, 0, 1);
export const START_MONTHS = 48;

/**
 * The same day and time `months` later. A day the target month lacks (31 April) rolls into the
 * next month, which is harmless here: time only has to move forward.
 */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.getTime();
}

/** `2024-01-28T17:00:00Z`: whole seconds, so the milliseconds are noise. */
export function isoInstant(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
