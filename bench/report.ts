import os from 'node:os';
import type { GraphSize, Inputs, PathPair } from './inputs.js';
import { NO_PATH_LIMIT_MS } from './path-runs.js';
import type { Timing } from './stats.js';

/**
 * The printed tables and the Markdown report. One table per scale: each operation's API row
 * carries its floor (the fastest single Cypher statement that answers the same question) and the
 * ratio between the two; the Cypher alternatives follow it, each with its ratio to that floor.
 */

export interface MeasuredRow {
  readonly implementation: string;
  readonly timing: Timing;
  /** True for the API row (GraphQL through Apollo), false for a Cypher statement. */
  readonly api: boolean;
  /** Answers exactly the API's question (a Cypher statement that may be the floor). */
  readonly exact: boolean;
  readonly caveat?: string;
}

export interface NoPathCheck {
  readonly pass: boolean;
  readonly text: string;
}

export interface OperationResult {
  readonly title: string;
  readonly rows: readonly MeasuredRow[];
  /** For the no-path operations: whether the API ended well inside the timeout with the expected answer. */
  readonly check?: NoPathCheck;
}

export interface ScaleReport {
  readonly scale: number;
  readonly seed: number;
  readonly dataDir: string;
  readonly dataBytes: number;
  readonly memory: { readonly heap: string; readonly pageCache: string };
  readonly generation: string;
  readonly cacheWarmMs: number;
  readonly size?: GraphSize;
  readonly inputs?: Inputs;
  readonly operations: readonly OperationResult[];
  readonly iterations: number;
  readonly error?: string;
  readonly seconds: number;
}

export interface RunInfo {
  readonly startedAt: Date;
  readonly seconds: number;
  readonly command: string;
  readonly floorCypher: readonly { readonly title: string; readonly cypher: string }[];
}

const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '—');
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
const fmt = (v: number) => v.toLocaleString('en-US');

/** The fastest row that gives the API's answer, or (marked approximate) the fastest of any. */
export function floorOf(rows: readonly MeasuredRow[]): { row: MeasuredRow; approximate: boolean } | undefined {
  const ok = rows.filter((r) => !r.api && !r.timing.outcome.error && r.timing.samples.length > 0);
  const fastest = (list: readonly MeasuredRow[]) => [...list].sort((a, b) => a.timing.p50 - b.timing.p50)[0];
  const exact = fastest(ok.filter((r) => r.exact));
  if (exact) return { row: exact, approximate: false };
  const any = fastest(ok);
  return any ? { row: any, approximate: true } : undefined;
}

function resultText(row: MeasuredRow): string {
  const { outcome, note, samples } = row.timing;
  const failedAfter = samples.at(-1);
  const after = failedAfter === undefined ? '' : ` after ${ms(failedAfter)} ms`;
  const text = outcome.error ? `error${after}: ${outcome.error}` : outcome.summary;
  return note ? `${text} [${note}]` : text;
}

const HEADER = ['operation', 'p50 ms', 'p95 ms', 'floor p50', 'floor p95', 'ratio', 'runs', 'result size'];

/** Table cells per row, the same for the console and Markdown. */
export function tableRows(operation: OperationResult): string[][] {
  const floor = floorOf(operation.rows);
  const floorP50 = floor?.row.timing.p50 ?? Number.NaN;
  const ratio = (t: Timing) => (t.outcome.error || !Number.isFinite(floorP50) ? '—' : `${(t.p50 / floorP50).toFixed(2)}×`);
  const out: string[][] = [];
  for (const row of operation.rows) {
    // A failed run's time is how long it took to fail, not a latency: it is shown with the error.
    const failed = Boolean(row.timing.outcome.error);
    const mark = row === floor?.row ? (floor.approximate ? ' (floor ≈)' : ' (floor)') : '';
    const name = row.api ? `${operation.title} — API` : `  ↳ ${row.implementation}${mark}`;
    const check = row.api && operation.check ? ` — ${operation.check.pass ? 'PASS' : 'FAIL'}: ${operation.check.text}` : '';
    out.push([
      name,
      failed ? '—' : ms(row.timing.p50),
      failed ? '—' : ms(row.timing.p95),
      row.api ? ms(floorP50) : '',
      row.api ? ms(floor?.row.timing.p95 ?? Number.NaN) : '',
      ratio(row.timing),
      String(row.timing.samples.length),
      resultText(row) + (row.caveat ? ` (${row.caveat})` : '') + check,
    ]);
  }
  return out;
}

export function consoleTable(report: Pick<ScaleReport, 'operations'>): string {
  const rows = report.operations.flatMap(tableRows);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => Math.min((r[i] ?? '').length, i === 7 ? 100 : 70))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => {
        const w = widths[i] ?? 0;
        const text = c.length > w && i < 7 ? `${c.slice(0, w - 1)}…` : c;
        return i >= 1 && i <= 6 ? text.padStart(w) : text.padEnd(w);
      })
      .join(' | ');
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

export function markdownTable(report: Pick<ScaleReport, 'operations'>): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  const rows = report.operations.flatMap(tableRows);
  return [
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map((_, i) => (i >= 1 && i <= 6 ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
  ].join('\n');
}

function pairLines(title: string, pair: PathPair | undefined): string[] {
  if (!pair) return [`- ${title}: none found (rows skipped)`];
  return [
    `- ${title}: \`${pair.from.key}\` (${pair.from.name}) → \`${pair.to.key}\` (${pair.to.name}; ${pair.to.why}); checked: ${pair.check}`,
  ];
}

export function inputLines(inputs: Inputs): string[] {
  return [
    `- employer: \`${inputs.employer.key}\` (${inputs.employer.name}; ${inputs.employer.why})`,
    `- exposure wallet: \`${inputs.exposureWallet.key}\` (${inputs.exposureWallet.name}; ${inputs.exposureWallet.why})`,
    `- hub: \`${inputs.hub.key}\` (${inputs.hub.name}; ${inputs.hub.why})`,
    ...pairLines('no-path pair, receive-only → DPRK treasury', inputs.receiveOnlyPair),
    ...pairLines('no-path pair, hub → busiest wallet it cannot reach', inputs.hubPair),
    ...pairLines('no-connection pair, hub ↔ wallet outside the web', inputs.disconnectedPair),
  ];
}

export function sizeLine(report: ScaleReport): string {
  const s = report.size;
  const graph = s
    ? `${fmt(s.nodes)} nodes, ${fmt(s.relationships)} relationships (${fmt(s.transfers)} transfers, ${fmt(s.salaries)} salaries)`
    : 'size unknown';
  return `${graph}; store ${gib(report.dataBytes)} on disk; heap ${report.memory.heap}, page cache ${report.memory.pageCache}`;
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${gib(os.totalmem())} RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

export function markdownReport(run: RunInfo, reports: readonly ScaleReport[]): string {
  const version = reports.find((r) => r.size)?.size?.neo4jVersion ?? 'unknown';
  const out: string[] = [
    '# Path benchmark: money trails, exposure, neighbourhood',
    '',
    `Generated by \`${run.command}\` on ${run.startedAt.toISOString()} in ${(run.seconds / 60).toFixed(1)} min.`,
    '',
    `- machine: ${machine()}`,
    `- Neo4j ${version}, embedded, one store per scale under \`.data/bench/\``,
    '- every API run goes through Apollo `executeOperation` with a fresh context and executor, as an HTTP request does; ' +
      'every Cypher run is one statement through `executor.read`; both with the API\'s 15 s transaction timeout',
    '',
    '## How to read this',
    '',
    '- **p50 / p95**: nearest-rank percentiles of the timed runs (after warm-up runs), in milliseconds; `runs` says how many. ' +
      'Slow operations get fewer runs (a time budget per row), so their p95 is close to their maximum.',
    '- **floor**: the fastest single hand-written Cypher statement that gives the same answer, run through the driver without GraphQL. ' +
      '`(floor ≈)` marks a floor that answers a simpler question (exposure: poison sums instead of haircut shares, no evidence trails).',
    '- **ratio**: p50 divided by the floor\'s p50. Above 1 the API pays for GraphQL, loaders and its TypeScript search; below 1 the API ' +
      'does less than the floor, usually because its search stops at its budget (`incomplete: budget`) while the floor enumerates every trail.',
    '- **result size** shows what each run returned, so rows that differ in speed can be checked for differing answers too.',
    `- The no-path rows must end well inside the 15 s request timeout (issue 12: under ${NO_PATH_LIMIT_MS / 1000} s at the slowest run) with the expected answer: PASS or FAIL.`,
    '- Numbers come from one machine with other work running on it; compare rows within a table rather than across reports.',
    '',
  ];
  for (const r of reports) {
    out.push(`## Scale ${r.scale} (seed ${r.seed})`, '');
    out.push(`- graph: ${sizeLine(r)}`);
    out.push(`- data: ${r.generation}; page cache warmed in ${(r.cacheWarmMs / 1000).toFixed(1)} s; this scale took ${r.seconds.toFixed(0)} s`);
    out.push(`- up to ${r.iterations} timed runs per row`);
    if (r.inputs) out.push(...inputLines(r.inputs));
    out.push('');
    if (r.error) out.push(`**This scale failed:** ${r.error}`, '');
    if (r.operations.length) out.push(markdownTable(r), '');
  }
  out.push('## The Cypher statements', '');
  for (const q of run.floorCypher) {
    out.push(`<details><summary>${q.title}</summary>`, '', '```cypher', q.cypher.trim(), '```', '', '</details>', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
