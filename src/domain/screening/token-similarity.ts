import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { romanisationKey } from './romanisation.js';

/** Same name in another romanisation (Chin/Jin): nearly as good as the same spelling. */
export const VARIANT_SIMILARITY = 0.95;
/** Same sound by Double Metaphone, for words of three letters or more. */
export const PHONETIC_SIMILARITY = 0.85;
/** Below this two words are taken as different words, not as a misspelling of each other. */
export const MIN_TOKEN_SIMILARITY = 0.6;

export type TokenMatchKind = 'EXACT' | 'VARIANT' | 'PHONETIC' | 'EDIT' | 'NONE';

export interface TokenMatch {
  readonly similarity: number;
  readonly kind: TokenMatchKind;
}

const NONE: TokenMatch = { similarity: 0, kind: 'NONE' };

/** The two Double Metaphone codes of a word, for words long enough that sounding alike means something. */
export function phoneticCodes(token: string): readonly string[] {
  return token.length >= 3 ? doubleMetaphone(token) : [];
}

/** What comparing a word needs, computed once per word. */
export interface TokenProfile {
  readonly token: string;
  readonly key: string;
  readonly codes: readonly string[];
}

export function tokenProfile(token: string): TokenProfile {
  return { token, key: romanisationKey(token), codes: phoneticCodes(token) };
}

/**
 * How alike two normalised words are, in [0, 1]: 1 when equal, then the best of a romanisation
 * variant, a phonetic match and the Levenshtein similarity of their romanisation keys; under
 * MIN_TOKEN_SIMILARITY counts as no match at all, so unrelated words add nothing to a name score.
 */
export function tokenSimilarity(a: string, b: string): TokenMatch {
  return profileSimilarity(tokenProfile(a), tokenProfile(b));
}

/** `tokenSimilarity` on words profiled once. */
export function profileSimilarity(a: TokenProfile, b: TokenProfile): TokenMatch {
  if (a.token === b.token) return { similarity: 1, kind: 'EXACT' };
  const ka = a.key;
  const kb = b.key;
  if (ka === kb) return { similarity: VARIANT_SIMILARITY, kind: 'VARIANT' };
  // Squared, so that two letters apart in a seven-letter word (Sangman/Jongman) is no match.
  const edit = (1 - distance(ka, kb) / Math.max(ka.length, kb.length)) ** 2;
  const phonetic = a.codes.some((code) => code !== '' && b.codes.includes(code));
  const best: TokenMatch =
    phonetic && PHONETIC_SIMILARITY >= edit ? { similarity: PHONETIC_SIMILARITY, kind: 'PHONETIC' } : { similarity: edit, kind: 'EDIT' };
  return best.similarity >= MIN_TOKEN_SIMILARITY ? best : NONE;
}
