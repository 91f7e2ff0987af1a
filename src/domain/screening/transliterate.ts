import korean from '@romanize/korean';
import { transliterate } from 'transliteration';

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/u;
const HANGUL_WORD = /[\uAC00-\uD7A3]+/gu;
const NON_LATIN = /[^\p{Script=Latin}\p{N}\p{P}\p{Z}\p{S}]/u;

export interface Transliteration {
  readonly text: string;
  /** Whether anything had to be transliterated (Hangul, Cyrillic, Han, Greek...). */
  readonly changed: boolean;
}

/**
 * Korean names are written without a space between surname and given name (김상만), while the
 * list romanises them apart ("KIM, Sang Man"): a word of two or three syllables is split after its
 * first syllable, the surname, before romanising. Longer words are left whole (two-syllable
 * surnames are rare and cannot be told apart).
 */
function romaniseHangulWord(word: string): string {
  const syllables = [...word];
  const parts = syllables.length === 2 || syllables.length === 3 ? [syllables[0]!, syllables.slice(1).join('')] : [word];
  return parts.map((part) => korean.romanize(part)).join(' ');
}

/**
 * Latin letters for a name in any script. Hangul goes through a Revised Romanization library (the
 * general table romanises it syllable by syllable with no word breaks); everything else (Cyrillic,
 * Han as pinyin, Greek, accents) through `transliteration`'s tables.
 */
export function toLatin(text: string): Transliteration {
  if (!NON_LATIN.test(text)) return { text, changed: false };
  const korean = HANGUL_SYLLABLE.test(text) ? text.replace(HANGUL_WORD, (w) => ` ${romaniseHangulWord(w)} `) : text;
  return { text: transliterate(korean), changed: true };
}
