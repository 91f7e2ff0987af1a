import { nameForm } from './name-forms.js';

/** Words of one name that go into its candidate query; the rest only take part in scoring. */
export const MAX_QUERY_WORDS = 12;

/**
 * The full-text query that fetches candidates for one screened name: any of its words, as
 * written, with up to two typos (which also meets Chin/Jin and Kyong/Gyong), and joined or split
 * where the list may write them otherwise ("silverstar" finds SILVER STAR, "sangman" SANG MAN).
 * It only has to be generous: the score decides. Words are letters and digits only (`nameForm`),
 * so no Lucene syntax from the request reaches the index. Null when the name has no words.
 */
export function candidateQuery(name: string): string | null {
  const words = nameForm(name).tokens.slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return null;
  const clauses = new Set<string>();
  for (const w of words) {
    clauses.add(w.length >= 6 ? `${w}~2` : w.length >= 4 ? `${w}~1` : w);
    // A long word may be two the list writes apart.
    for (let at = 2; w.length >= 6 && w.length <= 16 && at <= w.length - 2; at++) {
      clauses.add(`"${w.slice(0, at)} ${w.slice(at)}"`);
    }
  }
  for (let i = 0; i + 1 < words.length; i++) clauses.add(`${words[i]}${words[i + 1]}`);
  return [...clauses].join(' OR ');
}
