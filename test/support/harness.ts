import type { ApolloServer } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { inject } from 'vitest';
import { createAuditLog, type AuditLog } from '../../src/audit/index.js';
import { systemPrincipal, type Principal } from '../../src/auth/principal.js';
import { createContext, type Context } from '../../src/context.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import type { QueryEvent } from '../../src/db/executor.js';
import { newTag } from '../../src/db/transaction-tag.js';
import { createLogger } from '../../src/logger.js';
import { createApollo } from '../../src/server/apollo.js';
import { testConfig } from './global-setup.js';

export interface GraphQLResult {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * A server and database for one test file. `run` executes an operation the way HTTP requests do
 * (fresh context and loaders each time) and records every Cypher statement sent for it.
 */
export interface Harness {
  readonly db: Database;
  readonly apollo: ApolloServer<Context>;
  /** Set when the harness records an audit log (`createHarness(limits, { audit: true })`). */
  readonly audit?: AuditLog;
  /** Statements sent during the last `run`. */
  readonly queries: QueryEvent[];
  /** Runs as `system:test` (ADMIN) unless another principal is given. */
  run(query: string | DocumentNode, variables?: Record<string, unknown>, principal?: Principal): Promise<GraphQLResult>;
  close(): Promise<void>;
}

export async function createHarness(
  limits = { maxDepth: 24, maxCost: 50_000 },
  options: { audit?: boolean } = {},
): Promise<Harness> {
  const db = await openDatabase(testConfig(providedNeo4jUri()), () => {});
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const audit = options.audit ? createAuditLog({ executor: db.executor(), logger }) : undefined;
  const apollo = createApollo({ logger, limits, development: true, audit: audit && { log: audit } });
  await apollo.start();
  const queries: QueryEvent[] = [];
  return {
    db,
    apollo,
    audit,
    queries,
    async run(query, variables, principal = systemPrincipal('test')) {
      queries.length = 0;
      const executor = db.executor({ onQuery: (event) => queries.push(event), tag: newTag('harness-request') });
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(executor, principal) },
      );
      if (response.body.kind !== 'single') throw new Error('Expected a single result');
      return response.body.singleResult as GraphQLResult;
    },
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}

/**
 * The URI of the global setup's Neo4j. Without one (a file of the unit tier, which has no global
 * setup) this throws rather than let `openDatabase` start an embedded server of its own.
 */
export function providedNeo4jUri(): string {
  const uri = inject('neo4jUri') as string | undefined;
  if (!uri) throw new Error('No test database: this file needs Neo4j, so it belongs to the integration or e2e tier (test/support/tiers.ts)');
  return uri;
}

/** The data of a result that must have succeeded; shows the errors when it did not. */
export function dataOf(result: GraphQLResult): Record<string, any> {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  if (!result.data) throw new Error('No data');
  return result.data;
}

/** Deletes every node whose key starts with the prefix, with its relationships. */
export async function removeByPrefix(db: Database, prefixes: readonly string[]): Promise<void> {
  await db.executor().writeTx((tx) =>
    tx.run('MATCH (n:Node) WHERE any(p IN $prefixes WHERE n.key STARTS WITH p) DETACH DELETE n', { prefixes }),
  );
}

/** Deletes what OFAC list imports wrote: nodes citing only list versions, then the versions. */
export async function removeSdnImports(db: Database): Promise<void> {
  const ofac = "(s.key STARTS WITH 'source:ofac-sdn-' OR s.key STARTS WITH 'source:ofac-addresses-')";
  await db.executor().writeTx(async (tx) => {
    await tx.run(
      `MATCH (n:Node)-[:SOURCED_FROM]->(s:Source) WHERE ${ofac}
       AND NOT EXISTS { (n)-[:SOURCED_FROM]->(o:Source) WHERE NOT (${ofac.replaceAll('s.key', 'o.key')}) }
       DETACH DELETE n`,
    );
    await tx.run(`MATCH (s:Source) WHERE ${ofac} DETACH DELETE s`);
  });
}
