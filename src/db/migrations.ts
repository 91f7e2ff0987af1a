import { Neo4jError } from 'neo4j-driver';
import type { Executor } from './executor.js';
import { str, strList } from './row-readers.js';
import { cypherInt } from './values.js';
import { ENTITY_TYPES, labelsOf } from '../model/index.js';
import { NODE_TYPES, type NodeTypename } from '../model/index.js';
import { amountOrderKey, identifierValueDigest } from '../model/index.js';

export const SEARCH_INDEX = 'entity_search';

/** Indexes of earlier versions whose definition changed under a new name; dropped first. */
const RETIRED = ['search'];

// The types the name-ordered lists read (every entity, as the graph's rules name them).
const ENTITY_LABELS = ENTITY_TYPES.map((t) => NODE_TYPES[t].label);

// Search finds every node type: entities, and the documents, actions and identifiers about them.
const SEARCHED_LABELS = labelsOf(Object.keys(NODE_TYPES) as NodeTypename[]);

interface SchemaItem {
  readonly name: string;
  readonly cypher: string;
}

/**
 * Constraints and indexes, each created `IF NOT EXISTS` so applying them at every start is safe.
 * Uniqueness constraints come with their own index, so lookups by `key` need no separate one.
 * Relationship property uniqueness needs Neo4j 5.7 or later.
 */
export const SCHEMA: readonly SchemaItem[] = [
  { name: 'node_key', cypher: 'CREATE CONSTRAINT node_key IF NOT EXISTS FOR (n:Node) REQUIRE n.key IS UNIQUE' },
  {
    name: 'wallet_chain_address',
    cypher: 'CREATE CONSTRAINT wallet_chain_address IF NOT EXISTS FOR (w:Wallet) REQUIRE (w.chain, w.address) IS UNIQUE',
  },
  { name: 'state_iso', cypher: 'CREATE CONSTRAINT state_iso IF NOT EXISTS FOR (s:State) REQUIRE s.isoCode IS UNIQUE' },
  { name: 'source_url', cypher: 'CREATE CONSTRAINT source_url IF NOT EXISTS FOR (s:Source) REQUIRE s.url IS UNIQUE' },
  {
    name: 'employment_key',
    cypher: 'CREATE CONSTRAINT employment_key IF NOT EXISTS FOR ()-[r:EMPLOYED]-() REQUIRE r.key IS UNIQUE',
  },
  {
    name: 'salary_key',
    cypher: 'CREATE CONSTRAINT salary_key IF NOT EXISTS FOR ()-[r:PAID_SALARY]-() REQUIRE r.key IS UNIQUE',
  },
  {
    name: 'transfer_key',
    cypher: 'CREATE CONSTRAINT transfer_key IF NOT EXISTS FOR ()-[r:TRANSFERRED]-() REQUIRE r.key IS UNIQUE',
  },
  // API keys and the audit log: labels of their own, outside `Node`, so the graph never shows them.
  { name: 'api_key_hash', cypher: 'CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.hash IS UNIQUE' },
  { name: 'api_key_name', cypher: 'CREATE CONSTRAINT api_key_name IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.name IS UNIQUE' },
  {
    name: 'audit_event_id',
    cypher: 'CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE',
  },
  // Data migrations record their end with MERGE: unique, so two processes migrating at once
  // leave one marker (the losing MERGE is retried and finds the winner's).
  {
    name: 'data_migration_name',
    cypher: 'CREATE CONSTRAINT data_migration_name IF NOT EXISTS FOR (m:DataMigration) REQUIRE m.name IS UNIQUE',
  },
  { name: 'audit_event_at', cypher: 'CREATE INDEX audit_event_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at)' },
  {
    name: 'audit_event_principal_at',
    cypher: 'CREATE INDEX audit_event_principal_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.principal, e.at)',
  },
  // Name orderings of the list queries. Labels come from the model's constants, never a request.
  ...ENTITY_LABELS.map((label) => ({
    name: `${label.toLowerCase()}_name`,
    cypher: `CREATE INDEX ${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`,
  })),
  { name: 'wallet_address', cypher: 'CREATE INDEX wallet_address IF NOT EXISTS FOR (n:Wallet) ON (n.address)' },
  { name: 'action_date', cypher: 'CREATE INDEX action_date IF NOT EXISTS FOR (n:EnforcementAction) ON (n.date)' },
  { name: 'action_kind', cypher: 'CREATE INDEX action_kind IF NOT EXISTS FOR (n:EnforcementAction) ON (n.kind)' },
  {
    name: 'identifier_value',
    cypher: 'CREATE INDEX identifier_value IF NOT EXISTS FOR (n:Identifier) ON (n.value)',
  },
  { name: 'source_title', cypher: 'CREATE INDEX source_title IF NOT EXISTS FOR (n:Source) ON (n.title)' },
  // Time windows over money, for trails and timelines.
  { name: 'salary_paid_at', cypher: 'CREATE INDEX salary_paid_at IF NOT EXISTS FOR ()-[r:PAID_SALARY]-() ON (r.paidAt)' },
  { name: 'transfer_at', cypher: 'CREATE INDEX transfer_at IF NOT EXISTS FOR ()-[r:TRANSFERRED]-() ON (r.at)' },
  // Exact amount order and asset filters of the transfer pages and the top-level transfer list.
  {
    name: 'transfer_amount_order',
    cypher: 'CREATE INDEX transfer_amount_order IF NOT EXISTS FOR ()-[r:TRANSFERRED]-() ON (r.amountOrder)',
  },
  { name: 'transfer_asset_at', cypher: 'CREATE INDEX transfer_asset_at IF NOT EXISTS FOR ()-[r:TRANSFERRED]-() ON (r.asset, r.at)' },
  {
    name: 'salary_amount_order',
    cypher: 'CREATE INDEX salary_amount_order IF NOT EXISTS FOR ()-[r:PAID_SALARY]-() ON (r.amountOrder)',
  },
  {
    name: SEARCH_INDEX,
    // No stop words: analysts search for "Bank of Korea", and "of" must not make it fail.
    cypher: `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS
      FOR (n:${SEARCHED_LABELS})
      ON EACH [n.name, n.aliases, n.address, n.title, n.reference, n.publisher]
      OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-no-stop-words', \`fulltext.eventually_consistent\`: false}}`,
  },
];

const SCHEMA_NAMES = SCHEMA.map((item) => item.name);

/**
 * What Neo4j answers when another process created the same index or constraint between our
 * `IF NOT EXISTS` check and our commit (two API instances or two imports starting together).
 */
const CREATED_MEANWHILE = [
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
];

/**
 * Applies every constraint and index, then waits until all are online. Safe to run from several
 * processes at once: a rule that another one created meanwhile counts as applied.
 */
export async function applyMigrations(executor: Executor): Promise<void> {
  for (const name of RETIRED) {
    // A constant of ours, never a request value; index names cannot be parameters.
    await executor.writeTx((tx) => tx.run(`DROP INDEX ${name} IF EXISTS`));
  }
  for (const item of SCHEMA) {
    // Schema changes cannot share a transaction with each other or with data writes.
    await executor.writeTx((tx) => tx.run(item.cypher)).catch((error: unknown) => {
      if (!(error instanceof Neo4jError && CREATED_MEANWHILE.includes(error.code))) throw error;
    });
  }
  await executor.writeTx((tx) => tx.run('CALL db.awaitIndexes(300)'));
  await rekeyIdentifiers(executor);
  await backfillAmountOrder(executor);
}

/** Marks data migrations done, so a large store is walked once, not at every start. */
const AMOUNT_ORDER_DONE = 'amount-order-v1';
const BACKFILL_BATCH = 10_000;

/**
 * Stores written before transfers and salaries carried `amountOrder` (see `amountOrderKey`) get
 * it for every relationship that lacks it, walking each type once in key order (an index seek
 * from the last key seen). New writes set it themselves, so a write racing this pass is safe; a
 * `:DataMigration` node outside `Node` records that the pass finished.
 */
async function backfillAmountOrder(executor: Executor): Promise<void> {
  const done = await executor.read('MATCH (m:DataMigration {name: $name}) RETURN m.name AS name', { name: AMOUNT_ORDER_DONE });
  if (done.length > 0) return;
  for (const type of ['TRANSFERRED', 'PAID_SALARY'] as const) {
    let after = '';
    for (;;) {
      // The type is one of the two constants above, never a request value.
      const rows = await executor.read(
        `MATCH ()-[r:${type}]->() WHERE r.key > $after
         WITH r ORDER BY r.key LIMIT $limit
         RETURN r.key AS key, r.amount AS amount, r.amountOrder IS NULL AS missing`,
        { after, limit: cypherInt(BACKFILL_BATCH) },
      );
      const last = rows.at(-1);
      if (!last) break;
      after = str(last, 'key');
      const batch = rows.filter((row) => row.missing === true).map((row) => ({ key: str(row, 'key'), order: amountOrderKey(str(row, 'amount')) }));
      if (batch.length > 0) {
        await executor.writeTx((tx) =>
          tx.run(`UNWIND $batch AS b MATCH ()-[r:${type} {key: b.key}]->() SET r.amountOrder = b.order`, { batch }),
        );
      }
    }
  }
  await executor.writeTx((tx) => tx.run('MERGE (:DataMigration {name: $name})', { name: AMOUNT_ORDER_DONE }));
}

/** `identifier:<type>:<value digest>[:<ISO>]`, the key `identifierKey` builds. */
const DIGESTED_IDENTIFIER_KEY = `^${NODE_TYPES.Identifier.prefix}:[^:]+:[0-9a-f]{32}(:[A-Z]{2})?$`;
const REKEY_BATCH = 5_000;

/**
 * Stores written before identifier keys digested their values held the value in the key (and so
 * in the global id). Each such key is rewritten to the digested form; the old key holds the
 * value's slug, so no other property is needed. A key whose new form is already taken (the same
 * identifier written again since) is left as it is. Safe to run from several processes at once:
 * each rewrite checks the key is still the old one.
 */
async function rekeyIdentifiers(executor: Executor): Promise<void> {
  const rows = await executor.read(
    'MATCH (n:Node) WHERE n.key STARTS WITH $prefix AND NOT n.key =~ $digested RETURN n.key AS key',
    { prefix: `${NODE_TYPES.Identifier.prefix}:`, digested: DIGESTED_IDENTIFIER_KEY },
  );
  const renames = rows.flatMap(({ key }) => {
    const [prefix, type, value, iso] = String(key).split(':');
    if (prefix !== NODE_TYPES.Identifier.prefix || !type || !value) return [];
    return [{ from: String(key), to: [prefix, type, identifierValueDigest(value), ...(iso ? [iso] : [])].join(':') }];
  });
  for (let i = 0; i < renames.length; i += REKEY_BATCH) {
    const batch = renames.slice(i, i + REKEY_BATCH);
    await executor.writeTx((tx) =>
      tx.run(
        `UNWIND $batch AS r
         MATCH (n:Node {key: r.from})
         WHERE NOT EXISTS { MATCH (:Node {key: r.to}) }
         SET n.key = r.to`,
        { batch },
      ),
    );
  }
}

/** The names of expected indexes that are missing or not yet online (empty when ready). */
export async function pendingMigrations(executor: Executor): Promise<string[]> {
  const rows = await executor.read(
    'SHOW INDEXES YIELD name, state WHERE name IN $names AND state = "ONLINE" RETURN collect(name) AS online',
    { names: SCHEMA_NAMES },
  );
  const online = new Set(rows[0] ? strList(rows[0], 'online') : []);
  return SCHEMA_NAMES.filter((name) => !online.has(name));
}
