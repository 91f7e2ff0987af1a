import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/model/global-ids.js';
import { SYNTHETIC_WALLETS } from '../seed/case-synthetic.js';
import { createHarness, dataOf, type Harness } from './support/harness.js';

/** Resolver paths over the seeded case, each checked against facts the seed states. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const id = toGlobalId;
const names = (conn: { edges: { node: { name: string } }[] }) => conn.edges.map((e) => e.node.name);
const W = (address: string) => id(`wallet:ETH:${address}`);

describe('node and nodes', () => {
  it('fetches every stored type by global id, nodes and keyed relationships alike', async () => {
    const ids = [
      'state:KP',
      'org:us-department-of-justice',
      'operative:fictional-alpha',
      'facilitator:fictional-laptop-host',
      'identity:fictional-jane',
      'employer:fictional-widgets',
      `wallet:ETH:${SYNTHETIC_WALLETS.consolidation}`,
      'action:forfeiture-complaint-7-74m',
      'source:article-doj-crackdown-expands',
      'employment:fictional-widgets-jane',
      'salary:fictional-widgets-jane-2024-01',
      'transfer:fictional-consolidation-to-front',
    ].map(id);
    const data = dataOf(await h.run('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids }));
    expect(data.nodes.map((n: { __typename: string }) => n.__typename)).toEqual([
      'State',
      'Organization',
      'Operative',
      'Facilitator',
      'StolenIdentity',
      'Employer',
      'Wallet',
      'EnforcementAction',
      'Source',
      'Employment',
      'SalaryPayment',
      'Transfer',
    ]);
    expect(data.nodes.map((n: { id: string }) => n.id)).toEqual(ids);
  });

  it('answers null for unknown, malformed and foreign ids, in their positions', async () => {
    const data = dataOf(
      await h.run('query($ids: [ID!]!) { nodes(ids: $ids) { id } node(id: "%%%") { id } }', {
        ids: [id('org:does-not-exist'), 'not-an-id', id('state:KP'), id('nope:KP')],
      }),
    );
    expect(data.nodes).toEqual([null, null, { id: id('state:KP') }, null]);
    expect(data.node).toBeNull();
  });

  it('refuses more than 100 ids with a coded error naming the argument', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => id(`org:x${i}`));
    const result = await h.run('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });

  it('finds a wallet by chain and address', async () => {
    const data = dataOf(
      await h.run('query($a: String!) { wallet(chain: ETH, address: $a) { name controller { name } } }', {
        a: SYNTHETIC_WALLETS.frontTreasury,
      }),
    );
    expect(data.wallet).toEqual({
      name: 'Fictional front-company treasury',
      controller: [{ name: 'Sample Front Trading Co. (fictional)' }],
    });
  });
});

describe('relationship fields', () => {
  it('State: organisations it controls, sources, enforcement actions', async () => {
    const data = dataOf(
      await h.run(`{ node(id: "${id('state:KP')}") { ... on State { name isoCode aliases
        organizations { totalCount edges { node { name kind } } }
        sources { title } enforcementActions { kind } } } }`),
    );
    const s = data.node;
    expect(s.isoCode).toBe('KP');
    expect(s.aliases).toEqual(['North Korea', 'DPRK']);
    expect(s.organizations.totalCount).toBe(2);
    expect(names(s.organizations)).toEqual(['Example IT Worker Team (fictional)', 'Sample Front Trading Co. (fictional)']);
    expect(s.sources).toHaveLength(3);
    expect(s.enforcementActions.map((a: { kind: string }) => a.kind).sort()).toEqual([
      'FORFEITURE_COMPLAINT',
      'FREEZE',
      'SEIZURE',
    ]);
  });

  it('Organization: controllers, members, wallets, issued actions', async () => {
    const data = dataOf(
      await h.run(`{
        front: node(id: "${id('org:fictional-front-trading')}") { ... on Organization {
          kind controlledBy { name } members { edges { node { __typename name } } }
          wallets { edges { node { address } } } enforcementActions { title } } }
        doj: node(id: "${id('org:us-department-of-justice')}") { ... on Organization {
          issuedActions(first: 100) { totalCount edges { node { kind } } } controlledBy { name } } }
      }`),
    );
    expect(data.front.kind).toBe('FRONT_COMPANY');
    expect(data.front.controlledBy).toEqual([{ name: "Democratic People's Republic of Korea" }]);
    expect(data.front.members.edges).toEqual([{ node: { __typename: 'Operative', name: 'Operative Bravo (fictional)' } }]);
    expect(data.front.wallets.edges).toEqual([{ node: { address: SYNTHETIC_WALLETS.frontTreasury } }]);
    expect(data.front.enforcementActions).toEqual([{ title: 'Freeze of a front-company treasury wallet (fictional)' }]);
    expect(data.doj.issuedActions.totalCount).toBe(7);
    expect(data.doj.issuedActions.edges.filter((e: { node: { kind: string } }) => e.node.kind === 'GUILTY_PLEA')).toHaveLength(5);
    expect(data.doj.controlledBy).toEqual([{ name: 'United States' }]);
  });

  it('Operative, Facilitator and StolenIdentity links', async () => {
    const data = dataOf(
      await h.run(`{
        alpha: node(id: "${id('operative:fictional-alpha')}") { ... on Operative { role
          identities { edges { node { name } } } organizations { edges { node { name } } }
          facilitators { edges { node { name role } } } wallets { edges { node { address } } } } }
        host: node(id: "${id('facilitator:fictional-laptop-host')}") { ... on Facilitator {
          facilitated { edges { node { name } } } wallets { totalCount } } }
        jane: node(id: "${id('identity:fictional-jane')}") { ... on StolenIdentity {
          usedBy { edges { node { name } } } wallets { edges { node { address } } }
          employments { edges { node { jobTitle startedOn employer { name } identity { name } } } } } }
      }`),
    );
    expect(data.alpha.role).toBe('IT_WORKER');
    expect(names(data.alpha.identities)).toEqual(['Jane Example (fictional identity)', 'John Sample (fictional identity)']);
    expect(names(data.alpha.organizations)).toEqual(['Example IT Worker Team (fictional)']);
    expect(data.alpha.facilitators.edges[0].node).toEqual({
      name: 'Pat Placeholder (fictional laptop-farm host)',
      role: 'LAPTOP_FARM_HOST',
    });
    expect(data.alpha.wallets.edges).toEqual([{ node: { address: SYNTHETIC_WALLETS.consolidation } }]);
    expect(names(data.host.facilitated)).toEqual(['Operative Alpha (fictional)']);
    expect(data.host.wallets.totalCount).toBe(1);
    expect(names(data.jane.usedBy)).toEqual(['Operative Alpha (fictional)']);
    expect(data.jane.wallets.edges).toEqual([{ node: { address: SYNTHETIC_WALLETS.janeSalary } }]);
    expect(data.jane.employments.edges[0].node).toEqual({
      jobTitle: 'Senior Backend Engineer',
      startedOn: '2023-12-04',
      employer: { name: 'Example Widgets Inc. (fictional)' },
      identity: { name: 'Jane Example (fictional identity)' },
    });
  });

  it('Employer: employments and salaries, latest first, with exact amounts', async () => {
    const data = dataOf(
      await h.run(`{ node(id: "${id('employer:fictional-widgets')}") { ... on Employer {
        employments { totalCount } salaryPayments { totalCount edges { node {
          amount asset paidAt txHash synthetic sources { kind } wallet { address } identity { name } employer { name } } } } } } }`),
    );
    const payments = data.node.salaryPayments;
    expect(data.node.employments.totalCount).toBe(1);
    expect(payments.totalCount).toBe(3);
    expect(payments.edges.map((e: { node: { paidAt: string } }) => e.node.paidAt)).toEqual([
      '2024-03-28T17:00:00.000Z',
      '2024-02-28T17:00:00.000Z',
      '2024-01-28T17:00:00.000Z',
    ]);
    expect(payments.edges[0].node).toMatchObject({
      amount: '8500.00',
      asset: 'USDC',
      synthetic: true,
      sources: [{ kind: 'SYNTHETIC_DATASET' }],
      wallet: { address: SYNTHETIC_WALLETS.janeSalary },
      identity: { name: 'Jane Example (fictional identity)' },
      employer: { name: 'Example Widgets Inc. (fictional)' },
    });
  });

  it('Wallet: controller, transfers both ways, salaries in', async () => {
    const data = dataOf(
      await h.run(`{
        c: node(id: "${W(SYNTHETIC_WALLETS.consolidation)}") { ... on Wallet { chain
          incomingTransfers(first: 100) { totalCount edges { node { amount from { address } } } }
          outgoingTransfers { edges { node { amount at index to { address } } } } } }
        j: node(id: "${W(SYNTHETIC_WALLETS.janeSalary)}") { ... on Wallet { salaryPayments { totalCount } } }
      }`),
    );
    expect(data.c.chain).toBe('ETH');
    expect(data.c.incomingTransfers.totalCount).toBe(6);
    expect(data.c.outgoingTransfers.edges).toEqual([
      { node: { amount: '1200.00', at: '2024-04-04T02:00:00.000Z', index: 0, to: { address: SYNTHETIC_WALLETS.otcDesk } } },
      { node: { amount: '45000.00', at: '2024-04-03T02:00:00.000Z', index: 0, to: { address: SYNTHETIC_WALLETS.frontTreasury } } },
    ]);
    expect(data.j.salaryPayments.totalCount).toBe(3);
  });

  it('EnforcementAction and Source: authority, targets, sources, cited entities', async () => {
    const data = dataOf(
      await h.run(`{
        a: node(id: "${id('action:forfeiture-complaint-7-74m')}") { ... on EnforcementAction {
          kind status amountUsd date authority { name } targets { edges { node { name } } } sources { publisher } synthetic } }
        s: node(id: "${id('source:article-doj-crackdown-expands')}") { ... on Source {
          kind publisher entities(first: 100) { totalCount } } }
      }`),
    );
    expect(data.a).toEqual({
      kind: 'FORFEITURE_COMPLAINT',
      status: 'PENDING',
      amountUsd: '7740000',
      date: null,
      authority: { name: 'U.S. Department of Justice' },
      targets: { edges: [{ node: { name: "Democratic People's Republic of Korea" } }] },
      sources: [{ publisher: null }, { publisher: 'Digital Editorial' }],
      synthetic: false,
    });
    // DPRK, the United States, the DOJ and the five unnamed facilitators.
    expect(data.s).toEqual({ kind: 'NEWS_ARTICLE', publisher: 'TokenPost', entities: { totalCount: 8 } });
  });
});

describe('lists', () => {
  it('filters by kind, role, synthetic flag and name, and orders by name either way', async () => {
    const data = dataOf(
      await h.run(`{
        agencies: organizations(filter: { kinds: [AGENCY] }) { totalCount edges { node { name } } }
        real: facilitators(filter: { synthetic: false }, orderBy: { field: NAME, direction: DESC }, first: 2) {
          totalCount edges { node { name } } }
        hosts: facilitators(filter: { roles: [LAPTOP_FARM_HOST] }) { edges { node { name } } }
        byAlias: states(filter: { nameContains: "dprk" }) { edges { node { name } } }
        eth: wallets(filter: { chains: [ETH], nameContains: "0x3333" }) { edges { node { name } } }
        ops: operatives(filter: { roles: [MONEY_LAUNDERER] }) { edges { node { name } } }
        ids: stolenIdentities { totalCount }
        emps: employers(orderBy: { field: NAME, direction: DESC }) { edges { node { name } } }
      }`),
    );
    expect(names(data.agencies)).toEqual(['Example Enforcement Office (fictional)', 'U.S. Department of Justice']);
    expect(data.real.totalCount).toBe(5);
    expect(names(data.real)).toEqual([
      'Unnamed facilitator 5 of 5 (guilty plea reported by DOJ)',
      'Unnamed facilitator 4 of 5 (guilty plea reported by DOJ)',
    ]);
    expect(names(data.hosts)).toEqual(['Pat Placeholder (fictional laptop-farm host)']);
    expect(names(data.byAlias)).toEqual(["Democratic People's Republic of Korea"]);
    expect(names(data.eth)).toEqual(['Fictional consolidation wallet']);
    expect(names(data.ops)).toEqual(['Operative Bravo (fictional)']);
    expect(data.ids.totalCount).toBe(2);
    expect(names(data.emps)).toEqual(['Sample Cloud Services LLC (fictional)', 'Example Widgets Inc. (fictional)']);
  });

  it('orders enforcement actions by date or amount with the unknowns last, and filters by date', async () => {
    const data = dataOf(
      await h.run(`{
        byDate: enforcementActions(orderBy: { field: DATE, direction: ASC }, first: 3) { edges { node { date } } }
        byAmount: enforcementActions(orderBy: { field: AMOUNT_USD, direction: DESC }, first: 4) { edges { node { amountUsd } } }
        window: enforcementActions(filter: { dateFrom: "2023-01-01", dateTo: "2023-12-31" }) { edges { node { kind } } }
        pleas: enforcementActions(filter: { kinds: [GUILTY_PLEA], statuses: [COMPLETED], synthetic: false }) { totalCount }
        articles: sources(filter: { kinds: [NEWS_ARTICLE], titleContains: "doj" }) { edges { node { title } } }
      }`),
    );
    expect(data.byDate.edges.map((e: { node: { date: string | null } }) => e.node.date)).toEqual([
      '2023-04-01',
      '2024-05-02',
      null,
    ]);
    expect(data.byAmount.edges.map((e: { node: { amountUsd: string | null } }) => e.node.amountUsd)).toEqual([
      '7740000',
      '7740000',
      '45000.00',
      null,
    ]);
    expect(data.window.edges).toEqual([{ node: { kind: 'FREEZE' } }]);
    expect(data.pleas.totalCount).toBe(5);
    expect(data.articles.edges).toHaveLength(2);
  });
});

describe('search', () => {
  it('ranks an exact name above mentions and pages by score', async () => {
    const data = dataOf(
      await h.run('{ search(query: "north korea") { totalCount edges { score node { __typename } } } }'),
    );
    expect(data.search.edges[0].node.__typename).toBe('State');
    const scores = data.search.edges.map((e: { score: number }) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('matches word prefixes, aliases and wallet addresses, and filters by type', async () => {
    const data = dataOf(
      await h.run(`{
        alias: search(query: "J. Exam", types: [STOLEN_IDENTITY]) { edges { node { ... on Entity { name } } } }
        address: search(query: "0x33333333") { edges { node { ... on Wallet { address } } } }
        typed: search(query: "korea", types: [SOURCE]) { totalCount }
        none: search(query: "zzzqqq") { totalCount edges { cursor } pageInfo { endCursor } }
      }`),
    );
    expect(data.alias.edges).toEqual([{ node: { name: 'Jane Example (fictional identity)' } }]);
    expect(data.address.edges).toEqual([{ node: { address: SYNTHETIC_WALLETS.consolidation } }]);
    expect(data.typed.totalCount).toBe(3);
    expect(data.none).toEqual({ totalCount: 0, edges: [], pageInfo: { endCursor: null } });
  });

  it('answers a query with no words with an empty result', async () => {
    const data = dataOf(await h.run('{ search(query: "  ?! ") { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }'));
    expect(data.search).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});
