import type { Executor } from '../db/index.js';
import type { SourceKind } from '../generated/graphql.js';
import { createFtmExport } from './export-graph.js';
import { ImportRun, type FtmImportReport } from './import-run.js';
import type { LinePlan } from './plan.js';

/**
 * FollowTheMoney (FtM) entities in and out of the graph; `docs/ftm-mapping.md` has the mapping.
 * This file is the folder's public boundary: the CLI scripts and the mutation call only these.
 */

export type { FtmImportReport } from './import-run.js';
export { defaultSourceFor, type DefaultSource } from './default-source.js';
export { readLines } from './read-lines.js';

/**
 * Imports FtM JSON lines in batches of `batchSize` lines (1000 by default), each written in one
 * transaction. A bad line is reported with its number and reason and the rest carry on; lines
 * referring to entities further on in the input wait until those are written. Importing the
 * same lines again changes nothing.
 */
export async function importFtmLines(
  executor: Executor,
  lines: AsyncIterable<string> | Iterable<string>,
  options: {
    recordedBy: string;
    defaultSource: { key: string; title: string; kind: SourceKind; url?: string };
    batchSize?: number;
    log?: (msg: string) => void;
  },
): Promise<FtmImportReport> {
  const run = await ImportRun.open(executor, options);
  let batch: LinePlan[] = [];
  let line = 0;
  for await (const text of lines) {
    line += 1;
    const plan = run.plan(line, text);
    if (plan) batch.push(plan);
    if (batch.length >= run.batchSize) {
      await run.process(batch, 'wait');
      batch = [];
    }
  }
  if (batch.length > 0) await run.process(batch, 'wait');
  return run.finish();
}

export type { FtmExportSummary } from './export-graph.js';
export { createFtmExport, DEFAULT_DEPTH, MAX_DEPTH } from './export-graph.js';

/**
 * The graph as FtM JSON lines, or the subgraph within `depth` hops (2 by default, at most 6) of
 * the node keyed `fromKey`. Read page by page as the lines are consumed.
 */
export async function* exportFtm(executor: Executor, options: { fromKey?: string; depth?: number }): AsyncGenerator<string> {
  yield* createFtmExport(executor, options).lines;
}
