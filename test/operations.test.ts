import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSdn } from '../src/import/ofac/import-sdn.js';
import { toGlobalId } from '../src/loaders/index.js';
import { buildSchema } from '../src/schema.js';
import { createHarness, dataOf, removeSdnImports, type Harness } from './support/harness.js';

const DIR = fileURLToPath(new URL('../docs/operations/', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.graphql'));

type Data = Record<string, any>;

/** What each documented operation must return on the seeded case, with its variables. */
const EXPECTATIONS: Record<string, { variables: Record<string, unknown>; check: (data: Data) => void }> = {
  'employer-salary-to-dprk.graphql': {
    variables: { name: 'Example Widgets' },
    check: (data) => {
      const employer = data.employers.edges[0].node;
      expect(employer.name).toBe('Example Widgets Inc. (fictional)');
      const payment = employer.salaryPayments.edges[0].node;
      expect(payment).toMatchObject({ amount: '8500.00', asset: 'USDC' });
      const hop1 = payment.wallet.outgoingTransfers.edges.map((e: Data) => e.node);
      const consolidation = hop1.find((t: Data) => t.to.controller[0].name === 'Operative Alpha (fictional)');
      const hop2 = consolidation.to.outgoingTransfers.edges.map((e: Data) => e.node);
      const toFront = hop2.find((t: Data) => t.amount === '45000.00');
      expect(toFront.to.controller[0]).toEqual({
        __typename: 'Organization',
        name: 'Sample Front Trading Co. (fictional)',
        kind: 'FRONT_COMPANY',
        controlledBy: [{ __typename: 'State', name: "Democratic People's Republic of Korea" }],
      });
    },
  },
  'wallet-transfers.graphql': {
    variables: { chain: 'ETH', address: '0x3333333333333333333333333333333333333333' },
    check: (data) => {
      const page = data.wallet.transfers;
      // Three salaries of 8200 consolidated in, one 45000 out to the front; 7200s and the 1200 decoy fall below.
      expect(page.totalCount).toBe(4);
      expect(page.edges.map((e: Data) => e.node.amount)).toEqual(['45000.00', '8200.00', '8200.00', '8200.00']);
      expect(page.countsBy).toEqual([
        { value: '2024-01', count: 1 },
        { value: '2024-02', count: 1 },
        { value: '2024-03', count: 1 },
        { value: '2024-04', count: 1 },
      ]);
    },
  },
  'screen.graphql': {
    variables: {
      items: [
        { name: 'Kim Sangman', dateOfBirth: '1965' },
        { address: '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ', chain: 'BTC' },
      ],
    },
    check: (data) => {
      const [name, address] = data.screen.results;
      expect(name.candidates[0]).toMatchObject({
        score: 1,
        matchedBy: 'NAME',
        node: { __typename: 'Person', name: 'KIM, Sang Man' },
        features: { exactName: true, dateOfBirth: 'MATCH' },
        sanctions: [{ route: 'DESIGNATED', programs: ['DPRK4'], status: 'COMPLETED' }],
      });
      expect(address).toMatchObject({ status: 'MATCH', candidates: [{ matchedBy: 'EXACT_ADDRESS', sanctions: [{ route: 'LISTED_ADDRESS' }] }] });
    },
  },
  'search.graphql': {
    variables: { query: 'north korea' },
    check: (data) => {
      expect(data.search.edges[0].node).toMatchObject({ __typename: 'State', aliases: ['North Korea', 'DPRK'] });
    },
  },
  'enforcement-actions.graphql': {
    variables: { kinds: ['FORFEITURE_COMPLAINT', 'FREEZE', 'GUILTY_PLEA', 'SEIZURE'] },
    check: (data) => {
      expect(data.enforcementActions.totalCount).toBe(8);
      const forfeiture = data.enforcementActions.edges.find((e: Data) => e.node.kind === 'FORFEITURE_COMPLAINT').node;
      expect(forfeiture).toMatchObject({ amountUsd: '7740000', authority: { name: 'U.S. Department of Justice' } });
      expect(forfeiture.sources.length).toBe(2);
    },
  },
  'wallet-neighbourhood.graphql': {
    variables: { chain: 'ETH', address: '0x3333333333333333333333333333333333333333' },
    check: (data) => {
      expect(data.wallet.controller).toEqual([{ __typename: 'Operative', name: 'Operative Alpha (fictional)' }]);
      expect(data.wallet.incomingTransfers.totalCount).toBe(6);
      expect(data.wallet.outgoingTransfers.totalCount).toBe(2);
    },
  },
  'sanctioned-entity.graphql': {
    variables: { name: 'lazarus' },
    check: (data) => {
      const lazarus = data.search.edges[0].node;
      expect(lazarus.name).toBe('LAZARUS GROUP');
      expect(lazarus.stateTies).toEqual([
        {
          reason: 'DESIGNATED_UNDER_PROGRAM',
          state: { name: "Democratic People's Republic of Korea", isoCode: 'KP' },
          via: null,
        },
      ]);
      expect(lazarus.wallets.totalCount).toBeGreaterThan(0);
      expect(lazarus.enforcementActions[0]).toMatchObject({
        kind: 'SANCTION_DESIGNATION',
        programs: ['DPRK3'],
        authority: { name: 'Office of Foreign Assets Control' },
        sources: [{ publishedOn: '2024-05-03' }],
      });
    },
  },
  'record-wallet.graphql': {
    variables: {
      chain: 'ETH',
      address: '0xFB6916095CA1DF60BB79CE92CE3EA74C37C5D359',
      sourceId: toGlobalId('source:trailgraph-synthetic-case'),
      synthetic: true,
    },
    check: (data) => {
      expect(data.upsertWallet).toMatchObject({
        chain: 'ETH',
        address: '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
        synthetic: true,
        sources: [{ title: expect.stringContaining('synthetic') }],
      });
    },
  },
  'money-trails.graphql': {
    variables: { from: toGlobalId('employer:fictional-widgets'), maxHops: 6 },
    check: (data) => {
      const best = data.moneyTrails.edges[0].node;
      expect(best).toMatchObject({ length: 3, bottleneck: '8200.00', asset: 'USDC' });
      expect(best.controlChain.map((c: Data) => c.name)).toEqual([
        'Sample Front Trading Co. (fictional)',
        "Democratic People's Republic of Korea",
      ]);
    },
  },
  'exposure.graphql': {
    variables: { id: toGlobalId(`wallet:ETH:0x${'1'.repeat(40)}`), method: 'HAIRCUT' },
    check: (data) => {
      // Jane's 3 × 8200 are 24600 of the 46200 consolidated; 45000 of that went to the front.
      const dprk = data.exposure.entries.find((e: Data) => e.category === 'DPRK_CONTROLLED');
      expect(data.exposure.outflow).toEqual([{ asset: 'USDC', amount: '25500' }]);
      expect(dprk).toMatchObject({ nearestHops: 2, directAmount: '0' });
      expect(Number(dprk.amount)).toBeCloseTo((24600 / 46200) * 45000, 6);
    },
  },
  'state-network.graphql': {
    variables: { id: 'c3RhdGU6S1A' },
    check: (data) => {
      expect(data.node.organizations.totalCount).toBe(2);
      const front = data.node.organizations.edges.find((e: Data) => e.node.kind === 'FRONT_COMPANY').node;
      expect(front.wallets.edges).toEqual([
        { node: { chain: 'ETH', address: '0x4444444444444444444444444444444444444444' } },
      ]);
    },
  },
};

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  // Real entries for the sanctions example: a sample of the list, removed afterwards.
  const sample = fileURLToPath(new URL('./fixtures/ofac/sdn-sample.csv', import.meta.url));
  await importSdn(h.db.executor({ timeoutMs: 120_000 }), { file: sample, publishedOn: '2024-05-03' });
});
afterAll(async () => {
  await removeSdnImports(h.db);
  await h.db.executor().writeTx((tx) =>
    tx.run("MATCH (w:Wallet {key: 'wallet:ETH:0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359'}) DETACH DELETE w"),
  );
  await h.close();
});

describe('docs/operations', () => {
  it('has an expectation for every documented operation, and a file for every expectation', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTATIONS).sort());
  });

  const schema = buildSchema();
  it.each(files)('%s is valid against the schema and returns what it promises', async (file) => {
    const text = readFileSync(`${DIR}${file}`, 'utf8');
    expect(validate(schema, parse(text))).toEqual([]);
    const expectation = EXPECTATIONS[file];
    if (!expectation) throw new Error(`No expectation for ${file}`);
    expectation.check(dataOf(await h.run(text, expectation.variables)));
  });
});
