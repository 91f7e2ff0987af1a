import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { ATTRIBUTE_WEIGHTS, compareBirthDate, compareCountry } from '../../src/domain/screening/attributes.js';
import { joinVariants, nameForm } from '../../src/domain/screening/name-forms.js';
import { romanisationKey } from '../../src/domain/screening/romanisation.js';
import type { ListedParty, NameItem } from '../../src/domain/screening/screen-name.js';

/**
 * The screening score written out plainly from its definition (README, "Screening"): every name
 * and alias, every split/join of both names, every pair of words, nothing cached or pruned.
 * Production (`src/domain/screening/`) memoises and skips names that cannot reach the threshold;
 * the two must agree.
 */
function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ka = romanisationKey(a);
  const kb = romanisationKey(b);
  if (ka === kb) return 0.95;
  const edit = (1 - distance(ka, kb) / Math.max(ka.length, kb.length)) ** 2;
  const codesA: string[] = a.length >= 3 ? doubleMetaphone(a) : [];
  const codesB: string[] = b.length >= 3 ? doubleMetaphone(b) : [];
  const soundsAlike = codesA.some((code) => code !== '' && codesB.includes(code));
  const similarity = Math.max(edit, soundsAlike ? 0.85 : 0);
  return similarity >= 0.6 ? similarity : 0;
}

function coverage(from: readonly string[], to: readonly string[]): number {
  const total = from.reduce((sum, w) => sum + w.length, 0);
  if (total === 0) return 0;
  let covered = 0;
  for (const a of from) covered += a.length * Math.max(0, ...to.map((b) => wordSimilarity(a, b)));
  return covered / total;
}

export function referenceNameScore(query: string, listed: string): number {
  let best = 0;
  for (const q of joinVariants(nameForm(query).tokens)) {
    for (const l of joinVariants(nameForm(listed).tokens)) {
      best = Math.max(best, 0.6 * coverage(q, l) + 0.4 * coverage(l, q));
    }
  }
  return Math.min(1, best);
}

export function referencePartyScore(item: NameItem, party: ListedParty): number {
  const name = Math.max(...[party.name, ...party.aliases].map((n) => referenceNameScore(item.name, n)));
  const adjusted =
    name +
    ATTRIBUTE_WEIGHTS.dateOfBirth[compareBirthDate(item.birthDate, party.birthDates)] +
    ATTRIBUTE_WEIGHTS.country[compareCountry(item.country, party.countries)];
  return Math.round(Math.max(0, Math.min(1, adjusted)) * 10_000) / 10_000;
}
