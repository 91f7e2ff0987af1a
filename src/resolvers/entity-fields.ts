import type { Context } from '../context.js';
import { type SourceRecord, toGlobalId } from '../loaders/index.js';

/**
 * Fields every entity resolves the same way (the `Entity` interface). Spread into each entity
 * type's resolvers; the other `Entity` fields are plain record properties.
 */
export const entityFields = {
  id: (parent: { key: string }) => toGlobalId(parent.key),
  sources: (parent: { key: string }, _args: unknown, ctx: Context) => ctx.loaders.sources.load(parent.key),
  enforcementActions: (parent: { key: string }, _args: unknown, ctx: Context) =>
    ctx.loaders.enforcementActions.load(parent.key),
  sanctions: (parent: { key: string }, _args: unknown, ctx: Context) => ctx.loaders.sanctions.load(parent.key),
};

/** Sources of a keyed relationship (salary, transfer, employment), kept as keys on the relationship. */
export async function sourcesByKeys(keys: readonly string[], ctx: Context): Promise<SourceRecord[]> {
  const records = await Promise.all(keys.map((key) => ctx.loaders.node.load(key)));
  return records.filter((r): r is SourceRecord => r?.__typename === 'Source');
}
