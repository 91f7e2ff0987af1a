import type { Context } from '../../context.js';
import type { Command } from '../../ingest/index.js';
import { type KeyedLoader, type NodeRecord, requireNodeOf } from '../../loaders/index.js';

/**
 * The object a mutation just wrote, read back fresh: the cached copy (if this request read it
 * before the write) is dropped first. The executor's bookmarks make the read see the write even
 * when it goes to another cluster member.
 */
export function storedNode<T extends NodeRecord['__typename']>(ctx: Context, typename: T, key: string) {
  ctx.loaders.node.clear(key);
  return requireNodeOf(ctx.loaders.node, typename, key);
}

/** Writes the relationship `command` records and answers it as read inside the same write transaction. */
export async function storedEdge<T>(ctx: Context, loader: KeyedLoader<T>, command: Command): Promise<T> {
  const keep = await ctx.ingest.runThenRead(command, (tx) => loader.readIn(tx, command.resultKey));
  const record = keep();
  if (!record) throw new Error(`Written ${command.resultKey} cannot be read back`);
  return record;
}
