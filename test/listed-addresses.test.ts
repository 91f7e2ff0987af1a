import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_ADDRESSES, importListedAddresses } from '../src/import/ofac/import-addresses.js';
import { importSdn } from '../src/import/ofac/import-sdn.js';
import { checkListedAddresses, readListedAddresses } from '../src/import/ofac/listed-addresses.js';
import { toGlobalId } from '../src/loaders/index.js';
import type { Dataset } from '../src/store/dataset.js';
import { writeDataset } from '../src/store/write-dataset.js';
import { graphDigest } from './support/graph-digest.js';
import { createHarness, dataOf, removeSdnImports, type Harness } from './support/harness.js';

/**
 * Every address on the SDN list of 2024-05-02 (the bundled files), after the sample of sdn.csv
 * that names a few of them, and what wallets say about their sanctions afterwards.
 */
const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'ofac', 'sdn-sample.csv');
const LISTED_ON = BUNDLED_ADDRESSES.listedOn;

/** The files read plainly, as a second opinion: asset code → the lines of its file. */
async function linesPerAsset(dir: string): Promise<Map<string, string[]>> {
  const files = (await readdir(dir)).filter((f) => f.startsWith('sanctioned_addresses_'));
  const out = new Map<string, string[]>();
  for (const f of files) {
    const asset = f.slice('sanctioned_addresses_'.length, -'.txt'.length);
    out.set(asset, (await readFile(path.join(dir, f), 'utf8')).split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
  }
  return out;
}

describe('the bundled address files, checked', () => {
  it('reads every line, merges the lines naming one wallet, and reports the two that are no address of their asset', async () => {
    const lines = await readListedAddresses(BUNDLED_ADDRESSES.dir);
    const expected = await linesPerAsset(BUNDLED_ADDRESSES.dir);
    expect(lines).toHaveLength([...expected.values()].flat().length);
    expect(lines).toHaveLength(599);
    expect(new Set(lines.map((l) => l.address)).size).toBe(586);

    const { wallets, rejected } = checkListedAddresses(lines);
    expect(rejected.map((r) => [r.asset, r.address, r.reason])).toEqual([
      ['XBT', 'TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq', 'not a BTC address: unknown version byte 0x41'],
      ['XMR', '5be5543ff73456ab9f2d207887e2af87322c651ea1a873c5b25b7ffae456c320', 'not an XMR address: 64 characters, expected 95 or 106'],
    ]);
    // Per asset: every line of its file is a wallet listing that asset, or a rejected line.
    for (const [asset, assetLines] of expected) {
      const listing = wallets.filter((w) => w.assets.includes(asset)).length;
      const refused = rejected.filter((r) => r.asset === asset).length;
      expect(listing + refused, asset).toBe(new Set(assetLines).size);
    }
    const eth = wallets.find((w) => w.key === 'wallet:ETH:0x983a81ca6fb1e441266d2fbcb7d8e530ac2e05a2');
    expect(eth?.assets).toEqual(['ETH', 'USDC', 'USDT']);
    // Omni-layer USDT lives on bitcoin: one wallet with both codes.
    expect(wallets.find((w) => w.key === 'wallet:BTC:1CF46Rfbp97absrs7zb7dFfZS6qBXUm9EP')?.assets).toEqual(['USDT', 'XBT']);
    // One address, three chains (ETH, ARB, BSC): three wallets.
    expect(wallets.filter((w) => w.address === '0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c').map((w) => w.chain).sort()).toEqual([
      'ARB',
      'BSC',
      'ETH',
    ]);
    expect(wallets.find((w) => w.chain === 'BSV')?.address).toBe('12sjrrhoFEsedNRhtgwvvRqjFTh8fZTDX9');
    expect(wallets.find((w) => w.chain === 'XRP')?.address).toBe('rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66');
  });
});

describe('importing them', () => {
  let h: Harness;
  let scratch: string;
  beforeAll(async () => {
    h = await createHarness();
    scratch = await mkdtemp(path.join(tmpdir(), 'trailgraph-addresses-'));
    await importSdn(h.db.executor({ timeoutMs: 120_000 }), { file: FIXTURE, publishedOn: '2024-05-03' });
  });
  afterAll(async () => {
    await h.db.executor().writeTx((tx) => tx.run("MATCH (n:Node) WHERE n.key CONTAINS ':lst-' DETACH DELETE n"));
    await removeSdnImports(h.db);
    await h.close();
    await rm(scratch, { recursive: true, force: true });
  });

  const importBundled = () => importListedAddresses(h.db.executor({ timeoutMs: 120_000 }), BUNDLED_ADDRESSES);

  it('makes every checked line a listed wallet, its owner the entry sdn.csv names or none', async () => {
    const report = await importBundled();
    const expected = await linesPerAsset(BUNDLED_ADDRESSES.dir);
    expect(report.lines).toEqual(Object.fromEntries([...expected].map(([asset, lines]) => [asset, lines.length])));
    expect(report.rejected).toHaveLength(2);
    // The sample names 26 of them (LAZARUS GROUP's and others').
    expect(report.withOwner).toBeGreaterThan(0);

    const [row] = await h.db.executor().read(
      `MATCH (w:Wallet)-[:SOURCED_FROM]->(:Source {key: $source})
       RETURN count(w) AS wallets,
              sum(CASE WHEN EXISTS { (w)<-[:CONTROLS]-() } THEN 1 ELSE 0 END) AS owned,
              sum(CASE WHEN EXISTS { (w)<-[:TARGETS]-(:EnforcementAction {kind: 'SANCTION_DESIGNATION', status: 'COMPLETED'}) }
                  THEN 1 ELSE 0 END) AS designated`,
      { source: `source:ofac-addresses-${LISTED_ON}` },
    );
    expect(row).toEqual({ wallets: report.wallets, owned: report.withOwner, designated: report.wallets });
    for (const [asset, lines] of expected) {
      const [counted] = await h.db.executor().read(
        `MATCH (w:Wallet)-[:SOURCED_FROM]->(:Source {key: $source}) WHERE $asset IN w.assets RETURN count(w) AS n`,
        { source: `source:ofac-addresses-${LISTED_ON}`, asset },
      );
      const refused = report.rejected.filter((r) => r.asset === asset).length;
      expect(Number(counted?.n) + refused, asset).toBe(new Set(lines).size);
    }
  });

  const WALLET = `query($chain: Chain!, $address: String!) {
    wallet(chain: $chain, address: $address) {
      name assets listed controller { name }
      enforcementActions { title }
      sanctions {
        route inForce status listVersion programs
        designated { __typename name }
        controlChain { name }
        designation { title }
        list { title }
      }
    }
  }`;
  const wallet = async (chain: string, address: string) => dataOf(await h.run(WALLET, { chain, address })).wallet;

  it('a listed address of an entry: named for its chain and owner, designated with it', async () => {
    const lazarus = await wallet('ETH', '0x098B716B8Aaf21512996dC57EB0615e2383E2f96');
    expect(lazarus).toMatchObject({
      name: 'Ethereum address of LAZARUS GROUP',
      assets: ['ETH'],
      listed: true,
      controller: [{ name: 'LAZARUS GROUP' }],
      enforcementActions: [{ title: 'OFAC SDN designation: LAZARUS GROUP' }],
    });
    expect(lazarus.sanctions).toEqual([
      {
        route: 'LISTED_ADDRESS',
        inForce: true,
        status: 'COMPLETED',
        listVersion: '2024-05-03',
        programs: expect.arrayContaining(['DPRK3']),
        designated: { __typename: 'Organization', name: 'LAZARUS GROUP' },
        controlChain: [],
        designation: { title: 'OFAC SDN designation: LAZARUS GROUP' },
        list: { title: 'OFAC Specially Designated Nationals and Blocked Persons List (2024-05-03)' },
      },
    ]);
  });

  it('an address whose owner the list does not name: listed on its own, without an owner, one wallet for three assets', async () => {
    const unowned = await wallet('ETH', '0x983a81ca6FB1e441266D2FbcB7D8E530AC2E05A2');
    expect(unowned).toMatchObject({
      name: 'Ethereum address on the OFAC SDN list (owner not named)',
      assets: ['ETH', 'USDC', 'USDT'],
      listed: true,
      controller: [],
    });
    expect(unowned.sanctions).toEqual([
      {
        route: 'LISTED_ADDRESS',
        inForce: true,
        status: 'COMPLETED',
        listVersion: LISTED_ON,
        programs: [],
        designated: { __typename: 'Wallet', name: 'Ethereum address on the OFAC SDN list (owner not named)' },
        controlChain: [],
        designation: { title: 'OFAC SDN listing of Ethereum address 0x983a81ca6fb1e441266d2fbcb7d8e530ac2e05a2 (owner not named in sdn.csv)' },
        list: { title: `OFAC SDN list: every digital currency address (${LISTED_ON})` },
      },
    ]);
    const bsv = await wallet('BSV', '12sjrrhoFEsedNRhtgwvvRqjFTh8fZTDX9');
    expect(bsv.assets).toEqual(['BSV']);
  });

  it('finds a listed address by search and by the asset filter', async () => {
    const data = dataOf(
      await h.run(`{
        search(query: "0x983a81ca6fb1e441266d2fbcb7d8e530ac2e05a2", types: [WALLET]) { totalCount }
        wallets(filter: { assets: ["usdc"] }) { totalCount }
      }`),
    );
    expect(data.search.totalCount).toBe(1);
    const usdc = (await linesPerAsset(BUNDLED_ADDRESSES.dir)).get('USDC')!;
    expect(data.wallets.totalCount).toBeGreaterThanOrEqual(new Set(usdc).size);
  });

  it('changes nothing when imported again', async () => {
    const before = await graphDigest(h.db.executor());
    const report = await importBundled();
    expect(report.withdrawn).toBe(0);
    expect(await graphDigest(h.db.executor())).toEqual(before);
  });

  it('a later list withdraws the listing of an address it dropped, and an older list is refused', async () => {
    const dir = path.join(scratch, 'later');
    await cp(BUNDLED_ADDRESSES.dir, dir, { recursive: true });
    const file = path.join(dir, 'sanctioned_addresses_BSV.txt');
    await writeFile(file, '');
    const report = await importListedAddresses(h.db.executor({ timeoutMs: 120_000 }), { dir, listedOn: '2024-06-01' });
    expect(report.withdrawn).toBe(1);
    const bsv = await wallet('BSV', '12sjrrhoFEsedNRhtgwvvRqjFTh8fZTDX9');
    expect(bsv.sanctions).toMatchObject([{ route: 'LISTED_ADDRESS', inForce: false, status: 'WITHDRAWN', listVersion: LISTED_ON }]);
    const eth = await wallet('ETH', '0x983a81ca6FB1e441266D2FbcB7D8E530AC2E05A2');
    expect(eth.sanctions).toMatchObject([{ inForce: true, listVersion: '2024-06-01' }]);
    await expect(importBundled()).rejects.toThrow(/already imported/);
  });
});

describe('sanctions through a chain of control', () => {
  let h: Harness;
  const SRC = 'source:lst-fiction';
  const fiction = { synthetic: true, sourceKeys: [SRC] } as const;
  const address = '0xab000000000000000000000000000000000000f1';
  beforeAll(async () => {
    h = await createHarness();
    const data: Dataset = {
      sources: [{ key: SRC, kind: 'SYNTHETIC_DATASET', title: 'Sanction routes (fictional)', synthetic: true }],
      operatives: [{ key: 'operative:lst-boss', name: 'Listed Boss (fictional)', role: 'IT_WORKER', ...fiction }],
      organizations: [
        { key: 'org:lst-holding', name: 'Route Holding (fictional)', kind: 'FRONT_COMPANY', ...fiction },
        { key: 'org:lst-front', name: 'Route Front (fictional)', kind: 'FRONT_COMPANY', ...fiction },
        { key: 'org:lst-office', name: 'Route Sanctions Office (fictional)', kind: 'AGENCY', ...fiction },
      ],
      wallets: [{ chain: 'ETH', address, name: 'Route wallet (fictional)', ...fiction }],
      links: [
        { type: 'CONTROLS', from: 'operative:lst-boss', to: 'org:lst-holding', ...fiction },
        { type: 'CONTROLS', from: 'org:lst-holding', to: 'org:lst-front', ...fiction },
        { type: 'CONTROLS', from: 'org:lst-front', to: `wallet:ETH:${address}`, ...fiction },
      ],
      enforcementActions: [
        {
          key: 'action:lst-boss',
          kind: 'SANCTION_DESIGNATION',
          title: 'Designation of the boss (fictional)',
          status: 'COMPLETED',
          authority: 'org:lst-office',
          programs: ['FICTION1'],
          targets: ['operative:lst-boss'],
          ...fiction,
        },
        {
          key: 'action:lst-front-pending',
          kind: 'SANCTION_DESIGNATION',
          title: 'Proposed designation of the front (fictional)',
          status: 'PENDING',
          authority: 'org:lst-office',
          targets: ['org:lst-front'],
          ...fiction,
        },
      ],
    };
    await h.db.executor().writeTx((tx) => writeDataset(tx, data, 'test'));
  });
  afterAll(async () => {
    await h.db.executor().writeTx((tx) =>
      tx.run("MATCH (n:Node) WHERE n.key CONTAINS ':lst-' OR n.key = $wallet DETACH DELETE n", { wallet: `wallet:ETH:${address}` }),
    );
    await h.close();
  });

  it('a wallet three links below a designated person is covered, with the chain; a pending designation is shown, not in force', async () => {
    const data = dataOf(
      await h.run(
        `query($w: ID!, $boss: ID!) {
          w: node(id: $w) { ... on Wallet { listed sanctions { route inForce status designated { name } controlChain { name } designation { title } listVersion } } }
          boss: node(id: $boss) { ... on Operative { sanctions { route designated { name } controlChain { name } } } }
        }`,
        { w: toGlobalId(`wallet:ETH:${address}`), boss: toGlobalId('operative:lst-boss') },
      ),
    );
    // Covered, but not listed: no list names its address.
    expect(data.w.listed).toBe(false);
    expect(data.w.sanctions).toEqual([
      {
        route: 'CONTROLLER_DESIGNATED',
        inForce: true,
        status: 'COMPLETED',
        designated: { name: 'Listed Boss (fictional)' },
        controlChain: [{ name: 'Route Front (fictional)' }, { name: 'Route Holding (fictional)' }, { name: 'Listed Boss (fictional)' }],
        designation: { title: 'Designation of the boss (fictional)' },
        listVersion: null,
      },
      {
        route: 'CONTROLLER_DESIGNATED',
        inForce: false,
        status: 'PENDING',
        designated: { name: 'Route Front (fictional)' },
        controlChain: [{ name: 'Route Front (fictional)' }],
        designation: { title: 'Proposed designation of the front (fictional)' },
        listVersion: null,
      },
    ]);
    expect(data.boss.sanctions).toEqual([{ route: 'DESIGNATED', designated: { name: 'Listed Boss (fictional)' }, controlChain: [] }]);
  });
});
