import { getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRIPLES, type Triple } from '../src/model/graph-rules.js';
import { walletKey } from '../src/model/keys.js';
import { EDGE_TYPES, NODE_TYPES, type LinkType, type NodeTypename } from '../src/model/model.js';
import type { Command } from '../src/ingest/commands.js';
import { createIngest } from '../src/ingest/index.js';
import { toGlobalId } from '../src/model/global-ids.js';
import { RELATIONSHIP_TYPE_OF } from '../src/loaders/explore/relationship-kinds.js';
import { buildSchema } from '../src/schema.js';
import type { Dataset, DatasetDraft } from '../src/store/dataset.js';
import { emptyDraft } from '../src/store/dataset.js';
import { writeDataset } from '../src/store/write-dataset.js';
import { createHarness, dataOf, removeByPrefix, type Harness } from './support/harness.js';
import { claimsOf, nodeTypeOf, readers, selectionOf, STATE_TIE_REASON, type Reader } from './support/relationship-readers.js';

/**
 * One relationship for every triple the graph's rules allow, written through `writeDataset`
 * (the gate every writer passes), and for each one: every GraphQL field whose parent is one end
 * and whose type claims the other end's type lists it, and so does `neighbourhood`. A rule that
 * lets a write through which no field shows (the `members` defect) fails here. Fictional data
 * under the `rr-` prefix, removed afterwards.
 */

const SOURCE = 'source:rr-cited';
const fiction = { synthetic: true, sourceKeys: [SOURCE] } as const;
// User-assigned ISO 3166 codes, which name no real state.
const STATE_ISO = { a: 'QR', b: 'QS' } as const;
const WALLET = { a: '0x7e1a000000000000000000000000000000000a01', b: '0x7e1a000000000000000000000000000000000b02' } as const;

type End = 'a' | 'b';
function keyOf(type: NodeTypename, end: End): string {
  if (type === 'State') return `state:${STATE_ISO[end]}`;
  if (type === 'Wallet') return walletKey('ETH', WALLET[end]);
  return `${NODE_TYPES[type].prefix}:rr-${end}`;
}
const PREFIXES = [
  ...(Object.keys(NODE_TYPES) as NodeTypename[]).filter((t) => t !== 'State' && t !== 'Wallet').map((t) => `${NODE_TYPES[t].prefix}:rr-`),
  'state:QR',
  'state:QS',
  'wallet:ETH:0x7e1a0000',
];

/** Two nodes of every type: every triple starts at an `a` and ends at a `b`. */
function world(): Dataset {
  const draft: DatasetDraft = emptyDraft();
  draft.sources.push({ key: SOURCE, kind: 'SYNTHETIC_DATASET', title: 'Relationship rules probe (fictional)', synthetic: true });
  for (const end of ['a', 'b'] as const) {
    const name = (t: string) => `Rules probe ${t} ${end} (fictional)`;
    const base = (t: NodeTypename) => ({ key: keyOf(t, end), name: name(t), ...fiction });
    draft.sources.push({ key: keyOf('Source', end), kind: 'SYNTHETIC_DATASET', title: name('Source'), synthetic: true });
    draft.states.push({ ...base('State'), isoCode: STATE_ISO[end] });
    draft.organizations.push({ ...base('Organization'), kind: 'FRONT_COMPANY' });
    draft.operatives.push({ ...base('Operative'), role: 'IT_WORKER' });
    draft.facilitators.push({ ...base('Facilitator'), role: 'MONEY_MULE' });
    draft.stolenIdentities.push(base('StolenIdentity'));
    draft.employers.push(base('Employer'));
    draft.persons.push(base('Person'));
    draft.crafts.push({ ...base('Craft'), kind: 'VESSEL' });
    draft.identifiers.push({ key: keyOf('Identifier', end), type: 'Probe Number', value: `rr-${end}`, ...fiction });
    draft.wallets.push({ chain: 'ETH', address: WALLET[end], name: name('Wallet'), ...fiction });
    draft.enforcementActions.push({
      key: keyOf('EnforcementAction', end),
      kind: 'SANCTION_DESIGNATION',
      title: name('EnforcementAction'),
      status: 'COMPLETED',
      targets: [],
      ...fiction,
    });
  }
  TRIPLES.forEach((t, i) => {
    const from = keyOf(t.from, 'a');
    const to = keyOf(t.to, 'b');
    const money = { amount: '1', asset: 'ETH', ...fiction };
    if (t.type === 'SOURCED_FROM') draft.citations.push({ key: from, sourceKeys: [to] });
    else if (t.type === EDGE_TYPES.Employment.type) draft.employments.push({ key: `employment:rr-${i}`, employer: from, identity: to, ...fiction });
    else if (t.type === EDGE_TYPES.SalaryPayment.type) {
      draft.salaryPayments.push({ key: `salary:rr-${i}`, employer: from, wallet: to, paidAt: '2024-01-02T00:00:00Z', ...money });
    } else if (t.type === EDGE_TYPES.Transfer.type) {
      draft.transfers.push({ key: `transfer:rr-${i}`, from, to, at: '2024-01-03T00:00:00Z', txHash: `0x${'7e'.repeat(32)}`, index: 0, ...money });
    } else draft.links.push({ type: t.type as LinkType, from, to, ...fiction });
  });
  return draft;
}

const KIND_OF_TYPE = new Map(Object.entries(RELATIONSHIP_TYPE_OF).map(([kind, type]) => [type, kind]));

let h: Harness;
const schema = buildSchema();

beforeAll(async () => {
  h = await createHarness();
  await removeByPrefix(h.db, PREFIXES);
  await h.db.executor().writeTx((tx) => writeDataset(tx, world(), 'system:test'));
});

afterAll(async () => {
  await removeByPrefix(h.db, PREFIXES);
  await h.close();
});

/** Ids a field of a node lists: connections read in one page of 100, the probe has fewer. */
async function listed(key: string, reader: Reader, typename: string): Promise<string[]> {
  const [, fieldName] = reader.field.split('.') as [string, string];
  const objectType = schema.getType(typename);
  if (!isObjectType(objectType)) throw new Error(`${typename} is not an object type`);
  const field = objectType.getFields()[fieldName]!;
  const element = nodeTypeOf(field);
  const { select } = selectionOf(schema, element);
  const connection = getNamedType(field.type).name.endsWith('Connection');
  const args = field.args.some((a) => a.name === 'first') ? '(first: 100)' : '';
  const body = connection ? `edges { node { ${select} } }` : select;
  const data = dataOf(
    await h.run(`query Probe($id: ID!) { node(id: $id) { ... on ${typename} { items: ${fieldName}${args} { ${body} } } } }`, {
      id: toGlobalId(key),
    }),
  );
  const raw = data.node?.items;
  const items: Record<string, unknown>[] = connection
    ? (raw.edges as { node: Record<string, unknown> }[]).map((e) => e.node)
    : Array.isArray(raw)
      ? raw
      : raw === null
        ? []
        : [raw];
  const reason = STATE_TIE_REASON[reader.type];
  const ids = items
    .filter((item) => element.name !== 'StateTie' || item.reason === reason)
    .flatMap((item) =>
      Object.values(item).flatMap((v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' && 'id' in v ? [String(v.id)] : [])),
    );
  return ids;
}

describe('every relationship the rules allow', () => {
  const all = readers(schema);
  const label = (t: Triple) => `${t.from} -${t.type}-> ${t.to}`;

  it.each(TRIPLES.map((t) => [label(t), t] as const))('%s is listed by every field that claims it, and by neighbourhood', async (_name, t) => {
    const from = keyOf(t.from, 'a');
    const to = keyOf(t.to, 'b');
    for (const claim of claimsOf(schema, t, all)) {
      const [parentKey, otherKey] = claim.reader.parent === 'from' ? [from, to] : [to, from];
      const ids = await listed(parentKey, claim.reader, claim.typename);
      expect(ids, `${claim.reader.field} of ${parentKey}`).toContain(toGlobalId(otherKey));
    }
    const kind = KIND_OF_TYPE.get(t.type);
    const around = dataOf(
      await h.run(
        `query Around($id: ID!, $kinds: [RelationshipKind!]) {
          neighbourhood(id: $id, types: $kinds, limitPerNode: 100) { edges { kind from to } }
        }`,
        { id: toGlobalId(from), kinds: [kind] },
      ),
    );
    const edges = around.neighbourhood.edges as { kind: string; from: string; to: string }[];
    expect(edges, `neighbourhood of ${from}`).toContainEqual({ kind, from: toGlobalId(from), to: toGlobalId(to) });
  });
});

describe('the write gate, through a mutation', () => {
  it('refuses a relationship the rules do not allow, naming the field, and writes nothing', async () => {
    const ingest = createIngest(h.db.executor(), 'system:test');
    const command: Command = {
      dataset: {
        persons: [{ key: 'person:rr-refused', name: 'Refused probe (fictional)', ...fiction }],
        links: [{ type: 'ISSUED_BY', from: keyOf('Identifier', 'a'), to: keyOf('Organization', 'b'), ...fiction }],
      },
      references: [],
      sources: [],
      synthetic: true,
      resultKey: 'person:rr-refused',
    };
    await expect(ingest.run(command)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.toId' },
      message: expect.stringContaining('is a Organization; ISSUED_BY joins EnforcementAction to Organization; Identifier to State'),
    });
    const [row] = await h.db.executor().read("MATCH (n:Node {key: 'person:rr-refused'}) RETURN count(n) AS n");
    expect(Number(row?.n)).toBe(0);
  });
});
