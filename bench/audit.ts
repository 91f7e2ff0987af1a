import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createAuditLog } from '../src/audit/index.js';
import { systemPrincipal } from '../src/auth/principal.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { applyMigrations } from '../src/db/migrations.js';
import { createLogger } from '../src/logger.js';
import { createApollo } from '../src/server/apollo.js';
import { createHttpApp } from '../src/server/http.js';
import { summarize } from './stats.js';

/**
 * `npm run bench:audit -- [--iterations N]`: what recording the audit trail costs a request.
 * Two servers in this process over the configured database, one with the audit plugin and one
 * without, answer the same HTTP requests one after the other, alternating which goes first, so
 * both see the same database, cache and machine load. Prints p50/p95 per operation. Events go
 * to the configured database's audit log as `system:bench`.
 */
const { values } = parseArgs({ options: { iterations: { type: 'string', default: '300' } } });
const iterations = Number(values.iterations);
const WARMUP = 30;

const OPERATIONS = [
  { name: 'states (count)', query: '{ states { totalCount } }', variables: {} },
  {
    name: 'node(id) lookup',
    query: 'query Node($id: ID!) { node(id: $id) { id ... on State { name } } }',
    variables: { id: 'c3RhdGU6S1A' },
  },
  {
    name: 'search, 10 hits',
    query: 'query Find($q: String!) { search(query: $q, first: 10) { edges { node { id } } } }',
    variables: { q: 'korea' },
  },
];

const config = loadConfig();
const logger = createLogger('warn');
const db = await openDatabase(config, (msg) => console.error(msg));
const servers: Server[] = [];
try {
  await applyMigrations(db.executor());
  const audit = createAuditLog({ executor: db.executor(), logger });
  const limits = { maxDepth: config.MAX_QUERY_DEPTH, maxCost: config.MAX_QUERY_COST };
  const variants = [
    { name: 'off', apollo: createApollo({ logger, limits, development: true }) },
    { name: 'on', apollo: createApollo({ logger, limits, development: true, audit: { log: audit } }) },
  ];
  const urls: string[] = [];
  for (const { apollo } of variants) {
    await apollo.start();
    const app = createHttpApp(apollo, db, { authenticate: async () => systemPrincipal('bench') });
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    servers.push(server);
    urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
  }

  const send = async (url: string, op: (typeof OPERATIONS)[number]) => {
    const started = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: op.query, variables: op.variables }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`${op.name}: ${JSON.stringify(body.errors)}`);
    return performance.now() - started;
  };

  console.log(`audit on vs off, ${iterations} interleaved requests per operation and variant\n`);
  console.log(['operation'.padEnd(18), 'audit', 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'mean ms'.padStart(8)].join('  '));
  for (const op of OPERATIONS) {
    const samples: number[][] = [[], []];
    for (let i = 0; i < WARMUP + iterations; i += 1) {
      // Alternate which variant goes first, so neither always meets a warmer cache.
      const order = i % 2 === 0 ? [0, 1] : [1, 0];
      for (const v of order) {
        const ms = await send(urls[v] ?? '', op);
        if (i >= WARMUP) samples[v]?.push(ms);
      }
    }
    variants.forEach((variant, v) => {
      const s = summarize(samples[v] ?? []);
      console.log(
        [op.name.padEnd(18), variant.name.padEnd(5), ...[s.p50, s.p95, s.mean].map((n) => n.toFixed(2).padStart(8))].join('  '),
      );
    });
  }
  for (const { apollo } of variants) await apollo.stop();
  console.log(`\naudit events dropped: ${audit.dropped}; left unwritten: ${audit.depth}`);
} finally {
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  await db.close();
}
