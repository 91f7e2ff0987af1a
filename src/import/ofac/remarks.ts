import { IDENTIFIER_FACT } from './identifier-types.js';
import { splitFacts } from './remark-split.js';
import { type SdnEntry, type SdnIdentifier } from './sdn-entry.js';

/** The part of an entry that comes from the Remarks column. */
export type RemarkFacts = Pick<
  SdnEntry,
  | 'aliases'
  | 'birthDates'
  | 'birthPlaces'
  | 'nationalities'
  | 'citizenships'
  | 'gender'
  | 'identifiers'
  | 'linkedTo'
  | 'digitalCurrencyAddresses'
  | 'otherRemarks'
>;

export type ClassifiedFact =
  | { kind: 'alias'; value: string }
  | { kind: 'birthDate'; value: string }
  | { kind: 'birthPlace'; value: string }
  | { kind: 'nationality'; value: string }
  | { kind: 'citizenship'; value: string }
  | { kind: 'gender'; value: string }
  | { kind: 'identifier'; identifier: SdnIdentifier }
  | { kind: 'linkedTo'; value: string }
  | { kind: 'digitalCurrencyAddress'; asset: string; address: string }
  | { kind: 'other'; value: string };

export interface RemarksResult {
  facts: RemarkFacts;
  rejected: { fact: string; reason: string }[];
}

/** OFAC's Remarks column holds at most this many characters; longer remarks are cut. */
const REMARKS_COLUMN_LIMIT = 1000;

export const CUT_FACT_REASON = `remarks cut at the ${REMARKS_COLUMN_LIMIT}-character column limit; fact incomplete`;
export const CUT_AFTER_SEPARATOR_REASON =
  `remarks cut at the ${REMARKS_COLUMN_LIMIT}-character column limit right after a separator; ` +
  'the facts that follow are missing';

/**
 * A cell is cut when it fills the column or lacks the closing '.'. Filling the column counts
 * even with a closing '.': the cut may land just after an abbreviation ('… S.A.') and the
 * cell would look finished. In the 2024-05-03 list all 18 cells at 1000 characters lack the '.';
 * 17 end inside a fact, one (WU, Huihui, 42496) right after a ';'.
 */
function isCut(cell: string): boolean {
  return cell.length >= REMARKS_COLUMN_LIMIT || !cell.trimEnd().endsWith('.');
}

/**
 * Reads one Remarks cell, untrimmed (a cut cell can end in a space and its length is the
 * evidence), or undefined for '-0-'. In a cut cell every complete fact is kept and the last,
 * incomplete one is rejected: an address or a name cut short would be imported as a wrong value.
 */
export function parseRemarks(cell: string | undefined): RemarksResult {
  const facts: RemarkFacts = {
    aliases: [],
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    citizenships: [],
    identifiers: [],
    linkedTo: [],
    digitalCurrencyAddresses: [],
    otherRemarks: [],
  };
  const rejected: RemarksResult['rejected'] = [];
  if (cell === undefined) return { facts, rejected };
  const cut = isCut(cell);
  const text = cell.trim();
  const pieces = splitFacts(cut ? text : text.slice(0, -1));
  if (cut) {
    const last = pieces.pop() ?? '';
    rejected.push({ fact: last, reason: last === '' ? CUT_AFTER_SEPARATOR_REASON : CUT_FACT_REASON });
  }
  for (const fact of pieces) {
    if (fact !== '') addFact(facts, classifyFact(fact));
  }
  return { facts, rejected };
}

function addFact(facts: RemarkFacts, fact: ClassifiedFact): void {
  switch (fact.kind) {
    case 'alias':
      facts.aliases.push(fact.value);
      return;
    case 'birthDate':
      facts.birthDates.push(fact.value);
      return;
    case 'birthPlace':
      facts.birthPlaces.push(fact.value);
      return;
    case 'nationality':
      facts.nationalities.push(fact.value);
      return;
    case 'citizenship':
      facts.citizenships.push(fact.value);
      return;
    case 'gender':
      facts.gender = fact.value;
      return;
    case 'identifier':
      facts.identifiers.push(fact.identifier);
      return;
    case 'linkedTo':
      facts.linkedTo.push(fact.value);
      return;
    case 'digitalCurrencyAddress':
      facts.digitalCurrencyAddresses.push({ asset: fact.asset, address: fact.address });
      return;
    case 'other':
      facts.otherRemarks.push(fact.value);
      return;
    default:
      return unreachable(fact);
  }
}

function unreachable(fact: never): never {
  throw new Error(`unhandled remark kind: ${JSON.stringify(fact)}`);
}

type SimpleKind = Exclude<ClassifiedFact['kind'], 'identifier' | 'digitalCurrencyAddress' | 'other'>;

/**
 * Matched against a fact with its leading 'alt. ' removed: 'alt.' only says OFAC holds more than
 * one value of the kind, and every value is kept anyway.
 */
const SIMPLE_FACTS: [RegExp, SimpleKind][] = [
  // d.b.a. ('doing business as') appears once and is a name like the others.
  [/^(?:[afn]\.k\.a|d\.b\.a)\.\s+'(.*)'$/, 'alias'],
  [/^DOB\s+(.+)$/, 'birthDate'],
  [/^POB\s+(.+)$/, 'birthPlace'],
  // 'Registration Country' is what two companies carry instead of 'Nationality of Registration'.
  [/^(?:nationality|Nationality of Registration|Registration Country)\s+(.+)$/, 'nationality'],
  [/^citizen\s+(.+)$/, 'citizenship'],
  [/^Gender\s+(.+)$/, 'gender'],
  // The closing '.' of a cell and the '.' of 'S.A.' are the same character when the link is
  // last, so the name's own '.' is dropped everywhere to keep one spelling per linked name.
  [/^Linked To:\s*(.+?)\.?$/, 'linkedTo'],
];

const DIGITAL_CURRENCY = /^Digital Currency Address - ([A-Z0-9]+)\s+(\S+)$/;
const ALT = /^alt\.\s+/i;

/** What one fact says. Anything not recognised is kept verbatim as 'other'. */
export function classifyFact(fact: string): ClassifiedFact {
  const body = fact.replace(ALT, '');
  for (const [pattern, kind] of SIMPLE_FACTS) {
    const value = pattern.exec(body)?.[1];
    if (value !== undefined) return { kind, value };
  }
  const currency = DIGITAL_CURRENCY.exec(body);
  if (currency?.[1] && currency[2]) {
    return { kind: 'digitalCurrencyAddress', asset: currency[1], address: currency[2] };
  }
  const label = IDENTIFIER_FACT.exec(body);
  const identifier = label?.[1] && label[2] ? parseIdentifier(label[1], label[2]) : undefined;
  if (identifier) return { kind: 'identifier', identifier };
  const handle = bareHandle(body);
  if (handle) return { kind: 'identifier', identifier: handle };
  return { kind: 'other', value: fact };
}

const BARE_EMAIL = /^([\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s+\(email\))?\.?$/;
const BARE_WEBSITE = /^((?:https?:\/\/|www\.)\S+?)(?:\s+\(website\))?\.?$/;

/**
 * A few older entries list an address or a site with no label ('www.manartv.com',
 * 'info@sanabel.org.uk (email)'); they get the labels OFAC uses everywhere else.
 */
function bareHandle(fact: string): SdnIdentifier | undefined {
  const email = BARE_EMAIL.exec(fact)?.[1];
  if (email) return { type: 'Email Address', value: email };
  const website = BARE_WEBSITE.exec(fact)?.[1];
  if (website) return { type: 'Website', value: website };
  return undefined;
}

/**
 * '<value> (<country>) issued <date> expires <date>', each tail optional. The country is the last
 * parenthesised group without digits ('HRA 738077 (Stuttgart) (Germany)' keeps '(Stuttgart)' in
 * the value); phone numbers written '(98)(21)(66153220)' keep all their parentheses.
 */
const IDENTIFIER_TAIL = /^(.*?)(?:\s+\(([^()\d]+)\))?(?:\s+issued\s+(.+?))?(?:\s+expires\s+(.+?))?$/;

/** '25 Apr 2006', 'Jul 1997', '2011', and ranges '01 Jan 2008 to 31 Dec 2010'. */
const DATE = /^(?:(?:\d{1,2} )?[A-Z][a-z]{2} )?\d{4}(?: to (?:(?:\d{1,2} )?[A-Z][a-z]{2} )?\d{4})?$/;

/**
 * Undefined for a note that only starts like an identifier: 'Passport issued in Sarajevo, …',
 * 'Passport 4117921 issued under the name …' (the passport itself is listed separately).
 */
function parseIdentifier(type: string, rest: string): SdnIdentifier | undefined {
  const [, rawValue = rest, country, issued, expires] = IDENTIFIER_TAIL.exec(rest) ?? [];
  if (/^(issued|expires)\b/.test(rawValue)) return undefined;
  if ((issued && !DATE.test(issued)) || (expires && !DATE.test(expires))) return undefined;
  // Spacing inside numbers varies ('IMO  8730455'); one space keeps them comparable.
  const identifier: SdnIdentifier = { type, value: rawValue.replace(/\s+/g, ' ') };
  if (country) identifier.country = country;
  if (issued) identifier.issued = issued;
  if (expires) identifier.expires = expires;
  return identifier;
}
