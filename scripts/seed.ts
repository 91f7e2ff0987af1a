import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { applyMigrations } from '../src/db/migrations.js';
import { seedCase } from '../seed/index.js';

/** `npm run seed`: migrations, then the case dataset (idempotent). */
const config = loadConfig();
const db = await openDatabase(config, (msg) => console.log(msg));
try {
  const executor = db.executor();
  await applyMigrations(executor);
  console.log('seeded:', await seedCase(executor));
} finally {
  await db.close();
}
