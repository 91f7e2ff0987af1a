import { loadConfig } from '../src/config.js';
import { BATCH_JOB_TIMEOUT_MS } from '../src/db/index.js';
import { applyMigrations } from '../src/db/index.js';
import { seedAll } from '../seed/index.js';
import { connectOrExit } from './connect.js';

/**
 * `npm run seed`: migrations, the case dataset, the bundled SDN list and its address list
 * (idempotent; a newer list already in the store is kept).
 */
const config = loadConfig();
const db = await connectOrExit(config, (msg) => console.log(msg));
try {
  const executor = db.executor({ timeoutMs: BATCH_JOB_TIMEOUT_MS });
  await applyMigrations(executor);
  await seedAll(executor, console.log);
} finally {
  await db.close();
}
