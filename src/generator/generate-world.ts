import type { Executor } from '../db/index.js';
import { DPRK_STATE_KEY } from '../model/index.js';
import { applyMigrations } from '../db/index.js';
import { writeDataset } from '../store/index.js';
import { emptyDraft } from '../store/index.js';
import { type Batch, sizeOf } from './batch.js';
import { addCell } from './cell.js';
import { type GenerateOptions, parseGenerateOptions } from './options.js';
import { type GenerateSummary, Progress } from './progress.js';
import { sharedWorld } from './shared-world.js';

/** Cells per unit of scale: scale 1 is about 10k nodes and 50k relationships. */
const CELLS_PER_SCALE = 50;

/**
 * Cells per transaction. A cell writes about 200 nodes and 1,050 relationships (750 of them
 * transfers), so a batch is 1–3 thousand rows of most kinds and about 12 thousand transfers.
 * On the embedded server, warm, 8 cells wrote about 4k relationships a second and 48 about 7k
 * (fewer statements per row); 16 keeps most of that gain while a transaction stays small for a
 * 1 GB heap and far inside the server's timeout. A multiple of CELLS_PER_FRONT, so a front
 * company and its cells share a batch.
 */
const CELLS_PER_BATCH = 16;

const RECORDED_BY = 'generator:gen-world';

function cellCount(scale: number): number {
  return Math.max(1, Math.round(scale * CELLS_PER_SCALE));
}

/**
 * Writes the synthetic world for `scale` and `seed` into a store that holds the case seed (the
 * world links its fronts to the case's DPRK state; `npm run generate` seeds it first): migrations,
 * then the shared backdrop, then the cells in
 * batches, each built, written in one transaction and dropped, so memory stays flat however
 * large the scale. The same scale and seed always write the same graph; writing it again changes
 * nothing, and a larger scale with the same seed is a superset of a smaller one.
 */
export async function generateWorld(
  executor: Executor,
  options: GenerateOptions & { log?: (line: string) => void },
): Promise<GenerateSummary> {
  const { scale, seed } = parseGenerateOptions(options);
  const log = options.log ?? (() => {});
  const cells = cellCount(scale);
  await applyMigrations(executor);
  const [dprk] = await executor.read('MATCH (s:Node:State {key: $key}) RETURN count(s) AS found', { key: DPRK_STATE_KEY });
  if (Number(dprk?.found) !== 1) throw new Error(`the store lacks ${DPRK_STATE_KEY}, which the world's fronts link to: seed the case first`);

  log(`generating scale ${scale} (${cells} cells, ${CELLS_PER_BATCH} per transaction) with seed ${seed}`);
  const progress = new Progress(log, cells);
  const world = sharedWorld();
  await write(executor, world.batch);
  progress.written(sizeOf(world.batch), 0);
  for (let first = 0; first < cells; first += CELLS_PER_BATCH) {
    const end = Math.min(cells, first + CELLS_PER_BATCH);
    const batch = emptyDraft();
    for (let cell = first; cell < end; cell += 1) addCell(batch, seed, world, cell);
    await write(executor, batch);
    progress.written(sizeOf(batch), end);
  }
  return progress.finish();
}

async function write(executor: Executor, batch: Batch): Promise<void> {
  await executor.writeTx((tx) => writeDataset(tx, batch, RECORDED_BY));
}
