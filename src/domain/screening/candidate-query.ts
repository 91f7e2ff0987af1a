import { nameForm } from './name-forms.js';

/** Words of one name that go into its candidate query; the rest only take part in scoring. */
export const MAX_QUERY_WORDS = 10;

/**
 * Other spellings of a word's first letters under the romanisations of Korean and Chinese names
 * (Chin/Jin, Kim/Gim, Pak/Bak, Tong/Dong, Ri/Li, Hsin/Xin): exact terms cost the index almost
 * nothing, where a two-typo fuzzy term would scan its whole dictionary.
 */
const INITIAL_SPELLINGS: readonly (readonly [string, string])[] = [
  ['ch', 'j'], ['j', 'ch'], ['k', 'g'], ['g', 'k'], ['p', 'b'], ['b', 'p'], ['t', 'd'], ['d', 't'],
  ['r', 'l'], ['l', 'r'], ['hs', 'x'], ['x', 'hs'], ['ts', 'c'], ['zh', 'ch'],
];

function spellings(word: string): string[] {
  const found = new Set<string>();
  for (const [from, to] of INITIAL_SPELLINGS) if (word.startsWith(from)) found.add(to + word.slice(from.length));
  if (word.includes('eo')) found.add(word.replaceAll('eo', 'o'));
  return [...found];
}

/**
 * The full-text query that fetches candidates for one screened name, over names and aliases: any
 * of its words as written, with one typo when long enough, in the other romanisations of its first
 * letters, and split or joined where the list may write them otherwise ("silverstar" finds SILVER
 * STAR, "sangman" SANG MAN). It only has to be generous: the score decides. Words are letters and
 * digits only (`nameForm`), so no Lucene syntax from the request reaches the index. Null when the
 * name has no words.
 */
export function candidateQuery(name: string): string | null {
  const words = nameForm(name).tokens.slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return null;
  const clauses = new Set<string>();
  for (const w of words) {
    clauses.add(w.length >= 5 ? `${w}~1` : w);
    for (const spelling of spellings(w)) clauses.add(spelling);
    // A long word may be two the list writes apart.
    for (let at = 2; w.length >= 6 && w.length <= 12 && at <= w.length - 2; at++) {
      clauses.add(`"${w.slice(0, at)} ${w.slice(at)}"`);
    }
  }
  for (let i = 0; i + 1 < words.length; i++) clauses.add(`${words[i]}${words[i + 1]}`);
  const any = [...clauses].join(' OR ');
  return `name:(${any}) OR aliases:(${any})`;
}
