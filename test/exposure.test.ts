import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/store/dataset.js';
import { toGlobalId } from '../src/loaders/index.js';
import { fixture } from './support/fixture.js';
import { createHarness, dataOf, type Harness } from './support/harness.js';

/**
 * The reproductions of issue 9 through GraphQL on the real database: small fictional graphs,
 * one subject each, whose answers test/exposure-engine.test.ts works out by hand. Wallet `n` is
 * the fixture's address n; hours count from 2024-03-01.
 */
const fx = fixture('xpo');
const SRC = 'source:xpo-fiction';
const fiction = { synthetic: true, sourceKeys: [SRC] } as const;
const addr = fx.address;
const W = fx.wallet;
const hour = (h: number) => new Date(Date.UTC(2024, 2, 1, h)).toISOString();

// The DPRK's wallet (through a front it controls), shared by every case: it absorbs what arrives.
const D = 1;
const [S1, M1] = [10, 11];
const [S2, M2, O2, Y2] = [20, 21, 22, 23];
const [S3, S3b, O3, A3, B3] = [30, 31, 32, 33, 34];
const S4 = 40;
const [S6, X6, A6, B6] = [60, 61, 62, 63];
const [S7, H7] = [70, 71];
const PAYEES = Array.from({ length: 40 }, (_, i) => 100 + i);
const WALLETS = [D, S1, M1, S2, M2, O2, Y2, S3, S3b, O3, A3, B3, S4, S6, X6, A6, B6, S7, H7, ...PAYEES];

const transfer = (key: string, from: number, to: number, amount: string, h: number, asset = 'USDC') => ({
  key: `transfer:xpo-${key}`,
  from: W(from),
  to: W(to),
  amount,
  asset,
  at: hour(h),
  index: 0,
  ...fiction,
});

function graph(): Dataset {
  return {
    sources: [{ key: SRC, kind: 'SYNTHETIC_DATASET', title: 'Exposure tests (fictional)', synthetic: true }],
    organizations: [{ key: 'org:xpo-front', name: 'Exposure DPRK Front (fictional)', kind: 'FRONT_COMPANY', ...fiction }],
    wallets: WALLETS.map((n) => ({ chain: 'ETH', address: addr(n), name: `Exposure wallet ${n} (fictional)`, ...fiction })),
    links: [
      { type: 'CONTROLS', from: 'state:KP', to: 'org:xpo-front', ...fiction },
      { type: 'CONTROLS', from: 'org:xpo-front', to: W(D), ...fiction },
    ],
    transfers: [
      // 1: same instant; the onward transfer's key sorts first.
      transfer('1b', S1, M1, '100', 10),
      transfer('1a', M1, D, '100', 10),
      // 2: M holds O's money and pays Y before S's arrives.
      transfer('2a', O2, M2, '300', 0),
      transfer('2b', M2, Y2, '200', 1),
      transfer('2c', S2, M2, '100', 2),
      transfer('2d', M2, D, '200', 3),
      // 3: exact to the last wei, and a HAIRCUT chain through a third.
      transfer('3a', S3, D, '1000001.000000000000000005', 1, 'ETH'),
      transfer('3b', O3, A3, '55', 0, 'ETH'),
      transfer('3c', S3b, A3, '27.5', 1, 'ETH'),
      transfer('3d', A3, B3, '27.5', 2, 'ETH'),
      transfer('3e', B3, D, '13.56', 3, 'ETH'),
      // 4: five wei.
      transfer('4a', S4, D, '0.000000000000000005', 1, 'ETH'),
      // 6: USDC to X, then a USDT path of four hops through X.
      transfer('6a', S6, X6, '100', 1, 'USDC'),
      transfer('6b', S6, A6, '50', 2, 'USDT'),
      transfer('6c', A6, B6, '50', 3, 'USDT'),
      transfer('6d', B6, X6, '50', 4, 'USDT'),
      transfer('6e', X6, D, '50', 5, 'USDT'),
      // 7: a hub that pays forty others before it pays D.
      transfer('7a', S7, H7, '1000', 1),
      ...PAYEES.map((p, i) => transfer(`7p${i}`, H7, p, '20', 2)),
      transfer('7z', H7, D, '5', 3),
    ],
  };
}

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await fx.write(h.db, graph());
});
afterAll(async () => {
  await fx.remove(h.db);
  await h.close();
});

const EXPOSURE = /* GraphQL */ `
  query Exposure($id: ID!, $method: TaintMethod, $maxHops: Int) {
    exposure(id: $id, method: $method, maxHops: $maxHops) {
      complete
      limitsReached { budget limit leftOut }
      outflow { asset amount }
      entries { category asset nearestHops nearestMoneyHops amount directAmount }
    }
  }
`;

const METHODS = ['POISON', 'HAIRCUT', 'FIFO'] as const;

async function exposureOf(wallet: number, method: string, maxHops?: number) {
  const result = await h.run(EXPOSURE, { id: toGlobalId(W(wallet)), method, maxHops });
  expect(result.errors).toBeUndefined();
  return dataOf(result).exposure as {
    complete: boolean;
    limitsReached: unknown[];
    outflow: { asset: string; amount: string }[];
    entries: { category: string; asset: string; nearestHops: number; nearestMoneyHops: number | null; amount: string; directAmount: string }[];
  };
}
const dprk = (r: Awaited<ReturnType<typeof exposureOf>>, asset = 'USDC') =>
  r.entries.find((e) => e.category === 'DPRK_CONTROLLED' && e.asset === asset);

describe('issue 9 reproductions through GraphQL', () => {
  it('1: equal timestamps lose nothing', async () => {
    for (const method of METHODS) {
      const r = await exposureOf(S1, method);
      expect(r.complete).toBe(true);
      expect(dprk(r)).toMatchObject({ amount: '100', nearestHops: 2, nearestMoneyHops: 2 });
    }
  });

  it('2: balances include outflows the money never took', async () => {
    expect(dprk(await exposureOf(S2, 'HAIRCUT'))).toMatchObject({ amount: '100', nearestHops: 2 });
    expect(dprk(await exposureOf(S2, 'FIFO'))).toMatchObject({ amount: '100', nearestHops: 2 });
  });

  it('3: amounts are exact to the last unit', async () => {
    const big = await exposureOf(S3, 'HAIRCUT');
    expect(dprk(big, 'ETH')).toMatchObject({ amount: '1000001.000000000000000005', directAmount: '1000001.000000000000000005' });
    expect(big.outflow).toEqual([{ asset: 'ETH', amount: '1000001.000000000000000005' }]);
    expect(dprk(await exposureOf(S3b, 'HAIRCUT'), 'ETH')).toMatchObject({ amount: '4.52', nearestHops: 3 });
  });

  it('4: a tiny amount is an answer, not an error', async () => {
    for (const method of METHODS) expect(dprk(await exposureOf(S4, method), 'ETH')?.amount).toBe('0.000000000000000005');
  });

  it('6: one asset never makes another reachable, and maxHops holds', async () => {
    for (const method of METHODS) expect((await exposureOf(S6, method, 3)).entries).toEqual([]);
    expect(dprk(await exposureOf(S6, 'HAIRCUT', 4), 'USDT')).toMatchObject({ amount: '50', nearestHops: 4 });
  });

  it('7: a hub paying many others is read whole and the answer is complete', async () => {
    const want = { POISON: '1000', HAIRCUT: '5', FIFO: '5' };
    for (const method of METHODS) {
      const r = await exposureOf(S7, method);
      expect(r).toMatchObject({ complete: true, limitsReached: [] });
      expect(dprk(r)).toMatchObject({ amount: want[method], nearestHops: 2, nearestMoneyHops: 2 });
    }
  });
});
