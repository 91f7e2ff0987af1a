import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostileServer, type HostileServer } from './hostile/server.js';
import { fixture } from './support/fixture.js';
import { eventually } from './support/processes.js';

/**
 * The request id over HTTP, through the server `npm start` builds, to Neo4j: the id a request
 * carries (its own `X-Request-Id`, or one the server makes) is the one the response names and
 * the one its transactions show in `SHOW TRANSACTIONS`, with the GraphQL operation. To catch a
 * transaction of the request while it runs, the test holds the write lock on the source the
 * request updates, reads `SHOW TRANSACTIONS` from another session until the request's
 * transaction appears, then lets go.
 */

const fx = fixture('rqid');
const REF = 'rqid-locked';
const KEY = fx.key('source', 'locked');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let server: HostileServer;

const upsert = (operation: string) =>
  `mutation ${operation}($title: String!) { upsertSource(input: { ref: "${REF}", kind: OTHER, title: $title }) { id title } }`;

async function post(operation: string, headers: Record<string, string>) {
  return fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...server.as('EDITOR'), ...headers },
    body: JSON.stringify({ query: upsert(operation), variables: { title: `Written by ${operation}` } }),
  });
}

/** The metadata of the transactions Neo4j is running now for the operation. */
async function runningFor(operation: string): Promise<Record<string, string>[]> {
  const rows = await server.db.executor().read('SHOW TRANSACTIONS YIELD metaData RETURN metaData');
  return rows.map((row) => row.metaData as Record<string, string>).filter((metadata) => metadata.operation === operation);
}

/**
 * Sends the operation while another transaction holds the lock on its source, and returns the
 * metadata of the request's transaction seen waiting for it, with the response once released.
 */
async function sendWhileLocked(operation: string, headers: Record<string, string>) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let holding!: () => void;
  const held = new Promise<void>((resolve) => (holding = resolve));
  const holder = server.db.executor({ timeoutMs: 300_000 }).writeTx(async (tx) => {
    // Setting and removing a property leaves the node as it was but holds its write lock until commit.
    await tx.run('MATCH (s:Source {key: $key}) SET s.lockedByTest = true REMOVE s.lockedByTest', { key: KEY });
    holding();
    await released;
  });
  await held;
  const response = post(operation, headers);
  try {
    const seen = await eventually(`a transaction of ${operation} in SHOW TRANSACTIONS`, async () => {
      const found = await runningFor(operation);
      return found.length > 0 ? found : undefined;
    }, 120_000);
    release();
    return { seen, response: await response };
  } finally {
    release();
    await holder;
  }
}

async function answered(response: Response, operation: string) {
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ data: { upsertSource: { id: expect.any(String), title: `Written by ${operation}` } } });
  return response.headers.get('x-request-id');
}

beforeAll(async () => {
  // Requests wait for the lock as long as the test needs, not the default 15 s.
  server = await startHostileServer({ env: { QUERY_TIMEOUT_MS: '300000' } });
  const first = await post('CreateLockedSource', {});
  expect(await answered(first, 'CreateLockedSource')).toMatch(UUID);
});
afterAll(async () => {
  await fx.remove(server.db);
  await server.close();
});

describe('X-Request-Id over HTTP', () => {
  it("is the caller's id in the response and in the metadata of the request's transactions, with the operation", async () => {
    const id = 'caller-chosen-id-0001';
    const { seen, response } = await sendWhileLocked('TaggedByCaller', { 'x-request-id': id });
    expect(seen).toEqual(seen.map(() => ({ app: 'trailgraph', operation: 'TaggedByCaller', requestId: id })));
    expect(await answered(response, 'TaggedByCaller')).toBe(id);
  });

  it('is made by the server when the request has none, and the same in the response and the metadata', async () => {
    const { seen, response } = await sendWhileLocked('TaggedWithoutHeader', {});
    const id = await answered(response, 'TaggedWithoutHeader');
    expect(id).toMatch(UUID);
    expect(seen).toEqual(seen.map(() => ({ app: 'trailgraph', operation: 'TaggedWithoutHeader', requestId: id })));
  });

  it('replaces an id that does not look like one, in the response and the metadata alike', async () => {
    const sent = 'not an id; DROP';
    const { seen, response } = await sendWhileLocked('TaggedDespiteBadHeader', { 'x-request-id': sent });
    const id = await answered(response, 'TaggedDespiteBadHeader');
    expect(id).toMatch(UUID);
    expect(seen).toEqual(seen.map(() => ({ app: 'trailgraph', operation: 'TaggedDespiteBadHeader', requestId: id })));
    expect(seen.map((metadata) => metadata.requestId)).not.toContain(sent);
  });
});
