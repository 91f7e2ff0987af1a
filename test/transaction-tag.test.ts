import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTag } from '../src/db/transaction-tag.js';
import { createHarness, dataOf, type Harness } from './support/harness.js';

/**
 * Every transaction tells Neo4j which app, GraphQL operation and request sent it, so
 * `SHOW TRANSACTIONS` (and Enterprise's query log) can be traced back to a request's log lines.
 */

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

describe('transaction metadata', () => {
  it('reaches Neo4j: a transaction sees its own metadata in SHOW TRANSACTIONS', async () => {
    const tag = newTag('req-0001-probe');
    tag.operation = 'Probe';
    const rows = await h.db
      .executor({ tag })
      .read('SHOW TRANSACTIONS YIELD currentQuery, metaData WHERE currentQuery STARTS WITH "SHOW TRANSACTIONS" RETURN metaData');
    expect(rows.map((r) => r.metaData)).toContainEqual({ app: 'trailgraph', operation: 'Probe', requestId: 'req-0001-probe' });
  });

  it("names the GraphQL operation and the request on every statement a request sends", async () => {
    dataOf(await h.run('query WalletPage { wallets(first: 2) { totalCount edges { node { id } } } }'));
    expect(h.queries.length).toBeGreaterThan(0);
    for (const q of h.queries) expect(q.metadata).toEqual({ app: 'trailgraph', operation: 'WalletPage', requestId: 'harness-request' });
  });

  it('says only the app for an anonymous operation, and for a script without a request', async () => {
    dataOf(await h.run('{ wallets(first: 1) { totalCount } }'));
    for (const q of h.queries) expect(q.metadata).toEqual({ app: 'trailgraph', requestId: 'harness-request' });
    const events: Record<string, string>[] = [];
    await h.db.executor({ onQuery: (e) => events.push(e.metadata) }).read('RETURN 1 AS one');
    expect(events).toEqual([{ app: 'trailgraph' }]);
  });
});
