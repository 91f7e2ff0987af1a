import type { Context } from '../context.js';
import type { EntityRecord, NodeRecord } from '../loaders/index.js';

/**
 * Objects the explore queries mention by key, fetched through the request's `node` loader so
 * that all of them (every node of a neighbourhood, every entity of a timeline page) go to Neo4j
 * as one batch.
 */
export async function requireNode(ctx: Context, key: string): Promise<NodeRecord> {
  const record = await ctx.loaders.node.load(key);
  // The query that named the key read it in the same request; a miss is a concurrent delete.
  if (!record) throw new Error(`${key} is no longer stored`);
  return record;
}

const NOT_ENTITIES: ReadonlySet<NodeRecord['__typename']> = new Set(['EnforcementAction', 'Source', 'Identifier']);

function isEntity(record: NodeRecord | null): record is EntityRecord {
  return record !== null && !NOT_ENTITIES.has(record.__typename);
}

/** The entities among the keys, in their order; keys of other objects or of deleted ones drop out. */
export async function entitiesOf(ctx: Context, keys: readonly string[]): Promise<EntityRecord[]> {
  const records = await Promise.all(keys.map((key) => ctx.loaders.node.load(key)));
  return records.filter(isEntity);
}
