import type { BatchSize } from './batch.js';

/** What a run wrote and how fast. Citations are the SOURCED_FROM links, counted apart. */
export interface GenerateSummary {
  readonly cells: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly citations: number;
  readonly seconds: number;
  readonly nodesPerSecond: number;
  readonly relationshipsPerSecond: number;
  /** Resident memory at the end and the most it ever was, in bytes. */
  readonly rssBytes: number;
  readonly peakRssBytes: number;
}

const LOG_EVERY_MS = 5_000;

const count = (n: number) => Math.round(n).toLocaleString('en-US');
const megabytes = (bytes: number) => `${count(bytes / 2 ** 20)} MB`;
const perSecond = (n: number, ms: number) => (ms > 0 ? (n * 1000) / ms : 0);

/**
 * Tallies batches as they are written and prints a line at most every few seconds (and the
 * summary at the end), each with the rates since the previous line and the process's resident
 * memory, so a long run shows both its speed and that memory stays flat.
 */
export class Progress {
  private readonly started = performance.now();
  private lastLog = this.started;
  private totals: BatchSize = { nodes: 0, relationships: 0, citations: 0 };
  private sinceLog: BatchSize = { nodes: 0, relationships: 0, citations: 0 };

  constructor(
    private readonly log: (line: string) => void,
    private readonly cells: number,
  ) {}

  written(size: BatchSize, cellsDone: number): void {
    this.totals = add(this.totals, size);
    this.sinceLog = add(this.sinceLog, size);
    const now = performance.now();
    if (now - this.lastLog < LOG_EVERY_MS && cellsDone < this.cells) return;
    const ms = now - this.lastLog;
    const percent = Math.floor((100 * cellsDone) / Math.max(1, this.cells));
    this.log(
      `cells ${count(cellsDone)}/${count(this.cells)} (${percent}%)  ` +
        `nodes ${count(this.totals.nodes)}  relationships ${count(this.totals.relationships)}  | ` +
        `last ${(ms / 1000).toFixed(1)}s: ${count(perSecond(this.sinceLog.nodes, ms))} nodes/s, ` +
        `${count(perSecond(this.sinceLog.relationships, ms))} relationships/s  | rss ${megabytes(process.memoryUsage.rss())}`,
    );
    this.lastLog = now;
    this.sinceLog = { nodes: 0, relationships: 0, citations: 0 };
  }

  finish(): GenerateSummary {
    const ms = performance.now() - this.started;
    const summary: GenerateSummary = {
      cells: this.cells,
      ...this.totals,
      seconds: ms / 1000,
      nodesPerSecond: perSecond(this.totals.nodes, ms),
      relationshipsPerSecond: perSecond(this.totals.relationships, ms),
      rssBytes: process.memoryUsage.rss(),
      // maxRSS is in kilobytes.
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
    };
    this.log(
      `wrote ${count(summary.nodes)} nodes and ${count(summary.relationships)} relationships ` +
        `(plus ${count(summary.citations)} SOURCED_FROM citations, not counted in the rates) ` +
        `for ${count(summary.cells)} cells in ${summary.seconds.toFixed(1)}s: ` +
        `${count(summary.nodesPerSecond)} nodes/s, ${count(summary.relationshipsPerSecond)} relationships/s; ` +
        `rss ${megabytes(summary.rssBytes)} (peak ${megabytes(summary.peakRssBytes)})`,
    );
    return summary;
  }
}

function add(a: BatchSize, b: BatchSize): BatchSize {
  return {
    nodes: a.nodes + b.nodes,
    relationships: a.relationships + b.relationships,
    citations: a.citations + b.citations,
  };
}
