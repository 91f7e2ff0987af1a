import { DAY, HOUR, MINUTE, addMonths, isoDay, isoInstant } from './calendar.js';
import type { Inflow } from './cashouts.js';
import type { CellWriter } from './cell-writer.js';
import { edgeKey, randomTxHash } from './keys.js';
import { formatAmount, share, unitsForUsd } from './money.js';
import { FICTION } from './provenance.js';

/** Salaries stop before this instant, so trails and cash-outs end by the end of 2025. */
const PAYROLL_END = Date.UTC(2025, 3, 1);

const JOB_TITLES = [
  'Senior Backend Engineer',
  'Full-Stack Developer',
  'DevOps Contractor',
  'Mobile Developer',
  'Blockchain Engineer',
  'QA Automation Engineer',
  'Data Engineer',
  'Frontend Developer',
] as const;

/** A wallet that collects money and empties itself later on a schedule. */
export interface Collector {
  readonly wallet: string;
  readonly inflows: Inflow[];
}

export interface Host extends Collector {
  readonly key: string;
  /** The host's cut of each salary, in basis points. */
  readonly feeBasisPoints: number;
}

export interface Hire {
  /** Suffix of the identity within its cell (`i7`). */
  readonly ref: string;
  readonly identity: string;
  readonly salaryWallet: string;
  readonly employers: readonly string[];
  readonly host: Host;
  readonly consolidation: Collector;
  readonly from: number;
  readonly ethPriceUsd: number;
}

/**
 * One identity's jobs: one or two employments of 6–24 months, each paying a monthly salary into
 * the identity's salary wallet. Within days of each payday the wallet pays the laptop-farm host
 * their cut and sends the rest on to the team's consolidation wallet (fan-in).
 */
export function payIdentity(w: CellWriter, hire: Hire): void {
  const { rng, batch, asset } = w;
  const jobs = rng.chance(0.35) ? 2 : 1;
  let begin = hire.from;
  for (let job = 1; job <= jobs; job += 1) {
    const months = Math.min(rng.int(6, 24), monthsBefore(begin, PAYROLL_END));
    if (months < 6) return;
    const employer = rng.pick(hire.employers);
    const ref = `${w.id}-${hire.ref}-e${job}`;
    const usd = rng.int(400_000, 1_500_000) / 100;
    const payHour = rng.int(9, 18) * HOUR;
    batch.employments.push({
      key: edgeKey('Employment', ref),
      employer,
      identity: hire.identity,
      jobTitle: rng.pick(JOB_TITLES),
      startedOn: isoDay(begin),
      endedOn: isoDay(addMonths(begin, months) + rng.int(1, 10) * DAY),
      ...FICTION,
    });
    for (let month = 1; month <= months; month += 1) {
      const paidAt = addMonths(begin, month) + payHour + rng.int(0, 3599) * 1000;
      // ETH salaries are a fixed dollar amount at that day's price.
      const units = unitsForUsd(asset, usd, hire.ethPriceUsd * (0.85 + rng.int(0, 30) / 100));
      batch.salaryPayments.push({
        key: edgeKey('SalaryPayment', `${ref}-m${String(month).padStart(2, '0')}`),
        employer,
        wallet: hire.salaryWallet,
        identity: hire.identity,
        amount: formatAmount(units, asset),
        asset,
        paidAt: isoInstant(paidAt),
        txHash: randomTxHash(rng),
        ...FICTION,
      });
      const fee = share(units, hire.host.feeBasisPoints);
      const cut = w.send({ wallet: hire.salaryWallet, units: fee, at: paidAt }, hire.host.wallet, HOUR, 2 * DAY);
      hire.host.inflows.push({ at: cut.at, units: fee });
      const rest = w.send({ ...cut, wallet: hire.salaryWallet, units: units - fee }, hire.consolidation.wallet, 10 * MINUTE, DAY);
      hire.consolidation.inflows.push({ at: rest.at, units: rest.units });
    }
    begin = addMonths(begin, months + rng.int(1, 3));
  }
}

/** Whole months from `from` that end before `end`. */
function monthsBefore(from: number, end: number): number {
  let months = 0;
  while (addMonths(from, months + 1) < end) months += 1;
  return months;
}
