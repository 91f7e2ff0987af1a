import { ATTRIBUTE_WEIGHTS, compareBirthDate, compareCountry, type AttributeMatch, type GivenBirthDate } from './attributes.js';
import type { NameComparer, NameComparison } from './name-score.js';

/** What the list says about a candidate that matching uses. */
export interface ListedParty {
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** `DOB` facts as the list writes them; empty for organisations and craft. */
  readonly birthDates: readonly string[];
  /** ISO codes of the countries the list ties it to (nationality, citizenship, birth, flag). */
  readonly countries: readonly string[];
}

/** A name to screen, with what is known of the party. */
export interface NameItem {
  readonly name: string;
  readonly birthDate: GivenBirthDate | null;
  /** ISO 3166-1 alpha-2. */
  readonly country: string | null;
}

export interface NameFeatures extends NameComparison {
  /** The listed name or alias the score came from. */
  readonly matchedName: string;
  /** Whether `matchedName` is an alias rather than the primary name. */
  readonly alias: boolean;
  readonly transliterated: boolean;
  readonly dateOfBirth: AttributeMatch;
  readonly country: AttributeMatch;
}

export interface NameMatch {
  readonly key: string;
  readonly score: number;
  readonly features: NameFeatures;
}

/** Scores are shown and compared with four decimals, so equal evidence ranks equal. */
export const roundScore = (score: number) => Math.round(score * 10_000) / 10_000;

/**
 * Scores one listed party for a screened name: the best of its primary name and aliases (the
 * primary name wins a tie), then moved by date of birth and country (ATTRIBUTE_WEIGHTS), kept in
 * [0, 1].
 */
export function scoreParty(comparer: NameComparer, item: NameItem, party: ListedParty): NameMatch {
  return scorePartyAbove(comparer, item, party, -1)!;
}

/** The largest amount date of birth and country can add to a name score. */
const MAX_ATTRIBUTE_GAIN = Math.max(...Object.values(ATTRIBUTE_WEIGHTS.dateOfBirth)) + Math.max(...Object.values(ATTRIBUTE_WEIGHTS.country));

/**
 * `scoreParty`, or null when the party cannot reach `floor`: names whose upper bound
 * (`NameComparer.bound`) plus the most the attributes could add stays under it are not scored.
 * Only the ranking uses it, so the pruning never changes what is reported.
 */
function scorePartyAbove(comparer: NameComparer, item: NameItem, party: ListedParty, floor: number): NameMatch | null {
  const query = comparer.prepared(item.name);
  let best: { comparison: NameComparison; name: string; alias: boolean; transliterated: boolean } | undefined;
  for (const [i, name] of [party.name, ...party.aliases].entries()) {
    const listed = comparer.prepared(name);
    const reachable = Math.max(floor - MAX_ATTRIBUTE_GAIN, best?.comparison.score ?? -1);
    if (i > 0 || floor >= 0) {
      if (comparer.bound(query, listed) < reachable) continue;
    }
    const comparison = comparer.compare(query, listed);
    if (!best || comparison.score > best.comparison.score) {
      best = { comparison, name, alias: i > 0, transliterated: query.form.transliterated || listed.form.transliterated };
    }
  }
  if (!best) return null;
  const chosen = best;
  const dateOfBirth = compareBirthDate(item.birthDate, party.birthDates);
  const country = compareCountry(item.country, party.countries);
  const adjusted = chosen.comparison.score + ATTRIBUTE_WEIGHTS.dateOfBirth[dateOfBirth] + ATTRIBUTE_WEIGHTS.country[country];
  return {
    key: party.key,
    score: roundScore(Math.max(0, Math.min(1, adjusted))),
    features: {
      ...chosen.comparison,
      tokenSet: roundScore(chosen.comparison.tokenSet),
      score: roundScore(chosen.comparison.score),
      phonetic: roundScore(chosen.comparison.phonetic),
      matchedName: chosen.name,
      alias: chosen.alias,
      transliterated: chosen.transliterated,
      dateOfBirth,
      country,
    },
  };
}

/** Candidates at or above the threshold, best first (ties by key, so the order is stable). */
export function rankParties(
  comparer: NameComparer,
  item: NameItem,
  parties: readonly ListedParty[],
  threshold: number,
  first: number,
): NameMatch[] {
  return parties
    .flatMap((party) => scorePartyAbove(comparer, item, party, threshold) ?? [])
    .filter((m) => m.score >= threshold)
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, first);
}
