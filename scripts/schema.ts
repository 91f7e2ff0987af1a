import { writeFile } from 'node:fs/promises';
import { compareSchemas, mergedSdl, PUBLISHED_FILE, publishedSdl } from './schema-contract.js';

/**
 * `npm run schema:check`: exit 1 when schema/ breaks the published schema.graphql or differs
 * from it unpublished. `npm run schema:publish [-- --allow-breaking]`: write schema.graphql.
 */

const [command, ...flags] = process.argv.slice(2);
const current = mergedSdl();
const published = await publishedSdl().catch(() => null);
const changes = published === null ? { breaking: [], other: ['no schema.graphql yet'] } : await compareSchemas(published, current);

if (command === 'publish') {
  if (changes.breaking.length > 0 && !flags.includes('--allow-breaking')) {
    console.error(`refused: ${changes.breaking.length} breaking change(s); publish them with --allow-breaking:`);
    for (const change of changes.breaking) console.error(`  ${change}`);
    process.exit(1);
  }
  await writeFile(PUBLISHED_FILE, current);
  console.log(`wrote schema.graphql (${changes.breaking.length} breaking, ${changes.other.length} other changes)`);
} else if (command === 'check') {
  if (changes.breaking.length > 0) {
    console.error('schema/ breaks the published schema.graphql:');
    for (const change of changes.breaking) console.error(`  ${change}`);
    console.error("if that is intended, run 'npm run schema:publish -- --allow-breaking' and commit schema.graphql");
    process.exit(1);
  }
  if (published !== current) {
    console.error("schema.graphql is behind schema/: run 'npm run schema:publish' and commit it");
    for (const change of changes.other) console.error(`  ${change}`);
    process.exit(1);
  }
  console.log('schema.graphql matches schema/, nothing breaking');
} else {
  console.error('usage: npm run schema:check | npm run schema:publish [-- --allow-breaking]');
  process.exit(2);
}
