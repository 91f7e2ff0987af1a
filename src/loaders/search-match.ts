import { distance } from 'fastest-levenshtein';

/** How a search hit matched: the tiers, best first. */
export type SearchMatchKind = 'EXACT' | 'PREFIX' | 'FUZZY';

/** Tier of each kind in the ranking: every exact hit ranks above every prefix hit, and so on. */
export const SEARCH_TIERS = { EXACT: 2, PREFIX: 1, FUZZY: 0 } as const satisfies Record<SearchMatchKind, number>;

export const TIER_KINDS: Record<number, SearchMatchKind> = { 2: 'EXACT', 1: 'PREFIX', 0: 'FUZZY' };

/** Words of at least this length also match with one typo. */
export const FUZZY_MIN_LENGTH = 5;

/**
 * The words of a query as the index splits them: letters and digits, lower case. Only these reach
 * Lucene, so no query syntax from the request does.
 */
export function searchWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * One Lucene query per tier; every word must match in each. Within the exact and prefix tiers a
 * word found in a name counts more than in an alias, and both more than in a title or address:
 * Lucene scores prefix terms flatly, so without the boosts "lazar" would rank the title "OFAC SDN
 * designation: LAZARUS GROUP" level with the group itself.
 */
export function tierQueries(words: readonly string[]): Record<SearchMatchKind, string> {
  const fields = (term: string) => `(name:${term}^4 OR aliases:${term}^2 OR ${term})`;
  return {
    EXACT: words.map(fields).join(' AND '),
    PREFIX: words.map((w) => fields(`${w}*`)).join(' AND '),
    FUZZY: words.map((w) => (w.length >= FUZZY_MIN_LENGTH ? `(${w}* OR ${w}~1)` : `${w}*`)).join(' AND '),
  };
}

const WORD_RULES = {
  EXACT: (w: string, t: string) => w === t,
  PREFIX: (w: string, t: string) => t.startsWith(w),
  FUZZY: (w: string, t: string) => t.startsWith(w) || (w.length >= FUZZY_MIN_LENGTH && distance(w, t) <= 1),
} as const satisfies Record<SearchMatchKind, (word: string, token: string) => boolean>;

/**
 * The indexed text of a hit that shows best how it matched: the first of its texts (name, aliases,
 * address, title, reference, publisher, in that order) holding the most query words under the
 * hit's tier. The index may have matched words across several texts; this names the best one.
 */
export function matchedText(kind: SearchMatchKind, words: readonly string[], texts: readonly string[]): string {
  let best = { text: texts[0] ?? '', count: -1 };
  for (const text of texts) {
    const tokens = searchWords(text);
    const count = words.filter((w) => tokens.some((t) => WORD_RULES[kind](w, t))).length;
    if (count > best.count) best = { text, count };
  }
  return best.text;
}
