// The package is CommonJS and its entry registers every locale, English included. Node cannot
// see its exports by name (`import { getName }` fails to link), so it is imported as a whole.
import countries from 'i18n-iso-countries';

/**
 * Country names as OFAC and its sources write them that the English ISO names do not cover.
 * Former states (Serbia and Montenegro, Yugoslavia, USSR) and regions (Crimea) are left out on
 * purpose: no current code is right for all the people born there.
 */
const OFAC_NAMES: Record<string, string> = {
  'korea, north': 'KP',
  dprk: 'KP',
  "democratic people's republic of korea": 'KP',
  'korea, south': 'KR',
  burma: 'MM',
  syria: 'SY',
  'congo, democratic republic of the': 'CD',
  drc: 'CD',
  // OFAC's form for the other Congo; plain 'Congo' names both and is left unresolved.
  'congo, republic of the': 'CG',
  // OFAC's nationality for Palestinians, and its names for the territories.
  palestinian: 'PS',
  'palestinian territories': 'PS',
  'west bank': 'PS',
  gaza: 'PS',
  'gaza strip': 'PS',
  'region: gaza': 'PS',
  moldova: 'MD',
  macedonia: 'MK',
  'north macedonia, the republic of': 'MK',
  'cabo verde': 'CV',
  'man, isle of': 'IM',
  macau: 'MO',
  brunei: 'BN',
  'cote d ivoire': 'CI',
  'bahamas, the': 'BS',
  'gambia, the': 'GM',
  'bosnia-herzegovina': 'BA',
  bosnia: 'BA',
  'bosina-herzegovina': 'BA',
  'republic of serbia': 'RS',
  'the russian federation': 'RU',
  'the philippines': 'PH',
  phillipines: 'PH',
  england: 'GB',
  'british virgin islands': 'VG',
  'st kitts and nevis': 'KN',
  'st. kitts and nevis': 'KN',
  'st. kitts & nevis': 'KN',
  'st. vincent and the grenadines': 'VC',
  'comoros islands': 'KM',
};

/**
 * Places whose name ends in a country's name without being (only) in it; the trailing-words
 * fallback of countryOfPlace must not read 'Serbia and Montenegro' as Montenegro.
 */
const NOT_COUNTRIES = new Set(['new mexico', 'new jersey', 'serbia and montenegro']);

function normalize(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .trim();
}

/**
 * Every English name and alias the package knows, then OFAC's own names on top. A name the
 * package gives to two countries ('Congo' is an alias of both CG and CD) is dropped: guessing
 * would put people in the wrong country.
 */
const CODES: ReadonlyMap<string, string> = (() => {
  const codes = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    for (const name of names) {
      const key = normalize(name);
      const known = codes.get(key);
      if (known !== undefined && known !== code) ambiguous.add(key);
      codes.set(key, code);
    }
  }
  for (const key of ambiguous) codes.delete(key);
  for (const [name, code] of Object.entries(OFAC_NAMES)) codes.set(name, code);
  return codes;
})();

/** ISO 3166-1 alpha-2 code for a country name as OFAC writes it ('Korea, North' → 'KP'). */
export function countryCode(name: string): string | undefined {
  return CODES.get(normalize(name));
}

/** English short name for an ISO 3166-1 alpha-2 code ('KP' → 'North Korea'). */
export function countryName(iso: string): string | undefined {
  return countries.getName(iso.toUpperCase(), 'en');
}

/**
 * Country of a place of birth: 'Pyongyang, North Korea', 'Kaziba, Congo, Democratic Republic of
 * the' (the country itself holds a comma, so the shortest resolving tail of comma parts wins),
 * then, for a last part written without its comma ('Khartoum Sudan', 'Gaza (Palestinian
 * Authority)', 'Tunisi (Tunisia)'), its parenthesis and its trailing words.
 */
export function countryOfPlace(place: string): string | undefined {
  const parts = place.split(',').map((part) => part.trim());
  for (let from = parts.length - 1; from >= 0; from--) {
    const code = countryCode(parts.slice(from).join(', '));
    if (code) return code;
  }
  const last = parts[parts.length - 1] ?? '';
  const inParentheses = /\(([^()]+)\)/.exec(last)?.[1];
  const code = inParentheses ? countryCode(inParentheses) : undefined;
  return code ?? countryOfTrailingWords(last.replace(/\([^()]*\)/g, ' '));
}

/** Longest tail first, so 'Papua New Guinea' is not read as 'Guinea'. */
function countryOfTrailingWords(text: string): string | undefined {
  const words = text.split(/\s+/).filter(Boolean);
  for (let from = 0; from < words.length; from++) {
    const tail = words.slice(from).join(' ');
    if (NOT_COUNTRIES.has(normalize(tail))) return undefined;
    const code = countryCode(tail);
    if (code) return code;
  }
  return undefined;
}
