import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/model/global-ids.js';
import { encodeCursor } from '../src/pagination/pages.js';
import { SYNTHETIC_WALLETS } from '../seed/case-synthetic.js';
import { createHarness, dataOf, type Harness } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const ACTIONS = `query($first: Int, $after: String) {
  enforcementActions(first: $first, after: $after) {
    totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const INCOMING = `query($id: ID!, $first: Int, $after: String) {
  node(id: $id) { ... on Wallet { incomingTransfers(first: $first, after: $after) {
    totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }
}`;

describe('cursor pagination', () => {
  it('walks a top-level list page by page: no repeats, nothing skipped, last page says so', async () => {
    const all = dataOf(await h.run(ACTIONS, { first: 100 })).enforcementActions;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Record<string, any> = dataOf(await h.run(ACTIONS, { first: 2, after })).enforcementActions;
      pages += 1;
      expect(page.totalCount).toBe(all.totalCount);
      expect(page.pageInfo.hasPreviousPage).toBe(false);
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(pages).toBe(Math.ceil(all.totalCount / 2));
  });

  it('walks a relationship connection the same way', async () => {
    const id = toGlobalId(`wallet:ETH:${SYNTHETIC_WALLETS.consolidation}`);
    const first = dataOf(await h.run(INCOMING, { id, first: 4 })).node.incomingTransfers;
    expect(first.edges).toHaveLength(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = dataOf(await h.run(INCOMING, { id, first: 4, after: first.pageInfo.endCursor })).node
      .incomingTransfers;
    expect(rest.edges).toHaveLength(2);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(rest.totalCount).toBe(6);
    const ids = [...first.edges, ...rest.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(ids).size).toBe(6);
  });

  it('gives an empty connection with null cursors when nothing matches', async () => {
    const data = dataOf(
      await h.run(`{ organizations(filter: { nameContains: "no such organisation" }) {
        totalCount edges { cursor } pageInfo { hasNextPage startCursor endCursor } } }`),
    );
    expect(data.organizations).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, startCursor: null, endCursor: null },
    });
  });

  it('past the last item: an empty page, but the total still counts everything', async () => {
    const after = encodeCursor({ v: '', k: '' });
    const page = dataOf(await h.run(ACTIONS, { first: 5, after })).enforcementActions;
    expect(page.edges).toEqual([]);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.totalCount).toBeGreaterThan(0);
  });

  it('first: 0 returns no edges but reports whether there are any', async () => {
    const page = dataOf(await h.run(ACTIONS, { first: 0 })).enforcementActions;
    expect(page.edges).toEqual([]);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it.each([
    ['a cursor that is not base64 JSON', 'not a cursor!'],
    ['a cursor of the wrong shape', Buffer.from('{"x":1}').toString('base64url')],
  ])('rejects %s with BAD_USER_INPUT on `after`', async (_label, after) => {
    const result = await h.run(ACTIONS, { first: 2, after });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it.each([101, -1])('rejects first: %i with BAD_USER_INPUT on `first`', async (first) => {
    const result = await h.run(ACTIONS, { first });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(result.errors?.[0]?.message).toContain('100');
  });
});
