import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { BATCH_JOB_TIMEOUT_MS } from '../src/db/index.js';
import { applyMigrations } from '../src/db/index.js';
import { defaultSourceFor, importFtmLines, readLines, type DefaultSource } from '../src/ftm/index.js';
import { connectOrExit } from './connect.js';

/**
 * `npm run import -- FILE [--source-title T] [--source-url U] [--source-kind K] [--batch-size N]`:
 * FollowTheMoney JSON lines into the graph. Lines citing no Document cite the named source, or
 * else a source describing the file. Progress goes to stderr, the report to stdout.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    'source-title': { type: 'string' },
    'source-url': { type: 'string' },
    'source-kind': { type: 'string' },
    'batch-size': { type: 'string' },
  },
});
const [file] = positionals;
if (!file || positionals.length > 1) {
  console.error('usage: npm run import -- FILE [--source-title T] [--source-url U] [--source-kind K] [--batch-size N]');
  process.exit(2);
}
const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) {
  console.error(`--batch-size: "${values['batch-size']}" is not a positive whole number`);
  process.exit(2);
}

async function sha256Of(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const log = (msg: string) => console.error(msg);
const fileName = path.basename(file);
let defaultSource: DefaultSource;
try {
  defaultSource = defaultSourceFor({
    fileName,
    fileSha256: await sha256Of(file),
    title: values['source-title'],
    url: values['source-url'],
    kind: values['source-kind'],
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}

const db = await connectOrExit(loadConfig(), log);
try {
  const executor = db.executor({ timeoutMs: BATCH_JOB_TIMEOUT_MS });
  await applyMigrations(executor);
  const report = await importFtmLines(executor, readLines(createReadStream(file)), {
    recordedBy: `import:ftm:${fileName}`,
    defaultSource,
    batchSize,
    log,
  });
  console.log(`lines read: ${report.linesRead}, batches: ${report.batches}`);
  console.log(`written: ${JSON.stringify(report.written)}`);
  console.log(`rejected: ${report.rejected.length} line(s)`);
  for (const { line, reason } of report.rejected) console.log(`  line ${line}: ${reason}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
