import { runApi } from '../src/run-api.js';
import { seedMissing, seedStatus } from '../seed/index.js';

/** `npm start`: the API, seeding an empty store from the project's own seed. */
runApi({ missing: seedMissing, status: seedStatus }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
