import type { HostileCase } from '../case.js';
import { gql } from './build.js';

/** A wallet's transfers lead to wallets, whose transfers lead to wallets...: depth on demand. */
function transferChain(levels: number): string {
  const open = 'outgoingTransfers(first: 1) { edges { node { to { '.repeat(levels);
  const close = '} } } } '.repeat(levels);
  return `{ wallets(first: 1) { edges { node { ${open} address ${close} } } } }`;
}

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** Depth, cost, aliases, tokens and directives (issue 6), refused before anything runs. */
export const limitCases: HostileCase[] = [
  { name: 'depth 34 through transfers', expect: 'limits', query: transferChain(8) },
  { name: 'depth 200 through transfers', expect: 'limits', query: transferChain(50) },
  {
    name: 'depth through nested fragments',
    expect: 'limits',
    query: `{ wallets(first: 1) { edges { node { ...W0 } } } } ${Array.from(
      { length: 10 },
      (_, i) => `fragment W${i} on Wallet { address outgoingTransfers(first: 1) { edges { node { to { ${i < 9 ? `...W${i + 1}` : 'address'} } } } } }`,
    ).join(' ')}`,
  },
  {
    name: 'cost: 100 wallets x 100 transfers x 100 transfers',
    expect: 'limits',
    query: '{ wallets(first: 100) { edges { node { outgoingTransfers(first: 100) { edges { node { to { outgoingTransfers(first: 100) { totalCount } } } } } } } } }',
  },
  {
    name: 'cost: pages of pages under every node of a neighbourhood',
    expect: 'limits',
    query: '{ neighbourhood(id: "c3RhdGU6S1A", depth: 3) { nodes { node { ... on Organization { wallets(first: 100) { edges { node { outgoingTransfers(first: 100) { totalCount } } } } } } } } }',
  },
  { name: '31 aliases of __typename (the alias limit counts it too)', expect: 'limits', query: aliases(31, '__typename') },
  { name: '1,000 aliases of __typename', expect: 'limits', query: aliases(1000, '__typename') },
  { name: '40 aliased lists', expect: 'limits', query: aliases(40, 'states { totalCount }') },
  { name: '31 aliased fields inside one object', expect: 'limits', query: `{ states { ${Array.from({ length: 31 }, (_, i) => `t${i}: totalCount`).join(' ')} } }` },
  { name: '6,000 repeated fields (token limit)', expect: 'tokens', query: `{ ${'__typename '.repeat(6000)}}` },
  { name: '10,000 spreads of one fragment (token limit)', expect: 'tokens', query: `{ ${'...F '.repeat(10_000)}} fragment F on Query { __typename }` },
  { name: '100,000 nested braces (parser recursion)', expect: 'tokens', query: `${'{ a '.repeat(100_000)}${'}'.repeat(100_000)}` },
  { name: 'an 80,000-field query', expect: 'huge', query: `{ ${'__typename '.repeat(80_000)}}` },
  { name: '1,000 directives on one field', expect: 'directives', query: `{ __typename ${'@include(if: true) '.repeat(1000)}}` },
  { name: '40 directives over 40 fields of one object', expect: 'limits', query: `{ states { ${Array.from({ length: 40 }, () => 'totalCount @skip(if: false)').join(' ')} } }` },
  { name: '5,000 unknown directives', expect: 'directives', query: `{ __typename ${'@x '.repeat(5000)}}` },
].map(({ name, expect, query }) => ({
  area: 'limits',
  name,
  expect: expect as 'limits' | 'tokens' | 'huge' | 'directives',
  request: gql(query),
  echoes: [],
}));
