import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain } from './support/explain.js';
import { SYNTHETIC_WALLETS } from '../seed/case-synthetic.js';
import { EDGE_TYPES, LINK_TYPES } from '../src/model/model.js';
import {
  ALL_KINDS,
  DEFAULT_KINDS,
  degreeExpression,
  kindOfType,
  RELATIONSHIP_TYPE_OF,
  typeAlternation,
} from '../src/loaders/explore/relationship-kinds.js';
import { toGlobalId } from '../src/model/global-ids.js';
import { encodeCursor } from '../src/pagination/pages.js';
import type { Dataset } from '../src/store/dataset.js';
import { writeDataset } from '../src/store/write-dataset.js';
import { createHarness, dataOf, removeByPrefix, type GraphQLResult, type Harness } from './support/harness.js';

/**
 * neighbourhood, shortestConnection and timeline over the seeded case (expected results worked
 * out by hand from seed/case-synthetic.ts) and over small fictional graphs written here.
 */

const id = toGlobalId;
const keyOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8');
const W = (address: string) => `wallet:ETH:${address}`;
const JANE_SALARY = W(SYNTHETIC_WALLETS.janeSalary);
const JOHN_SALARY = W(SYNTHETIC_WALLETS.johnSalary);
const CONSOLIDATION = W(SYNTHETIC_WALLETS.consolidation);
const TREASURY = W(SYNTHETIC_WALLETS.frontTreasury);
const OTC = W(SYNTHETIC_WALLETS.otcDesk);
const FRONT = 'org:fictional-front-trading';
const FREEZE = 'action:fictional-treasury-freeze';
const WIDGETS = 'employer:fictional-widgets';
const JANE = 'identity:fictional-jane';

// ---------------------------------------------------------------------------------------------
// Fictional graphs of this file: keys start with these prefixes and are removed afterwards.

const SRC = 'source:test-explore';
const PREFIXES = [SRC, 'wallet:ETH:0xe7', 'org:test-explore-', 'employer:test-explore-', 'identity:test-explore-', 'action:test-explore-'];
const fiction = { synthetic: true, sourceKeys: [SRC] } as const;
/** A well-formed, obviously fake address: 0xe7, a kind letter and a number. */
const addr = (kind: string, n: number) => `0xe7${kind}${String(n).padStart(37, '0')}`;
const wallet = (kind: string, n: number) => W(addr(kind, n));

/** A hub fed by 40 wallets. Two of them send 1000.00 (more than 950.00 as numbers, less as text). */
const HUB = wallet('a', 0);
const HUB_FEEDERS = 40;
const hubAmount = (i: number) => (i >= 38 ? '1000.00' : `${(i + 1) * 25}.00`);
const hubDay = (i: number) => `2024-05-${String(1 + (i % 28)).padStart(2, '0')}T12:00:00Z`;

/**
 * A bigger fan for the budgets: ROOT is fed by 510 children (a hub for timelines: more than 500
 * relationships); the 100 largest children (c0..c99) are each fed by 25 grandchildren, and
 * HOLDER controls those 100 children.
 */
const ROOT = wallet('b', 0);
const CHILDREN = 510;
const FED_CHILDREN = 100;
const GRANDCHILDREN = 25;
const HOLDER = 'org:test-explore-holder';
const child = (i: number) => wallet('c', i);
const grandchild = (i: number, j: number) => wallet('d', i * 100 + j);

/** A job and enforcement actions with every kind of date. */
const ACME = 'employer:test-explore-acme';
const ANN = 'identity:test-explore-ann';

function dataset(): Dataset {
  const feeders = Array.from({ length: HUB_FEEDERS }, (_, i) => i);
  const children = Array.from({ length: CHILDREN }, (_, i) => i);
  const fed = Array.from({ length: FED_CHILDREN }, (_, i) => i);
  const grand = fed.flatMap((i) => Array.from({ length: GRANDCHILDREN }, (_, j) => [i, j] as const));
  const transfer = (key: string, from: string, to: string, amount: string, at: string) => ({
    key,
    from,
    to,
    amount,
    asset: 'USDC',
    at,
    ...fiction,
  });
  return {
    sources: [{ key: SRC, kind: 'SYNTHETIC_DATASET', title: 'explore probe (fictional)', synthetic: true }],
    organizations: [{ key: HOLDER, name: 'Explore Holder (fictional)', kind: 'FRONT_COMPANY', ...fiction }],
    employers: [{ key: ACME, name: 'Explore Acme (fictional)', ...fiction }],
    stolenIdentities: [{ key: ANN, name: 'Ann Explore (fictional identity)', ...fiction }],
    wallets: [
      { chain: 'ETH', address: addr('a', 0), name: 'Explore hub (fictional)', ...fiction },
      ...feeders.map((i) => ({ chain: 'ETH', address: addr('f', i), name: `Explore feeder ${i} (fictional)`, ...fiction })),
      { chain: 'ETH', address: addr('b', 0), name: 'Explore root (fictional)', ...fiction },
      ...children.map((i) => ({ chain: 'ETH', address: addr('c', i), name: `Explore child ${i} (fictional)`, ...fiction })),
      ...grand.map(([i, j]) => ({
        chain: 'ETH',
        address: addr('d', i * 100 + j),
        name: `Explore grandchild ${i}/${j} (fictional)`,
        ...fiction,
      })),
    ],
    links: fed.map((i) => ({ type: 'CONTROLS' as const, from: HOLDER, to: child(i), ...fiction })),
    transfers: [
      ...feeders.map((i) => transfer(`transfer:test-explore-hub-${i}`, wallet('f', i), HUB, hubAmount(i), hubDay(i))),
      // Children 0..99 send the most, so ROOT keeps them when it keeps 100.
      ...children.map((i) =>
        transfer(`transfer:test-explore-child-${i}`, child(i), ROOT, `${100_000 - i}.00`, '2024-06-01T00:00:00Z'),
      ),
      ...grand.map(([i, j]) =>
        transfer(`transfer:test-explore-grand-${i}-${j}`, grandchild(i, j), child(i), `${10 + j}.00`, '2024-05-01T00:00:00Z'),
      ),
    ],
    employments: [
      { key: 'employment:test-explore-acme-ann', employer: ACME, identity: ANN, startedOn: '2022-03-01', endedOn: '2023-06-30', jobTitle: 'QA Engineer', ...fiction },
    ],
    enforcementActions: [
      { key: 'action:test-explore-designation', kind: 'SANCTION_DESIGNATION', title: 'Designation of Ann (fictional)', date: '2023-11-01', datePrecision: 'MONTH', status: 'COMPLETED', targets: [ANN], ...fiction },
      { key: 'action:test-explore-indictment', kind: 'INDICTMENT', title: 'Indictment of Ann (fictional)', date: '2024-02-10', datePrecision: 'DAY', status: 'PENDING', targets: [ANN, ACME], ...fiction },
      // Same day as the indictment: ties are ordered by key ("indictment" < "seizure-dated").
      { key: 'action:test-explore-seizure-dated', kind: 'SEIZURE', title: 'Seizure from Ann (fictional)', date: '2024-02-10', amountUsd: '12000.50', status: 'COMPLETED', targets: [ANN], ...fiction },
      { key: 'action:test-explore-plea', kind: 'GUILTY_PLEA', title: 'Plea of Ann (fictional)', date: '2025-01-01', datePrecision: 'YEAR', status: 'COMPLETED', targets: [ANN], ...fiction },
      { key: 'action:test-explore-undated', kind: 'FORFEITURE_COMPLAINT', title: 'Forfeiture against Ann (fictional)', status: 'PENDING', targets: [ANN], ...fiction },
    ],
  };
}

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  // About 3,000 wallets and transfers: more than a request's timeout allows on a busy machine.
  await h.db.executor({ timeoutMs: 300_000 }).writeTx((tx) => writeDataset(tx, dataset(), 'test'));
});
afterAll(async () => {
  await removeByPrefix(h.db, PREFIXES);
  await h.close();
});

/** The extensions of the one error a rejected operation reports. */
function errorOf(result: GraphQLResult) {
  expect(result.errors).toHaveLength(1);
  return result.errors?.[0]?.extensions;
}

// ---------------------------------------------------------------------------------------------

describe('relationship kinds', () => {
  it('name every stored relationship type once, and only those', () => {
    const stored = [...Object.values(EDGE_TYPES).map((t) => t.type), ...Object.values(LINK_TYPES)];
    expect(Object.values(RELATIONSHIP_TYPE_OF).sort()).toEqual([...stored].sort());
    expect(ALL_KINDS.map((kind) => kindOfType(RELATIONSHIP_TYPE_OF[kind]))).toEqual(ALL_KINDS);
    expect(() => kindOfType('DROP')).toThrow();
  });

  it('build one alternation per selection, in schema order, from constants only', () => {
    expect(typeAlternation(['TARGETS', 'SALARY', 'TARGETS'])).toBe('PAID_SALARY|TARGETS');
    expect(typeAlternation(DEFAULT_KINDS)).not.toContain('SOURCED_FROM');
    expect(() => typeAlternation([])).toThrow();
    expect(degreeExpression('n', DEFAULT_KINDS)).toBe('COUNT { (n)--() } - COUNT { (n)-[:SOURCED_FROM]-() }');
    expect(degreeExpression('n', ALL_KINDS)).toBe('COUNT { (n)--() }');
    expect(degreeExpression('n', ['TRANSFER'])).toBe('COUNT { (n)-[:TRANSFERRED]-() }');
  });
});

const NEIGHBOURHOOD = /* GraphQL */ `
  query Neighbourhood($id: ID!, $depth: Int, $types: [RelationshipKind!], $limit: Int) {
    neighbourhood(id: $id, depth: $depth, types: $types, limitPerNode: $limit) {
      center { id }
      omittedEdges
      truncated
      nodes { id type label synthetic depth degree expanded omittedEdges }
      edges { id kind from to amount asset at }
    }
  }
`;

interface GraphNodeOut {
  id: string;
  type: string;
  label: string;
  synthetic: boolean;
  depth: number;
  degree: number;
  expanded: boolean;
  omittedEdges: number;
}
interface GraphEdgeOut {
  id: string;
  kind: string;
  from: string;
  to: string;
  amount: string | null;
  asset: string | null;
  at: string | null;
}

/** Nodes as [key, depth, degree, expanded, omitted] and edges as [kind, from, to, amount], keys decoded. */
function compact(n: { nodes: GraphNodeOut[]; edges: GraphEdgeOut[] }) {
  return {
    nodes: n.nodes.map((x) => [keyOf(x.id), x.depth, x.degree, x.expanded, x.omittedEdges]),
    edges: n.edges.map((e) => [e.kind, keyOf(e.from), keyOf(e.to), e.amount]),
  };
}

describe('neighbourhood', () => {
  it('of the front treasury at depth 1: the centre, then money by amount, then links by kind', async () => {
    const data = dataOf(await h.run(NEIGHBOURHOOD, { id: id(TREASURY) }));
    const n = data.neighbourhood;
    expect(n.center.id).toBe(id(TREASURY));
    expect(n.nodes[0]).toEqual({
      id: id(TREASURY),
      type: 'Wallet',
      label: 'Fictional front-company treasury',
      synthetic: true,
      depth: 0,
      degree: 3,
      expanded: true,
      omittedEdges: 0,
    });
    expect(n.nodes.map((x: GraphNodeOut) => x.type)).toEqual(['Wallet', 'Wallet', 'Organization', 'EnforcementAction']);
    expect(compact(n)).toEqual({
      nodes: [
        [TREASURY, 0, 3, true, 0],
        [CONSOLIDATION, 1, 9, false, 0],
        [FRONT, 1, 4, false, 0],
        [FREEZE, 1, 3, false, 0],
      ],
      edges: [
        ['TRANSFER', CONSOLIDATION, TREASURY, '45000.00'],
        ['CONTROLS', FRONT, TREASURY, null],
        ['TARGETS', FREEZE, TREASURY, null],
      ],
    });
    expect(n.edges[0]).toEqual({
      id: id('transfer:fictional-consolidation-to-front'),
      kind: 'TRANSFER',
      from: id(CONSOLIDATION),
      to: id(TREASURY),
      amount: '45000.00',
      asset: 'USDC',
      at: '2024-04-03T02:00:00.000Z',
    });
    // Keyless links get distinct, stable ids.
    expect(new Set(n.edges.map((e: GraphEdgeOut) => e.id)).size).toBe(3);
    expect(n).toMatchObject({ omittedEdges: 0, truncated: false });
  });

  it('of the front treasury at depth 2: each ring expanded in the order it was reached', async () => {
    const data = dataOf(await h.run(NEIGHBOURHOOD, { id: id(TREASURY), depth: 2 }));
    const { nodes, edges } = compact(data.neighbourhood);
    expect(nodes.map(([key, depth, , expanded]) => [key, depth, expanded])).toEqual([
      [TREASURY, 0, true],
      [CONSOLIDATION, 1, true],
      [FRONT, 1, true],
      [FREEZE, 1, true],
      // From the consolidation wallet: money by amount (8200 from Jane, 7200 from John, 1200 out), then its controller.
      [JANE_SALARY, 2, false],
      [JOHN_SALARY, 2, false],
      [OTC, 2, false],
      ['operative:fictional-alpha', 2, false],
      // From the front: CONTROLS (by the DPRK), MEMBER_OF; from the freeze: ISSUED_BY.
      ['state:KP', 2, false],
      ['operative:fictional-bravo', 2, false],
      ['org:fictional-enforcement-office', 2, false],
    ]);
    expect(edges).toEqual([
      ['TRANSFER', CONSOLIDATION, TREASURY, '45000.00'],
      ['CONTROLS', FRONT, TREASURY, null],
      ['TARGETS', FREEZE, TREASURY, null],
      // The consolidation wallet's nine: amounts first, the newest of equal amounts first.
      ['TRANSFER', JANE_SALARY, CONSOLIDATION, '8200.00'],
      ['TRANSFER', JANE_SALARY, CONSOLIDATION, '8200.00'],
      ['TRANSFER', JANE_SALARY, CONSOLIDATION, '8200.00'],
      ['TRANSFER', JOHN_SALARY, CONSOLIDATION, '7200.00'],
      ['TRANSFER', JOHN_SALARY, CONSOLIDATION, '7200.00'],
      ['TRANSFER', JOHN_SALARY, CONSOLIDATION, '7200.00'],
      ['TRANSFER', CONSOLIDATION, OTC, '1200.00'],
      ['CONTROLS', 'operative:fictional-alpha', CONSOLIDATION, null],
      ['CONTROLS', 'state:KP', FRONT, null],
      ['MEMBER_OF', 'operative:fictional-bravo', FRONT, null],
      ['TARGETS', FREEZE, FRONT, null],
      ['ISSUED_BY', FREEZE, 'org:fictional-enforcement-office', null],
    ]);
    const janeEdges = data.neighbourhood.edges.filter((e: GraphEdgeOut) => keyOf(e.from) === JANE_SALARY);
    expect(janeEdges.map((e: GraphEdgeOut) => keyOf(e.id))).toEqual([
      'transfer:fictional-jane-consolidate-2024-03',
      'transfer:fictional-jane-consolidate-2024-02',
      'transfer:fictional-jane-consolidate-2024-01',
    ]);
    expect(data.neighbourhood).toMatchObject({ omittedEdges: 0, truncated: false });
  });

  it('reads a third ring with one UNWIND over the second', async () => {
    const data = dataOf(await h.run(NEIGHBOURHOOD.replace('degree ', ''), { id: id(TREASURY), depth: 3 }));
    const nodes = data.neighbourhood.nodes as GraphNodeOut[];
    expect(nodes.filter((x) => x.depth === 3).map((x) => keyOf(x.id))).toEqual([
      // Jane's salary wallet: salaries (8500), then its fees (300), then Jane who controls it.
      WIDGETS,
      W(SYNTHETIC_WALLETS.hostFees),
      JANE,
      // John's: 7200 in and out (newest first: the March transfer, then the March salary), then John.
      'employer:fictional-cloud',
      'identity:fictional-john',
      'org:fictional-otc-desk',
      // Alpha: FACILITATED, MEMBER_OF (Jane and John are already in).
      'facilitator:fictional-laptop-host',
      'org:fictional-it-team',
      // The DPRK: the real actions that target it, by key.
      'action:doj-crypto-seizures-crackdown',
      'action:forfeiture-complaint-7-74m',
      'action:freeze-since-2023-04',
    ]);
    // The first two rings in one statement, the third in another, the centre through the node loader.
    expect(h.queries).toHaveLength(3);
    const third = h.queries.filter((q) => q.cypher.includes('UNWIND $frontier'));
    expect(third).toHaveLength(1);
    expect(third[0]?.params.frontier).toEqual(nodes.filter((x) => x.depth === 2).map((x) => keyOf(x.id)));
    // Relationship types are spelled from the model's constants, in schema order, citations left out.
    expect(third[0]?.cypher).toContain('[r:PAID_SALARY|TRANSFERRED|EMPLOYED|CONTROLS|MEMBER_OF|');
    expect(third[0]?.cypher).not.toContain('SOURCED_FROM]-(n)');
  });

  it('keeps limitPerNode relationships per node and counts the rest', async () => {
    const data = dataOf(await h.run(NEIGHBOURHOOD, { id: id(TREASURY), limit: 2 }));
    expect(compact(data.neighbourhood)).toEqual({
      nodes: [
        [TREASURY, 0, 3, true, 1],
        [CONSOLIDATION, 1, 9, false, 0],
        [FRONT, 1, 4, false, 0],
      ],
      edges: [
        ['TRANSFER', CONSOLIDATION, TREASURY, '45000.00'],
        ['CONTROLS', FRONT, TREASURY, null],
      ],
    });
    expect(data.neighbourhood.omittedEdges).toBe(1);
  });

  it('follows only the kinds asked for, and counts degrees in those kinds', async () => {
    const data = dataOf(await h.run(NEIGHBOURHOOD, { id: id(TREASURY), depth: 2, types: ['TRANSFER', 'TARGETS'] }));
    expect(compact(data.neighbourhood).nodes).toEqual([
      [TREASURY, 0, 2, true, 0],
      [CONSOLIDATION, 1, 8, true, 0],
      [FREEZE, 1, 2, true, 0],
      [JANE_SALARY, 2, 6, false, 0],
      [JOHN_SALARY, 2, 3, false, 0],
      [OTC, 2, 1, false, 0],
      [FRONT, 2, 1, false, 0],
    ]);
  });

  it('cuts a hub to its largest amounts (as numbers, not text) and reports what it left out', async () => {
    const data = dataOf(await h.run(NEIGHBOURHOOD, { id: id(HUB), limit: 5 }));
    const { nodes, edges } = compact(data.neighbourhood);
    expect(nodes[0]).toEqual([HUB, 0, 40, true, 35]);
    // 1000.00 twice (the newer first), then 950, 925, 900.
    expect(edges).toEqual([
      ['TRANSFER', wallet('f', 39), HUB, '1000.00'],
      ['TRANSFER', wallet('f', 38), HUB, '1000.00'],
      ['TRANSFER', wallet('f', 37), HUB, '950.00'],
      ['TRANSFER', wallet('f', 36), HUB, '925.00'],
      ['TRANSFER', wallet('f', 35), HUB, '900.00'],
    ]);
    expect(nodes).toHaveLength(6);
    expect(data.neighbourhood.omittedEdges).toBe(35);
  });

  it('counts a relationship kept at its other end as shown', async () => {
    // The smallest feeder's transfer is not among the hub's top 5, but the feeder keeps it.
    const data = dataOf(await h.run(NEIGHBOURHOOD, { id: id(wallet('f', 0)), depth: 2, limit: 5 }));
    const { nodes, edges } = compact(data.neighbourhood);
    expect(nodes.slice(0, 2)).toEqual([
      [wallet('f', 0), 0, 1, true, 0],
      [HUB, 1, 40, true, 34],
    ]);
    expect(nodes.slice(2).map(([key]) => key)).toEqual([39, 38, 37, 36, 35].map((i) => wallet('f', i)));
    expect(edges[0]).toEqual(['TRANSFER', wallet('f', 0), HUB, '25.00']);
    expect(edges).toHaveLength(6);
    expect(data.neighbourhood.omittedEdges).toBe(34);
  });

  it('stops at the node budget and says so', async () => {
    const data = dataOf(await h.run(NEIGHBOURHOOD, { id: id(ROOT), depth: 3, limit: 100 }));
    const n = data.neighbourhood;
    // Ring 1: the 100 largest children. Ring 2: the first child brings its 25 grandchildren and
    // the holder, every later one 25 more; the 96th would pass 2,500 nodes.
    const expanded = 95;
    expect(n.truncated).toBe(true);
    expect(n.nodes).toHaveLength(1 + 100 + 26 + 25 * (expanded - 1));
    expect(n.nodes[0]).toMatchObject({ degree: CHILDREN, expanded: true, omittedEdges: CHILDREN - 100 });
    const children = n.nodes.filter((x: GraphNodeOut) => x.depth === 1);
    expect(children.map((x: GraphNodeOut) => x.expanded)).toEqual([
      ...Array<boolean>(expanded).fill(true),
      ...Array<boolean>(100 - expanded).fill(false),
    ]);
    expect(children.map((x: GraphNodeOut) => keyOf(x.id))).toEqual(Array.from({ length: 100 }, (_, i) => child(i)));
    // Nothing of ring 3 was read.
    expect(Math.max(...n.nodes.map((x: GraphNodeOut) => x.depth))).toBe(2);
    expect(n.nodes.filter((x: GraphNodeOut) => x.expanded)).toHaveLength(1 + expanded);
  });

  it('resolves GraphNode.node for every node in one batch', async () => {
    const bare = /* GraphQL */ `query($id: ID!) { neighbourhood(id: $id, depth: 2, limitPerNode: 100) { nodes { id } } }`;
    const full = /* GraphQL */ `query($id: ID!) { neighbourhood(id: $id, depth: 2, limitPerNode: 100) {
      center { id } nodes { id node { __typename ... on Wallet { address } ... on Organization { name } } } } }`;
    dataOf(await h.run(bare, { id: id(ROOT) }));
    const bareStatements = h.queries.length;
    const data = dataOf(await h.run(full, { id: id(ROOT) }));
    // One statement for the centre and two rings, then one batch for every node.
    expect(bareStatements).toBe(1);
    expect(h.queries.length).toBe(bareStatements + 1);
    const nodes = data.neighbourhood.nodes as { id: string; node: { address?: string; name?: string } }[];
    expect(nodes.length).toBeGreaterThan(2000);
    const batch = h.queries.at(-1);
    expect((batch?.params.keys as string[]).length).toBe(nodes.length);
    expect(nodes[0]?.node.address?.toLowerCase()).toBe(addr('b', 0));
    expect(nodes.find((x) => keyOf(x.id) === HOLDER)?.node.name).toBe('Explore Holder (fictional)');
    expect(h.queries.every((q) => q.mode === 'READ')).toBe(true);
  });

  it('counts the degrees of the outer ring in one batch, only when asked', async () => {
    const data = dataOf(await h.run(NEIGHBOURHOOD, { id: id(ROOT), depth: 2, limit: 100 }));
    // The rings, the centre through the node loader, and one batch of degrees.
    expect(h.queries).toHaveLength(3);
    const degreeBatches = h.queries.filter((q) => q.cypher.includes('UNWIND $keys') && q.cypher.includes('AS degree'));
    expect(degreeBatches).toHaveLength(1);
    const batch = degreeBatches[0];
    const outer = data.neighbourhood.nodes.filter((x: GraphNodeOut) => !x.expanded);
    // All but the child whose expansion would have crossed the budget: its ring counted it.
    expect((batch?.params.keys as string[]).length).toBe(outer.length - 1);
    // Unexpanded children have 27 relationships, grandchildren their one transfer, the holder its 100 controls.
    expect(new Set(outer.map((x: GraphNodeOut) => `${x.depth}:${x.degree}`))).toEqual(new Set(['1:27', '2:1', '2:100']));
  });

  it('refuses bad arguments, naming them', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ id: id(TREASURY), depth: 0 }, 'depth'],
      [{ id: id(TREASURY), depth: 4 }, 'depth'],
      [{ id: id(TREASURY), limit: 0 }, 'limitPerNode'],
      [{ id: id(TREASURY), limit: 101 }, 'limitPerNode'],
      [{ id: id(TREASURY), types: [] }, 'types'],
      [{ id: 'not an id' }, 'id'],
      [{ id: id('transfer:fictional-consolidation-to-front') }, 'id'],
      [{ id: id('wallet:ETH:0xe700000000000000000000000000000000000000') }, 'id'],
    ];
    for (const [variables, field] of cases) {
      expect(errorOf(await h.run(NEIGHBOURHOOD, variables)), JSON.stringify(variables)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------

const SHORTEST = /* GraphQL */ `
  query Shortest($a: ID!, $b: ID!, $via: [RelationshipKind!], $maxHops: Int) {
    shortestConnection(a: $a, b: $b, via: $via, maxHops: $maxHops) {
      length
      nodes { id __typename }
      steps { kind reversed from { id } to { id } }
    }
  }
`;

interface PathOut {
  length: number;
  nodes: { id: string; __typename: string }[];
  steps: { kind: string; reversed: boolean; from: { id: string }; to: { id: string } }[];
}
const pathOf = (p: PathOut) => ({
  length: p.length,
  nodes: p.nodes.map((n) => keyOf(n.id)),
  steps: p.steps.map((s) => [keyOf(s.from.id), s.kind, s.reversed, keyOf(s.to.id)]),
});

describe('shortestConnection', () => {
  it('links the employer to the treasury freeze through its salaries and the consolidation wallet', async () => {
    const data = dataOf(await h.run(SHORTEST, { a: id(WIDGETS), b: id(FREEZE) }));
    expect(pathOf(data.shortestConnection)).toEqual({
      length: 4,
      nodes: [WIDGETS, JANE_SALARY, CONSOLIDATION, TREASURY, FREEZE],
      steps: [
        [WIDGETS, 'SALARY', false, JANE_SALARY],
        [JANE_SALARY, 'TRANSFER', false, CONSOLIDATION],
        [CONSOLIDATION, 'TRANSFER', false, TREASURY],
        // Stored as (action)-[:TARGETS]->(wallet): walked backwards.
        [TREASURY, 'TARGETS', true, FREEZE],
      ],
    });
    expect(data.shortestConnection.nodes.map((n: { __typename: string }) => n.__typename)).toEqual([
      'Employer',
      'Wallet',
      'Wallet',
      'Wallet',
      'EnforcementAction',
    ]);
  });

  it('keeps to the kinds in via', async () => {
    const data = dataOf(
      await h.run(SHORTEST, { a: id(WIDGETS), b: id(FREEZE), via: ['EMPLOYMENT', 'CONTROLS', 'TRANSFER', 'TARGETS'] }),
    );
    expect(pathOf(data.shortestConnection)).toEqual({
      length: 5,
      nodes: [WIDGETS, JANE, JANE_SALARY, CONSOLIDATION, TREASURY, FREEZE],
      steps: [
        [WIDGETS, 'EMPLOYMENT', false, JANE],
        [JANE, 'CONTROLS', false, JANE_SALARY],
        [JANE_SALARY, 'TRANSFER', false, CONSOLIDATION],
        [CONSOLIDATION, 'TRANSFER', false, TREASURY],
        [TREASURY, 'TARGETS', true, FREEZE],
      ],
    });
  });

  it('answers null when no chain of those kinds, or none within maxHops, exists', async () => {
    const noSalary = dataOf(await h.run(SHORTEST, { a: id(WIDGETS), b: id(FREEZE), via: ['TRANSFER', 'TARGETS'] }));
    expect(noSalary.shortestConnection).toBeNull();
    const tooShort = dataOf(await h.run(SHORTEST, { a: id(WIDGETS), b: id(FREEZE), maxHops: 3 }));
    expect(tooShort.shortestConnection).toBeNull();
  });

  it('ends at once between two unconnected hubs, through a breadth-first search from both ends', async () => {
    // ROOT's and HUB's components (3,000 and 41 nodes) are apart: the search exhausts the smaller side.
    const data = dataOf(await h.run(SHORTEST, { a: id(ROOT), b: id(HUB), maxHops: 10 }));
    expect(data.shortestConnection).toBeNull();
    // The planner must use its bidirectional shortest-path operator, not expand-and-filter paths.
    const statement = h.queries.find((q) => q.cypher.includes('shortestPath'));
    expect(statement?.cypher).not.toMatch(/WHERE/);
    const plan = await explain(statement?.cypher ?? '', statement?.params ?? {});
    expect(plan).toContain('ShortestPath');
    expect(plan).not.toContain('VarLengthExpand');
  });

  it('refuses bad arguments, naming them', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ a: id(WIDGETS), b: id(WIDGETS) }, 'b'],
      [{ a: 'nope', b: id(FREEZE) }, 'a'],
      [{ a: id(WIDGETS), b: id('employment:fictional-widgets-jane') }, 'b'],
      [{ a: id('org:test-explore-missing'), b: id(FREEZE) }, 'a'],
      [{ a: id(WIDGETS), b: id(FREEZE), maxHops: 0 }, 'maxHops'],
      [{ a: id(WIDGETS), b: id(FREEZE), maxHops: 11 }, 'maxHops'],
      [{ a: id(WIDGETS), b: id(FREEZE), via: [] }, 'via'],
    ];
    for (const [variables, field] of cases) {
      expect(errorOf(await h.run(SHORTEST, variables)), JSON.stringify(variables)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });
});


// ---------------------------------------------------------------------------------------------

const TIMELINE = /* GraphQL */ `
  query Timeline($id: ID!, $depth: Int, $first: Int, $after: String) {
    timeline(id: $id, depth: $depth, first: $first, after: $after) {
      totalCount
      undatedCount
      truncated
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          kind
          enforcementKind
          at
          datePrecision
          title
          amount
          asset
          subject { __typename ... on Node { id } }
          entities { id }
        }
      }
    }
  }
`;

interface EventOut {
  kind: string;
  at: string;
  subject: { __typename: string; id: string };
  entities: { id: string }[];
}
const eventsOf = (t: { edges: { node: EventOut }[] }) =>
  t.edges.map(({ node }) => [node.at.slice(0, 16), node.kind, keyOf(node.subject.id)]);

/** The ten dated events of Example Widgets and its neighbours (Jane and her salary wallet). */
const WIDGETS_DEPTH_1 = [
  ['2023-12-04T00:00', 'HIRED', 'employment:fictional-widgets-jane'],
  ...['01', '02', '03'].flatMap((m) => [
    [`2024-${m}-28T17:00`, 'SALARY_PAID', `salary:fictional-widgets-jane-2024-${m}`],
    [`2024-${m}-29T09:00`, 'TRANSFER', `transfer:fictional-jane-fee-2024-${m}`],
    [`2024-${m}-29T10:00`, 'TRANSFER', `transfer:fictional-jane-consolidate-2024-${m}`],
  ]),
];

describe('timeline', () => {
  it("of Example Widgets at depth 0: its hire and the salaries it paid, oldest first", async () => {
    const data = dataOf(await h.run(TIMELINE, { id: id(WIDGETS), depth: 0 }));
    const t = data.timeline;
    expect(eventsOf(t)).toEqual(WIDGETS_DEPTH_1.filter(([, kind]) => kind !== 'TRANSFER'));
    expect(t).toMatchObject({ totalCount: 4, undatedCount: 0, truncated: false, pageInfo: { hasNextPage: false } });
    expect(t.edges[0].node).toEqual({
      kind: 'HIRED',
      enforcementKind: null,
      at: '2023-12-04T00:00:00.000Z',
      datePrecision: 'DAY',
      title: 'Example Widgets Inc. (fictional) hired Jane Example (fictional identity) as Senior Backend Engineer',
      amount: null,
      asset: null,
      subject: { __typename: 'Employment', id: id('employment:fictional-widgets-jane') },
      entities: [{ id: id(WIDGETS) }, { id: id(JANE) }],
    });
    expect(t.edges[1].node).toMatchObject({
      kind: 'SALARY_PAID',
      at: '2024-01-28T17:00:00.000Z',
      datePrecision: null,
      title: 'Example Widgets Inc. (fictional) paid 8500.00 USDC salary to Fictional salary wallet of Jane Example',
      amount: '8500.00',
      asset: 'USDC',
      entities: [{ id: id(WIDGETS) }, { id: id(JANE_SALARY) }, { id: id(JANE) }],
    });
  });

  it('of Example Widgets at depth 1 adds the transfers of its salary wallet, page by page', async () => {
    const all = dataOf(await h.run(TIMELINE, { id: id(WIDGETS) })).timeline;
    expect(eventsOf(all)).toEqual(WIDGETS_DEPTH_1);
    expect(all.totalCount).toBe(10);

    const pages = [];
    let after: string | null = null;
    do {
      const page: any = dataOf(await h.run(TIMELINE, { id: id(WIDGETS), first: 4, after })).timeline;
      expect(page.totalCount).toBe(10);
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(pages.map((p) => p.edges.length)).toEqual([4, 4, 2]);
    expect(pages.flatMap((p) => eventsOf(p))).toEqual(WIDGETS_DEPTH_1);
    expect(pages[0].edges[3].node.title).toBe(
      '8200.00 USDC moved from Fictional salary wallet of Jane Example to Fictional consolidation wallet',
    );
  });

  it('places actions by date at midnight UTC with their precision, ties by key, and counts undated ones', async () => {
    const t = dataOf(await h.run(TIMELINE, { id: id(ANN), depth: 0 })).timeline;
    expect(t.edges.map(({ node }: { node: EventOut & Record<string, unknown> }) => [
      node.at,
      node.kind,
      node.enforcementKind,
      node.datePrecision,
      keyOf(node.subject.id),
    ])).toEqual([
      ['2022-03-01T00:00:00.000Z', 'HIRED', null, 'DAY', 'employment:test-explore-acme-ann'],
      ['2023-06-30T00:00:00.000Z', 'JOB_ENDED', null, 'DAY', 'employment:test-explore-acme-ann'],
      ['2023-11-01T00:00:00.000Z', 'ENFORCEMENT', 'SANCTION_DESIGNATION', 'MONTH', 'action:test-explore-designation'],
      ['2024-02-10T00:00:00.000Z', 'ENFORCEMENT', 'INDICTMENT', 'DAY', 'action:test-explore-indictment'],
      ['2024-02-10T00:00:00.000Z', 'ENFORCEMENT', 'SEIZURE', 'DAY', 'action:test-explore-seizure-dated'],
      ['2025-01-01T00:00:00.000Z', 'ENFORCEMENT', 'GUILTY_PLEA', 'YEAR', 'action:test-explore-plea'],
    ]);
    expect(t).toMatchObject({ totalCount: 6, undatedCount: 1 });
    expect(t.edges[1].node.title).toBe('Ann Explore (fictional identity) left Explore Acme (fictional)');
    expect(t.edges[3].node).toMatchObject({
      title: 'Indictment of Ann (fictional)',
      entities: [{ id: id(ACME) }, { id: id(ANN) }],
    });
    expect(t.edges[4].node).toMatchObject({ amount: '12000.50', asset: 'USD' });
    // An action's own timeline is the action, plus at depth 1 what its targets saw.
    const action = dataOf(await h.run(TIMELINE, { id: id('action:test-explore-indictment') })).timeline;
    expect(action.totalCount).toBe(6);
    const own = dataOf(await h.run(TIMELINE, { id: id('action:test-explore-indictment'), depth: 0 })).timeline;
    expect(eventsOf(own)).toEqual([['2024-02-10T00:00', 'ENFORCEMENT', 'action:test-explore-indictment']]);
  });

  it('does not gather through hubs, nor from them unless they are the centre', async () => {
    // A child's neighbours: its 25 grandchildren, its holder and ROOT, a hub of 510 transfers.
    const child0 = dataOf(await h.run(TIMELINE, { id: id(child(0)), depth: 1, first: 0 })).timeline;
    expect(child0).toMatchObject({ totalCount: 26, truncated: false });
    // ROOT as the centre: its own 510 transfers, and none of its children's.
    const root = dataOf(await h.run(TIMELINE, { id: id(ROOT), first: 1 })).timeline;
    expect(root).toMatchObject({ totalCount: CHILDREN, truncated: false });
  });

  it('stops gathering at its budget of entities and says so', async () => {
    const depth1 = dataOf(await h.run(TIMELINE, { id: id(HOLDER), depth: 1, first: 0 })).timeline;
    expect(depth1).toMatchObject({ totalCount: FED_CHILDREN * (GRANDCHILDREN + 1), truncated: false });
    // Depth 2 would reach 1 + 100 + 2,500 grandchildren (+ ROOT): more than 1,000.
    const depth2 = dataOf(await h.run(TIMELINE, { id: id(HOLDER), depth: 2, first: 0 })).timeline;
    expect(depth2.truncated).toBe(true);
    expect(depth2.totalCount).toBe(FED_CHILDREN * (GRANDCHILDREN + 1));
  });

  it('resolves the entities of a page in one batch', async () => {
    dataOf(await h.run(TIMELINE.replace('entities { id }', ''), { id: id(HOLDER), depth: 1, first: 50 }));
    const without = h.queries.length;
    dataOf(await h.run(TIMELINE, { id: id(HOLDER), depth: 1, first: 50 }));
    // The titles already loaded the entities: one batch serves both fields.
    expect(h.queries.length).toBe(without);
    const batches = h.queries.filter((q) => q.cypher.includes('UNWIND $keys') && q.cypher.includes('MATCH (n:Node {key: key})'));
    expect(batches).toHaveLength(1);
  });

  it('refuses bad arguments, naming them', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ id: id(WIDGETS), depth: -1 }, 'depth'],
      [{ id: id(WIDGETS), depth: 3 }, 'depth'],
      [{ id: id(WIDGETS), first: 101 }, 'first'],
      [{ id: id(WIDGETS), after: 'garbage' }, 'after'],
      [{ id: id(WIDGETS), after: encodeCursor({ v: 'Example', k: WIDGETS }) }, 'after'],
      [{ id: id('salary:fictional-widgets-jane-2024-01') }, 'id'],
      [{ id: id('employer:test-explore-missing') }, 'id'],
    ];
    for (const [variables, field] of cases) {
      expect(errorOf(await h.run(TIMELINE, variables)), JSON.stringify(variables)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });
});
