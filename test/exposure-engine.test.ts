import { describe, expect, it } from 'vitest';
import { inFlowOrder } from '../src/domain/trails/flow-order.js';
import { exposure } from '../src/domain/trails/exposure.js';
import { DEFAULT_EXPOSURE_BUDGET } from '../src/domain/trails/money-read.js';
import { add, compare, div, mul, parseDecimal, sub, toDecimalTowardZero, toNumber } from '../src/domain/trails/rational.js';
import type { Hop, LedgerRequest } from '../src/domain/trails/types.js';
import { MemoryMoneyGraph } from './support/memory-money-graph.js';
import { categoriesOf, expose, figures, reference, transfers, world } from './support/money-world.js';

/**
 * The exposure engine on in-memory graphs (no database): the reproductions of issue 9, worked
 * cases for each method, and the rules docs/money-semantics.md ("Exposure") states. Wallets named
 * D are the DPRK's, X sanctioned; times are hours.
 */

const entry = (r: Awaited<ReturnType<typeof expose>>, category: string, asset = 'USDC') =>
  r.entries.find((e) => e.category === category && e.asset === asset);

const METHODS = ['POISON', 'HAIRCUT', 'FIFO'] as const;

describe('issue 9 reproductions', () => {
  it('1: equal timestamps replay in flow order, so nothing is lost', async () => {
    // The onward transfer's key sorts first; it still waits for the money to arrive.
    const w = world(transfers('S>M 100 @10 #b', 'M>D 100 @10 #a'));
    for (const method of METHODS) {
      expect(entry(await expose(w, 'S', method), 'DPRK_CONTROLLED')).toMatchObject({
        amount: '100',
        nearestHops: 2,
        nearestMoneyHops: 2,
      });
    }
  });

  it('2: balances count outflows made before the money arrived or going elsewhere', async () => {
    const w = world(transfers('O>M 300 @0', 'M>Y 200 @1', 'S>M 100 @2', 'M>D 200 @3'));
    // M holds 200 when it pays D, 100 of them S's: HAIRCUT 200 × 100/200, FIFO O's 100 then S's 100.
    expect(entry(await expose(w, 'S', 'HAIRCUT'), 'DPRK_CONTROLLED')).toMatchObject({ amount: '100', nearestHops: 2 });
    expect(entry(await expose(w, 'S', 'FIFO'), 'DPRK_CONTROLLED')).toMatchObject({ amount: '100', nearestMoneyHops: 2 });
    expect(entry(await expose(w, 'S', 'POISON'), 'DPRK_CONTROLLED')).toMatchObject({ amount: '100' });
  });

  it('3: arithmetic is exact to the last unit', async () => {
    const big = world(transfers('S>D 1000001.000000000000000005 @1 ETH'));
    expect(entry(await expose(big, 'S', 'HAIRCUT'), 'DPRK_CONTROLLED', 'ETH')?.amount).toBe('1000001.000000000000000005');
    // A holds 82.5, a third S's: 27.5 to B carries 9.1666…; B sends 13.56 of its 27.5 to D: 4.52.
    const chain = world(transfers('O>A 55 @0 ETH', 'S>A 27.5 @1 ETH', 'A>B 27.5 @2 ETH', 'B>D 13.56 @3 ETH'));
    expect(entry(await expose(chain, 'S', 'HAIRCUT'), 'DPRK_CONTROLLED', 'ETH')?.amount).toBe('4.52');
  });

  it('4: tiny and huge amounts print as plain decimals', async () => {
    const w = world(transfers('S>D 0.000000000000000005 @1 ETH', 'S>X 1000000000000000000000 @1 ETH'));
    const r = await expose(w, 'S', 'HAIRCUT');
    expect(entry(r, 'DPRK_CONTROLLED', 'ETH')?.amount).toBe('0.000000000000000005');
    expect(entry(r, 'SANCTIONED', 'ETH')?.amount).toBe('1000000000000000000000');
    expect(r.outflow.get('ETH')).toBe('1000000000000000000000.000000000000000005');
  });

  it("6: one asset's hops never make another reachable, and maxHops holds", async () => {
    const w = world(transfers('S>X0 100 @1 USDC', 'S>A 50 @2 USDT', 'A>B 50 @3 USDT', 'B>X0 50 @4 USDT', 'X0>D 50 @5 USDT'));
    for (const method of METHODS) expect((await expose(w, 'S', method, 3)).entries).toEqual([]);
    expect(entry(await expose(w, 'S', 'HAIRCUT', 4), 'DPRK_CONTROLLED', 'USDT')).toMatchObject({ amount: '50', nearestHops: 4 });
  });

  it('7: a hub paying many others is read whole, so the answer is complete', async () => {
    const others = Array.from({ length: 40 }, (_, i) => `H>P${i} 20 @2`);
    const w = world(transfers('S>H 1000 @1', ...others, 'H>D 5 @3'));
    const want = { POISON: '1000', HAIRCUT: '5', FIFO: '5' };
    for (const method of METHODS) {
      const r = await expose(w, 'S', method);
      expect(r).toMatchObject({ complete: true, limitsReached: [] });
      expect(entry(r, 'DPRK_CONTROLLED')).toMatchObject({ amount: want[method], nearestHops: 2 });
    }
  });
});

describe('each method, worked by hand', () => {
  // O's 300 reach M first; S sends 100 to M and 20 straight to D; M pays D 200, then X 200.
  const w = world(transfers('O>M 300 @0', 'S>M 100 @1', 'M>D 200 @2', 'M>X 200 @3', 'S>D 20 @4'));

  it('POISON counts each outflow that leads to the category in full', async () => {
    const r = await expose(w, 'S', 'POISON');
    expect(r.outflow).toEqual(new Map([['USDC', '120']]));
    expect(figures(r)).toEqual([
      { category: 'DPRK_CONTROLLED', asset: 'USDC', nearestHops: 1, nearestMoneyHops: 1, amount: '120', directAmount: '20' },
      { category: 'SANCTIONED', asset: 'USDC', nearestHops: 2, nearestMoneyHops: 2, amount: '100', directAmount: '0' },
    ]);
    expect(entry(r, 'DPRK_CONTROLLED')?.share).toBe(1);
  });

  it('HAIRCUT shares each outflow pro rata to the balance', async () => {
    // M holds 400, 100 S's: 200 to D carries 50; 200 left, 50 S's, all to X.
    const r = await expose(w, 'S', 'HAIRCUT');
    expect(figures(r)).toEqual([
      { category: 'DPRK_CONTROLLED', asset: 'USDC', nearestHops: 1, nearestMoneyHops: 1, amount: '70', directAmount: '20' },
      { category: 'SANCTIONED', asset: 'USDC', nearestHops: 2, nearestMoneyHops: 2, amount: '50', directAmount: '0' },
    ]);
    expect(entry(r, 'DPRK_CONTROLLED')?.share).toBeCloseTo(70 / 120, 12);
  });

  it('FIFO spends the oldest money first', async () => {
    // 200 to D is all O's; 200 to X is O's last 100 and S's 100.
    expect(figures(await expose(w, 'S', 'FIFO'))).toEqual([
      { category: 'DPRK_CONTROLLED', asset: 'USDC', nearestHops: 1, nearestMoneyHops: 1, amount: '20', directAmount: '20' },
      { category: 'SANCTIONED', asset: 'USDC', nearestHops: 2, nearestMoneyHops: 2, amount: '100', directAmount: '0' },
    ]);
  });

  it("README's example: mixed money, no direct outflow", async () => {
    const mixed = world(transfers('O>M 300 @0', 'S>M 100 @1', 'M>D 200 @2'));
    const want = { POISON: ['100', 2], HAIRCUT: ['50', 2], FIFO: ['0', null] } as const;
    for (const method of METHODS) {
      const [amount, nearestMoneyHops] = want[method];
      expect(entry(await expose(mixed, 'S', method), 'DPRK_CONTROLLED')).toMatchObject({ amount, nearestHops: 2, nearestMoneyHops });
    }
  });

  it('computes each category on its own: money through a DPRK wallet to a sanctioned one counts for both', async () => {
    const through = world(transfers('S>D 100 @1', 'D>X 100 @2'));
    for (const method of METHODS) {
      expect(figures(await expose(through, 'S', method))).toEqual([
        { category: 'DPRK_CONTROLLED', asset: 'USDC', nearestHops: 1, nearestMoneyHops: 1, amount: '100', directAmount: '100' },
        { category: 'SANCTIONED', asset: 'USDC', nearestHops: 2, nearestMoneyHops: 2, amount: '100', directAmount: '0' },
      ]);
    }
    // Within a category the first wallet absorbs: D to D2 is not counted twice.
    const twice = world(transfers('S>D 100 @1', 'D>D2 100 @2'));
    expect(entry(await expose(twice, 'S', 'HAIRCUT'), 'DPRK_CONTROLLED')).toMatchObject({ amount: '100', nearestHops: 1 });
  });

  it("an entity's outflow is its salaries and its wallets' transfers; money home is not followed", async () => {
    const w2 = world(transfers('A>M 100 @1', 'B>M 50 @1', 'A>B 30 @1', 'M>A 60 @2', 'A>D 60 @3', 'M>D 90 @4'), {
      salaries: [{ key: 's1', employer: 'employer:e', wallet: 'A', amount: '1000', asset: 'USDC', at: 0 }],
      controls: [
        { from: 'employer:e', to: 'org:sub' },
        { from: 'org:sub', to: 'org:sub2' },
        { from: 'org:sub2', to: 'A' },
        { from: 'org:sub2', to: 'B' },
      ],
    });
    // The salary is into its own wallet: not outflow. A>B is between its own wallets: not outflow.
    // M>A is home: the 60 are not followed again. Outflow: 100 + 50 + 60 = 210; A>D is direct.
    const r = await expose(w2, 'employer:e', 'HAIRCUT');
    expect(r.outflow).toEqual(new Map([['USDC', '210']]));
    // M holds 150, all S's, sends 60 home and 90 to D.
    expect(entry(r, 'DPRK_CONTROLLED')).toMatchObject({ amount: '150', directAmount: '60', nearestHops: 1 });
  });

  it("the subject's own wallets are never its destinations", async () => {
    const w2 = world(transfers('D>M 100 @1', 'M>D2 100 @2'));
    const r = await expose(w2, 'D', 'POISON');
    expect(entry(r, 'DPRK_CONTROLLED')).toMatchObject({ amount: '100', nearestHops: 2 });
  });
});

describe('the same-instant rule', () => {
  const hop = (key: string, from: string, to: string, at = 5): Hop => ({
    key,
    kind: 'TRANSFER',
    from,
    to,
    amount: '1',
    asset: 'USDC',
    at,
    txHash: null,
  });

  it('takes, among transfers at one instant, the smallest key whose source has no inflow still to come', () => {
    const order = inFlowOrder([hop('a', 'M', 'D'), hop('b', 'N', 'M'), hop('c', 'S', 'N'), hop('z', 'Q', 'R', 4)]);
    expect(order.map((h) => h.key)).toEqual(['z', 'c', 'b', 'a']);
  });

  it('breaks a cycle at one instant by the smallest key', () => {
    const order = inFlowOrder([hop('b', 'A', 'B'), hop('a', 'B', 'A'), hop('c', 'B', 'C')]);
    // No source is free: take a (B>A); then A is free: b; then c.
    expect(order.map((h) => h.key)).toEqual(['a', 'b', 'c']);
  });

  it('orders FIFO lots that arrive at one instant by that order', async () => {
    // At 5, Q>M has the smallest key, but Q waits for O>Q, which waits for S>O: P>M lands first.
    const w = world(transfers('S>P 10 @1 #e', 'S>O 10 @5 #d', 'O>Q 10 @5 #b', 'Q>M 10 @5 #a', 'P>M 10 @5 #c', 'M>D 10 @6 #f'));
    // M's lots: P's 10 (S's, 2 hops), then Q's 10 (S's, 3 hops): FIFO sends P's on, arriving in 3.
    expect(entry(await expose(w, 'S', 'FIFO'), 'DPRK_CONTROLLED')).toMatchObject({ amount: '10', nearestMoneyHops: 3, nearestHops: 3 });
  });
});

describe('maxHops on mixed money', () => {
  // B holds S's 50 after one hop and S's 100 after two (through A), then sends all 150 to D.
  const w = world(transfers('S>A 100 @1', 'S>B 50 @1', 'A>B 100 @2', 'B>D 150 @3'));

  it('follows each part only while it has hops left', async () => {
    for (const method of ['HAIRCUT', 'FIFO'] as const) {
      expect(entry(await expose(w, 'S', method, 2), 'DPRK_CONTROLLED')).toMatchObject({ amount: '50', nearestHops: 2, nearestMoneyHops: 2 });
      expect(entry(await expose(w, 'S', method, 3), 'DPRK_CONTROLLED')).toMatchObject({ amount: '150', nearestMoneyHops: 2 });
    }
    expect(entry(await expose(w, 'S', 'POISON', 2), 'DPRK_CONTROLLED')).toMatchObject({ amount: '50' });
    expect(entry(await expose(w, 'S', 'POISON', 3), 'DPRK_CONTROLLED')).toMatchObject({ amount: '150' });
  });
});

describe('entries with no money', () => {
  it('are listed under HAIRCUT and FIFO when a path exists but none of the money took it', async () => {
    // S's 100 leaves M for Y before O's 100 arrive; M then pays D from O's money.
    const w = world(transfers('S>M 100 @2', 'M>Y 100 @3', 'O>M 100 @4', 'M>D 100 @5'));
    for (const method of ['HAIRCUT', 'FIFO'] as const) {
      expect(figures(await expose(w, 'S', method))).toEqual([
        { category: 'DPRK_CONTROLLED', asset: 'USDC', nearestHops: 2, nearestMoneyHops: null, amount: '0', directAmount: '0' },
      ]);
    }
    expect(entry(await expose(w, 'S', 'POISON'), 'DPRK_CONTROLLED')).toMatchObject({ amount: '100', nearestMoneyHops: 2 });
  });
});

describe('short balances and self-transfers', () => {
  it('an outflow larger than the known balance empties the wallet; a transfer to itself moves nothing', async () => {
    // M is known to hold 100 (S's) but sends 150: it carries all 100; the M>M transfer is ignored.
    const w = world(transfers('S>M 100 @1', 'M>M 100 @1', 'M>D 150 @2', 'O>M 10 @3', 'M>X 10 @4'));
    for (const method of ['HAIRCUT', 'FIFO'] as const) {
      const r = await expose(w, 'S', method);
      expect(entry(r, 'DPRK_CONTROLLED')).toMatchObject({ amount: '100', nearestMoneyHops: 2 });
      // Nothing of S's is left in M for X, but the path exists.
      expect(entry(r, 'SANCTIONED')).toMatchObject({ amount: '0', nearestHops: 2, nearestMoneyHops: null });
    }
  });
});

describe('rounding', () => {
  it('rounds once, toward zero, to the asset decimal places', async () => {
    // M holds 300, a third S's, and sends 2 to D: 2/3 of a USDC, 0.666666 (not …7).
    const w = world(transfers('O>M 200 @1', 'S>M 100 @2', 'M>D 2 @3', 'M>X 1 @3 #z'));
    const r = await expose(w, 'S', 'HAIRCUT');
    expect(entry(r, 'DPRK_CONTROLLED')?.amount).toBe('0.666666');
    // The remainder is exact: 298 held, 99.333… S's; 1 of it is 1/3.
    expect(entry(r, 'SANCTIONED')?.amount).toBe('0.333333');
  });

  it('has exact rational arithmetic underneath', () => {
    const third = div(parseDecimal('1'), parseDecimal('3'));
    expect(compare(add(add(third, third), third), parseDecimal('1'))).toBe(0);
    expect(toDecimalTowardZero(mul(third, parseDecimal('2')), 6)).toBe('0.666666');
    expect(toDecimalTowardZero(sub(parseDecimal('0'), third), 2)).toBe('-0.33');
    expect(toDecimalTowardZero(parseDecimal('5.000'), 18)).toBe('5');
    expect(toDecimalTowardZero(parseDecimal('0.000000000000000005'), 18)).toBe('0.000000000000000005');
    expect(toDecimalTowardZero(parseDecimal('0.000000000000000005'), 17)).toBe('0');
    expect(toNumber(third)).toBeCloseTo(1 / 3, 15);
    expect(() => parseDecimal('5e-18')).toThrow(RangeError);
  });
});

describe('what exposure reads', () => {
  /** The wallets whose ledgers exposure asks for, and its answer. */
  async function ledgersRead(moves: string[], maxHops: number) {
    const asked = new Set<string>();
    const graph = new (class extends MemoryMoneyGraph {
      override async ledger(requests: readonly LedgerRequest[]): Promise<Hop[]> {
        for (const r of requests) asked.add(r.wallet);
        return super.ledger(requests);
      }
    })(world(transfers(...moves)));
    const r = await exposure(graph, { subject: 'S', categories: await categoriesOf(graph), maxHops, method: 'HAIRCUT' });
    return { asked: [...asked].sort(), r };
  }

  // A leads only to C, which sends nothing on; F is three transfers from D.
  const moves = ['S>A 100 @1', 'A>B 100 @2', 'B>C 50 @3', 'S>M 50 @1', 'M>D 50 @2', 'S>F 10 @1', 'F>G 10 @2', 'G>H 10 @3', 'H>D 10 @4'];

  it('reads no ledger of a wallet that cannot pass money on to a category in the hops left, and the answer is unchanged', async () => {
    const three = await ledgersRead(moves, 3);
    // D is read too: a DPRK wallet is an ordinary wallet on the way to a sanctioned one.
    expect(three.asked).toEqual(['D', 'M']);
    expect(three.r).toMatchObject({ complete: true, entries: [{ category: 'DPRK_CONTROLLED', amount: '50', nearestHops: 2 }] });
    expect(figures(three.r)).toEqual((await reference(world(transfers(...moves)), 'S', 'HAIRCUT', 3)).entries);

    const four = await ledgersRead(moves, 4);
    expect(four.asked).toEqual(['D', 'F', 'G', 'H', 'M']);
    expect(four.r).toMatchObject({ complete: true, entries: [{ category: 'DPRK_CONTROLLED', amount: '60' }] });
    expect(figures(four.r)).toEqual((await reference(world(transfers(...moves)), 'S', 'HAIRCUT', 4)).entries);
  });

  it('reads what it cannot rule out when the backward pass stops at its wallet budget', async () => {
    const graph = new MemoryMoneyGraph(world(transfers(...moves)));
    const tight = await exposure(graph, {
      subject: 'S',
      categories: await categoriesOf(graph),
      maxHops: 4,
      method: 'HAIRCUT',
      budget: { ...DEFAULT_EXPOSURE_BUDGET, reverseWallets: 1 },
    });
    expect(figures(tight)).toEqual(figures((await ledgersRead(moves, 4)).r));
  });
});

describe('completeness', () => {
  it('says which budget it reached and how much it left out', async () => {
    const others = Array.from({ length: 40 }, (_, i) => `H>P${i} 20 @2`);
    const w = world(transfers('S>H 1000 @1', ...others, 'H>D 5 @3', 'S>K 10 @1', 'K>D 10 @2'));
    // H's ledger is 42 rows, K's 2: a budget of 10 reads K and leaves H out.
    const r = await expose(w, 'S', 'HAIRCUT', 6, { ...DEFAULT_EXPOSURE_BUDGET, transfers: 10 });
    expect(r).toMatchObject({ complete: false, limitsReached: [{ budget: 'TRANSFERS', limit: 10, leftOut: 42 }] });
    expect(entry(r, 'DPRK_CONTROLLED')).toMatchObject({ amount: '10' });
  });
});
