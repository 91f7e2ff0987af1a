import type { Executor, Tx } from '../db/index.js';
import { int, optDate, str } from '../db/index.js';
import { NODE_TYPES } from '../model/index.js';

/** ISO codes of the states the store holds, so an import adds only the missing ones. */
export async function storedStateCodes(executor: Executor): Promise<Set<string>> {
  const rows = await executor.read(`MATCH (s:${NODE_TYPES.State.label}) RETURN s.isoCode AS iso`);
  return new Set(rows.map((row) => str(row, 'iso')));
}

/** The publication date of the newest version of a list already imported, or null. */
export async function latestListVersion(executor: Executor, sourcePrefix: string): Promise<string | null> {
  const [row] = await executor.read(
    `MATCH (s:${NODE_TYPES.Source.label}) WHERE s.key STARTS WITH $prefix
     RETURN toString(max(s.publishedOn)) AS latest`,
    { prefix: sourcePrefix },
  );
  return row ? optDate(row, 'latest') : null;
}

/** Keys of the stored nodes whose key starts with the prefix (the designations of one list). */
export async function storedKeysWithPrefix(executor: Executor, prefix: string): Promise<string[]> {
  const rows = await executor.read('MATCH (n:Node) WHERE n.key STARTS WITH $prefix RETURN n.key AS key', { prefix });
  return rows.map((row) => str(row, 'key'));
}

/**
 * Designations of entries the list no longer holds were lifted: mark them WITHDRAWN, keeping
 * them and what they cite, since the earlier list version still documents them.
 */
export async function withdraw(tx: Tx, keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const [row] = await tx.run(
    `UNWIND $keys AS key
     MATCH (a:${NODE_TYPES.EnforcementAction.label} {key: key})
     WHERE a.status <> 'WITHDRAWN'
     SET a.status = 'WITHDRAWN'
     RETURN count(a) AS withdrawn`,
    { keys },
  );
  return row ? int(row, 'withdrawn') : 0;
}

/**
 * Listings that stood in for an owner the list did not name, once the owner is known: the
 * owner's designation now covers the address, and the stand-in was never lifted, so it goes.
 */
export async function removeSuperseded(tx: Tx, keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const [row] = await tx.run(
    `UNWIND $keys AS key
     MATCH (a:${NODE_TYPES.EnforcementAction.label} {key: key})
     DETACH DELETE a
     RETURN count(*) AS removed`,
    { keys },
  );
  return row ? int(row, 'removed') : 0;
}
