/**
 * One key for the spellings a Korean or Chinese name takes in different romanisations: McCune-
 * Reischauer and Revised Romanization of Korean (Chin/Jin, Kyong/Gyeong, Pak/Bak, Ri/Lee) and
 * Wade-Giles and pinyin of Chinese (Hsin/Xin, Chang/Zhang). Two tokens with the same key are
 * taken as the same name written two ways; the key is never shown.
 */

/** Whole-token spellings of common surnames whose variants the letter rules below do not meet. */
const SURNAMES: ReadonlyMap<string, string> = new Map(
  (
    [
      ['ri', ['ri', 'rhee', 'lee', 'li', 'yi', 'i', 'rhi', 'yee']],
      ['pak', ['pak', 'park', 'bak', 'bahk', 'pack']],
      ['choe', ['choe', 'choi', 'chwe', 'choy', 'chey']],
      ['rim', ['rim', 'lim', 'im', 'yim']],
      ['no', ['no', 'noh', 'ro', 'roh']],
      ['ryu', ['ryu', 'yu', 'yoo', 'you', 'ryoo', 'lyu']],
      ['o', ['o', 'oh']],
      ['u', ['u', 'woo', 'wu']],
    ] as const
  ).flatMap(([key, spellings]) => spellings.map((s) => [s, key] as const)),
);

/**
 * Letter rules in order, each folding spellings the romanisations tell apart but names do not:
 * vowels first (eo/o/u, ee/i), then voiced and unvoiced consonant pairs, then doubled letters.
 */
const LETTER_RULES: readonly (readonly [RegExp, string])[] = [
  [/eo|eu|oo|u/g, 'o'],
  [/ee/g, 'i'],
  [/wo/g, 'o'],
  [/hs|sh|x/g, 's'],
  [/ch|zh|q|j|tz|ts/g, 'j'],
  [/k|g/g, 'k'],
  [/p|b/g, 'p'],
  [/t|d/g, 't'],
  [/r|l/g, 'l'],
  [/(.)\1+/g, '$1'],
];

/** The romanisation key of one lower-case Latin token. */
export function romanisationKey(token: string): string {
  const surname = SURNAMES.get(token);
  if (surname !== undefined) return surname;
  return LETTER_RULES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), token);
}
