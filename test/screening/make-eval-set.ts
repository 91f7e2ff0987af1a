/**
 * Writes `eval-set.json`, the labelled evaluation set of the screen, from the SDN rows in
 * `fixtures/ofac/sdn-screening.csv`. Positives are variants of real DPRK entries made by rule, each
 * labelled with the entry it must find; negatives are fictional names, namesakes (one listed
 * surname with another's given names) and near-miss addresses that must find nothing. No randomness: the rule applied to an entry follows from its ent_num, so the
 * set is the same on every run.
 *
 *   npx tsx test/screening/make-eval-set.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chainOfOfacAsset, checkAddress } from '../../src/domain/addresses.js';
import { nameForm } from '../../src/domain/screening/name-forms.js';
import { romanisationKey } from '../../src/domain/screening/romanisation.js';
import { parseSdn } from '../../src/import/ofac/parse-sdn.js';
import { entryKey } from '../../src/import/ofac/to-dataset.js';
import type { SdnEntry } from '../../src/import/ofac/sdn-entry.js';
import type { EvalCase } from './eval-case.js';

const here = import.meta.dirname;
const entries = parseSdn(readFileSync(path.join(here, '..', 'fixtures', 'ofac', 'sdn-screening.csv'))).entries;
const dprk = entries.filter((e) => e.programs.some((p) => p.startsWith('DPRK')) && (e.type === 'individual' || e.type === 'entity'));

/** "KIM, Sang Man" → surname KIM, given names [Sang, Man]. */
function personParts(name: string): { surname: string; given: string[] } | null {
  const [surname, given] = name.split(',').map((p) => p.trim());
  return surname && given ? { surname, given: given.split(/\s+/) } : null;
}

const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
const SWAPS: readonly [RegExp, string][] = [[/^ch/i, 'J'], [/^k/i, 'G'], [/^p/i, 'B'], [/^t/i, 'D'], [/^j/i, 'Ch'], [/^r/i, 'L']];
const LEGAL = /\b(CO\.?,? LTD\.?|COMPANY LIMITED|CO\.|LIMITED|LLC|CORPORATION|CORP\.?|COMPANY)\s*$/i;

/** One letter of the longest word replaced by its neighbour in the alphabet. */
function typo(name: string): string | null {
  const words = name.split(/(\s+)/);
  const longest = words.reduce((best, w, i) => (w.length > (words[best]?.length ?? 0) ? i : best), 0);
  const w = words[longest]!;
  if (w.length < 7) return null;
  const at = Math.floor(w.length / 2);
  const c = w.charCodeAt(at);
  const swapped = String.fromCharCode(c === 90 || c === 122 ? c - 1 : c + 1);
  words[longest] = w.slice(0, at) + swapped + w.slice(at + 1);
  return words.join('');
}

type Rule = (e: SdnEntry) => string | null;

const PERSON_RULES: Record<string, Rule> = {
  'given names first': (e) => { const p = personParts(e.name); return p && `${p.given.map(title).join(' ')} ${title(p.surname)}`; },
  'given names joined': (e) => { const p = personParts(e.name); return p && p.given.length > 1 ? `${title(p.surname)} ${p.given.map((g, i) => (i === 0 ? title(g) : g.toLowerCase())).join('')}` : null; },
  'given names hyphenated': (e) => { const p = personParts(e.name); return p && p.given.length > 1 ? `${p.surname} ${p.given.map((g, i) => (i === 0 ? title(g) : g.toLowerCase())).join('-')}` : null; },
  'romanisation of the surname': (e) => { const p = personParts(e.name); const swap = p && SWAPS.find(([re]) => re.test(p.surname)); return p && swap ? `${title(p.surname).replace(swap[0], swap[1])} ${p.given.join(' ')}` : null; },
  'lower case, no comma': (e) => e.name.replace(',', '').toLowerCase(),
  'one typo': (e) => typo(e.name),
  alias: (e) => e.aliases[0] ?? null,
};

const ENTITY_RULES: Record<string, Rule> = {
  'legal form dropped': (e) => (LEGAL.test(e.name) ? e.name.replace(LEGAL, '').replace(/[,\s]+$/, '') : null),
  'legal form added': (e) => (LEGAL.test(e.name) ? null : `${e.name} Co., Ltd.`),
  'title case, punctuation dropped': (e) => e.name.replace(/[.,'"()-]/g, ' ').split(/\s+/).filter(Boolean).map(title).join(' '),
  'one typo': (e) => typo(e.name),
  alias: (e) => e.aliases[0] ?? null,
};

const cases: EvalCase[] = [];
for (const entry of dprk) {
  const rules = Object.entries(entry.type === 'individual' ? PERSON_RULES : ENTITY_RULES);
  // Two rules per entry, chosen by its number, so every rule is used across the set.
  for (const offset of [0, 3]) {
    for (let tried = 0; tried < rules.length; tried++) {
      const [rule, make] = rules[(entry.entNum + offset + tried) % rules.length]!;
      const name = make(entry);
      if (name && name !== entry.name && !cases.some((c) => c.name === name && c.expect === entryKey(entry))) {
        cases.push({ rule, name, expect: entryKey(entry) });
        break;
      }
    }
  }
  for (const { asset, address } of entry.digitalCurrencyAddresses.slice(0, 2)) {
    const chain = chainOfOfacAsset(asset, address);
    const checked = chain ? checkAddress(chain, address) : null;
    if (!checked?.ok) continue;
    cases.push({ rule: 'listed address', address, chain: checked.chain, expect: entryKey(entry) });
    // The last character moved on by one: a checksum failure, or (lower-case hex) another address.
    const last = address.at(-1)!;
    const next = /[0-8a-eA-E]/.test(last) ? String.fromCharCode(last.charCodeAt(0) + 1) : last === '9' ? '8' : 'e';
    cases.push({ rule: 'near-miss address', address: address.slice(0, -1) + next, chain: checked.chain, expect: null });
  }
}

/** Names no list entry bears, in the shapes screened names take. */
const FICTIONAL_GIVEN = ['Harriet', 'Osvaldo', 'Mireille', 'Tobias', 'Ingrid', 'Caspian', 'Leontyne', 'Evander', 'Rosalind', 'Thaddeus', 'Philippa', 'Anselm'];
const FICTIONAL_SURNAMES = ['Quillfeather', 'Brackenridge', 'Wintersmoke', 'Fairweather-Lund', 'Oakhollow', 'Pemberton-Rye', 'Marchbanks', 'Thistlewood', 'Ashcombe', 'Harrowgate', 'Kingsolver', 'Duckworth'];
const FICTIONAL_FIRMS = ['Bluewater Analytics', 'Copperleaf Garden Supplies', 'Northwind Bicycle Repair', 'Silverbirch Dental Clinic', 'Meadowlark Bakery', 'Harbourlight Accounting', 'Tallpine Software Studio', 'Juniper Ridge Veterinary', 'Lanternfish Marine Supplies', 'Quarry Hill Pottery'];
const FORMS = ['', ' LLC', ' Ltd.', ' GmbH', ' Co.'];
FICTIONAL_GIVEN.forEach((given, i) => {
  for (let j = 0; j < 3; j++) cases.push({ rule: 'fictional person', name: `${given} ${FICTIONAL_SURNAMES[(i + j * 5) % FICTIONAL_SURNAMES.length]}`, expect: null });
});
FICTIONAL_FIRMS.forEach((firm, i) => {
  for (let j = 0; j < 3; j++) cases.push({ rule: 'fictional organisation', name: `${firm}${FORMS[(i + j) % FORMS.length]}`, expect: null });
});

/**
 * Namesakes: the surname of one listed DPRK person with the given names of another, the near
 * misses a screen of Korean names meets most. Combinations that some entry of the whole bundled
 * list bears (as name or alias, words in any order, in any romanisation the screen folds
 * together, Ri/Li, Jo/Cho...) are left out: those are the same name, not a near miss.
 */
const sameName = (name: string) => nameForm(name).tokens.map(romanisationKey).sort().join(' ');
const wholeList = parseSdn(readFileSync(path.join(here, '..', '..', 'seed', 'data', 'ofac', 'sdn.csv'))).entries;
const listedWordSets = new Set(wholeList.flatMap((e) => [e.name, ...e.aliases]).map(sameName));
const people = dprk.filter((e) => e.type === 'individual').map((e) => personParts(e.name)).filter((p) => p !== null);
for (let i = 0; i < people.length && cases.filter((c) => c.rule === 'namesake').length < 60; i += 3) {
  const surname = people[i]!.surname;
  const given = people[(i * 7 + 11) % people.length]!.given;
  const name = `${title(surname)} ${given.join(' ')}`;
  if (listedWordSets.has(sameName(name)) || cases.some((c) => c.name === name)) continue;
  cases.push({ rule: 'namesake', name, expect: null });
}

writeFileSync(path.join(here, 'eval-set.json'), JSON.stringify(cases, null, 1) + '\n');
const count = (pred: (c: EvalCase) => boolean) => cases.filter(pred).length;
console.log(`${cases.length} cases: ${count((c) => c.expect !== null)} positives, ${count((c) => c.expect === null)} negatives`);
