import { createReadStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFtmExport, exportFtm, importFtmLines, readLines } from '../src/ftm/index.js';
import { createHarness, type Harness } from './support/harness.js';

/**
 * The FtM import and export against the test database. Everything the import creates is recorded
 * by `BY`, which is how the digests select it and how the tests remove it again, so the other test
 * files see only the seeded case.
 */

const FIXTURE = fileURLToPath(new URL('./fixtures/ftm/sample.jsonl', import.meta.url));
const BY = 'api:ftm-test';
const DEFAULT_SOURCE = {
  key: 'source:ftm-test-fixture',
  title: 'FtM import test fixture (synthetic)',
  kind: 'SYNTHETIC_DATASET' as const,
};

const S = 'trailgraph:synthetic';
const T = (typename: string) => `trailgraph:type:${typename}`;
const line = (id: string, schema: string, properties: Record<string, string[]>) => JSON.stringify({ id, schema, properties });

const ETH = (n: number) => `wallet:ETH:0xfeedface0000000000000000000000000000f00${n}`;
const TX_CONSOLIDATE = 'transfer:ETH:0xf1c7000000000000000000000000000000000000000000000000000000000002:2';

let h: Harness;

function importLines(lines: AsyncIterable<string> | Iterable<string>, batchSize?: number) {
  return importFtmLines(h.db.executor(), lines, { recordedBy: BY, defaultSource: DEFAULT_SOURCE, batchSize });
}

// readLines, as `npm run import` reads a file: every line reaches the import, however long it
// talks to the database before asking for the first.
const fixtureLines = () => readLines(createReadStream(FIXTURE));

async function removeImported(): Promise<void> {
  await h.db.executor().writeTx(async (tx) => {
    await tx.run('MATCH ()-[r]->() WHERE r.recordedBy = $by DELETE r', { by: BY });
    await tx.run('MATCH (n:Node) WHERE n.recordedBy = $by DETACH DELETE n', { by: BY });
  });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Properties without who recorded them and when, and with source lists in a stable order. */
function comparable(props: Json): Json {
  if (props === null || typeof props !== 'object' || Array.isArray(props)) return props;
  const { recordedAt: _at, recordedBy: _by, ...rest } = props;
  if (Array.isArray(rest.sourceKeys)) rest.sourceKeys = [...rest.sourceKeys].sort();
  return rest;
}

/** Every node the import created, with its labels, properties and relationships either way. */
async function digest(): Promise<string> {
  const rows = await h.db.executor().read(
    `MATCH (n:Node) WHERE n.recordedBy = $by
     OPTIONAL MATCH (n)-[r]-(m:Node)
     WITH n, r, m ORDER BY type(r), startNode(r) = n, m.key, r.key
     RETURN n.key AS key, labels(n) AS labels, properties(n) AS props,
       collect(CASE WHEN r IS NULL THEN null ELSE [type(r), startNode(r) = n, m.key, properties(r)] END) AS rels
     ORDER BY key`,
    { by: BY },
  );
  return JSON.stringify(
    rows.map((row) => ({
      key: row.key,
      labels: [...(row.labels as string[])].sort(),
      props: comparable(row.props as Json),
      rels: (row.rels as Json[][]).map(([type, out, other, props]) => [type, out, other, comparable(props ?? null)]),
    })),
  );
}

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const l of lines) out.push(l);
  return out;
}

interface Entity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** FtM properties whose values are entity ids. */
const REFERENCES = [
  ...['proof', 'holder', 'owner', 'asset', 'director', 'organization', 'employer', 'employee'],
  ...['payer', 'beneficiary', 'entity', 'subject', 'object'],
];

beforeAll(async () => {
  h = await createHarness();
  await removeImported();
});
afterAll(async () => {
  await removeImported();
  await h.close();
});

describe('FtM import', () => {
  it('reports each bad line with its number and reason and writes all the others', async () => {
    const report = await importLines(fixtureLines(), 4);
    expect(report.linesRead).toBe(34);
    expect(report.rejected).toEqual([
      { line: 15, reason: 'publicKey: bad EIP-55 checksum' },
      { line: 16, reason: 'publicKey: bad base58check checksum' },
      { line: 27, reason: expect.stringMatching(/^invalid JSON: /) },
      { line: 28, reason: 'schema: unsupported FtM schema "Address"' },
      { line: 29, reason: 'name: required' },
      { line: 30, reason: 'object: unknown entity "fx-ghost": in neither the file nor the store' },
      { line: 31, reason: expect.stringMatching(/^amount: "12,50" must be digits with an optional fraction/) },
    ]);
    // 34 lines, one blank, seven bad: 26 facts, in batches of 4 lines each one transaction.
    expect(report.batches).toBeGreaterThanOrEqual(7);
    expect(report.written).toMatchObject({
      Organization: 3,
      Employer: 1,
      Operative: 1,
      Facilitator: 1,
      StolenIdentity: 1,
      Person: 1,
      Wallet: 4,
      Craft: 1,
      EnforcementAction: 2,
      Employment: 1,
      SalaryPayment: 1,
      Transfer: 2,
      CONTROLS: 5,
      OWNS: 1,
      MEMBER_OF: 1,
      USES_IDENTITY: 1,
      FACILITATED: 1,
      LINKED_TO: 1,
      TARGETS: 3,
      ISSUED_BY: 1,
      HAS_IDENTIFIER: 5,
      NATIONAL_OF: 1,
      CITIZEN_OF: 1,
      LOCATED_IN: 4,
      REGISTERED_IN: 1,
      // Only Switzerland is new: the seeded case holds North Korea and the United States.
      State: 1,
    });
  });

  it('holds the mapped facts, each sourced and recorded', async () => {
    const read = (cypher: string, params: Record<string, unknown> = {}) => h.db.executor().read(cypher, params);

    const [operative] = await read(
      `MATCH (o:Operative {key: 'operative:ftm-fx-operative'})
       RETURN o.role AS role, o.aliases AS aliases, o.synthetic AS synthetic,
         [(o)-[:NATIONAL_OF]->(s) | s.key] AS nationalities,
         [(o)-[:HAS_IDENTIFIER]->(i) | i.type + ' ' + i.value] AS identifiers,
         [(o)-[:USES_IDENTITY]->(i) | i.key] AS identities,
         [(o)-[r:CONTROLS]->(x) | [x.key, r.sourceKeys]] AS controls`,
    );
    expect(operative).toEqual({
      role: 'IT_WORKER',
      aliases: ['Kes (fictional)'],
      synthetic: true,
      nationalities: ['state:KP'],
      identifiers: ['Passport FICTIONAL-P-0001'],
      identities: ['identity:ftm-fx-identity'],
      controls: expect.arrayContaining([
        ['org:ftm-fx-front', ['source:ftm-fx-doc-report']],
        [ETH(2), [DEFAULT_SOURCE.key]],
      ]),
    });

    const [people] = await read(
      `MATCH (f:Facilitator {key: 'facilitator:ftm-fx-facilitator'}), (p:Person {key: 'person:ftm-fx-person'})
       MATCH (e:Employer {key: 'employer:ftm-fx-employer'})-[:SOURCED_FROM]->(doc:Source)
       RETURN f.role AS role, p.birthDates AS birthDates, p.title AS title, p.gender AS gender,
         [(p)-[:CITIZEN_OF|NATIONAL_OF]->(s) | s.key] AS states, [(p)-[:MEMBER_OF]->(o) | o.key] AS memberOf,
         [(p)-[:LINKED_TO]->(x) | x.key] AS linkedTo, doc.key AS employerSource, doc.publishedOn AS published`,
    );
    expect(people).toEqual({
      role: 'LAPTOP_FARM_HOST',
      birthDates: ['1980-05-06'],
      title: 'Fictional Trade Envoy',
      gender: 'female',
      // "zz" names no state, so only the citizenship tie exists.
      states: ['state:CH'],
      memberOf: ['org:ftm-fx-exchange'],
      linkedTo: ['facilitator:ftm-fx-facilitator'],
      employerSource: 'source:ftm-fx-doc-report',
      published: '2024-03-01',
    });

    const [switzerland] = await read(
      `MATCH (s:State {key: 'state:CH'})-[:SOURCED_FROM]->(src:Source)
       MATCH (x:Organization {key: 'org:ftm-fx-exchange'})-[:CONTROLS]->(w:Wallet)
       RETURN s.name AS name, s.synthetic AS synthetic, src.key AS source, x.kind AS kind, w.chain AS chain,
         w.name = w.address AS namedByAddress`,
    );
    expect(switzerland).toEqual({
      name: 'Switzerland',
      synthetic: false,
      source: 'source:iso-3166-1',
      kind: 'EXCHANGE',
      chain: 'BTC',
      namedByAddress: true,
    });

    const [money] = await read(
      `MATCH (e:Employer {key: 'employer:ftm-fx-employer'})-[job:EMPLOYED]->(i:StolenIdentity)
       MATCH (e)-[pay:PAID_SALARY]->(w:Wallet)
       MATCH ()-[t:TRANSFERRED {key: $tx}]->(to:Wallet)
       MATCH ()-[t2:TRANSFERRED {key: 'transfer:ftm-fx-transfer-front'}]->()
       RETURN job.key AS job, i.key AS identity, job.jobTitle AS jobTitle, job.startedOn AS startedOn,
         pay.key AS salary, w.key AS wallet, w.address AS address, pay.identityKey AS paidTo, pay.amount AS amount,
         pay.asset AS asset, pay.paidAt AS paidAt, to.key AS transferTo, t.index AS index, t.at AS at,
         t2.amount AS amount2, t2.at AS at2`,
      { tx: TX_CONSOLIDATE },
    );
    expect(money).toEqual({
      job: 'employment:ftm-fx-job',
      identity: 'identity:ftm-fx-identity',
      jobTitle: 'Senior Backend Engineer (fictional)',
      startedOn: '2024-01-08',
      salary: 'salary:ftm-fx-salary',
      wallet: ETH(1),
      address: '0xFEeDFacE0000000000000000000000000000F001',
      paidTo: 'identity:ftm-fx-identity',
      amount: '6400.00',
      asset: 'USDC',
      paidAt: '2024-01-31T17:00:00Z',
      transferTo: ETH(2),
      index: 2,
      at: '2024-02-01T09:30:00Z',
      amount2: '5800.5',
      at2: '2024-02-03T00:00:00Z',
    });

    const actions = await read(
      `MATCH (a:EnforcementAction) WHERE a.key STARTS WITH 'action:ftm-'
       RETURN a.key AS key, a.kind AS kind, a.status AS status, a.title AS title, a.summary AS summary,
         a.programs AS programs, a.date AS date, a.datePrecision AS precision, a.reference AS reference,
         [(a)-[:ISSUED_BY]->(o) | o.key] AS authority, [(a)-[:TARGETS]->(t) | t.key] AS targets,
         [(a)-[:SOURCED_FROM]->(s) | s.url] AS urls
       ORDER BY key`,
    );
    expect(actions).toEqual([
      {
        key: 'action:ftm-fx-sanction-front',
        kind: 'SANCTION_DESIGNATION',
        status: 'COMPLETED',
        title: 'Sanction designation by Fictional Sanctions Office under FICT-PROGRAM-1',
        summary: 'Reason: Moved the salaries of fictional IT workers',
        programs: ['FICT-PROGRAM-1'],
        date: '2024-05-01',
        precision: 'MONTH',
        reference: 'FICT-0042',
        authority: ['org:ftm-fx-office'],
        targets: expect.arrayContaining(['org:ftm-fx-front', ETH(3)]),
        urls: ['https://example.org/fictional/sanctions-notice'],
      },
      {
        key: 'action:ftm-fx-sanction-operative',
        kind: 'SANCTION_DESIGNATION',
        status: 'COMPLETED',
        title: 'Designation of Operative Kestrel (fictional)',
        // No organisation has that name, so the authority stays in words.
        summary: 'Authority: Ministry of Imaginary Affairs (fictional)',
        programs: [],
        date: '2024-01-01',
        precision: 'YEAR',
        reference: null,
        authority: [],
        targets: ['operative:ftm-fx-operative'],
        urls: [null],
      },
    ]);

    const [vessel] = await read(
      `MATCH (c:Craft {key: 'craft:ftm-fx-vessel'})
       RETURN c.kind AS kind, c.model AS model, c.callSign AS callSign,
         [(c)-[:REGISTERED_IN]->(s) | s.key] AS flag, [(o)-[:OWNS]->(c) | o.key] AS owners,
         [(c)-[:HAS_IDENTIFIER]->(i) | i.type] AS identifiers`,
    );
    expect(vessel).toEqual({
      kind: 'VESSEL',
      model: 'General Cargo (fictional)',
      callSign: 'FICT1',
      flag: ['state:KP'],
      owners: ['org:ftm-fx-front'],
      identifiers: ['International Maritime Organization No.'],
    });

    // Every relationship the import wrote says who recorded it and when, and every fact its sources.
    const [unrecorded] = await read(
      `MATCH (n:Node {recordedBy: $by})-[r]-()
       WHERE r.recordedBy IS NULL OR r.recordedAt IS NULL
          OR (type(r) <> 'SOURCED_FROM' AND size(coalesce(r.sourceKeys, [])) = 0)
       RETURN count(r) AS n`,
      { by: BY },
    );
    expect(unrecorded?.n).toBe(0);
    // Invented facts cite only invented sources; the one real node created is the state.
    const [flags] = await read(
      `MATCH (n:Node {recordedBy: $by}) WHERE NOT n:Source
       RETURN collect(DISTINCT [n.synthetic, [(n)-[:SOURCED_FROM]->(s) | s.synthetic]]) AS pairs,
         [k IN collect(n.key) WHERE NOT (k CONTAINS ':ftm-' OR k STARTS WITH 'wallet:' OR k STARTS WITH 'identifier:')] AS others`,
      { by: BY },
    );
    expect(new Set((flags?.pairs as [boolean, boolean[]][]).map(([node, sources]) => `${node}:${[...new Set(sources)]}`))).toEqual(
      new Set(['true:true', 'false:false']),
    );
    expect(flags?.others).toEqual(['state:CH']);
  });

  it('changes nothing when the same lines are imported again', async () => {
    const before = await digest();
    const report = await importLines(readFileSync(FIXTURE, 'utf8').split('\n'));
    expect(report.rejected).toHaveLength(7);
    expect(await digest()).toBe(before);
  });

  it('writes a batch line by line when one line breaks a rule, rejecting only that line', async () => {
    const report = await importLines([
      line('fx-dup-employer', 'Company', { name: ['Duplicate Test Employer (fictional)'], keywords: [S, T('Employer')] }),
      line('fx-dup-one', 'Person', { name: ['First Duplicate Identity (fictional)'], keywords: [S, T('StolenIdentity')] }),
      line('fx-dup-two', 'Person', { name: ['Second Duplicate Identity (fictional)'], keywords: [S, T('StolenIdentity')] }),
      line('fx-dup-job', 'Employment', { employer: ['fx-dup-employer'], employee: ['fx-dup-one'], keywords: [S] }),
      // The same employment key for another identity clashes with the first.
      line('fx-dup-job', 'Employment', { employer: ['fx-dup-employer'], employee: ['fx-dup-two'], keywords: [S] }),
    ]);
    expect(report.rejected).toEqual([{ line: 5, reason: expect.stringMatching(/^conflict: .*employment:ftm-fx-dup-job/) }]);
    expect(report.written.Employment).toBe(1);
    expect(report.written.StolenIdentity).toBe(2);
  });

  it('keeps synthetic and real facts apart', async () => {
    const report = await importLines([
      line('fx-mixer', 'Organization', { name: ['Fictional Mixer Front (fictional)'], keywords: [S] }),
      // A synthetic fact may not touch a real organisation of the seeded case.
      line('fx-own-doj', 'Ownership', { owner: ['fx-mixer'], asset: ['org:us-department-of-justice'], keywords: [S] }),
      // An unmarked (real) line cannot rest on the synthetic default source; it is not written.
      line('fx-unmarked', 'Organization', { name: ['Unmarked Example Org (fictional)'] }),
    ]);
    expect(report.rejected).toEqual([
      {
        line: 2,
        reason: 'asset: org:us-department-of-justice is real; a synthetic fact may touch a real entity only when it is a state',
      },
      { line: 3, reason: `proof: required: the default source ${DEFAULT_SOURCE.key} is synthetic, and a real fact needs a real source` },
    ]);
    const [stored] = await h.db
      .executor()
      .read(`MATCH (n:Node) WHERE n.key IN ['org:ftm-fx-mixer', 'org:ftm-fx-unmarked'] RETURN collect(n.key) AS keys`);
    expect(stored?.keys).toEqual(['org:ftm-fx-mixer']);
    await h.db.executor().writeTx((tx) => tx.run(`MATCH (n:Node {key: 'org:ftm-fx-mixer'}) DETACH DELETE n`));
  });

  it('cites a synthetic twin of a real default source for synthetic lines', async () => {
    const report = await importFtmLines(
      h.db.executor(),
      [line('fx-twin', 'Organization', { name: ['Twin Test Org (fictional)'], keywords: [S] })],
      { recordedBy: BY, defaultSource: { key: 'source:ftm-test-real-default', title: 'A real test document', kind: 'OTHER' } },
    );
    expect(report.rejected).toEqual([]);
    const [cited] = await h.db.executor().read(
      `MATCH (:Organization {key: 'org:ftm-fx-twin'})-[:SOURCED_FROM]->(s:Source)
       RETURN s.key AS key, s.title AS title, s.kind AS kind, s.synthetic AS synthetic`,
    );
    expect(cited).toEqual({
      key: 'source:ftm-test-real-default-synthetic',
      title: 'A real test document (synthetic entries)',
      kind: 'SYNTHETIC_DATASET',
      synthetic: true,
    });
    await h.db
      .executor()
      .writeTx((tx) => tx.run(`MATCH (n:Node) WHERE n.key IN ['org:ftm-fx-twin', $key] DETACH DELETE n`, { key: cited?.key }));
  });
});

describe('FtM export', () => {
  it('round-trips the imported graph: export, delete, import the export, same graph', async () => {
    await h.db
      .executor()
      .writeTx((tx) =>
        tx.run(
          `MATCH (n:Node) WHERE n.key STARTS WITH 'identity:ftm-fx-dup' OR n.key = 'employer:ftm-fx-dup-employer'
           DETACH DELETE n`,
        ),
      );
    const before = await digest();
    expect(before.length).toBeGreaterThan(10_000);
    const lines = await collect(exportFtm(h.db.executor(), { fromKey: 'operative:ftm-fx-operative', depth: 6 }));
    const ids = new Set(lines.map((l) => (JSON.parse(l) as Entity).id));
    const [imported] = await h.db.executor().read(
      `MATCH (n:Node {recordedBy: $by}) WHERE NOT n:Identifier RETURN collect(n.key) AS keys`,
      { by: BY },
    );
    expect((imported?.keys as string[]).filter((k) => !ids.has(k))).toEqual([]);

    await removeImported();
    expect(await digest()).toBe('[]');
    const report = await importLines(lines, 7);
    expect(report.rejected).toEqual([]);
    expect(await digest()).toBe(before);
  });

  it('exports the case around an employer: entities within the depth, each reference inside the export', async () => {
    const entities = (await collect(exportFtm(h.db.executor(), { fromKey: 'employer:fictional-widgets', depth: 3 }))).map(
      (l) => JSON.parse(l) as Entity,
    );
    const byId = new Map(entities.map((e) => [e.id, e]));
    for (const id of [
      'source:trailgraph-synthetic-case',
      'employer:fictional-widgets',
      'identity:fictional-jane',
      'identity:fictional-john',
      'operative:fictional-alpha',
      'facilitator:fictional-laptop-host',
      'org:fictional-it-team',
      'wallet:ETH:0x1111111111111111111111111111111111111111',
      'wallet:ETH:0x3333333333333333333333333333333333333333',
      'wallet:ETH:0x4444444444444444444444444444444444444444',
      'employment:fictional-widgets-jane',
      'salary:fictional-widgets-jane-2024-01',
      'transfer:fictional-jane-consolidate-2024-03',
      'transfer:fictional-consolidation-to-front',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    // Four hops away: the other employer, the state and the front company behind the treasury.
    for (const id of ['employer:fictional-cloud', 'state:KP', 'org:fictional-front-trading']) expect(byId.has(id), id).toBe(false);

    expect(byId.get('employer:fictional-widgets')).toMatchObject({
      schema: 'Company',
      properties: { keywords: [S, T('Employer')], proof: ['source:trailgraph-synthetic-case'] },
    });
    expect(byId.get('operative:fictional-alpha')?.properties.position).toEqual(['IT_WORKER']);
    expect(byId.get('salary:fictional-widgets-jane-2024-01')?.properties).toMatchObject({
      payer: ['employer:fictional-widgets'],
      beneficiary: ['wallet:ETH:0x1111111111111111111111111111111111111111', 'identity:fictional-jane'],
      amount: ['8500.00'],
      currency: ['USDC'],
      date: ['2024-01-28T17:00:00Z'],
    });
    // Documents come first, and nothing refers outside the export.
    expect(entities[0]?.schema).toBe('Document');
    const dangling = entities.flatMap((e) => REFERENCES.flatMap((p) => (e.properties[p] ?? []).filter((id) => !byId.has(id))));
    expect(dangling).toEqual([]);
  });

  it('exports the whole graph page by page, counting what FtM has no schema for', async () => {
    const { lines, summary } = createFtmExport(h.db.executor(), {});
    const entities = (await collect(lines)).map((l) => JSON.parse(l) as Entity);
    const ids = new Set(entities.map((e) => e.id));
    expect(ids.has('state:KP') && ids.has('org:us-department-of-justice')).toBe(true);
    expect(summary.written.Document).toBe(entities.filter((e) => e.schema === 'Document').length);
    expect(summary.skipped).toMatchObject({
      'enforcement action FREEZE (no FtM schema)': 2,
      'enforcement action GUILTY_PLEA (no FtM schema)': 5,
    });
    expect(() => createFtmExport(h.db.executor(), { depth: 7 })).toThrow(/depth must be a whole number from 0 to 6/);
  });
});

describe('FtM test data', () => {
  it('is removed again, leaving the seeded case alone', async () => {
    await removeImported();
    const [left] = await h.db.executor().read(
      `MATCH (n:Node) WHERE n.key CONTAINS ':ftm-' OR n.key IN ['state:CH', 'source:iso-3166-1'] OR n.recordedBy = $by
       RETURN collect(n.key) AS keys`,
      { by: BY },
    );
    expect(left?.keys).toEqual([]);
  });
});
