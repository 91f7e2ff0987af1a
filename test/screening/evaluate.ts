import type { EvalCase } from './eval-case.js';

/** What a screen reported for one item: the keys of its candidates. */
export type Reported = readonly string[];

export interface RuleReport {
  readonly cases: number;
  readonly found: number;
  readonly wrong: number;
}

export interface EvalReport {
  readonly positives: number;
  readonly negatives: number;
  /** Positives whose entry was reported. */
  readonly truePositives: number;
  /** Items that reported candidates, none of them the expected entry (every reporting negative). */
  readonly falsePositives: number;
  readonly recall: number;
  readonly precision: number;
  readonly byRule: Readonly<Record<string, RuleReport>>;
  /** Cases that went wrong, for reading. */
  readonly misses: readonly { case: EvalCase; reported: Reported }[];
}

/**
 * Item-level recall and precision: an item is a true positive when the entry it was made from is
 * among its candidates; it is a false positive when it reports candidates and none is that entry
 * (for a negative, any candidate at all).
 */
export function evaluate(cases: readonly EvalCase[], reported: readonly Reported[]): EvalReport {
  let truePositives = 0;
  let falsePositives = 0;
  const byRule: Record<string, { cases: number; found: number; wrong: number }> = {};
  const misses: { case: EvalCase; reported: Reported }[] = [];
  cases.forEach((c, i) => {
    const keys = reported[i] ?? [];
    const rule = (byRule[c.rule] ??= { cases: 0, found: 0, wrong: 0 });
    rule.cases++;
    const found = c.expect !== null && keys.includes(c.expect);
    const wrong = keys.length > 0 && !found;
    if (found) {
      truePositives++;
      rule.found++;
    }
    if (wrong) {
      falsePositives++;
      rule.wrong++;
    }
    if (wrong || (c.expect !== null && !found)) misses.push({ case: c, reported: keys });
  });
  const positives = cases.filter((c) => c.expect !== null).length;
  return {
    positives,
    negatives: cases.length - positives,
    truePositives,
    falsePositives,
    recall: positives === 0 ? 1 : truePositives / positives,
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    byRule,
    misses,
  };
}

/** The report as the eval script prints it. */
export function formatReport(report: EvalReport, threshold: number): string {
  const rules = Object.entries(report.byRule)
    .map(([rule, r]) => `  ${rule.padEnd(32)} ${String(r.found).padStart(4)}/${String(r.cases).padEnd(4)} found, ${r.wrong} wrong`)
    .join('\n');
  const misses = report.misses
    .slice(0, 40)
    .map((m) => `  [${m.case.rule}] ${m.case.name ?? m.case.address} -> expected ${m.case.expect ?? 'nothing'}, got ${m.reported.join(', ') || 'nothing'}`)
    .join('\n');
  return [
    `threshold ${threshold}: ${report.positives} positives, ${report.negatives} negatives`,
    `recall ${report.recall.toFixed(4)} (${report.truePositives}/${report.positives}), precision ${report.precision.toFixed(4)} (${report.truePositives}/${report.truePositives + report.falsePositives})`,
    'by rule:',
    rules,
    report.misses.length > 0 ? `misses (first 40 of ${report.misses.length}):\n${misses}` : 'no misses',
  ].join('\n');
}
