import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog, MAX_RETURNED_IDS, returnedIds } from '../src/audit/index.js';
import { REDACTED } from '../src/pii/redact-variables.js';
import type { Principal } from '../src/auth/principal.js';
import { Executor } from '../src/db/executor.js';
import { createLogger } from '../src/logger.js';
import { createApollo } from '../src/server/apollo.js';
import { createContext } from '../src/context.js';
import { createHarness, dataOf, type Harness } from './support/harness.js';

const PRINCIPAL = `key:audit-${Date.now().toString(36)}`;
const alice: Principal = { id: PRINCIPAL, role: 'EDITOR', kind: 'key' };
const viewer: Principal = { id: `${PRINCIPAL}-viewer`, role: 'VIEWER', kind: 'key' };

const EVENTS = `query Events($principal: String, $since: DateTime, $until: DateTime, $first: Int, $after: String) {
  auditEvents(principal: $principal, since: $since, until: $until, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id at principal operationName documentHash variables result durationMs returnedIds } }
  }
}`;

/** A real driver pointed at a port where nothing listens: every write fails quickly. */
function deadExecutor() {
  const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'x'), {
    connectionTimeout: 300,
    maxTransactionRetryTime: 0,
  });
  const connection = { acquire: () => ({ driver, lost: new AbortController().signal }), suspect: () => {} };
  return { driver, executor: new Executor(connection, { timeoutMs: 1000 }) };
}

const marks: string[] = [];
let stateIds: string[] = [];

/** Operations run through a first, audited server; the tests read them back through a fresh one. */
beforeAll(async () => {
  const recorder = await createHarness(undefined, { audit: true });
  const tick = () => new Promise((r) => setTimeout(r, 5));
  try {
    marks.push(new Date().toISOString());
    await tick();
    const states = dataOf(
      await recorder.run('query States($first: Int) { states(first: $first) { edges { node { id name } } } }', { first: 5 }, alice),
    );
    stateIds = states.states.edges.map((e: any) => e.node.id);
    await tick();
    marks.push(new Date().toISOString());
    await tick();
    await recorder.run(
      'query Find($query: String!, $first: Int) { search(query: $query, first: $first) { edges { node { id } } } }',
      { query: 'north korea', first: 3 },
      alice,
    );
    await tick();
    await recorder.run('mutation { upsertSource(input: { ref: "audit-refused", kind: OTHER, title: "x" }) { id } }', {}, viewer);
    await recorder.run('{ node(id: "c3RhdGU6S1A") { id } }', {}, alice);
    await tick();
    marks.push(new Date().toISOString());
  } finally {
    // Stopping the server writes what its audit queue still holds.
    await recorder.close();
  }
});

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

describe('audit trail', () => {
  it('survives the server that wrote it: a fresh server pages through it, newest first', async () => {
    const all = dataOf(await h.run(EVENTS, { principal: PRINCIPAL }));
    expect(all.auditEvents.totalCount).toBe(3);
    const nodes = all.auditEvents.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.operationName)).toEqual([null, 'Find', 'States']);
    expect(nodes.every((n: any) => n.principal === PRINCIPAL && n.result === 'ok')).toBe(true);
    const times = nodes.map((n: any) => n.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(nodes[2]).toMatchObject({
      variables: JSON.stringify({ first: 5 }),
      returnedIds: stateIds,
      documentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(nodes[2].durationMs).toBeGreaterThan(0);
    expect(nodes[0].returnedIds).toEqual(['c3RhdGU6S1A']);
  });

  it('keeps variables with personal data redacted', async () => {
    const found = dataOf(await h.run(EVENTS, { principal: PRINCIPAL, first: 3 })).auditEvents.edges.find(
      (e: any) => e.node.operationName === 'Find',
    ).node;
    expect(JSON.parse(found.variables)).toEqual({ query: REDACTED, first: 3 });
    expect(found.variables).not.toContain('korea');
    expect(found.returnedIds.length).toBeGreaterThan(0);
  });

  it('records refusals with their code', async () => {
    const refused = dataOf(await h.run(EVENTS, { principal: viewer.id })).auditEvents.edges.map((e: any) => e.node);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ result: 'FORBIDDEN', returnedIds: [] });
  });

  it('pages with a keyset cursor and filters by since and until', async () => {
    const first = dataOf(await h.run(EVENTS, { principal: PRINCIPAL, first: 2 })).auditEvents;
    expect(first.edges.map((e: any) => e.node.operationName)).toEqual([null, 'Find']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = dataOf(await h.run(EVENTS, { principal: PRINCIPAL, first: 2, after: first.pageInfo.endCursor })).auditEvents;
    expect(next.edges.map((e: any) => e.node.operationName)).toEqual(['States']);
    expect(next.pageInfo.hasNextPage).toBe(false);

    const window = dataOf(await h.run(EVENTS, { principal: PRINCIPAL, since: marks[0], until: marks[1] })).auditEvents;
    expect(window.totalCount).toBe(1);
    expect(window.edges[0].node.operationName).toBe('States');
    const later = dataOf(await h.run(EVENTS, { principal: PRINCIPAL, since: marks[1] })).auditEvents;
    expect(later.edges.map((e: any) => e.node.operationName)).toEqual([null, 'Find']);
    expect(dataOf(await h.run(EVENTS, { principal: PRINCIPAL, since: marks[2] })).auditEvents.totalCount).toBe(0);
  });

  it('is for ADMIN only', async () => {
    const res = await h.run(EVENTS, {}, { id: 'key:ed', role: 'EDITOR', kind: 'key' });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a bad cursor is bad input', async () => {
    const res = await h.run(EVENTS, { after: 'nonsense' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('audit queue', () => {
  it('writes what is recorded after a flush that found nothing to write', async () => {
    const log = createAuditLog({ executor: h.db.executor(), logger: createLogger('silent'), flushIntervalMs: 60_000 });
    await log.flush();
    const principal = `${PRINCIPAL}-queue`;
    log.record({ at: new Date().toISOString(), principal, operationName: 'Q', documentHash: 'h', variables: '{}', result: 'ok', durationMs: 1, returnedIds: [] });
    await log.flush();
    expect(log.depth).toBe(0);
    expect(dataOf(await h.run(EVENTS, { principal })).auditEvents.totalCount).toBe(1);
    await log.close();
  });

  it('leaves what arrives during a write for the next interval instead of writing it at once', async () => {
    const principal = `${PRINCIPAL}-arrivals`;
    const event = () => ({ at: new Date().toISOString(), principal, operationName: 'Q', documentHash: 'h', variables: '{}', result: 'ok', durationMs: 1, returnedIds: [] });
    let writes = 0;
    const executor = h.db.executor({
      onQuery: () => {
        writes += 1;
        // Two more requests finish while the first batch is on its way.
        if (writes === 1) for (let i = 0; i < 2; i += 1) log.record(event());
      },
    });
    const log = createAuditLog({ executor, logger: createLogger('silent'), flushIntervalMs: 60_000, batchSize: 3 });
    for (let i = 0; i < 3; i += 1) log.record(event());
    // A full batch is written at once; give an eager writer time to send the two arrivals too.
    await new Promise((r) => setTimeout(r, 500));
    expect([writes, log.depth]).toEqual([1, 2]);
    await log.flush();
    expect([writes, log.depth]).toEqual([2, 0]);
    expect(dataOf(await h.run(EVENTS, { principal })).auditEvents.totalCount).toBe(5);
    await log.close();
  });

  it('with the database down, requests still answer and events stay queued, bounded, drops counted', async () => {
    const { driver, executor } = deadExecutor();
    const logger = createLogger('silent');
    const log = createAuditLog({ executor, logger, maxQueued: 3, flushIntervalMs: 60_000 });
    const apollo = createApollo({ logger, limits: { maxDepth: 24, maxCost: 50_000 }, development: true, audit: { log } });
    await apollo.start();
    try {
      for (let i = 0; i < 5; i += 1) {
        const response = await apollo.executeOperation(
          { query: '{ __typename }' },
          { contextValue: createContext(h.db.executor(), alice) },
        );
        expect(response.body.kind === 'single' && response.body.singleResult).toEqual({ data: { __typename: 'Query' } });
      }
      expect([log.depth, log.dropped]).toEqual([3, 2]);
      await log.flush();
      expect(log.depth).toBe(3);
    } finally {
      await apollo.stop();
      await driver.close();
    }
  });
});

describe('audit helpers', () => {
  it('find top-level ids in objects, lists and connections, capped', () => {
    expect(
      returnedIds({
        node: { id: 'a' },
        nodes: [{ id: 'b' }, null],
        search: { edges: [{ node: { id: 'c' } }, { score: 1, node: { id: 'd' } }] },
        stats: { count: 3 },
        missing: null,
      }),
    ).toEqual(['a', 'b', 'c', 'd']);
    const many = { wallets: { edges: Array.from({ length: 150 }, (_, i) => ({ node: { id: `w${i}` } })) } };
    expect(returnedIds(many)).toHaveLength(MAX_RETURNED_IDS);
  });
});
