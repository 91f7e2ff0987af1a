import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { BATCH_JOB_TIMEOUT_MS } from '../src/db/index.js';
import { applyMigrations } from '../src/db/index.js';
import { BUNDLED_ADDRESSES, importListedAddresses } from '../src/import/ofac/index.js';
import { BUNDLED_SDN, importSdn } from '../src/import/ofac/index.js';
import { printAddressReport, printSdnReport } from '../src/import/ofac/index.js';
import { connectOrExit } from './connect.js';

/**
 * `npm run import:ofac -- [file] [--published YYYY-MM-DD] [--addresses DIR --listed YYYY-MM-DD]`:
 * the SDN list, then the list of every address on it (whose owners the SDN list names); the
 * bundled files by default.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { published: { type: 'string' }, addresses: { type: 'string' }, listed: { type: 'string' } },
});
const file = positionals[0] ?? BUNDLED_SDN.file;
if (values.addresses && !values.listed) throw new Error('--addresses needs --listed YYYY-MM-DD (the date of that list)');
const addresses = values.addresses ? { dir: values.addresses, listedOn: values.listed! } : BUNDLED_ADDRESSES;

const db = await connectOrExit(loadConfig(), (msg) => console.log(msg));
try {
  const executor = db.executor({
    timeoutMs: BATCH_JOB_TIMEOUT_MS,
    onQuery: process.env.TRACE ? (e) => console.log(JSON.stringify(e).slice(0, 300)) : undefined,
  });
  await applyMigrations(executor);
  printSdnReport(await importSdn(executor, { file, publishedOn: values.published }), console.log);
  printAddressReport(await importListedAddresses(executor, addresses), console.log);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
