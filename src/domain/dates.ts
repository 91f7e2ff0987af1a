/**
 * When facts can have happened. The GraphQL scalars have already checked that a `Date` is a real
 * calendar day and that a `DateTime` is an instant with an offset; these rules check that it is a
 * plausible one for what it dates.
 */

export type DateCheck = { ok: true } | { ok: false; reason: string };

/** The Bitcoin genesis block: no cryptocurrency moved before this day (UTC). */
export const MONEY_EPOCH = '2009-01-03';

/** Earliest day a document, an action or a job in this graph is dated. */
export const EARLIEST_DAY = '1900-01-01';

/**
 * How far past "now" a time may lie: a day, so that a fact dated in a time zone ahead of the
 * server's clock (or by a clock a little fast) is not refused.
 */
export const CLOCK_LEEWAY_MS = 24 * 60 * 60 * 1000;

function latest(now: Date): number {
  return now.getTime() + CLOCK_LEEWAY_MS;
}

/** A salary payment or transfer: between MONEY_EPOCH and a day past now. */
export function checkMoneyInstant(iso: string, now: Date = new Date()): DateCheck {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return { ok: false, reason: 'must be an ISO-8601 time with an offset' };
  if (t < Date.parse(`${MONEY_EPOCH}T00:00:00Z`)) {
    return { ok: false, reason: `must not be before ${MONEY_EPOCH}, when the first cryptocurrency moved` };
  }
  if (t > latest(now)) return { ok: false, reason: 'must not be in the future' };
  return { ok: true };
}

/**
 * A day that has already been (a publication, an enforcement action, a job): from EARLIEST_DAY
 * to today, with the same leeway. `since` raises the floor, for example to MONEY_EPOCH.
 */
export function checkPastDay(day: string, now: Date = new Date(), since: string = EARLIEST_DAY): DateCheck {
  const t = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(t)) return { ok: false, reason: 'must be a calendar date such as "2024-03-01"' };
  if (t < Date.parse(`${since}T00:00:00Z`)) return { ok: false, reason: `must not be before ${since}` };
  // Its midnight UTC within the leeway: today and tomorrow (UTC) pass, the day after does not.
  if (t > latest(now)) return { ok: false, reason: 'must not be in the future' };
  return { ok: true };
}
