import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../src/store/write-dataset.js';
import type { Dataset } from '../src/store/dataset.js';
import { createHarness, dataOf, removeByPrefix, type Harness } from './support/harness.js';

const PARENTS = 50;
const PREFIXES = ['employer:test-n1-', 'wallet:ETH:0xe1', 'org:test-n1-', 'source:test-n1'];
const SRC = 'source:test-n1';
const fiction = { synthetic: true, sourceKeys: [SRC] } as const;
const addr = (kind: string, i: number) => `0xe1${kind}${String(i).padStart(37, '0')}`;

/** 50 employers, each paying a salary wallet that forwards to a hub; every wallet has a controller. */
function fixture(): Dataset {
  const ids = Array.from({ length: PARENTS }, (_, i) => i);
  return {
    sources: [{ key: SRC, kind: 'SYNTHETIC_DATASET', title: 'N+1 probe (fictional)', synthetic: true }],
    organizations: [{ key: 'org:test-n1-front', name: 'N1 Probe Front (fictional)', kind: 'FRONT_COMPANY', ...fiction }],
    employers: ids.map((i) => ({ key: `employer:test-n1-${i}`, name: `N1 Probe Employer ${i} (fictional)`, ...fiction })),
    wallets: [
      ...ids.map((i) => ({ chain: 'ETH', address: addr('a', i), name: `N1 salary wallet ${i} (fictional)`, ...fiction })),
      { chain: 'ETH', address: addr('b', 0), name: 'N1 hub (fictional)', ...fiction },
    ],
    links: ids.map((i) => ({
      type: 'CONTROLS' as const,
      from: 'org:test-n1-front',
      to: `wallet:ETH:${addr('a', i)}`,
      ...fiction,
    })),
    salaryPayments: ids.map((i) => ({
      key: `salary:test-n1-${i}`,
      employer: `employer:test-n1-${i}`,
      wallet: `wallet:ETH:${addr('a', i)}`,
      amount: '1000.00',
      asset: 'USDC',
      paidAt: '2024-06-01T00:00:00Z',
      ...fiction,
    })),
    transfers: ids.map((i) => ({
      key: `transfer:test-n1-${i}`,
      from: `wallet:ETH:${addr('a', i)}`,
      to: `wallet:ETH:${addr('b', 0)}`,
      amount: '990.00',
      asset: 'USDC',
      at: '2024-06-02T00:00:00Z',
      ...fiction,
    })),
  };
}

// Depth 4 of relationship fields under each employer: salaries → wallet → transfers → target wallet,
// with the controller and sources of wallets on the way.
const NESTED = /* GraphQL */ `
  query Nested($first: Int!) {
    employers(filter: { nameContains: "N1 Probe Employer" }, first: $first) {
      edges {
        node {
          name
          sources { title }
          salaryPayments(first: 5) {
            edges {
              node {
                amount
                wallet {
                  controller { name }
                  outgoingTransfers(first: 5) {
                    edges { node { amount to { name controller { name } } } }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

describe('no N+1: nested fields are batched per level', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.db.executor().writeTx((tx) => writeDataset(tx, fixture(), 'test'));
  });
  afterAll(async () => {
    await h.db.executor().writeTx((tx) =>
      tx.run("MATCH ()-[r]->() WHERE r.key STARTS WITH 'salary:test-n1-' OR r.key STARTS WITH 'transfer:test-n1-' DELETE r"),
    );
    await removeByPrefix(h.db, PREFIXES);
    await h.close();
  });

  it('sends the same number of Cypher statements for 5 parents as for 50', async () => {
    const small = dataOf(await h.run(NESTED, { first: 5 }));
    const smallCount = h.queries.length;
    const large = dataOf(await h.run(NESTED, { first: PARENTS }));
    const largeCount = h.queries.length;

    expect(small.employers.edges).toHaveLength(5);
    expect(large.employers.edges).toHaveLength(PARENTS);
    // Every parent really was expanded to depth 4.
    for (const edge of large.employers.edges) {
      const payment = edge.node.salaryPayments.edges[0].node;
      expect(payment.wallet.controller[0].name).toBe('N1 Probe Front (fictional)');
      expect(payment.wallet.outgoingTransfers.edges[0].node.to.name).toBe('N1 hub (fictional)');
    }
    expect(largeCount).toBe(smallCount);
    // One list query (page + count), then one batch per field per level.
    expect(largeCount).toBeLessThanOrEqual(9);
  });

  it('sends each batch as one UNWIND over all parents', async () => {
    await h.run(NESTED, { first: PARENTS });
    const batches = h.queries.filter((q) => q.cypher.includes('UNWIND $'));
    expect(batches.length).toBeGreaterThan(0);
    const salaryBatch = batches.find((q) => q.cypher.includes('PAID_SALARY'));
    expect((salaryBatch?.params.requests as unknown[]).length).toBe(PARENTS);
    expect(h.queries.every((q) => q.mode === 'READ')).toBe(true);
  });
});

/** 50 fictional persons, each with a passport the DPRK issued and a link to one organisation. */
function designatedFixture(): Dataset {
  const ids = Array.from({ length: PARENTS }, (_, i) => i);
  return {
    sources: [{ key: SRC, kind: 'SYNTHETIC_DATASET', title: 'N+1 probe (fictional)', synthetic: true }],
    organizations: [{ key: 'org:test-n1-bank', name: 'N1 Probe Bank (fictional)', kind: 'BANK', ...fiction }],
    persons: ids.map((i) => ({ key: `person:test-n1-${i}`, name: `N1 Probe Person ${i} (fictional)`, ...fiction })),
    identifiers: ids.map((i) => ({
      key: `identifier:test-n1-${i}`,
      type: 'Passport',
      value: `N1-${i}`,
      ...fiction,
    })),
    links: [
      { type: 'CONTROLS', from: 'state:KP', to: 'org:test-n1-bank', ...fiction },
      ...ids.flatMap((i) => [
        { type: 'HAS_IDENTIFIER' as const, from: `person:test-n1-${i}`, to: `identifier:test-n1-${i}`, ...fiction },
        { type: 'ISSUED_BY' as const, from: `identifier:test-n1-${i}`, to: 'state:KP', ...fiction },
        { type: 'LINKED_TO' as const, from: `person:test-n1-${i}`, to: 'org:test-n1-bank', ...fiction },
      ]),
    ],
  };
}

const DESIGNATED = /* GraphQL */ `
  query Designated($first: Int!) {
    persons(filter: { nameContains: "N1 Probe Person" }, first: $first) {
      edges {
        node {
          name
          stateTies { reason state { isoCode } via { id } }
          identifiers { value issuer { isoCode } holders { totalCount } }
          linkedTo { name ... on Organization { linkedFrom(first: 3) { totalCount } stateTies { reason } } }
        }
      }
    }
  }
`;

describe('no N+1 on the fields of designated entities', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.db.executor().writeTx((tx) => writeDataset(tx, designatedFixture(), 'test'));
  });
  afterAll(async () => {
    await removeByPrefix(h.db, ['person:test-n1-', 'identifier:test-n1-', 'org:test-n1-', SRC]);
    await h.close();
  });

  it('answers state ties, identifiers and links of 50 persons with as many statements as for 5', async () => {
    const small = dataOf(await h.run(DESIGNATED, { first: 5 }));
    const smallCount = h.queries.length;
    const large = dataOf(await h.run(DESIGNATED, { first: PARENTS }));
    expect(h.queries.length).toBe(smallCount);
    expect(small.persons.edges).toHaveLength(5);
    expect(large.persons.edges).toHaveLength(PARENTS);
    for (const { node } of large.persons.edges) {
      expect(node.stateTies.map((t: { reason: string }) => t.reason).sort()).toEqual(['IDENTITY_DOCUMENT', 'LINKED_ENTITY']);
      expect(node.identifiers[0]).toMatchObject({ issuer: { isoCode: 'KP' }, holders: { totalCount: 1 } });
      expect(node.linkedTo[0]).toMatchObject({ linkedFrom: { totalCount: PARENTS }, stateTies: [{ reason: 'CONTROLLED_BY_STATE' }] });
    }
  });
});
