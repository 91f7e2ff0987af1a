import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { createApiKeys } from '../../src/auth/index.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import type { Executor } from '../../src/db/executor.js';
import { createLogger } from '../../src/logger.js';
import { projectRoot } from '../../src/project-root.js';
import { createServer } from '../../src/server/index.js';
import { PRODUCTION_ENV } from '../datasets.js';
import type { FloorCall, PeerOperation } from './operations.js';

/**
 * The three servers the benchmark talks to over HTTP on loopback, all in the benchmark's own
 * process (so they share its event loop and its RSS; the report says so): trailgraph as
 * `npm start` builds it, the @neo4j/graphql peer, and a bare endpoint that runs each floor
 * statement, so autocannon can drive all three the same way.
 */

export interface HttpTarget {
  readonly url: string;
  readonly headers: Record<string, string>;
  stop(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<string>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/**
 * Production settings, but the per-minute rate limit and the slots for expensive operations
 * opened to the benchmark's 8 connections: otherwise the numbers would measure the limiter.
 */
export const TRAILGRAPH_BENCH_ENV = {
  ...PRODUCTION_ENV,
  LOG_LEVEL: 'silent',
  RATE_LIMIT_PER_MINUTE: '1000000',
  MAX_EXPENSIVE_PER_PRINCIPAL: '8',
  MAX_EXPENSIVE_TOTAL: '8',
} as const;

const FORGET_BENCH_KEY = `
OPTIONAL MATCH (k:ApiKey {name: $name})
DELETE k
WITH 1 AS done
MATCH (a:AuditEvent) WHERE a.principal = $principal
DELETE a`;

export async function startTrailgraph(db: Database, uri: string): Promise<HttpTarget> {
  const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'unused', ...TRAILGRAPH_BENCH_ENV });
  const logger = createLogger('silent');
  const { apollo, app } = await createServer(config, db, logger);
  // A new name each run: names are never reused, and the key is revoked when the run ends.
  const keys = createApiKeys(db.executor());
  const name = `bench-peer-${Date.now()}`;
  const { key } = await keys.create(name, 'ADMIN', 'bench');
  const server = createHttpServer(app);
  const url = `${await listen(server)}/graphql`;
  return {
    url,
    headers: { authorization: `Bearer ${key}` },
    stop: async () => {
      await close(server);
      // Stopping Apollo writes the audit events still queued; then the run's key and events go,
      // so the cached dataset does not grow with every run.
      await apollo.stop();
      await keys.revoke(name);
      await db.executor().writeTx((tx) => tx.run(FORGET_BENCH_KEY, { name, principal: `key:${name}` }));
    },
  };
}

/** Counts the statements the peer sends: every `run`, in a session or in a transaction it opens. */
export interface StatementCounter {
  count: number;
}

function countingDriver(driver: Driver, counter: StatementCounter): Driver {
  const countRuns = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, prop, receiver) {
        const value: unknown = Reflect.get(obj, prop, receiver);
        if (typeof value !== 'function') return value;
        if (prop === 'run') {
          return (...args: unknown[]) => {
            counter.count += 1;
            return (value as (...a: unknown[]) => unknown).apply(obj, args);
          };
        }
        if (prop === 'executeRead' || prop === 'executeWrite' || prop === 'beginTransaction') {
          return (...args: unknown[]) => {
            const [work, ...rest] = args;
            if (prop === 'beginTransaction') return countRuns((value as (...a: unknown[]) => object).apply(obj, args));
            return (value as (...a: unknown[]) => unknown).apply(obj, [(tx: object) => (work as (t: object) => unknown)(countRuns(tx)), ...rest]);
          };
        }
        return (value as (...a: unknown[]) => unknown).bind(obj);
      },
    });
  return new Proxy(driver, {
    get(obj, prop, receiver) {
      const value: unknown = Reflect.get(obj, prop, receiver);
      if (prop === 'session') return (...args: unknown[]) => countRuns((value as (...a: unknown[]) => Session).apply(obj, args));
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(obj) : value;
    },
  });
}

export interface PeerTarget extends HttpTarget {
  readonly statements: StatementCounter;
  /** In-process, for counting the statements of one request. */
  execute(query: string, variables: Record<string, unknown>): Promise<{ data?: Record<string, unknown> | null; errors?: readonly { message: string }[] }>;
}

export async function startPeer(uri: string): Promise<PeerTarget> {
  const typeDefs = await readFile(path.join(projectRoot(), 'bench', 'peer', 'type-defs.graphql'), 'utf8');
  const statements: StatementCounter = { count: 0 };
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  const neoSchema = new Neo4jGraphQL({ typeDefs, driver: countingDriver(driver, statements) });
  const schema = await neoSchema.getSchema();
  const apollo = new ApolloServer({ schema, introspection: false });
  const { url } = await startStandaloneServer(apollo, { listen: { port: 0, host: '127.0.0.1' } });
  return {
    url,
    headers: {},
    statements,
    async execute(query, variables) {
      const response = await apollo.executeOperation({ query, variables });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as { data?: Record<string, unknown> | null; errors?: readonly { message: string }[] };
    },
    stop: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
}

export function runFloor(executor: Executor, floor: FloorCall, run: number) {
  const params = floor.params(run);
  return floor.write ? executor.writeTx((tx) => tx.run(floor.cypher, params)) : executor.read(floor.cypher, params);
}

/** POST /<operation> runs that operation's floor statement and answers its rows as JSON. */
export async function startFloor(executor: Executor, operations: readonly PeerOperation[]): Promise<HttpTarget> {
  const byName = new Map<string, FloorCall>(operations.map((o) => [o.name, o.floor]));
  let run = 0;
  const server = createHttpServer((req, res) => {
    const floor = byName.get((req.url ?? '').slice(1));
    req.resume();
    if (!floor) {
      res.writeHead(404).end();
      return;
    }
    runFloor(executor, floor, (run += 1)).then(
      (rows) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows)),
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
  });
  const url = await listen(server);
  return { url, headers: {}, stop: () => close(server) };
}
