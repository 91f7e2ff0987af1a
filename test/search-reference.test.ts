import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../src/model/global-ids.js';
import { FUZZY_FILL_BELOW } from '../src/loaders/search.js';
import { FUZZY_MIN_LENGTH } from '../src/loaders/search-match.js';
import { createHarness, dataOf, type Harness } from './support/harness.js';
import { seededRandom } from './support/random.js';

/**
 * Search against a plain in-memory ranking of the fixture: for seeded random queries, the hits,
 * their tiers, totalCount and the order (tier first, then the score, then the key) must be what
 * the texts alone say, and paging by cursors must give the same hits as one big page. Lucene's
 * scores are not recomputed; the order within a tier is checked to be by score, ties by key.
 */

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
});

afterAll(async () => {
  await h?.close();
});

interface Indexed {
  readonly key: string;
  readonly label: string;
  readonly tokens: readonly string[];
}

const TIER = { EXACT: 2, PREFIX: 1, FUZZY: 0 } as const;
type Kind = keyof typeof TIER;

const SEARCH_TYPES: Record<string, string> = {
  Wallet: 'WALLET', Organization: 'ORGANIZATION', Employer: 'EMPLOYER', Source: 'SOURCE', StolenIdentity: 'STOLEN_IDENTITY',
  Identifier: 'IDENTIFIER', Person: 'PERSON', Operative: 'OPERATIVE', Facilitator: 'FACILITATOR', State: 'STATE',
  EnforcementAction: 'ENFORCEMENT_ACTION', Craft: 'CRAFT',
};

/**
 * The index's tokens, close enough for the query words used here: runs of letters and digits, kept
 * whole across `.`, `'` and `_` between them, as Unicode word breaking (Lucene's standard tokenizer)
 * keeps "example.com" and "o'brien" one token.
 */
const tokensOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.'’_][\p{L}\p{N}]+)*/gu) ?? [];

/** Lucene's one-edit fuzzy match: one substitution, insertion, deletion or swap of neighbours. */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const [ra, rb] = [a.slice(i), b.slice(i)];
  return ra.slice(1) === rb.slice(1) || ra.slice(1) === rb || ra === rb.slice(1) || (ra.length > 1 && ra[0] === rb[1] && ra[1] === rb[0] && ra.slice(2) === rb.slice(2));
}

const RULES: Record<Kind, (w: string, t: string) => boolean> = {
  EXACT: (w, t) => w === t,
  PREFIX: (w, t) => t.startsWith(w),
  FUZZY: (w, t) => t.startsWith(w) || (w.length >= FUZZY_MIN_LENGTH && oneEdit(w, t)),
};

const matches = (kind: Kind, words: readonly string[], node: Indexed) => words.every((w) => node.tokens.some((t) => RULES[kind](w, t)));

/** The expected hits: each object at its best tier; fuzzy ones only when prefix hits are few. */
function reference(nodes: readonly Indexed[], words: readonly string[], labels: readonly string[] | null): Map<string, Kind> {
  const wanted = nodes.filter((n) => !labels || labels.includes(n.label));
  const expected = new Map<string, Kind>();
  const prefix = wanted.filter((n) => matches('PREFIX', words, n));
  for (const n of prefix) expected.set(n.key, matches('EXACT', words, n) ? 'EXACT' : 'PREFIX');
  if (prefix.length < FUZZY_FILL_BELOW) for (const n of wanted) if (!expected.has(n.key) && matches('FUZZY', words, n)) expected.set(n.key, 'FUZZY');
  return expected;
}

const SEARCH = `query($q: String!, $types: [SearchType!], $first: Int, $after: String) {
  search(query: $q, types: $types, first: $first, after: $after) {
    totalCount
    edges { cursor score matchedBy { kind } node { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Result {
  totalCount: number;
  edges: { cursor: string; score: number; matchedBy: { kind: Kind }; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

// Without totalCount, so that a page decided by its exact hits alone is checked too.
const PAGE = SEARCH.replace('totalCount', '');

const run = async (q: string, types: string[] | null, first: number, after?: string | null, document = SEARCH) =>
  dataOf(await h.run(document, { q, types, first, after })).search as Result;

describe('search against an in-memory ranking', () => {
  it('finds, tiers, counts, orders and pages as the texts say, for seeded random queries', async () => {
    const rows = await h.db.executor().read(`MATCH (n:Node)
      RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Node'][0] AS label,
        [t IN [n.name] + coalesce(n.aliases, []) + [n.address, n.title, n.reference, n.publisher] WHERE t IS NOT NULL] AS texts`);
    const nodes: Indexed[] = rows
      .filter((r) => Object.hasOwn(SEARCH_TYPES, String(r.label)))
      .map((r) => ({ key: String(r.key), label: String(r.label), tokens: (r.texts as string[]).flatMap(tokensOf) }));
    // Plain ASCII words only: the index analyses them exactly as this file does.
    const vocabulary = [...new Set(nodes.flatMap((n) => n.tokens))].filter((t) => /^[a-z0-9]+$/.test(t)).sort();
    const labels = [...new Set(nodes.map((n) => n.label))].sort();
    expect(vocabulary.length).toBeGreaterThan(50);

    const rnd = seededRandom(12);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const word = () => {
      const w = pick(vocabulary);
      const r = rnd();
      if (r < 0.4) return w;
      if (r < 0.75) return w.slice(0, Math.max(1, Math.ceil(w.length * rnd())));
      // A typo: one letter replaced.
      const i = Math.floor(rnd() * w.length);
      return w.slice(0, i) + (w[i] === 'q' ? 'z' : 'q') + w.slice(i + 1);
    };

    // The random queries must reach every tier, or the comparison proves little.
    const kindsSeen = new Set<Kind>();
    for (let c = 0; c < 60; c++) {
      const q = Array.from({ length: 1 + Math.floor(rnd() * 2) }, word).join(' ');
      const types = rnd() < 0.4 ? [pick(labels), pick(labels)] : null;
      const words = q.split(' ');
      const expected = reference(nodes, words, types);
      const all = await run(q, types && types.map((l) => SEARCH_TYPES[l]!), 100);
      const context = JSON.stringify({ q, types });
      if (expected.size > 100) {
        expect(all.totalCount, context).toBe(expected.size);
        continue;
      }
      for (const kind of expected.values()) kindsSeen.add(kind);
      const got = new Map(all.edges.map((e) => [fromGlobalId(e.node.id)!.key, e.matchedBy.kind] as const));
      expect(Object.fromEntries(got), context).toEqual(Object.fromEntries(expected));
      expect(all.totalCount, context).toBe(expected.size);
      const keys = all.edges.map((e) => fromGlobalId(e.node.id)!.key);
      for (let i = 1; i < all.edges.length; i++) {
        const [a, b] = [all.edges[i - 1]!, all.edges[i]!];
        expect(TIER[a.matchedBy.kind], context).toBeGreaterThanOrEqual(TIER[b.matchedBy.kind]);
        expect(Math.floor(a.score), context).toBe(TIER[a.matchedBy.kind]);
        expect(a.score > b.score || (a.score === b.score && keys[i - 1]! < keys[i]!), context).toBe(true);
      }
      // Pages of a random size, without totalCount, give the same hits in order.
      const size = 1 + Math.floor(rnd() * 7);
      const paged: string[] = [];
      let after: string | null = null;
      for (let p = 0; p < 100; p++) {
        const page: Result = await run(q, types && types.map((l) => SEARCH_TYPES[l]!), size, after, PAGE);
        paged.push(...page.edges.map((e) => e.cursor));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(paged, context).toEqual(all.edges.map((e) => e.cursor));
    }
    expect([...kindsSeen].sort()).toEqual(['EXACT', 'FUZZY', 'PREFIX']);
  });
});
