import DataLoader from 'dataloader';
import type { Reader, Statement } from '../db/index.js';
import { cypherInt, type Plain } from '../db/index.js';
import { type Connection, type PageItem, type PageRequest, toConnection } from '../pagination/index.js';
import { asList, asMap, asSortValue, column, int, str } from '../db/index.js';

/** A page of a relationship field: whose neighbours, and which page. */
export interface PageKey {
  readonly parent: string;
  readonly page: PageRequest;
}

/**
 * A loader for one paginated relationship field. All the pages asked for in one tick of the event
 * loop, whatever their parents and cursors, go to Neo4j as a single `UNWIND $requests` query.
 */
export function pagedLoader<T>(
  executor: Reader,
  cypher: Statement,
  toRecord: (value: Plain) => T,
): DataLoader<PageKey, Connection<T>, string> {
  return new DataLoader<PageKey, Connection<T>, string>(
    async (keys) => {
      const requests = keys.map((key, i) => ({ i, parent: key.parent, after: key.page.after }));
      const limit = Math.max(...keys.map((key) => key.page.limit)) + 1;
      const rows = await executor.read(cypher, { requests, limit: cypherInt(limit) });
      const byIndex = new Map(rows.map((row) => [column(row, 'i'), row]));
      return keys.map((key, i) => {
        const row = byIndex.get(i);
        if (!row) return toConnection<T>([], key.page.limit, 0);
        const items = asList(column(row, 'items'), 'items')
          .slice(0, key.page.limit + 1)
          .map((item) => toPageItem(item, toRecord));
        return toConnection(items, key.page.limit, int(row, 'total'));
      });
    },
    { cacheKeyFn: (key) => JSON.stringify([key.parent, key.page.limit, key.page.after]) },
  );
}

function toPageItem<T>(value: Plain, toRecord: (value: Plain) => T): PageItem<T> {
  const item = asMap(value, 'a page item');
  return { v: asSortValue(item.v, 'sort value'), k: str(item, 'k'), node: toRecord(item.node ?? null) };
}

/** A loader for a short, unpaginated list of neighbours per parent, batched the same way. */
export function listLoader<T>(
  executor: Reader,
  cypher: Statement,
  toRecord: (value: Plain) => T,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await executor.read(cypher, { keys });
    const byKey = new Map(rows.map((row) => [column(row, 'key'), asList(column(row, 'items'), 'items')]));
    return keys.map((key) => (byKey.get(key) ?? []).map(toRecord));
  });
}

/**
 * A loader of records by natural key. Keeps DataLoader's contract: one result per key, in key
 * order, null for a key that matches nothing.
 */
export function byKeyLoader<T>(
  executor: Reader,
  cypher: Statement,
  toRecord: (value: Plain) => T,
  /** For statements that also return `ends`: nodes to hand to the node loader. */
  prime?: (value: Plain) => void,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await executor.read(cypher, { keys });
    if (prime) for (const row of rows) asList(column(row, 'ends'), 'ends').forEach(prime);
    const byKey = new Map(rows.map((row) => [column(row, 'key'), toRecord(column(row, 'item'))]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}
