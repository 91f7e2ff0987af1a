import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/loaders/index.js';
import { createHarness, dataOf, removeByPrefix, type Harness } from './support/harness.js';

/** Everything written here has a key containing `mt-` (refs) or one of these wallets. */
const ETH_A = '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed';
const ETH_B = '0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359';
const BTC = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';
const TX = 'ab'.repeat(32);

let h: Harness;
let realSource: string;
let fictionSource: string;
beforeAll(async () => {
  h = await createHarness();
  realSource = dataOf(
    await h.run(
      `mutation { upsertSource(input: { ref: "mt-court-filing", kind: COURT_DOCUMENT, title: "Test filing (mutation tests)",
        url: "https://example.org/filing" }) { id } }`,
    ),
  ).upsertSource.id;
  fictionSource = dataOf(
    await h.run(
      `mutation { upsertSource(input: { ref: "mt-fiction", kind: SYNTHETIC_DATASET, title: "Fiction (mutation tests)",
        synthetic: true }) { id } }`,
    ),
  ).upsertSource.id;
});
afterAll(async () => {
  await h.db.executor().writeTx((tx) =>
    tx.run('MATCH (n:Node) WHERE n.key CONTAINS ":mt-" OR n.key CONTAINS "ftm-mt-" OR n.key IN $wallets DETACH DELETE n', {
      wallets: [`wallet:ETH:${ETH_A}`, `wallet:ETH:${ETH_B}`, `wallet:BTC:${BTC}`],
    }),
  );
  await removeByPrefix(h.db, ['source:mt-']);
  await h.close();
});

async function counts() {
  const [row] = await h.db.executor().read(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  return row;
}

const fiction = () => ({ sourceIds: [fictionSource], synthetic: true });

async function fictionalOrg(ref: string) {
  return dataOf(
    await h.run(
      `mutation($p: Provenance!, $ref: String!) {
        upsertOrganization(input: { ref: $ref, name: "Front Co (fictional)", kind: FRONT_COMPANY, provenance: $p }) { id }
      }`,
      { p: fiction(), ref },
    ),
  ).upsertOrganization.id as string;
}

async function wallet(chain: string, address: string, controllerIds: string[] = []) {
  return h.run(
    `mutation($chain: Chain!, $a: String!, $c: [ID!], $p: Provenance!) {
      upsertWallet(input: { chain: $chain, address: $a, controllerIds: $c, provenance: $p }) { id chain address controller { name } }
    }`,
    { chain, a: address, c: controllerIds, p: fiction() },
  );
}

describe('mutations', () => {
  it('create an entity, return it, and change nothing when sent again', async () => {
    const send = () =>
      h.run(
        `mutation($p: Provenance!) {
          upsertPerson(input: { ref: "mt-person", name: "Person Under Test", aliases: ["P. Test"], birthDates: ["1 Jan 1970"],
            provenance: $p }) { id name aliases birthDates synthetic sources { title } }
        }`,
        { p: { sourceIds: [realSource] } },
      );
    const first = dataOf(await send()).upsertPerson;
    expect(first).toMatchObject({
      name: 'Person Under Test',
      aliases: ['P. Test'],
      birthDates: ['1 Jan 1970'],
      synthetic: false,
      sources: [{ title: 'Test filing (mutation tests)' }],
    });
    const before = await counts();
    expect(dataOf(await send()).upsertPerson).toEqual(first);
    expect(await counts()).toEqual(before);
  });

  it('normalise wallet addresses: one wallet whatever the case, shown in EIP-55 form', async () => {
    const lower = dataOf(await wallet('ETH', ETH_A)).upsertWallet;
    const upper = dataOf(await wallet('ETH', `0x${ETH_A.slice(2).toUpperCase()}`)).upsertWallet;
    expect(upper.id).toBe(lower.id);
    expect(lower.address).toBe('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed');
    const found = dataOf(await h.run(`{ wallet(chain: ETH, address: "${ETH_A.toUpperCase().replace('0X', '0x')}") { id } }`));
    expect(found.wallet.id).toBe(lower.id);
  });

  it('reject a bad address, naming the field, and write nothing', async () => {
    const before = await counts();
    const result = await wallet('BTC', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.address' });
    const lookup = await h.run('{ wallet(chain: ETH, address: "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD") { id } }');
    expect(lookup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'address' });
    expect(await counts()).toEqual(before);
  });

  it('write all of a mutation or nothing: a missing controller leaves no wallet behind', async () => {
    const org = await fictionalOrg('mt-front');
    const before = await counts();
    const result = await wallet('BTC', BTC, [org, toGlobalId('org:mt-nobody')]);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.controllerIds.1' });
    expect(await counts()).toEqual(before);
    expect(dataOf(await wallet('BTC', BTC, [org])).upsertWallet.controller).toEqual([{ name: 'Front Co (fictional)' }]);
  });

  it('record a transfer once per chain, hash and index, with who recorded it and its source', async () => {
    const a = dataOf(await wallet('ETH', ETH_A)).upsertWallet.id;
    const b = dataOf(await wallet('ETH', ETH_B)).upsertWallet.id;
    const send = (amount: string, hash = `0x${TX.toUpperCase()}`) =>
      h.run(
        `mutation($a: ID!, $b: ID!, $amount: Decimal!, $hash: String!, $p: Provenance!) {
          recordTransfer(input: { fromWalletId: $a, toWalletId: $b, amount: $amount, asset: "usdc",
            at: "2024-02-01T10:00:00Z", txHash: $hash, index: 3, provenance: $p }) {
            id amount asset txHash index from { address } to { address } sources { title }
          }
        }`,
        { a, b, amount, hash, p: fiction() },
      );
    const first = dataOf(await send('1250.50')).recordTransfer;
    expect(first).toMatchObject({ amount: '1250.50', asset: 'USDC', txHash: TX, index: 3, sources: [{ title: 'Fiction (mutation tests)' }] });
    const before = await counts();
    expect(dataOf(await send('1250.50', TX)).recordTransfer.id).toBe(first.id);
    expect(await counts()).toEqual(before);
    const [stored] = await h.db.executor().read(
      'MATCH ()-[r:TRANSFERRED {key: $key}]->() RETURN r.recordedBy AS by, r.recordedAt IS NOT NULL AS at, r.sourceKeys AS sources',
      { key: `transfer:ETH:${TX}:3` },
    );
    expect(stored).toEqual({ by: 'system:test', at: true, sources: ['source:mt-fiction'] });

    const zero = await send('0.00');
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    const badHash = await send('1', '0x1234');
    expect(badHash.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.txHash' });
  });

  it('refuse transfers across chains, ids of the wrong type and ids that name nothing', async () => {
    const eth = dataOf(await wallet('ETH', ETH_A)).upsertWallet.id;
    const btc = dataOf(await wallet('BTC', BTC)).upsertWallet.id;
    const org = await fictionalOrg('mt-front');
    const transfer = (from: string, to: string) =>
      h.run(
        `mutation($a: ID!, $b: ID!, $p: Provenance!) {
          recordTransfer(input: { fromWalletId: $a, toWalletId: $b, amount: "1", asset: "ETH",
            at: "2024-02-01T10:00:00Z", txHash: "${TX}", provenance: $p }) { id }
        }`,
        { a: from, b: to, p: fiction() },
      );
    expect((await transfer(eth, btc)).errors?.[0]?.extensions).toMatchObject({ field: 'input.toWalletId' });
    expect((await transfer(org, eth)).errors?.[0]?.extensions).toMatchObject({ field: 'input.fromWalletId' });
    expect((await transfer('not-an-id', eth)).errors?.[0]?.extensions).toMatchObject({ field: 'input.fromWalletId' });
    const ghost = toGlobalId('wallet:ETH:0x0000000000000000000000000000000000000001');
    expect((await transfer(ghost, eth)).errors?.[0]?.extensions).toMatchObject({ field: 'input.fromWalletId' });
  });

  it('keep synthetic and real facts apart', async () => {
    const realOnlyFiction = await h.run(
      `mutation($p: Provenance!) { upsertEmployer(input: { ref: "mt-employer", name: "Employer Under Test", provenance: $p }) { id } }`,
      { p: { sourceIds: [fictionSource] } },
    );
    expect(realOnlyFiction.errors?.[0]?.extensions).toMatchObject({ field: 'input.provenance.sourceIds' });

    const org = await fictionalOrg('mt-front');
    const person = toGlobalId('person:mt-person');
    const syntheticAboutReal = await h.run(
      `mutation($from: ID!, $to: ID!, $p: Provenance!) { link(input: { kind: MEMBER_OF, fromId: $from, toId: $to, provenance: $p }) { kind } }`,
      { from: person, to: org, p: fiction() },
    );
    expect(syntheticAboutReal.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.provenance.synthetic',
    });
    const flip = await h.run(
      `mutation($p: Provenance!) { upsertPerson(input: { ref: "mt-person", name: "Person Under Test", provenance: $p }) { id } }`,
      { p: fiction() },
    );
    expect(flip.errors?.[0]?.extensions).toMatchObject({ field: 'input.provenance.synthetic' });
  });

  it('link entities only in the shapes the model allows, and return both ends', async () => {
    const org = await fictionalOrg('mt-front');
    const op = dataOf(
      await h.run(
        `mutation($p: Provenance!) { upsertOperative(input: { ref: "mt-operative", name: "Operative Under Test (fictional)",
          role: IT_WORKER, provenance: $p }) { id } }`,
        { p: fiction() },
      ),
    ).upsertOperative.id;
    const link = (kind: string, from: string, to: string) =>
      h.run(
        `mutation($from: ID!, $to: ID!, $p: Provenance!) {
          link(input: { kind: ${kind}, fromId: $from, toId: $to, provenance: $p }) { kind from { id } to { id } }
        }`,
        { from, to, p: fiction() },
      );
    expect(dataOf(await link('MEMBER_OF', op, org)).link).toEqual({ kind: 'MEMBER_OF', from: { id: op }, to: { id: org } });
    expect((await link('MEMBER_OF', org, op)).errors?.[0]?.extensions).toMatchObject({ field: 'input.toId' });
    expect((await link('USES_IDENTITY', org, op)).errors?.[0]?.extensions).toMatchObject({ field: 'input.fromId' });
    const members = dataOf(
      await h.run('query($id: ID!) { node(id: $id) { ... on Organization { members { totalCount } } } }', { id: org }),
    );
    expect(members.node.members.totalCount).toBe(1);
  });

  it('record enforcement actions and attach more sources', async () => {
    const org = await fictionalOrg('mt-front');
    const action = (extra: string) =>
      h.run(
        `mutation($t: ID!, $p: Provenance!) {
          recordEnforcementAction(input: { ref: "mt-freeze", kind: FREEZE, title: "Freeze (fictional)", status: COMPLETED,
            targetIds: [$t], provenance: $p ${extra} }) { id kind targets { totalCount } }
        }`,
        { t: org, p: fiction() },
      );
    expect((await action('date: "2024-03-01"')).errors?.[0]?.extensions).toMatchObject({ field: 'input.datePrecision' });
    const recorded = dataOf(await action('date: "2024-03-01", datePrecision: DAY, amountUsd: "100.00"')).recordEnforcementAction;
    expect(recorded).toMatchObject({ kind: 'FREEZE', targets: { totalCount: 1 } });

    const more = await h.run(
      `mutation($id: ID!, $s: [ID!]!) { attachSources(input: { id: $id, sourceIds: $s }) { ... on Organization { sources { title } } } }`,
      { id: org, s: [realSource] },
    );
    expect(more.errors?.[0]?.extensions).toMatchObject({ field: 'input.sourceIds' });
  });
});

describe('importBatch', () => {
  const line = (obj: unknown) => JSON.stringify(obj);
  const lines = [
    line({
      id: 'mt-ftm-company',
      schema: 'Company',
      properties: { name: ['Batch Import Works (fictional)'], keywords: ['trailgraph:synthetic'] },
    }),
    '{"id": "mt-ftm-broken", "schema": ',
    line({
      id: 'mt-ftm-wallet',
      schema: 'CryptoWallet',
      properties: {
        publicKey: ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD'],
        currency: ['ETH'],
        holder: ['mt-ftm-company'],
        keywords: ['trailgraph:synthetic'],
      },
    }),
  ];

  it('imports the good lines, reports the bad ones by number, and changes nothing the second time', async () => {
    const send = () =>
      h.run(
        `mutation($lines: [String!]!, $source: ID!) {
          importBatch(input: { format: FTM_JSONL, lines: $lines, defaultSourceId: $source }) {
            linesRead batches written { kind count } rejected { line reason }
          }
        }`,
        { lines, source: fictionSource },
      );
    const report = dataOf(await send()).importBatch;
    expect(report.linesRead).toBe(3);
    expect(report.written).toEqual(expect.arrayContaining([{ kind: 'Organization', count: 1 }]));
    expect(report.rejected.map((r: { line: number }) => r.line)).toEqual([2, 3]);
    expect(report.rejected[1].reason).toMatch(/publicKey.*EIP-55/);
    const before = await counts();
    expect(dataOf(await send()).importBatch.rejected).toHaveLength(2);
    expect(await counts()).toEqual(before);
  });

  it('refuses more lines than a request may carry, and a default source that is not a source', async () => {
    const many = await h.run(
      `mutation($lines: [String!]!, $source: ID!) {
        importBatch(input: { format: FTM_JSONL, lines: $lines, defaultSourceId: $source }) { linesRead }
      }`,
      { lines: Array.from({ length: 5001 }, () => '{}'), source: fictionSource },
    );
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lines' });
    const notSource = await h.run(
      `mutation($source: ID!) { importBatch(input: { format: FTM_JSONL, lines: [], defaultSourceId: $source }) { linesRead } }`,
      { source: toGlobalId('state:KP') },
    );
    expect(notSource.errors?.[0]?.extensions).toMatchObject({ field: 'input.defaultSourceId' });
  });
});
