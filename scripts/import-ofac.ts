import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { BATCH_JOB_TIMEOUT_MS, openDatabase } from '../src/db/database.js';
import { applyMigrations } from '../src/db/migrations.js';
import { BUNDLED_SDN, importSdn } from '../src/import/ofac/import-sdn.js';
import { printSdnReport } from '../src/import/ofac/report.js';

/** `npm run import:ofac [file] [--published YYYY-MM-DD]`: the bundled list by default. */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { published: { type: 'string' } },
});
const file = positionals[0] ?? BUNDLED_SDN.file;

const db = await openDatabase(loadConfig(), (msg) => console.log(msg));
try {
  const executor = db.executor({
    timeoutMs: BATCH_JOB_TIMEOUT_MS,
    onQuery: process.env.TRACE ? (e) => console.log(JSON.stringify(e).slice(0, 300)) : undefined,
  });
  await applyMigrations(executor);
  printSdnReport(await importSdn(executor, { file, publishedOn: values.published }), console.log);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
