import { isObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal, Role } from '../src/auth/principal.js';
import type { PiiKind } from '../src/generated/graphql.js';
import { maskValue } from '../src/pii/masks.js';
import { piiKindOf } from '../src/pii/masking.js';
import { identifierKey } from '../src/model/keys.js';
import { toGlobalId } from '../src/model/global-ids.js';
import { buildSchema } from '../src/schema.js';
import { createHarness, dataOf, removeByPrefix, type Harness } from './support/harness.js';

/**
 * Personal data over the API: every `@pii` field of the SDL, reached over a fictional stolen
 * identity and the people and things around it, is masked for VIEWER and clear from ANALYST up;
 * search, name filters, neighbourhoods and timelines do not give the clear values away.
 * Everything written here has a key containing `pii-test` (refs), is one of the identifiers below,
 * or is the wallet.
 */

const as = (role: Role): Principal => ({ id: `key:${role.toLowerCase()}`, role, kind: 'key' });
const VIEWER = as('VIEWER');
const ANALYST = as('ANALYST');
const CLEAR_ROLES = [ANALYST, as('EDITOR'), as('ADMIN')];

const WALLET = '0x7e57000000000000000000000000000000000919';
const IDENTITY_NAME = 'Quentin Marlowe Piitestname';
const MASKED_IDENTITY = 'Q****** M****** P**********';
const PREFIXES = [
  'source:pii-test-',
  'identity:pii-test-',
  'facilitator:pii-test-',
  'person:pii-test-',
  'employer:pii-test-',
  identifierKey('Passport', 'PII-TEST-X9876543'),
  identifierKey('Email Address', 'pii-test-quentin@example.org'),
  identifierKey('Phone Number', 'pii-test +1 555 0199'),
  identifierKey('Passport', 'PII-TEST-LISTED-1'),
  `wallet:ETH:${WALLET}`,
];

let h: Harness;
type Written =
  | 'news'
  | 'list'
  | 'identity'
  | 'facilitator'
  | 'person'
  | 'listedPerson'
  | 'employer'
  | 'passport'
  | 'email'
  | 'phone'
  | 'listedPassport'
  | 'wallet';
/** Global ids of the objects written here. */
const ids = {} as Record<Written, string>;

/** Runs `field(input: $input)` as ADMIN and returns the id of what it wrote. */
async function write(field: string, inputType: string, input: Record<string, unknown>): Promise<string> {
  const result = dataOf(
    await h.run(`mutation($input: ${inputType}!) { ${field}(input: $input) { id } }`, { input }, as('ADMIN')),
  );
  return (result[field] as { id: string }).id;
}

beforeAll(async () => {
  h = await createHarness();
  await removeByPrefix(h.db, PREFIXES);
  ids.news = await write('upsertSource', 'SourceInput', { ref: 'pii-test-news', kind: 'NEWS_ARTICLE', title: 'PII test article' });
  ids.list = await write('upsertSource', 'SourceInput', { ref: 'pii-test-list', kind: 'SANCTIONS_LIST', title: 'PII test list' });
  const news = { sourceIds: [ids.news], synthetic: true };
  const list = { sourceIds: [ids.list], synthetic: true };
  ids.identity = await write('upsertStolenIdentity', 'NamedEntityInput', {
    ref: 'pii-test-quentin',
    name: IDENTITY_NAME,
    aliases: ['Q. Marlowe Piitestname'],
    provenance: news,
  });
  ids.facilitator = await write('upsertFacilitator', 'FacilitatorInput', {
    ref: 'pii-test-ottilie',
    name: 'Ottilie Brackenridge Piitest',
    aliases: ['Tilly Piitest'],
    role: 'MONEY_MULE',
    provenance: news,
  });
  ids.person = await write('upsertPerson', 'PersonInput', {
    ref: 'pii-test-rosalind',
    name: 'Rosalind Featherstone Piitest',
    aliases: ['Ros Piitest'],
    birthDates: ['1984-07-19'],
    birthPlaces: ['Springfield'],
    gender: 'Female',
    title: 'Payroll clerk',
    remarks: ['Lives at 1 Test Lane'],
    provenance: news,
  });
  ids.listedPerson = await write('upsertPerson', 'PersonInput', {
    ref: 'pii-test-listed',
    name: 'LISTED, Designated Piitest',
    birthDates: ['1 Jan 1960'],
    provenance: list,
  });
  ids.employer = await write('upsertEmployer', 'NamedEntityInput', {
    ref: 'pii-test-employer',
    name: 'Piitest Employer Inc.',
    provenance: news,
  });
  ids.passport = await write('upsertIdentifier', 'IdentifierInput', {
    type: 'Passport',
    value: 'PII-TEST-X9876543',
    issuedOn: '2015-03-01',
    expiresOn: '2025-03-01',
    holderIds: [ids.identity],
    provenance: news,
  });
  ids.email = await write('upsertIdentifier', 'IdentifierInput', {
    type: 'Email Address',
    value: 'pii-test-quentin@example.org',
    holderIds: [ids.identity],
    provenance: news,
  });
  ids.phone = await write('upsertIdentifier', 'IdentifierInput', {
    type: 'Phone Number',
    value: 'pii-test +1 555 0199',
    holderIds: [ids.person],
    provenance: news,
  });
  ids.listedPassport = await write('upsertIdentifier', 'IdentifierInput', {
    type: 'Passport',
    value: 'PII-TEST-LISTED-1',
    holderIds: [ids.listedPerson],
    provenance: list,
  });
  ids.wallet = await write('upsertWallet', 'WalletInput', {
    chain: 'ETH',
    address: WALLET,
    name: `Salary wallet of ${IDENTITY_NAME}`,
    aliases: ['Quentin payroll wallet'],
    controllerIds: [ids.identity],
    provenance: news,
  });
  await write('recordEmployment', 'EmploymentInput', {
    employerId: ids.employer,
    identityId: ids.identity,
    jobTitle: 'Backend engineer',
    startedOn: '2024-01-02',
    provenance: news,
  });
}, 120_000);

afterAll(async () => {
  await removeByPrefix(h.db, PREFIXES);
  await h.close();
});

/** Every output field marked `@pii`, found by walking the schema the server runs. */
function piiFields(schema: GraphQLSchema): { name: string; type: string; field: string; kind: PiiKind }[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values(type.getFields()).flatMap((field) => {
        const kind = piiKindOf(schema, field);
        return kind ? [{ name: `${type.name}.${field.name}`, type: type.name, field: field.name, kind }] : [];
      }),
    );
}

/**
 * How to reach a personal object of each type that has `@pii` fields. A type missing here makes
 * the walk below fail: a new `@pii` field needs a route and data before it counts as tested.
 */
const ROUTES: Record<string, (field: string) => { query: string; variables: Record<string, unknown>; pick: (data: any) => unknown }> = {
  ...Object.fromEntries(
    (
      [
        ['StolenIdentity', 'identity'],
        ['Facilitator', 'facilitator'],
        ['Person', 'person'],
        ['Identifier', 'passport'],
        ['Wallet', 'wallet'],
      ] as const
    ).map(([type, name]) => [
      type,
      (field: string) => ({
        query: `query($id: ID!) { node(id: $id) { ... on ${type} { ${field} } } }`,
        variables: { id: ids[name] },
        pick: (data: any) => data.node[field],
      }),
    ]),
  ),
  GraphNode: (field) => ({
    query: `query($id: ID!) { neighbourhood(id: $id) { nodes { id ${field} } } }`,
    variables: { id: ids.identity },
    pick: (data: any) => data.neighbourhood.nodes.find((n: { id: string }) => n.id === ids.identity)?.[field],
  }),
};

describe('@pii fields', () => {
  const fields = piiFields(buildSchema());

  it('are found in the SDL', () => {
    expect(fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['StolenIdentity.name', 'Identifier.value', 'Person.birthDates', 'GraphNode.label']),
    );
  });

  it.each(fields)('$name is masked for VIEWER and clear for ANALYST, EDITOR and ADMIN', async ({ type, field, kind }) => {
    const route = ROUTES[type];
    expect(route, `no route to personal ${type} objects in pii.test.ts`).toBeDefined();
    const { query, variables, pick } = route!(field);
    const [clear, ...others] = await Promise.all(
      CLEAR_ROLES.map(async (principal) => pick(dataOf(await h.run(query, variables, principal)))),
    );
    // The fictional data must hold a value, or masking it proves nothing.
    expect(clear, `test data lacks ${type}.${field}`).toBeTruthy();
    expect(Array.isArray(clear) ? clear.length : 1).toBeGreaterThan(0);
    for (const other of others) expect(other).toEqual(clear);
    const viewer = pick(dataOf(await h.run(query, variables, VIEWER)));
    expect(viewer).toEqual(maskValue(kind, clear));
    expect(viewer).not.toEqual(clear);
  });
});

describe('personal or public', () => {
  it('shows what a sanctions list publishes, and identifiers held only by listed parties, in clear to VIEWER', async () => {
    const query = `query($p: ID!, $i: ID!) {
      p: node(id: $p) { ... on Person { name birthDates } }
      i: node(id: $i) { ... on Identifier { value } }
    }`;
    const data = dataOf(await h.run(query, { p: ids.listedPerson, i: ids.listedPassport }, VIEWER));
    expect(data).toEqual({ p: { name: 'LISTED, Designated Piitest', birthDates: ['1 Jan 1960'] }, i: { value: 'PII-TEST-LISTED-1' } });
  });

  it('masks each identifier of a private person by its shape', async () => {
    const query = `query($a: ID!, $b: ID!, $c: ID!) {
      a: node(id: $a) { ... on Identifier { value issuedOn } }
      b: node(id: $b) { ... on Identifier { value } }
      c: node(id: $c) { ... on Identifier { value } }
    }`;
    const data = dataOf(await h.run(query, { a: ids.passport, b: ids.email, c: ids.phone }, VIEWER));
    expect(data).toEqual({
      a: { value: '*************6543', issuedOn: '****-**-**' },
      b: { value: 'p***@example.org' },
      c: { value: '****************0199' },
    });
  });

  it('masks names wherever an object is reached, for example through an employer', async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on Employer { name employments { edges { node { identity { name } } } } } } }`;
    const data = dataOf(await h.run(query, { id: ids.employer }, VIEWER));
    expect(data.node).toEqual({
      name: 'Piitest Employer Inc.',
      employments: { edges: [{ node: { identity: { name: MASKED_IDENTITY } } }] },
    });
  });
});

describe('finding personal data', () => {
  const search = `query($q: String!) { search(query: $q) { totalCount edges { node { id } } } }`;

  it('search does not find a stolen identity, its wallet or its identifiers by their clear values for VIEWER', async () => {
    for (const q of [IDENTITY_NAME, 'Piitestname', 'PII-TEST-X9876543', 'Ottilie Brackenridge', 'Rosalind Featherstone']) {
      const viewer = dataOf(await h.run(search, { q }, VIEWER)).search;
      expect(viewer, q).toEqual({ totalCount: 0, edges: [] });
    }
    const analyst = dataOf(await h.run(search, { q: IDENTITY_NAME }, ANALYST)).search;
    expect(analyst.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
      expect.arrayContaining([ids.identity, ids.wallet]),
    );
  });

  it('an identifier\'s global id does not spell its value', async () => {
    for (const [id, value] of [[ids.passport, 'X9876543'], [ids.email, 'quentin'], [ids.phone, '0199']] as const) {
      const decoded = Buffer.from(id!, 'base64url').toString('utf8').toLowerCase();
      expect(decoded, id).toMatch(/^identifier:[^:]+:[0-9a-f]{32}$/);
      expect(decoded).not.toContain(value.toLowerCase());
    }
  });

  it('search still finds public objects for VIEWER', async () => {
    const viewer = dataOf(await h.run(search, { q: 'LISTED Designated Piitest' }, VIEWER)).search;
    expect(viewer.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.listedPerson]);
  });

  it('name filters do not match personal objects for VIEWER; wallet addresses still do', async () => {
    const query = `query($name: String!, $address: String!) {
      stolenIdentities(filter: { nameContains: $name }) { totalCount edges { node { id name } } }
      byName: wallets(filter: { nameContains: $name }) { totalCount }
      byAddress: wallets(filter: { nameContains: $address }) { totalCount edges { node { name } } }
    }`;
    const variables = { name: 'piitestname', address: WALLET.slice(2, 20) };
    const viewer = dataOf(await h.run(query, variables, VIEWER));
    expect(viewer.stolenIdentities).toEqual({ totalCount: 0, edges: [] });
    expect(viewer.byName.totalCount).toBe(0);
    expect(viewer.byAddress).toEqual({ totalCount: 1, edges: [{ node: { name: maskValue('NAME', `Salary wallet of ${IDENTITY_NAME}`) } }] });
    const analyst = dataOf(await h.run(query, variables, ANALYST));
    expect(analyst.stolenIdentities).toEqual({ totalCount: 1, edges: [{ node: { id: ids.identity, name: IDENTITY_NAME } }] });
    expect(analyst.byName.totalCount).toBe(1);
  });
});

describe('cursors', () => {
  it('of a list ordered by name do not spell the names a VIEWER sees masked', async () => {
    const query = `{ stolenIdentities(first: 100, orderBy: { field: NAME }) { edges { cursor node { id } } } }`;
    const edges = dataOf(await h.run(query, {}, VIEWER)).stolenIdentities.edges as { cursor: string; node: { id: string } }[];
    const ours = edges.find((e) => e.node.id === ids.identity);
    expect(ours).toBeDefined();
    for (const text of [ours!.cursor, Buffer.from(ours!.cursor, 'base64url').toString('latin1')]) {
      expect(text.toLowerCase()).not.toContain('piitestname');
      expect(text.toLowerCase()).not.toContain('quentin');
    }
    // Still a cursor: the page after it starts after our identity.
    const next = dataOf(
      await h.run('query($after: String) { stolenIdentities(first: 100, after: $after) { edges { node { id } } } }', { after: ours!.cursor }, VIEWER),
    ).stolenIdentities.edges as { node: { id: string } }[];
    expect(next.map((e) => e.node.id)).toEqual(edges.slice(edges.indexOf(ours!) + 1).map((e) => e.node.id));
  });
});

describe('explore views', () => {
  it('neighbourhood labels of personal nodes are masked for VIEWER, others are not', async () => {
    const query = `query($id: ID!) { neighbourhood(id: $id) { nodes { id label } } }`;
    const labels = async (principal: Principal) =>
      Object.fromEntries(
        dataOf(await h.run(query, { id: ids.identity }, principal)).neighbourhood.nodes.map((n: { id: string; label: string }) => [
          n.id,
          n.label,
        ]),
      );
    const viewer = await labels(VIEWER);
    const analyst = await labels(ANALYST);
    expect(analyst[ids.identity]).toBe(IDENTITY_NAME);
    expect(viewer[ids.identity]).toBe(MASKED_IDENTITY);
    expect(viewer[ids.wallet]).toBe(maskValue('NAME', analyst[ids.wallet]));
    expect(viewer[ids.passport]).toBe(maskValue('NAME', analyst[ids.passport]));
    expect(viewer[ids.employer]).toBe('Piitest Employer Inc.');
  });

  it('timeline titles name personal entities masked for VIEWER', async () => {
    const query = `query($id: ID!) { timeline(id: $id) { edges { node { kind title } } } }`;
    const titles = async (principal: Principal) =>
      dataOf(await h.run(query, { id: ids.identity }, principal)).timeline.edges.map((e: { node: unknown }) => e.node);
    expect(await titles(ANALYST)).toEqual([
      { kind: 'HIRED', title: `Piitest Employer Inc. hired ${IDENTITY_NAME} as Backend engineer` },
    ]);
    expect(await titles(VIEWER)).toEqual([
      { kind: 'HIRED', title: `Piitest Employer Inc. hired ${MASKED_IDENTITY} as Backend engineer` },
    ]);
  });

  it('shortestConnection steps mask the personal objects they pass', async () => {
    const query = `query($a: ID!, $b: ID!) {
      shortestConnection(a: $a, b: $b) { steps { from { ... on Entity { name } } to { ... on Entity { name } } } }
    }`;
    const data = dataOf(await h.run(query, { a: ids.employer, b: ids.wallet }, VIEWER));
    expect(data.shortestConnection.steps).toEqual([
      { from: { name: 'Piitest Employer Inc.' }, to: { name: MASKED_IDENTITY } },
      { from: { name: MASKED_IDENTITY }, to: { name: maskValue('NAME', `Salary wallet of ${IDENTITY_NAME}`) } },
    ]);
  });
});

describe('money views over the seeded case', () => {
  // The seed's fictional identity, whose salary wallet is named after her.
  const JANE = toGlobalId('identity:fictional-jane');
  const query = `query($id: ID!) {
    moneyTrails(from: $id, first: 5) { edges { node { hops { from { name } to { name } } controlChain { name } } } }
    exposure(id: $id) { subject { name } entries { evidence { hops { from { name } to { name } } } } }
  }`;

  it('name personal entities masked in trails and exposure evidence for VIEWER', async () => {
    const analyst = JSON.stringify(dataOf(await h.run(query, { id: JANE }, ANALYST)));
    const viewer = JSON.stringify(dataOf(await h.run(query, { id: JANE }, VIEWER)));
    // The trails exist and name her wallet; the viewer's answer is the same with her masked.
    expect(analyst).toContain('Fictional salary wallet of Jane Example');
    expect(viewer).not.toContain('Jane');
    expect(viewer).toBe(
      analyst
        .replaceAll('Fictional salary wallet of Jane Example', maskValue('NAME', 'Fictional salary wallet of Jane Example') as string)
        .replaceAll('Jane Example (fictional identity)', maskValue('NAME', 'Jane Example (fictional identity)') as string),
    );
  });
});
