import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { createApiKeys, ROLES, type Role } from '../src/auth/index.js';
import { loadConfig } from '../src/config.js';
import { applyMigrations } from '../src/db/index.js';
import { ErrorCode } from '../src/errors.js';
import { connectOrExit } from './connect.js';

const USAGE = `usage: npm run auth:key -- create --role VIEWER|ANALYST|EDITOR|ADMIN --name NAME
       npm run auth:key -- revoke --name NAME
       npm run auth:key -- list`;

/**
 * `npm run auth:key`: creates, revokes and lists API keys in the configured database. `create`
 * prints the key once, alone on the last line of stdout, so scripts can take it with `tail -1`;
 * progress goes to stderr. Neither the key nor its hash is printed by anything else.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { role: { type: 'string' }, name: { type: 'string' } },
});
const [command] = positionals;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function isRole(value: string | undefined): value is Role {
  return (ROLES as readonly (string | undefined)[]).includes(value);
}

if (!['create', 'revoke', 'list'].includes(command ?? '') || positionals.length !== 1) fail(USAGE);
if (command !== 'list' && !values.name) fail(`--name is required\n${USAGE}`);
if (command === 'create' && !isRole(values.role)) fail(`--role must be one of ${ROLES.join(', ')}\n${USAGE}`);

const db = await connectOrExit(loadConfig(), (msg) => console.error(msg));
try {
  const executor = db.executor();
  await applyMigrations(executor);
  const keys = createApiKeys(executor);
  if (command === 'create' && isRole(values.role)) {
    const { key, info } = await keys.create(values.name ?? '', values.role, 'system:cli');
    console.log(`Created API key "${info.name}" with role ${info.role}. Send it as "Authorization: Bearer <key>".`);
    console.log('It is shown only now; store it:');
    console.log(key);
  } else if (command === 'revoke') {
    const info = await keys.revoke(values.name ?? '');
    console.log(`Revoked API key "${info.name}" (at ${info.revokedAt}); requests with it are refused from now on.`);
  } else {
    const list = await keys.list();
    if (list.length === 0) console.log('No API keys.');
    for (const k of list) {
      console.log([k.name, k.role, `created ${k.createdAt} by ${k.createdBy}`, k.revokedAt ? `revoked ${k.revokedAt}` : 'active'].join('\t'));
    }
  }
} catch (error) {
  if (error instanceof GraphQLError && error.extensions.code === ErrorCode.CONFLICT) {
    process.exitCode = 1;
    console.error(`An API key named "${values.name}" exists or existed; names are never reused. Pick another.`);
  } else if (error instanceof GraphQLError) {
    process.exitCode = 1;
    console.error(error.message);
  } else {
    throw error;
  }
} finally {
  await db.close();
}
