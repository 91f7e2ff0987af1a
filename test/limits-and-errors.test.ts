import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecimalScalar } from '../src/resolvers/scalars.js';
import { createHarness, type Harness } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ maxDepth: 8, maxCost: 5_000 });
});
afterAll(() => h.close());

describe('query limits', () => {
  it('refuses a query nested past the depth limit before touching the database', async () => {
    const result = await h.run(`{ states { edges { node { organizations { edges { node {
      wallets { edges { node { outgoingTransfers { edges { node { to { name } } } } } } } } } } } } } }`);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
    expect(h.queries).toHaveLength(0);
  });

  it('refuses a query whose pages multiply past the cost limit, saying the cost', async () => {
    const result = await h.run(`{ wallets(first: 100) { edges { node {
      outgoingTransfers(first: 100) { edges { node { amount } } } } } } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: 5_000 });
    expect(Number(result.errors?.[0]?.extensions?.cost)).toBeGreaterThan(5_000);
    expect(h.queries).toHaveLength(0);
  });

  it('runs the same shape with small pages', async () => {
    const result = await h.run(`{ wallets(first: 5) { edges { node {
      outgoingTransfers(first: 5) { edges { node { amount } } } } } } }`);
    expect(result.errors).toBeUndefined();
  });

  it('prices what a neighbourhood asks of every node it shows, so pages under each node are refused', async () => {
    const wide = await h.run(`{ neighbourhood(id: "c3RhdGU6S1A", depth: 2) {
      nodes { label node { ... on Organization { members(first: 50) { edges { node { name } } } } } } } }`);
    expect(wide.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(h.queries).toHaveLength(0);
    const narrow = await h.run('{ neighbourhood(id: "c3RhdGU6S1A", depth: 1, limitPerNode: 5) { nodes { label } } }');
    expect(narrow.errors).toBeUndefined();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: states { totalCount }`).join(' ');
    const result = await h.run(`{ ${aliases} }`);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
  });
});

describe('scalars', () => {
  it('Decimal keeps every digit, accepts whole numbers and rejects floats', () => {
    expect(DecimalScalar.parseValue('0.000000000000000001')).toBe('0.000000000000000001');
    expect(DecimalScalar.parseValue(7740000)).toBe('7740000');
    expect(() => DecimalScalar.parseValue(0.1)).toThrow(/Decimal must be/);
    expect(() => DecimalScalar.parseValue('1e5')).toThrow(/Decimal must be/);
    expect(() => DecimalScalar.parseValue('01.5')).toThrow(/Decimal must be/);
  });

  it('Date rejects what is not a calendar day', async () => {
    const bad = await h.run('{ enforcementActions(filter: { dateFrom: "2023-02-30" }) { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
