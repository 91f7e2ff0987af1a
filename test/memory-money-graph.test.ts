import { describe, expect, it } from 'vitest';
import { MemoryMoneyGraph } from './support/memory-money-graph.js';

const none = { minAmount: null, assets: null, since: null, until: null };

describe('the in-memory money graph follows the documented semantics', () => {
  const graph = new MemoryMoneyGraph({
    wallets: ['w:p1', 'w:p2', 'w:x', 'w:d', 'w:m', 'w:s'],
    organizations: ['org:a', 'org:b', 'org:c', 'org:d', 'org:e', 'org:club'],
    controls: [
      // person -> org -> org -> wallet, and a direct wallet.
      { from: 'person:p', to: 'org:a' },
      { from: 'org:a', to: 'org:b' },
      { from: 'org:b', to: 'w:p1' },
      { from: 'person:p', to: 'w:p2' },
      // The state through five organisations.
      { from: 'state:KP', to: 'org:a2' },
      { from: 'org:a2', to: 'org:b2' },
      { from: 'org:b2', to: 'org:c2' },
      { from: 'org:c2', to: 'org:d2' },
      { from: 'org:d2', to: 'org:e2' },
      { from: 'org:e2', to: 'w:d' },
      { from: 'person:member', to: 'w:m' },
      { from: 'person:designated', to: 'org:c' },
      { from: 'org:c', to: 'w:s' },
    ],
    memberOf: [{ member: 'person:member', org: 'org:club' }],
    designations: [
      { targets: ['person:designated'], status: 'COMPLETED' },
      { targets: ['w:x'], status: 'PENDING' },
      { targets: ['w:p2'], status: 'UNKNOWN' },
    ],
    salaries: [{ key: 's1', employer: 'employer:e', wallet: 'w:p1', amount: '10', asset: 'USDC', at: 1 }],
    transfers: [
      { key: 't1', from: 'w:p1', to: 'w:p2', amount: '5', asset: 'USDC', at: 2 },
      { key: 't2', from: 'w:p2', to: 'w:x', amount: '1.000000000000000001', asset: 'USDC', at: 3 },
      { key: 't3', from: 'w:x', to: 'w:d', amount: '1', asset: 'USDT', at: 3 },
    ],
  });

  it('counts wallets controlled through chains of any length, but not transfers between them', async () => {
    expect((await graph.subjectWallets('person:p')).sort()).toEqual(['w:p1', 'w:p2']);
    expect((await graph.startHops('person:p', none)).map((h) => h.key)).toEqual(['t2']);
    expect((await graph.startHops('employer:e', none)).map((h) => h.key)).toEqual(['s1']);
  });

  it('finds destinations through any chain, members included, with the shortest chain', async () => {
    expect(await graph.destinations('state:KP')).toEqual(new Map([['w:d', ['org:e2', 'org:d2', 'org:c2', 'org:b2', 'org:a2', 'state:KP']]]));
    expect(await graph.destinations('org:club')).toEqual(new Map([['w:m', ['person:member', 'org:club']]]));
    expect(await graph.destinations('w:x')).toEqual(new Map([['w:x', []]]));
  });

  it('counts only designations in force, and wallets their targets control through organisations', async () => {
    expect(await graph.sanctioned()).toEqual(new Map([['w:s', ['org:c', 'person:designated']]]));
  });

  it('compares minAmount exactly and reads whole ledgers per asset', async () => {
    const filter = { ...none, minAmount: '1.000000000000000002' };
    expect(await graph.startHops('person:p', filter)).toEqual([]);
    expect((await graph.ledger([{ wallet: 'w:x', asset: 'USDC' }, { wallet: 'w:p2', asset: 'USDC' }])).map((h) => h.key)).toEqual(['t2', 't1']);
    expect(await graph.ledgerSizes([{ wallet: 'w:x', asset: 'USDT' }])).toEqual([1]);
    expect((await graph.sameInstantInflows([{ wallet: 'w:d', asset: 'USDT', at: 3 }])).map((h) => h.key)).toEqual(['t3']);
  });
});
