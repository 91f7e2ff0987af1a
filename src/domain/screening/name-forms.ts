import { toLatin } from './transliterate.js';

/**
 * Words that say what kind of body an organisation is, not which one: "Co.", "Company", "LLC",
 * "Corporation"... The list and the people screening against it add or drop them freely
 * ("YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD." is screened as "Yanbian Silverstar Network
 * Technology"), so they are left out of the comparison. Connecting words go too.
 */
const NOISE_WORDS: ReadonlySet<string> = new Set([
  'co', 'company', 'companies', 'corp', 'corporation', 'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited',
  'liability', 'plc', 'gmbh', 'ag', 'sa', 'sarl', 'srl', 'spa', 'bv', 'nv', 'pte', 'pty', 'jsc', 'ojsc', 'pjsc', 'cjsc',
  'ooo', 'zao', 'oao', 'fze', 'fzc', 'fzco', 'fzllc', 'kft', 'as', 'ab', 'oy', 'sro', 'doo', 'ead',
  'of', 'the', 'and', 'for', 'de', 'del', 'la', 'el', 'al',
]);

/**
 * Abbreviations analysts write for words the list spells out (and back): "Foreign Trade Bank of the
 * DPRK" is the list's "FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "Jinyong IT"
 * its "CHINYONG INFORMATION TECHNOLOGY ...". Expanded on both sides, after noise words are gone.
 */
const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['dprk', ['democratic', 'peoples', 'republic', 'korea']],
  ['prc', ['peoples', 'republic', 'china']],
  ['roc', ['republic', 'china']],
  ['uae', ['united', 'arab', 'emirates']],
  ['usa', ['united', 'states', 'america']],
  ['it', ['information', 'technology']],
  ['intl', ['international']],
  ['int', ['international']],
  ['tech', ['technology']],
  ['dev', ['development']],
  ['mfg', ['manufacturing']],
  ['trdg', ['trading']],
  ['bros', ['brothers']],
  ['st', ['saint']],
]);

const APOSTROPHES = /['\u2018\u2019\u02bc\u02bb`\u00b4]/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;

export interface NameForm {
  /** The words compared, in the order written. */
  readonly tokens: readonly string[];
  /** Whether the name had to be transliterated to Latin letters first. */
  readonly transliterated: boolean;
}

/**
 * A name reduced to the words that identify it: Latin letters (transliterated), lower case, no
 * accents, apostrophes or punctuation ("CH'OE, So'k-min" → choe sok min), no legal-form or
 * connecting words, abbreviations spelt out. A name made only of noise words keeps them.
 */
export function nameForm(name: string): NameForm {
  const latin = toLatin(name);
  const words = latin.text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .split(NOT_LETTER_OR_DIGIT)
    .filter(Boolean);
  const meaningful = words.filter((w) => !NOISE_WORDS.has(w));
  const kept = meaningful.length > 0 ? meaningful : words;
  return { tokens: kept.flatMap((w) => ABBREVIATIONS.get(w) ?? [w]), transliterated: latin.changed };
}

/**
 * The ways a name's words may be split or joined: as written, and with each pair of neighbours
 * written as one ("Silver Star"/"Silverstar", "Sang Man"/"Sangman"). Splits need no rule of their
 * own: the other side's joined form meets them.
 */
export function joinVariants(tokens: readonly string[]): string[][] {
  const variants: string[][] = [[...tokens]];
  for (let i = 0; i + 1 < tokens.length; i++) {
    variants.push([...tokens.slice(0, i), `${tokens[i]}${tokens[i + 1]}`, ...tokens.slice(i + 2)]);
  }
  return variants;
}
