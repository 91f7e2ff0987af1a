import { floorOf, markdownTable, type OperationResult } from '../report.js';
import type { Latency, Soak, Throughput } from './measure.js';

/** The printed table, the JSON written to bench/results and the Markdown kept in bench/reports/peer.md. */

export const IMPLEMENTATIONS = ['trailgraph', 'peer', 'floor'] as const;
export type Implementation = (typeof IMPLEMENTATIONS)[number];

export interface ImplementationResult {
  readonly implementation: Implementation;
  readonly latency?: Latency;
  readonly throughput?: Throughput;
  /** Cypher statements one request sent (the floor: one by construction). */
  readonly statements?: number;
  /** Why there is nothing to measure (a peer that cannot ask it, an error on the check). */
  readonly missing?: string;
}

export interface OperationReport {
  readonly name: string;
  readonly title: string;
  /** 'equal', or what differed. */
  readonly check: string;
  readonly results: readonly ImplementationResult[];
}

export interface PeerReport {
  readonly startedAt: string;
  readonly command: string;
  /** CPUs and memory of the machine that ran it (absent from results written before it was kept). */
  readonly machine?: string;
  readonly scale: number;
  readonly seed: number;
  readonly size: { readonly nodes: number; readonly relationships: number };
  readonly rounds: number;
  readonly throughputSeconds: number;
  /** Unrecorded load per implementation and operation before measuring (absent in older results). */
  readonly warmupSeconds?: number;
  readonly inputs: Record<string, unknown>;
  readonly rss: { readonly benchProcess: number; readonly neo4j: number };
  readonly apoc: string;
  readonly operations: readonly OperationReport[];
  /** The path operations, trailgraph against the floor (absent from earlier results and from --only runs without them). */
  readonly paths?: PathsReport;
  /** The mixed run (absent from results written before it existed). */
  readonly soak?: Soak;
  /** The run this one is compared with. */
  readonly previous?: PreviousRun | null;
  readonly notes: readonly string[];
  readonly seconds: number;
}

/** The path operations of `bench:paths` on this run's dataset. */
export interface PathsReport {
  /** The inputs they were asked about, a line each. */
  readonly inputs: readonly string[];
  readonly operations: readonly OperationResult[];
}

/** An earlier run of the same scale and seed. */
export interface PreviousRun {
  readonly file: string;
  readonly startedAt: string;
  readonly operations: readonly OperationReport[];
}

const ms = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const rate = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(v < 10 ? 1 : 0));
const mib = (v: number) => (Number.isFinite(v) ? `${(v / 2 ** 20).toFixed(0)} MiB` : '—');

const HEADER = ['operation', 'impl', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'req/s @8', 'p99 @8', 'errors @8', 'statements', 'check'];

function rows(report: PeerReport): string[][] {
  return report.operations.flatMap((op) =>
    op.results.map((r, i) => [
      i === 0 ? op.title : '',
      r.implementation,
      ms(r.latency?.p50),
      ms(r.latency?.p95),
      ms(r.latency?.p99),
      r.latency ? String(r.latency.errors) : '—',
      rate(r.throughput?.requestsPerSecond),
      ms(r.throughput?.p99),
      r.throughput ? String(r.throughput.errors) : '—',
      r.statements === undefined ? '—' : String(r.statements),
      i === 0 ? op.check : (r.missing ?? ''),
    ]),
  );
}

export function consoleTable(report: PeerReport): string {
  const body = rows(report);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...body.map((r) => Math.min((r[i] ?? '').length, i === 0 ? 60 : 80))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => {
        const w = widths[i] ?? 0;
        const text = c.length > w && i === 0 ? `${c.slice(0, w - 1)}…` : c;
        return i >= 2 && i <= 9 ? text.padStart(w) : text.padEnd(w);
      })
      .join(' | ');
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}

const resultOf = (op: OperationReport, implementation: Implementation) => op.results.find((r) => r.implementation === implementation);
const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);
const times = (v: number | undefined) => (v === undefined ? '—' : `${v.toFixed(2)}×`);
const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : '**not met**');

/** The write is not a lookup, list, search or transfer page: issue 12 sets it no floor target. */
const NO_FLOOR_TARGET = new Set(['recordTransfer']);
const FLOOR_TARGET = 1.5;
const PATH_FLOOR_TARGET = 1.3;
const RSS_TARGET = 0.1;

/** Issue 12 §4, target by target, from this run's numbers. */
export function targetRows(report: PeerReport): string[][] {
  const measured = report.operations.filter((op) => op.results.length > 0);
  const rows: string[][] = [];
  for (const op of measured) {
    const tg = resultOf(op, 'trailgraph');
    const peer = resultOf(op, 'peer');
    const floor = resultOf(op, 'floor');
    if (peer?.latency) {
      const r = ratio(tg?.latency?.p50, peer.latency.p50);
      rows.push(['p50 trailgraph / peer ≤ 1.0', op.title, times(r), verdict(r === undefined ? undefined : r <= 1)]);
    }
    if (peer?.throughput && tg?.throughput) {
      const r = ratio(tg.throughput.requestsPerSecond, peer.throughput.requestsPerSecond);
      rows.push(['req/s @8 trailgraph ≥ peer', op.title, `${rate(tg.throughput.requestsPerSecond)} vs ${rate(peer.throughput.requestsPerSecond)}`, verdict(r === undefined ? undefined : r >= 1)]);
    }
    if (!NO_FLOOR_TARGET.has(op.name)) {
      const r = ratio(tg?.latency?.p50, floor?.latency?.p50);
      rows.push([`p50 trailgraph / floor ≤ ${FLOOR_TARGET}`, op.title, times(r), verdict(r === undefined ? undefined : r <= FLOOR_TARGET)]);
    }
  }
  rows.push(...pathTargetRows(report.paths));
  const errors = measured.flatMap((op) => op.results).reduce((n, r) => n + (r.implementation === 'trailgraph' ? (r.latency?.errors ?? 0) + (r.throughput?.errors ?? 0) : 0), 0);
  if (report.soak) {
    const s = report.soak;
    rows.push([`RSS flat (±${RSS_TARGET * 100}%) over the mixed run`, `${s.seconds} s, ${s.requests.toLocaleString('en-US')} requests`, `${(s.rssChange * 100).toFixed(1)}% (${mib(s.rssSamples[1] ?? Number.NaN)} → ${mib(s.rssSamples.at(-1) ?? Number.NaN)})`, verdict(Number.isFinite(s.rssChange) ? Math.abs(s.rssChange) <= RSS_TARGET : undefined)]);
    rows.push(['zero errors', 'the mixed run', `${s.errors} HTTP, ${s.graphqlErrors} GraphQL`, verdict(s.errors + s.graphqlErrors === 0)]);
  }
  rows.push(['zero errors', 'every timed and throughput request of trailgraph', String(errors), verdict(errors === 0)]);
  return rows;
}

/**
 * The path targets: p50 against the floor where a floor statement answers (a floor that answers
 * a simpler question is named so), the answer's completeness where it reports one, and the
 * no-path checks.
 */
function pathTargetRows(paths: PathsReport | undefined): string[][] {
  if (!paths) return [['paths: p50 trailgraph / floor ≤ 1.3, complete answers, no-path checks < 1 s', 'moneyTrails, exposure, neighbourhood, shortestConnection', 'not run (--only)', 'not measured']];
  const rows: string[][] = [];
  for (const op of paths.operations) {
    const api = op.rows.find((r) => r.api);
    if (!api) continue;
    const failed = api.timing.outcome.error;
    const floor = floorOf(op.rows);
    if (failed) {
      rows.push([`p50 trailgraph / floor ≤ ${PATH_FLOOR_TARGET}`, op.title, `error: ${failed}`, '**not met**']);
    } else if (!floor) {
      const tried = op.rows.length > 1 ? 'no floor statement finished' : 'no single Cypher statement written for it';
      rows.push([`p50 trailgraph / floor ≤ ${PATH_FLOOR_TARGET}`, op.title, `${ms(api.timing.p50)} ms; ${tried}`, 'not measured']);
    } else {
      const r = ratio(api.timing.p50, floor.row.timing.p50);
      const simpler = floor.approximate ? ' (the floor answers a simpler question)' : '';
      rows.push([`p50 trailgraph / floor ≤ ${PATH_FLOOR_TARGET}`, op.title, `${times(r)}${simpler}`, verdict(r === undefined ? undefined : r <= PATH_FLOOR_TARGET)]);
    }
    const complete = api.timing.outcome.complete;
    if (complete !== undefined) rows.push(['answer complete (`complete: true`)', op.title, String(complete), verdict(complete)]);
    if (op.check) rows.push(['no-path check under 1 s with the expected answer', op.title, op.check.text, verdict(op.check.pass)]);
  }
  return rows;
}

/**
 * trailgraph's figures per operation against the previous run of the same scale and seed. Runs
 * on a shared machine differ in speed as a whole (the floor too), so the ratios to the peer and
 * the floor measured in the same run are what compare across runs; the milliseconds are context.
 */
function beforeAfterRows(report: PeerReport): string[][] {
  const previous = report.previous;
  if (!previous) return [];
  const figures = (op: OperationReport | undefined) => {
    const tg = op ? resultOf(op, 'trailgraph') : undefined;
    return {
      p50: tg?.latency?.p50,
      peer: op ? ratio(tg?.latency?.p50, resultOf(op, 'peer')?.latency?.p50) : undefined,
      floor: op ? ratio(tg?.latency?.p50, resultOf(op, 'floor')?.latency?.p50) : undefined,
      statements: tg?.statements,
    };
  };
  const count = (v: number | undefined) => (v === undefined ? '—' : String(v));
  return report.operations
    .filter((op) => op.results.length > 0)
    .map((op) => {
      const then = figures(previous.operations.find((o) => o.name === op.name));
      const now = figures(op);
      return [
        op.title,
        `${times(then.peer)} → ${times(now.peer)}`,
        `${times(then.floor)} → ${times(now.floor)}`,
        `${count(then.statements)} → ${count(now.statements)}`,
        `${ms(then.p50)} → ${ms(now.p50)}`,
      ];
    });
}

export function markdownReport(report: PeerReport): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '# bench:peer — trailgraph, an @neo4j/graphql 7 peer and the Cypher floor',
    '',
    `\`${report.command}\`, started ${report.startedAt}, ${(report.seconds / 60).toFixed(1)} min. Written by \`npm run bench\`; numbers are measured, never asserted.`,
    '',
    ...(report.machine ? [`- machine: ${report.machine}`] : []),
    `- dataset: scale ${report.scale}, seed ${report.seed}: ${report.size.nodes.toLocaleString('en-US')} nodes, ${report.size.relationships.toLocaleString('en-US')} relationships`,
    `- latency: ${report.rounds} interleaved rounds at concurrency 1 after warm-up (trailgraph, peer, floor in turn, each round starting one further on); throughput: autocannon, 8 connections, ${report.throughputSeconds} s each${report.warmupSeconds === undefined ? '' : `, half in turn and half in reverse order (trailgraph, peer, floor, floor, peer, trailgraph)`}`,
    ...(report.warmupSeconds === undefined ? [] : [`- warm-up: before anything is measured, ${report.warmupSeconds} s of unrecorded load at 8 connections per implementation and read operation, so the JVM has compiled what every implementation runs`]),
    `- RSS at the end: bench process (trailgraph, the peer and the floor endpoint share it) ${mib(report.rss.benchProcess)}, Neo4j JVM ${mib(report.rss.neo4j)}`,
    `- APOC: ${report.apoc}`,
    `- inputs: ${Object.entries(report.inputs)
      .map(([k, v]) => `${k} \`${typeof v === 'string' ? v : JSON.stringify(v)}\``)
      .join(', ')}`,
    '',
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map((_, i) => (i >= 2 && i <= 9 ? '---:' : '---')).join('|')}|`,
    ...rows(report).map((r) => `| ${r.map(escape).join(' | ')} |`),
    '',
    ...(report.paths
      ? [
          '## Path operations: trailgraph against the floor',
          '',
          'The operations of `npm run bench:paths` on this dataset (the peer has none): each API row is one request through Apollo, each ↳ row a hand-written Cypher statement; the fastest exact one is the floor. Up to 10 timed runs a row after two warm-ups; a row stops after 3 once its runs have taken 20 s (30 s above scale 10), and a first run slower than 15 s is its only one.',
          '',
          ...report.paths.inputs,
          '',
          markdownTable(report.paths),
          '',
        ]
      : []),
    '## Targets (issue 12 §4)',
    '',
    '| target | operation | this run | |',
    '|---|---|---:|---|',
    ...targetRows(report).map((r) => `| ${r.map(escape).join(' | ')} |`),
    '',
    ...(report.previous
      ? [
          '## Before and after',
          '',
          `trailgraph, before → after, against the previous run of this scale and seed (\`${report.previous.file}\`, started ${report.previous.startedAt}). The two runs' machines were loaded differently (the floor's own p50 moved too), so compare the ratios, measured within each run; milliseconds are context.`,
          '',
          '| operation | p50 / peer | p50 / floor | statements | p50 ms |',
          '|---|---:|---:|---:|---:|',
          ...beforeAfterRows(report).map((r) => `| ${r.map(escape).join(' | ')} |`),
          '',
        ]
      : []),
    '## Notes',
    '',
    ...report.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
