import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseNodeKeys, seedCase } from '../seed/index.js';
import { createHarness, type Harness } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** Everything the case wrote: every node and relationship of the case with all its properties. */
async function caseDigest(h: Harness) {
  const keys = caseNodeKeys();
  const rows = await h.db.executor().read(
    `MATCH (n:Node) WHERE n.key IN $keys
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, r, m ORDER BY n.key, type(r), m.key, r.key
     RETURN n.key AS key, properties(n) AS props, collect([type(r), m.key, properties(r)]) AS out
     ORDER BY key`,
    { keys },
  );
  return { nodes: rows.length, expected: keys.length, digest: JSON.stringify(rows) };
}

describe('the case seed', () => {
  it('loads every node of the case, and loading it again changes nothing', async () => {
    const before = await caseDigest(h);
    expect(before.nodes).toBe(before.expected);
    await seedCase(h.db.executor());
    const after = await caseDigest(h);
    expect(after.digest).toBe(before.digest);
  });

  it('has the trail employer → salary → wallet → ... → DPRK in the data', async () => {
    const [row] = await h.db.executor().read(
      `MATCH (e:Employer {key: 'employer:fictional-widgets'})-[:PAID_SALARY]->(w:Wallet)
       MATCH path = (w)-[:TRANSFERRED*1..4]->(end:Wallet)<-[:CONTROLS]-(org:Organization)<-[:CONTROLS]-(s:State {isoCode: 'KP'})
       RETURN count(path) > 0 AS found`,
    );
    expect(row?.found).toBe(true);
  });

  it('flags every invented fact, names it as fictional, and asserts none of them about real people or organisations', async () => {
    const rows = await h.db.executor().read(
      `MATCH (n:Node) WHERE n.synthetic = true AND NOT n:Source AND NOT n:Wallet
       RETURN collect(coalesce(n.name, n.title)) AS names`,
    );
    const syntheticNames = (rows[0]?.names as string[]) ?? [];
    expect(syntheticNames.length).toBeGreaterThan(0);
    for (const name of syntheticNames) expect(name).toMatch(/fictional/i);

    // A synthetic relationship may touch a real node only when that node is a state.
    const [bad] = await h.db.executor().read(
      `MATCH (a:Node)-[r]-(b:Node)
       WHERE r.synthetic = true AND b.synthetic = false AND NOT b:State
       RETURN collect(DISTINCT b.key) AS keys`,
    );
    expect(bad?.keys).toEqual([]);

    // Real facts cite real documents.
    const [uncited] = await h.db.executor().read(
      `MATCH (n:Node) WHERE n.synthetic = false AND NOT n:Source
         AND NOT EXISTS { (n)-[:SOURCED_FROM]->(:Source {synthetic: false}) }
       RETURN collect(n.key) AS keys`,
    );
    expect(uncited?.keys).toEqual([]);
  });
});
