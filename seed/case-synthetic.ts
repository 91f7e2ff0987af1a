import type { Dataset } from '../src/store/index.js';
import { DPRK_STATE_KEY } from '../src/model/index.js';

/**
 * The invented part of the case, so the trail employer → salary → wallet → ... → DPRK exists in
 * the data. Every name says it is fictional, every fact is `synthetic: true` and cites the
 * synthetic dataset, and nothing here is asserted about a real person or organisation: the only
 * real node it touches is the DPRK state, through synthetic control links.
 */

const SRC = 'source:trailgraph-synthetic-case';
const fiction = { synthetic: true, sourceKeys: [SRC] } as const;

/** Obviously fake but well-formed Ethereum addresses and transaction hashes. */
const address = (digit: string) => `0x${digit.repeat(40)}`;
const txHash = (n: number) => `0x${n.toString(16).padStart(64, '0')}`;

const W = {
  janeSalary: address('1'),
  johnSalary: address('2'),
  consolidation: address('3'),
  frontTreasury: address('4'),
  otcDesk: address('5'),
  hostFees: address('6'),
} as const;
export const SYNTHETIC_WALLETS = W;
const wallet = (a: string) => `wallet:ETH:${a}`;

const months = ['2024-01', '2024-02', '2024-03'] as const;

export const syntheticCase: Dataset = {
  sources: [
    {
      key: SRC,
      kind: 'SYNTHETIC_DATASET',
      title: 'trailgraph demo case (synthetic: invented for demos, describes no real person or company)',
      publisher: 'trailgraph',
      synthetic: true,
    },
  ],
  organizations: [
    { key: 'org:fictional-front-trading', name: 'Sample Front Trading Co. (fictional)', kind: 'FRONT_COMPANY', ...fiction },
    { key: 'org:fictional-it-team', name: 'Example IT Worker Team (fictional)', kind: 'GROUP', ...fiction },
    { key: 'org:fictional-otc-desk', name: 'Demo OTC Desk (fictional)', kind: 'OTC_DESK', ...fiction },
    { key: 'org:fictional-enforcement-office', name: 'Example Enforcement Office (fictional)', kind: 'AGENCY', ...fiction },
  ],
  operatives: [
    { key: 'operative:fictional-alpha', name: 'Operative Alpha (fictional)', role: 'IT_WORKER', ...fiction },
    { key: 'operative:fictional-bravo', name: 'Operative Bravo (fictional)', role: 'MONEY_LAUNDERER', ...fiction },
  ],
  facilitators: [
    {
      key: 'facilitator:fictional-laptop-host',
      name: 'Pat Placeholder (fictional laptop-farm host)',
      role: 'LAPTOP_FARM_HOST',
      ...fiction,
    },
  ],
  stolenIdentities: [
    { key: 'identity:fictional-jane', name: 'Jane Example (fictional identity)', aliases: ['J. Example'], ...fiction },
    { key: 'identity:fictional-john', name: 'John Sample (fictional identity)', ...fiction },
  ],
  employers: [
    { key: 'employer:fictional-widgets', name: 'Example Widgets Inc. (fictional)', ...fiction },
    { key: 'employer:fictional-cloud', name: 'Sample Cloud Services LLC (fictional)', ...fiction },
  ],
  wallets: [
    { chain: 'ETH', address: W.janeSalary, name: 'Fictional salary wallet of Jane Example', ...fiction },
    { chain: 'ETH', address: W.johnSalary, name: 'Fictional salary wallet of John Sample', ...fiction },
    { chain: 'ETH', address: W.consolidation, name: 'Fictional consolidation wallet', ...fiction },
    { chain: 'ETH', address: W.frontTreasury, name: 'Fictional front-company treasury', ...fiction },
    { chain: 'ETH', address: W.otcDesk, name: 'Fictional OTC desk deposit wallet', ...fiction },
    { chain: 'ETH', address: W.hostFees, name: 'Fictional laptop-host fee wallet', ...fiction },
  ],
  links: [
    { type: 'CONTROLS', from: DPRK_STATE_KEY, to: 'org:fictional-front-trading', ...fiction },
    { type: 'CONTROLS', from: DPRK_STATE_KEY, to: 'org:fictional-it-team', ...fiction },
    { type: 'MEMBER_OF', from: 'operative:fictional-alpha', to: 'org:fictional-it-team', ...fiction },
    { type: 'MEMBER_OF', from: 'operative:fictional-bravo', to: 'org:fictional-front-trading', ...fiction },
    { type: 'USES_IDENTITY', from: 'operative:fictional-alpha', to: 'identity:fictional-jane', ...fiction },
    { type: 'USES_IDENTITY', from: 'operative:fictional-alpha', to: 'identity:fictional-john', ...fiction },
    { type: 'FACILITATED', from: 'facilitator:fictional-laptop-host', to: 'operative:fictional-alpha', ...fiction },
    { type: 'CONTROLS', from: 'identity:fictional-jane', to: wallet(W.janeSalary), ...fiction },
    { type: 'CONTROLS', from: 'identity:fictional-john', to: wallet(W.johnSalary), ...fiction },
    { type: 'CONTROLS', from: 'operative:fictional-alpha', to: wallet(W.consolidation), ...fiction },
    { type: 'CONTROLS', from: 'org:fictional-front-trading', to: wallet(W.frontTreasury), ...fiction },
    { type: 'CONTROLS', from: 'org:fictional-otc-desk', to: wallet(W.otcDesk), ...fiction },
    { type: 'CONTROLS', from: 'facilitator:fictional-laptop-host', to: wallet(W.hostFees), ...fiction },
  ],
  employments: [
    {
      key: 'employment:fictional-widgets-jane',
      employer: 'employer:fictional-widgets',
      identity: 'identity:fictional-jane',
      jobTitle: 'Senior Backend Engineer',
      startedOn: '2023-12-04',
      ...fiction,
    },
    {
      key: 'employment:fictional-cloud-john',
      employer: 'employer:fictional-cloud',
      identity: 'identity:fictional-john',
      jobTitle: 'DevOps Contractor',
      startedOn: '2024-01-08',
      ...fiction,
    },
  ],
  salaryPayments: months.flatMap((m, i) => [
    {
      key: `salary:fictional-widgets-jane-${m}`,
      employer: 'employer:fictional-widgets',
      wallet: wallet(W.janeSalary),
      identity: 'identity:fictional-jane',
      amount: '8500.00',
      asset: 'USDC',
      paidAt: `${m}-28T17:00:00Z`,
      txHash: txHash(100 + i),
      ...fiction,
    },
    {
      key: `salary:fictional-cloud-john-${m}`,
      employer: 'employer:fictional-cloud',
      wallet: wallet(W.johnSalary),
      identity: 'identity:fictional-john',
      amount: '7200.00',
      asset: 'USDC',
      paidAt: `${m}-28T12:00:00Z`,
      txHash: txHash(200 + i),
      ...fiction,
    },
  ]),
  // Each salary moves on within days: a fee to the laptop host, the rest to consolidation.
  transfers: [
    ...months.flatMap((m, i) => [
      {
        key: `transfer:fictional-jane-fee-${m}`,
        from: wallet(W.janeSalary),
        to: wallet(W.hostFees),
        amount: '300.00',
        asset: 'USDC',
        at: `${m}-29T09:00:00Z`,
        txHash: txHash(300 + i),
        index: 0,
        ...fiction,
      },
      {
        key: `transfer:fictional-jane-consolidate-${m}`,
        from: wallet(W.janeSalary),
        to: wallet(W.consolidation),
        amount: '8200.00',
        asset: 'USDC',
        at: `${m}-29T10:00:00Z`,
        txHash: txHash(400 + i),
        index: 0,
        ...fiction,
      },
    ]),
    ...months.map((m, i) => ({
      key: `transfer:fictional-john-consolidate-${m}`,
      from: wallet(W.johnSalary),
      to: wallet(W.consolidation),
      amount: '7200.00',
      asset: 'USDC',
      at: `${m}-29T08:00:00Z`,
      txHash: txHash(500 + i),
      index: 0,
      ...fiction,
    })),
    {
      key: 'transfer:fictional-consolidation-to-front',
      from: wallet(W.consolidation),
      to: wallet(W.frontTreasury),
      amount: '45000.00',
      asset: 'USDC',
      at: '2024-04-03T02:00:00Z',
      txHash: txHash(600),
      index: 0,
      ...fiction,
    },
    // A decoy: money that leaves the trail for an exchange desk not tied to the DPRK.
    {
      key: 'transfer:fictional-consolidation-to-otc',
      from: wallet(W.consolidation),
      to: wallet(W.otcDesk),
      amount: '1200.00',
      asset: 'USDC',
      at: '2024-04-04T02:00:00Z',
      txHash: txHash(601),
      index: 0,
      ...fiction,
    },
  ],
  enforcementActions: [
    {
      key: 'action:fictional-treasury-freeze',
      kind: 'FREEZE',
      title: 'Freeze of a front-company treasury wallet (fictional)',
      date: '2024-05-02',
      datePrecision: 'DAY',
      amountUsd: '45000.00',
      status: 'COMPLETED',
      authority: 'org:fictional-enforcement-office',
      targets: [wallet(W.frontTreasury), 'org:fictional-front-trading'],
      ...fiction,
    },
  ],
};
