import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, pendingMigrations, SCHEMA, SEARCH_INDEX } from '../src/db/migrations.js';
import { translateError } from '../src/db/executor.js';
import { identifierKey } from '../src/model/keys.js';
import { createHarness, removeByPrefix, type Harness } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await removeByPrefix(h.db, ['wallet:TEST:', 'org:test-migrations-', identifierKey('passport', 'test-migrations-x1', 'KP')]);
  await h.close();
});

describe('migrations', () => {
  it('has every constraint and index online, and applying them again changes nothing', async () => {
    const executor = h.db.executor();
    expect(await pendingMigrations(executor)).toEqual([]);
    const count = async () => (await executor.read('SHOW INDEXES YIELD name RETURN count(*) AS n'))[0]?.n;
    const before = await count();
    await applyMigrations(executor);
    expect(await count()).toBe(before);
    expect(await pendingMigrations(executor)).toEqual([]);
    expect(SCHEMA.map((s) => s.name)).toContain(SEARCH_INDEX);
  });

  it('refuses two nodes with one key, and two wallets with one chain and address', async () => {
    const executor = h.db.executor();
    await executor.writeTx((tx) =>
      tx.run("CREATE (:Node:Organization {key: 'org:test-migrations-a', name: 'A (fictional)'})"),
    );
    const dupKey = executor.writeTx((tx) =>
      tx.run("CREATE (:Node:Organization {key: 'org:test-migrations-a', name: 'B (fictional)'})"),
    );
    await expect(dupKey).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });

    await executor.writeTx((tx) =>
      tx.run("CREATE (:Node:Wallet {key: 'wallet:TEST:1', chain: 'TEST', address: 'x1', name: 'x1'})"),
    );
    const dupAddress = executor.writeTx((tx) =>
      tx.run("CREATE (:Node:Wallet {key: 'wallet:TEST:2', chain: 'TEST', address: 'x1', name: 'x1'})"),
    );
    await expect(dupAddress).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    const [row] = await executor.read("MATCH (w:Wallet {chain: 'TEST'}) RETURN count(w) AS n");
    expect(row?.n).toBe(1);
  });

  it('rewrites identifier keys of older stores, which spelt the value, to the digested form', async () => {
    const executor = h.db.executor();
    const old = 'identifier:passport:test-migrations-x1:KP';
    await executor.writeTx((tx) => tx.run('CREATE (:Node:Identifier {key: $old, type: "Passport", value: "TEST-MIGRATIONS-X1"})', { old }));
    await applyMigrations(executor);
    const rows = await executor.read('MATCH (n:Identifier {value: "TEST-MIGRATIONS-X1"}) RETURN n.key AS key');
    expect(rows).toEqual([{ key: identifierKey('Passport', 'TEST-MIGRATIONS-X1', 'KP') }]);
    await applyMigrations(executor);
    expect(await executor.read('MATCH (n:Identifier {value: "TEST-MIGRATIONS-X1"}) RETURN n.key AS key')).toEqual(rows);
  });

  it('translates a transaction timeout into QUERY_TIMEOUT', async () => {
    // Long enough to outlast a 100 ms transaction timeout many times over.
    const run = h.db
      .executor({ timeoutMs: 100 })
      .read('UNWIND range(1, 500000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n');
    await expect(run).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
    expect(translateError(new Error('other'))).toBeInstanceOf(Error);
  });
});
