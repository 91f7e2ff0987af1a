import type { Latency, Throughput } from './measure.js';

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
  /** 'equal', or what differed; the slot's reason when the operation is not built. */
  readonly check: string;
  readonly results: readonly ImplementationResult[];
}

export interface PeerReport {
  readonly startedAt: string;
  readonly command: string;
  readonly scale: number;
  readonly seed: number;
  readonly size: { readonly nodes: number; readonly relationships: number };
  readonly rounds: number;
  readonly throughputSeconds: number;
  readonly inputs: Record<string, unknown>;
  readonly rss: { readonly benchProcess: number; readonly neo4j: number };
  readonly apoc: string;
  readonly operations: readonly OperationReport[];
  readonly notes: readonly string[];
  readonly seconds: number;
}

const ms = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const rate = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(v < 10 ? 1 : 0));
const mib = (v: number) => (Number.isFinite(v) ? `${(v / 2 ** 20).toFixed(0)} MiB` : '—');

const HEADER = ['operation', 'impl', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'req/s @8', 'p99 @8', 'errors @8', 'statements', 'check'];

function rows(report: PeerReport): string[][] {
  return report.operations.flatMap((op) =>
    op.results.length === 0
      ? [[op.title, '—', ...HEADER.slice(2, -1).map(() => '—'), op.check]]
      : op.results.map((r, i) => [
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

export function markdownReport(report: PeerReport): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '# bench:peer — trailgraph, an @neo4j/graphql 7 peer and the Cypher floor',
    '',
    `\`${report.command}\`, started ${report.startedAt}, ${(report.seconds / 60).toFixed(1)} min. Written by \`npm run bench\`; numbers are measured, never asserted.`,
    '',
    `- dataset: scale ${report.scale}, seed ${report.seed}: ${report.size.nodes.toLocaleString('en-US')} nodes, ${report.size.relationships.toLocaleString('en-US')} relationships`,
    `- latency: ${report.rounds} interleaved rounds (trailgraph, peer, floor in turn) at concurrency 1 after warm-up; throughput: autocannon, 8 connections, ${report.throughputSeconds} s each`,
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
    '## Notes',
    '',
    ...report.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
