import DataLoader from 'dataloader';
import type { Reader, ReadTx, Row, Statement } from '../db/index.js';
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
export type KeyedLoader<T> = DataLoader<string, T | null> & {
  /**
   * Reads `key` inside `tx`, the write transaction that just wrote it (which sees its own write),
   * so a mutation's answer needs no transaction of its own. Returns how to keep what it read: call
   * it once the transaction has committed, and it primes this loader (and `prime` with the ends)
   * and answers the record. Nothing is cached before then, so a write that rolls back or is
   * retried leaves nothing behind in the request's loaders.
   */
  readIn(tx: ReadTx, key: string): Promise<() => T | null>;
};

export function byKeyLoader<T>(
  executor: Reader,
  cypher: Statement,
  toRecord: (value: Plain) => T,
  /** For statements that also return `ends`: nodes to hand to the node loader. */
  prime?: (value: Plain) => void,
): KeyedLoader<T> {
  const recordsOf = (rows: readonly Row[], keys: readonly string[]) => {
    const ends = prime ? rows.flatMap((row) => asList(column(row, 'ends'), 'ends')) : [];
    const byKey = new Map(rows.map((row) => [column(row, 'key'), toRecord(column(row, 'item'))]));
    return { ends, records: keys.map((key) => byKey.get(key) ?? null) };
  };
  const loader = new DataLoader<string, T | null>(async (keys) => {
    const { ends, records } = recordsOf(await executor.read(cypher, { keys }), keys);
    if (prime) ends.forEach(prime);
    return records;
  });
  return Object.assign(loader, {
    async readIn(tx: ReadTx, key: string) {
      const { ends, records } = recordsOf(await tx.run(cypher, { keys: [key] }), [key]);
      const [record = null] = records;
      return () => {
        if (prime) ends.forEach(prime);
        loader.clear(key);
        if (record !== null) loader.prime(key, record);
        return record;
      };
    },
  });
}
