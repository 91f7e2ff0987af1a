import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { BATCH_JOB_TIMEOUT_MS } from '../src/db/index.js';
import { applyMigrations } from '../src/db/index.js';
import { generateWorld, parseGenerateOptions } from '../src/generator/index.js';
import { seedCase } from '../seed/index.js';
import { connectOrExit } from './connect.js';

/**
 * `npm run generate -- --scale N [--seed S]`: writes the synthetic world (scale 1 is about 10k
 * nodes and 50k relationships) into the configured database, after migrations and the case seed.
 * Same scale and seed, same graph; running it twice changes nothing.
 */
const USAGE = 'usage: npm run generate -- --scale N [--seed S]   (N > 0, fractions allowed; S a whole number, default 1)';

function readOptions() {
  try {
    const { values } = parseArgs({
      options: { scale: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (values.scale === undefined) throw new Error('--scale is required');
    return parseGenerateOptions({ scale: values.scale, seed: values.seed });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const options = readOptions();
const config = loadConfig();
const db = await connectOrExit(config, (msg) => console.log(msg));
try {
  // Batches are sized to take seconds; the API's per-request timeout is not meant for them.
  const executor = db.executor({ timeoutMs: BATCH_JOB_TIMEOUT_MS });
  // The world's fronts link to the case's DPRK state.
  await applyMigrations(executor);
  await seedCase(executor);
  await generateWorld(executor, { ...options, log: (line) => console.log(line) });
} finally {
  await db.close();
}
