import { distance } from 'fastest-levenshtein';
import { joinVariants, nameForm, type NameForm } from './name-forms.js';
import { profileSimilarity, tokenProfile, type TokenMatch, type TokenProfile } from './token-similarity.js';

/**
 * The asker's words count more than the list's: a listed name often carries more words
 * (patronymics, "Cooperation Company") than the name screened, and missing them is weaker evidence
 * against a match than a screened word the list lacks.
 */
export const QUERY_COVERAGE_WEIGHT = 0.6;
export const LISTED_COVERAGE_WEIGHT = 0.4;

/** Why two names scored what they did. */
export interface NameComparison {
  /** In [0, 1]. */
  readonly score: number;
  /** Same words once case, punctuation, spacing, splits, order and legal-form words are set aside. */
  readonly exact: boolean;
  /** The token-set score of the best split/join of both names (equals `score`). */
  readonly tokenSet: number;
  /** Share of the screened words (best split/join) that sound like a word of the listed name. */
  readonly phonetic: number;
  /** Whether some word matched only as another romanisation of it. */
  readonly romanisationVariant: boolean;
  /** Levenshtein distance between both names' words, sorted and written together. */
  readonly editDistance: number;
}

/** A name prepared once for many comparisons. */
export interface PreparedName {
  readonly form: NameForm;
  readonly variants: readonly (readonly string[])[];
  /** The words sorted, space-separated: equal for names with the same words in any order. */
  readonly sortedWords: string;
  /** Every word of every variant, for a quick upper bound on a score. */
  readonly allWords: readonly string[];
}

export function prepareName(name: string): PreparedName {
  const form = nameForm(name);
  const variants = joinVariants(form.tokens);
  return { form, variants, sortedWords: [...form.tokens].sort().join(' '), allWords: [...new Set(variants.flat())] };
}

const length = (tokens: readonly string[]) => tokens.reduce((sum, t) => sum + t.length, 0);

/**
 * Compares names prepared once, memoising word comparisons: a screen compares each screened
 * name with every name and alias of each candidate, and their split/join variants repeat words.
 */
export class NameComparer {
  readonly #tokens = new Map<string, TokenMatch>();
  readonly #profiles = new Map<string, TokenProfile>();
  readonly #names = new Map<string, PreparedName>();

  #profile(token: string): TokenProfile {
    let profile = this.#profiles.get(token);
    if (!profile) {
      profile = tokenProfile(token);
      this.#profiles.set(token, profile);
    }
    return profile;
  }

  prepared(name: string): PreparedName {
    let prepared = this.#names.get(name);
    if (!prepared) {
      prepared = prepareName(name);
      this.#names.set(name, prepared);
    }
    return prepared;
  }

  #token(a: string, b: string): TokenMatch {
    const key = `${a}\u0000${b}`;
    let match = this.#tokens.get(key);
    if (!match) {
      match = profileSimilarity(this.#profile(a), this.#profile(b));
      this.#tokens.set(key, match);
    }
    return match;
  }

  /** Length-weighted share of `from`'s words found in `to`, and the best match of each. */
  #coverage(from: readonly string[], to: readonly string[]): { share: number; matches: TokenMatch[] } {
    let sum = 0;
    const matches = from.map((a) => {
      let best: TokenMatch = { similarity: 0, kind: 'NONE' };
      for (const b of to) {
        const match = this.#token(a, b);
        if (match.similarity > best.similarity) best = match;
        if (best.similarity === 1) break;
      }
      sum += a.length * best.similarity;
      return best;
    });
    const total = length(from);
    return { share: total === 0 ? 0 : sum / total, matches };
  }

  /**
   * An upper bound of `compare(query, listed).score`: the screened words may meet any word of any
   * split/join of the listed name, and the listed side is taken as fully covered. Cheap, and
   * enough to skip most of the candidates the index returns.
   */
  bound(query: PreparedName, listed: PreparedName): number {
    let forward = 0;
    for (const q of query.variants) forward = Math.max(forward, this.#coverage(q, listed.allWords).share);
    return QUERY_COVERAGE_WEIGHT * forward + LISTED_COVERAGE_WEIGHT;
  }

  compare(query: PreparedName, listed: PreparedName): NameComparison {
    let best = { score: -1, matches: [] as TokenMatch[], variant: [] as readonly string[] };
    for (const q of query.variants) {
      for (const l of listed.variants) {
        const forward = this.#coverage(q, l);
        const backward = this.#coverage(l, q);
        const score = QUERY_COVERAGE_WEIGHT * forward.share + LISTED_COVERAGE_WEIGHT * backward.share;
        if (score > best.score) best = { score, matches: forward.matches, variant: q };
      }
    }
    const score = Math.max(0, Math.min(1, best.score));
    // A perfect score needs every word of both names equal under some split/join.
    const exact = best.score === 1;
    const phoneticWords = best.matches.filter((m) => m.kind === 'EXACT' || m.kind === 'VARIANT' || m.kind === 'PHONETIC');
    return {
      score,
      exact,
      tokenSet: score,
      phonetic: best.variant.length === 0 ? 0 : phoneticWords.length / best.variant.length,
      romanisationVariant: best.matches.some((m) => m.kind === 'VARIANT'),
      editDistance: distance(query.sortedWords.replaceAll(' ', ''), listed.sortedWords.replaceAll(' ', '')),
    };
  }
}
