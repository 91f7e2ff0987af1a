import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSdn } from '../src/import/ofac/import-sdn.js';
import { seedAll } from '../seed/index.js';
import { toGlobalId } from '../src/loaders/index.js';
import { createHarness, dataOf, removeSdnImports, type Harness } from './support/harness.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'ofac', 'sdn-sample.csv');
const LIST_DATE = '2024-05-03';

let h: Harness;
let scratch: string;
beforeAll(async () => {
  h = await createHarness();
  scratch = await mkdtemp(path.join(tmpdir(), 'trailgraph-ofac-'));
});
afterAll(async () => {
  await removeSdnImports(h.db);
  await h.close();
  await rm(scratch, { recursive: true, force: true });
});

async function graphCounts() {
  const [row] = await h.db.executor().read(
    `CALL { MATCH (n) RETURN count(n) AS nodes }
     CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL { MATCH (w:Wallet) RETURN count(w) AS wallets, count(DISTINCT [w.chain, toLower(w.address)]) AS distinctWallets }
     RETURN nodes, relationships, wallets, distinctWallets`,
  );
  return row;
}

const id = (key: string) => toGlobalId(key);

describe('OFAC SDN importer', () => {
  it('imports every entry of the sample with its facts, and rejects what it cannot trust', async () => {
    const report = await importSdn(h.db.executor({ timeoutMs: 120_000 }), { file: FIXTURE, publishedOn: LIST_DATE });
    expect(report.entries).toEqual({ individual: 10, entity: 11, vessel: 3, aircraft: 2 });
    expect(report.written).toMatchObject({ Person: 10, Craft: 5, EnforcementAction: 26, Source: 1 });
    // The sample's own organisations plus the OFAC authority.
    expect(report.written.Organization).toBe(12);
    const reasons = report.rejected.map((r) => `${r.entNum}: ${r.reason}`);
    expect(reasons).toContain('27307: remarks cut at the 1000-character column limit; fact incomplete');
    expect(reasons).toContain('7940: unknown country "possibly Palestinian"');
    // KANG, Song Nam links to a name two entries of the full list share; in the sample it is absent.
    expect(reasons).toContain('20130: names no entry of this list');
  });

  it('records wallets on their chains, controlled by the entry and found from any letter case', async () => {
    const data = dataOf(
      await h.run(
        `query($a: String!) {
          wallet(chain: ETH, address: $a) { chain address controller { __typename name } sources { kind title } }
        }`,
        { a: '0x098b716b8aaf21512996dc57eb0615e2383e2f96' },
      ),
    );
    expect(data.wallet).toEqual({
      chain: 'ETH',
      address: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96',
      controller: [{ __typename: 'Organization', name: 'LAZARUS GROUP' }],
      sources: [{ kind: 'SANCTIONS_LIST', title: `OFAC Specially Designated Nationals and Blocked Persons List (${LIST_DATE})` }],
    });
    const search = dataOf(await h.run('{ search(query: "0X098B716B8AAF21512996DC57EB0615E2383E2F96") { totalCount } }'));
    expect(search.search.totalCount).toBe(1);
  });

  it('ties entries to the DPRK with the reason, keeping links to North Korean entries apart', async () => {
    const ties = async (key: string) => {
      const data = dataOf(
        await h.run(
          `query($id: ID!) { node(id: $id) {
            ... on Person { stateTies { state { isoCode } reason via { ... on Entity { name } ... on Identifier { value } } } }
            ... on Organization { stateTies { state { isoCode } reason via { ... on Entity { name } } } }
          } }`,
          { id: id(key) },
        ),
      );
      return (data.node.stateTies as { state: { isoCode: string }; reason: string; via: unknown }[]).filter(
        (t) => t.state.isoCode === 'KP',
      );
    };
    // Designated under DPRK3.
    expect(await ties('org:ofac-27307')).toEqual([{ state: { isoCode: 'KP' }, reason: 'DESIGNATED_UNDER_PROGRAM', via: null }]);
    // A North Korean bank listed under NPWMD, subject to the North Korea Sanctions Regulations.
    expect(await ties('org:ofac-11581')).toEqual([{ state: { isoCode: 'KP' }, reason: 'DESIGNATED_UNDER_PROGRAM', via: null }]);
    // Nationality, and a link to that bank, each its own reason.
    expect(await ties('person:ofac-21744')).toEqual(
      expect.arrayContaining([
        { state: { isoCode: 'KP' }, reason: 'NATIONALITY', via: null },
        { state: { isoCode: 'KP' }, reason: 'LINKED_ENTITY', via: { name: 'KOREA KWANGSON BANKING CORP' } },
      ]),
    );
    // Passports the DPRK issued.
    expect((await ties('person:ofac-43377')).map((t) => t.reason)).toContain('IDENTITY_DOCUMENT');
    // A Russian company linked to a DPRK-designated one is linked, not North Korean.
    const alis = await ties('org:ofac-48260');
    expect(alis.map((t) => t.reason)).toEqual(expect.arrayContaining(['DESIGNATED_UNDER_PROGRAM', 'LINKED_ENTITY']));
    expect(alis.map((t) => t.reason)).not.toContain('NATIONALITY');
  });

  it('reaches the DPRK from a wallet along relationships that say why', async () => {
    const rows = await h.db.executor().read(
      `MATCH (w:Wallet {key: $wallet}), (kp:State {key: 'state:KP'})
       MATCH p = SHORTEST 1 (w)-[*..3]-(kp)
       RETURN [r IN relationships(p) | type(r)] AS types`,
      { wallet: 'wallet:ETH:0x098b716b8aaf21512996dc57eb0615e2383e2f96' },
    );
    expect(rows[0]?.types).toEqual(['CONTROLS', 'DESIGNATED_UNDER']);
  });

  it('changes nothing when the same list is imported again', async () => {
    const before = await graphCounts();
    const report = await importSdn(h.db.executor({ timeoutMs: 120_000 }), { file: FIXTURE, publishedOn: LIST_DATE });
    expect(report.withdrawn).toBe(0);
    expect(await graphCounts()).toEqual(before);
    expect(before?.wallets).toBe(before?.distinctWallets);
  });

  it('updates what a later list changed, withdraws what it dropped, and refuses an older list', async () => {
    const lines = (await readFile(FIXTURE, 'latin1')).split('\r\n');
    const later = lines
      .filter((line) => !line.startsWith('36,"AEROCARIBBEAN AIRLINES"'))
      .map((line) => line.replace('"VOLASYS SILVER STAR"', '"VOLASYS SILVER STAR LIMITED"'))
      .join('\r\n');
    const file = path.join(scratch, 'sdn-later.csv');
    await writeFile(file, later, 'latin1');
    const report = await importSdn(h.db.executor({ timeoutMs: 120_000 }), { file, publishedOn: '2024-06-01' });
    expect(report.withdrawn).toBe(1);

    const data = dataOf(
      await h.run(
        `query($volasys: ID!, $aero: ID!) {
          volasys: node(id: $volasys) { ... on Organization { name sources { title } } }
          aero: node(id: $aero) { ... on Organization { enforcementActions { status } } }
        }`,
        { volasys: id('org:ofac-24978'), aero: id('org:ofac-36') },
      ),
    );
    expect(data.volasys.name).toBe('VOLASYS SILVER STAR LIMITED');
    expect(data.volasys.sources).toHaveLength(2);
    expect(data.aero.enforcementActions).toEqual([{ status: 'WITHDRAWN' }]);

    await expect(importSdn(h.db.executor(), { file: FIXTURE, publishedOn: LIST_DATE })).rejects.toThrow(
      /already imported/,
    );
  });

  it('the seed keeps a newer list than the bundled one instead of failing', async () => {
    const log: string[] = [];
    await seedAll(h.db.executor({ timeoutMs: 120_000 }), (msg) => log.push(msg));
    expect(log).toContain('the store holds the SDN list of 2024-06-01, newer than the bundled 2024-05-03; keeping it');
    expect(log.some((line) => line.startsWith('imported every address on the OFAC SDN list of 2024-05-02'))).toBe(true);
  });
});
