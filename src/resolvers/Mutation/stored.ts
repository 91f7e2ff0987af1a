import type { Context } from '../../context.js';
import { type NodeRecord, requireNodeOf } from '../../loaders/index.js';

/**
 * The object a mutation just wrote, read back fresh: the cached copy (if this request read it
 * before the write) is dropped first. The executor's bookmarks make the read see the write even
 * when it goes to another cluster member.
 */
export function storedNode<T extends NodeRecord['__typename']>(ctx: Context, typename: T, key: string) {
  ctx.loaders.node.clear(key);
  return requireNodeOf(ctx.loaders.node, typename, key);
}

export async function storedEdge<T>(loader: { clear(key: string): unknown; load(key: string): Promise<T | null> }, key: string) {
  loader.clear(key);
  const record = await loader.load(key);
  if (!record) throw new Error(`Written ${key} cannot be read back`);
  return record;
}
