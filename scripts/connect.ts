import type { Config } from '../src/config.js';
import { openDatabase, type Database } from '../src/db/index.js';

/**
 * Opens the configured database for a data command, or ends the command with the reason alone:
 * a user who runs `npm run seed` next to another server needs the advice in the message
 * ("set NEO4J_URI …"), not a stack trace through the supervisor.
 */
export async function connectOrExit(config: Config, log: (msg: string) => void): Promise<Database> {
  try {
    return await openDatabase(config, log);
  } catch (error) {
    console.error(`cannot open the database: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
