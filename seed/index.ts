import type { Executor } from '../src/db/executor.js';
import { BUNDLED_SDN, importSdn } from '../src/import/ofac/import-sdn.js';
import type { Dataset } from '../src/store/dataset.js';
import { writeDataset, type WriteCounts } from '../src/store/write-dataset.js';
import { realCase } from './case-real.js';
import { syntheticCase } from './case-synthetic.js';

/** The case dataset: real facts from the seed articles, then the synthetic trail that uses them. */
export const CASE_DATASETS: readonly Dataset[] = [realCase, syntheticCase];

/** Loads the case in one transaction; loading it again changes nothing. */
export async function seedCase(executor: Executor): Promise<WriteCounts> {
  return executor.writeTx(async (tx) => {
    const counts: WriteCounts = {};
    for (const dataset of CASE_DATASETS) {
      for (const [kind, n] of Object.entries(await writeDataset(tx, dataset, 'seed:case'))) {
        counts[kind] = (counts[kind] ?? 0) + n;
      }
    }
    return counts;
  });
}

/** The case, then the bundled OFAC SDN list. Idempotent; the executor needs a batch-job timeout. */
export async function seedAll(executor: Executor, log: (msg: string) => void): Promise<void> {
  const counts = await seedCase(executor);
  log(`seeded the case dataset: ${JSON.stringify(counts)}`);
  const sdn = await importSdn(executor, { file: BUNDLED_SDN.file });
  const entries = Object.values(sdn.entries).reduce((a, b) => a + b, 0);
  log(
    `imported the OFAC SDN list of ${sdn.publishedOn}: ${entries} entries, ` +
      `${sdn.rejected.length} facts rejected (see npm run import:ofac), in ${sdn.seconds.toFixed(1)} s`,
  );
}

/** Seeds only a database that holds nothing of ours, so `npm start` never rewrites live data. */
export async function seedIfEmpty(executor: Executor, log: (msg: string) => void): Promise<void> {
  const [row] = await executor.read('MATCH (n:Node) RETURN count(n) AS nodes');
  if (Number(row?.nodes ?? 0) > 0) {
    log('database already holds data; not seeding');
    return;
  }
  await seedAll(executor, log);
}
