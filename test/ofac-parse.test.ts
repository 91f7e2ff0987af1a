import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countryCode, countryName, countryOfPlace } from '../src/domain/countries.js';
import { parseSdn } from '../src/import/ofac/parse-sdn.js';
import { CUT_AFTER_SEPARATOR_REASON, CUT_FACT_REASON, classifyFact, parseRemarks } from '../src/import/ofac/remarks.js';
import { type SdnEntry } from '../src/import/ofac/sdn-entry.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SAMPLE = readFileSync(`${ROOT}test/fixtures/ofac/sdn-sample.csv`);
const FULL_FILE = [`${ROOT}seed/data/ofac/sdn.csv`, `${ROOT}../shared/data/ofac/sdn.csv`].find((file) =>
  existsSync(file),
);

const sample = parseSdn(SAMPLE);

function entry(name: string): SdnEntry {
  const found = sample.entries.find((e) => e.name === name);
  if (!found) throw new Error(`${name} is not in the sample`);
  return found;
}

/** One row with the 12 columns; '-0- ' wherever a value is not given. */
function row(cells: Partial<Record<number, string>>): string {
  return Array.from({ length: 12 }, (_, i) => cells[i] ?? '-0- ').join(',');
}

describe('parseSdn on the sample cut from the 2024-05-03 list', () => {
  it('reads every line once, and the trailing 0x1A byte is no entry', () => {
    const lines = SAMPLE.toString('latin1').split('\r\n');
    expect(lines.at(-1)).toBe('\x1a');
    expect(sample.entries).toHaveLength(lines.length - 1);
    expect(sample.entries.map((e) => e.entNum)).not.toContain(Number.NaN);
    expect(JSON.stringify(sample)).not.toMatch(/\\r|\\n|\\u001a/);
  });

  it('turns -0- into absent values and an empty remarks cell into empty lists', () => {
    const airline = entry('AEROCARIBBEAN AIRLINES');
    expect(airline).toEqual({
      entNum: 36,
      name: 'AEROCARIBBEAN AIRLINES',
      type: 'entity',
      programs: ['CUBA'],
      aliases: [],
      birthDates: [],
      birthPlaces: [],
      nationalities: [],
      citizenships: [],
      identifiers: [],
      linkedTo: [],
      digitalCurrencyAddresses: [],
      otherRemarks: [],
    });
    expect('title' in airline).toBe(false);
  });

  it('reads LAZARUS GROUP: ETH addresses and names, the cut alias rejected', () => {
    const lazarus = entry('LAZARUS GROUP');
    expect(lazarus).toMatchObject({ entNum: 27307, type: 'entity', programs: ['DPRK3'] });
    expect(lazarus.digitalCurrencyAddresses).toHaveLength(8);
    expect(lazarus.digitalCurrencyAddresses.every((a) => a.asset === 'ETH')).toBe(true);
    expect(lazarus.digitalCurrencyAddresses[0]).toEqual({
      asset: 'ETH',
      address: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96',
    });
    expect(lazarus.aliases).toEqual(['HIDDEN COBRA', 'OFFICE 91', 'GUARDIANS OF PEACE', 'THE NEW ROMANTIC CYBER ARMY TEAM']);
    expect(lazarus.otherRemarks).toContain(
      'Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210',
    );
    expect(sample.rejected).toContainEqual({
      entNum: 27307,
      name: 'LAZARUS GROUP',
      fact: "a.k.a. 'WHOIS HACKIN",
      reason: CUT_FACT_REASON,
    });
  });

  it('reads KIM, Sang Man: person facts, North Korean passports, wallets by asset', () => {
    const kim = entry('KIM, Sang Man');
    expect(kim).toMatchObject({
      entNum: 43377,
      type: 'individual',
      programs: ['DPRK4'],
      birthDates: ['25 Apr 1965'],
      birthPlaces: ['North Pyongan Province, North Korea'],
      nationalities: ['Korea, North'],
      gender: 'Male',
    });
    expect(kim.identifiers).toEqual([
      { type: 'Passport', value: '109420132', country: 'Korea, North', issued: '16 Oct 2019', expires: '16 Oct 2024' },
      { type: 'Passport', value: '827220538', country: 'Korea, North' },
      { type: 'Passport', value: '563220082', country: 'Korea, North' },
    ]);
    expect(kim.digitalCurrencyAddresses.map((a) => a.asset)).toEqual(['XBT', 'XBT', 'ETH', 'ETH', 'USDT', 'USDC']);
    expect(kim.digitalCurrencyAddresses).toContainEqual({ asset: 'XBT', address: '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ' });
  });

  it('reads SIM, Hyon Sop: North Korean under NPWMD, one address on three chains, linked to a bank in the sample', () => {
    const sim = entry('SIM, Hyon Sop');
    expect(sim).toMatchObject({ programs: ['NPWMD'], nationalities: ['Korea, North'], birthPlaces: ['Pyongyang, North Korea'] });
    expect(sim.digitalCurrencyAddresses).toEqual(
      ['ETH', 'ARB', 'BSC'].map((asset) => ({ asset, address: '0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c' })),
    );
    expect(sim.identifiers).toEqual([{ type: 'Passport', value: '109484100', country: 'Korea, North', expires: '24 Dec 2024' }]);
    expect(sim.linkedTo).toEqual(['KOREA KWANGSON BANKING CORP']);
    expect(entry('KOREA KWANGSON BANKING CORP')).toMatchObject({ entNum: 11581, type: 'entity', programs: ['NPWMD'] });
  });

  it('reads links to entries in the sample and to entries outside it alike', () => {
    expect(entry('JO, Chol Song')).toMatchObject({
      title: 'Korea Kwangson Banking Corporation Deputy Representative',
      linkedTo: ['KOREA KWANGSON BANKING CORP'],
    });
    expect(entry('LIMITED LIABILITY COMPANY ALIS').linkedTo).toEqual([
      'CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY',
    ]);
    expect(entry('CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY').programs).toEqual(['DPRK2']);
    const names = new Set(sample.entries.map((e) => e.name));
    expect(names.has('MAHAN AIR')).toBe(false);
    expect(entry('MSN 391').linkedTo).toEqual(['MAHAN AIR']);
  });

  it('reads WU, Huihui: 13 bitcoin addresses, and says the cell was cut right after a separator', () => {
    const wu = entry('WU, Huihui');
    expect(wu.digitalCurrencyAddresses).toHaveLength(13);
    expect(wu.digitalCurrencyAddresses.at(-1)).toEqual({ asset: 'XBT', address: '18yWCu6agTxYqAerMxiz9sgHrK3ViezzGa' });
    expect(sample.rejected).toContainEqual({ entNum: 42496, name: 'WU, Huihui', fact: '', reason: CUT_AFTER_SEPARATOR_REASON });
  });

  it('reads TORNADO CASH: two programs, website, the complete addresses only', () => {
    const tornado = entry('TORNADO CASH');
    expect(tornado.programs).toEqual(['DPRK3', 'CYBER2']);
    expect(tornado.identifiers).toEqual([{ type: 'Website', value: 'tornado.cash' }]);
    expect(tornado.digitalCurrencyAddresses).toHaveLength(12);
    expect(tornado.digitalCurrencyAddresses.at(-1)?.address).toBe('0xD21be7248e0197Ee08E0c20D4a96DEBdaC3D20Af');
    expect(sample.rejected).toContainEqual({
      entNum: 39796,
      name: 'TORNADO CASH',
      fact: 'alt. Digital Currency A',
      reason: CUT_FACT_REASON,
    });
  });

  it('keeps every complete fact of a cut cell and rejects only the cut one', () => {
    const kimsuky = entry('KIMSUKY');
    expect(kimsuky.identifiers.filter((i) => i.type === 'Website')).toHaveLength(9);
    expect(kimsuky.identifiers.filter((i) => i.type === 'Email Address')).toHaveLength(16);
    expect(kimsuky.identifiers.at(-1)).toEqual({ type: 'Email Address', value: 'syshim10@mofa.lat' });
    expect(kimsuky.otherRemarks).toEqual([]);
    expect(sample.rejected.filter((r) => r.entNum === 45430)).toEqual([
      {
        entNum: 45430,
        name: 'KIMSUKY',
        fact: 'Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.2',
        reason: CUT_FACT_REASON,
      },
    ]);
    expect(sample.rejected).toHaveLength(4);
  });

  it('reads the Silverstar pair, with a Chinese company code', () => {
    expect(entry('YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.')).toMatchObject({
      programs: ['DPRK3', 'DPRK4'],
      identifiers: [{ type: 'Unified Social Credit Code (USCC)', value: '91222401MA0Y31E659', country: 'China' }],
    });
    expect(entry('VOLASYS SILVER STAR').programs).toEqual(['DPRK3', 'DPRK4']);
  });

  it('reads the vessel columns, quoted thousands separators included', () => {
    expect(entry('ARTAVIL')).toMatchObject({
      type: 'vessel',
      callSign: 'T2EU4',
      vesselType: 'Crude/Oil Products Tanker',
      tonnage: '99,144',
      grossRegisteredTonnage: '56,068',
      vesselFlag: 'Iran',
      aliases: ['ALPHA'],
      identifiers: [
        { type: 'Vessel Registration Identification', value: 'IMO 9187629' },
        { type: 'MMSI', value: '572469210' },
      ],
      linkedTo: ['NATIONAL IRANIAN TANKER COMPANY'],
    });
    expect(entry('ARTAVIL').vesselOwner).toBeUndefined();
    expect(entry('MAR AZUL')).toMatchObject({ vesselOwner: 'Samir de Navegacion S.A.', grossRegisteredTonnage: '212' });
    expect(entry('MAR AZUL').tonnage).toBeUndefined();
    expect(entry('CHONG CHON GANG')).toMatchObject({
      programs: ['DPRK'],
      vesselFlag: "Democratic People's Republic of Korea",
      identifiers: [{ type: 'Vessel Registration Identification', value: 'IMO 7937317' }],
    });
    expect(entry('YUSONG SHIPPING CO').nationalities).toEqual(['Korea, North']);
  });

  it('reads aircraft: serial and tail numbers are identifiers, model and operator stay remarks', () => {
    const aircraft = entry('MSN 391');
    expect(aircraft).toMatchObject({ type: 'aircraft', programs: ['SDGT', 'NPWMD', 'IFSR'] });
    expect(aircraft.identifiers).toEqual([
      { type: "Aircraft Manufacturer's Serial Number (MSN)", value: '391' },
      { type: 'Aircraft Tail Number', value: 'EP-MMH' },
    ]);
    expect(entry('P-532').otherRemarks).toContain('Aircraft Operator Air Koryo');
  });

  it('reads the awkward older rows', () => {
    // A parenthesised note holding ';' is one fact.
    const robow = entry('ROBOW, Mukhtar');
    expect(robow.otherRemarks).toHaveLength(1);
    expect(robow.otherRemarks[0]).toMatch(/^\(Following data derived .*Expire Date 20 August 2008\)$/);
    expect(robow.aliases).toEqual(['ABU MANSUR', 'ABU MANSOUR']);
    // Only the enclosing quotes go; the rest is the name as written.
    expect(entry('GHAILANI, Ahmed Khalfan').aliases).toContain("'FOOPIE'");
    // 'possibly Palestinian;arrested …' has no space after the ';'.
    expect(entry('ABU DHESS, Mohamed')).toMatchObject({
      nationalities: ['possibly Palestinian'],
      otherRemarks: ['arrested 23 Apr 2002'],
    });
    expect(entry('AL MANAR TV').identifiers).toEqual([
      { type: 'Email Address', value: 'info@manartv.com' },
      { type: 'Website', value: 'www.manartv.com' },
      { type: 'Website', value: 'www.almanar.com.lb' },
    ]);
    // Notes about passports are not passports.
    expect(entry("'ABD AL-SALAM, Said Jan").identifiers.map((i) => i.value)).toEqual(['OR801168', '4117921', '281020505755']);
    expect(entry('PAEK, Chang-Ho').birthPlaces).toEqual(['Kaesong, DPRK']);
    expect(entry('KANG, Song Nam')).toMatchObject({ title: 'Bureau Director', citizenships: ['Korea, North'] });
  });

  it('reads LF line ends and strings the same as the CRLF bytes', () => {
    expect(parseSdn(SAMPLE.toString('latin1').replaceAll('\r\n', '\n'))).toEqual(sample);
  });
});

describe('parseSdn on broken input', () => {
  it('rejects bad rows with a reason instead of throwing', () => {
    const text = [
      row({ 0: '1', 1: '"GOOD"', 3: '"DPRK"', 11: '"DOB 1970."' }),
      '2,"SHORT",-0-',
      row({ 0: 'x3', 1: '"NO NUMBER"', 3: '"DPRK"' }),
      row({ 0: '4', 1: '"ODD TYPE"', 2: '"organisation"', 3: '"DPRK"' }),
      row({ 0: '1', 1: '"GOOD AGAIN"', 3: '"DPRK"' }),
      row({ 0: '5', 1: '"UNCLOSED', 3: '"DPRK"' }),
    ].join('\r\n');
    const { entries, rejected } = parseSdn(text);
    expect(entries.map((e) => e.name)).toEqual(['GOOD']);
    // csv-parse reports unreadable records while it reads, so they come first.
    expect(rejected.map((r) => [r.entNum, r.reason])).toEqual([
      [5, expect.stringMatching(/^unreadable CSV record: Invalid Closing Quote/)],
      [2, 'expected 12 columns, found 3'],
      [Number.NaN, 'ent_num is not a number: "x3"'],
      [4, 'unknown SDN_Type "organisation"'],
      [1, 'duplicate ent_num 1; first row kept'],
    ]);
    expect(rejected[0]?.fact).toMatch(/^5,"UNCLOSED/);
  });

  it('reads -0- without the trailing space, and Latin-1 bytes', () => {
    const text = `7,"CAF\xe9",-0-,"CUBA",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\r\n`;
    const [only] = parseSdn(Buffer.from(text, 'latin1')).entries;
    expect(only).toMatchObject({ entNum: 7, name: 'CAFé', type: 'entity', otherRemarks: [] });
  });
});

describe('parseRemarks', () => {
  it('keeps a ; inside a quoted name, without letting an unclosed quote swallow later facts', () => {
    expect(parseRemarks("a.k.a. 'FOO; BAR'; DOB 1970.").facts).toMatchObject({ aliases: ['FOO; BAR'], birthDates: ['1970'] });
    expect(parseRemarks("a.k.a. 'FOO; DOB 1970; a.k.a. 'BAR'.").facts).toMatchObject({
      aliases: ['BAR'],
      birthDates: ['1970'],
      otherRemarks: ["a.k.a. 'FOO"],
    });
  });

  it('treats a cell that fills the column as cut even when it ends with a dot', () => {
    const head = 'DOB 1970; Linked To: ';
    const full = `${head}${'X'.repeat(1000 - head.length - ' S.A.'.length)} S.A.`;
    expect(full).toHaveLength(1000);
    const { facts, rejected } = parseRemarks(full);
    expect(facts.birthDates).toEqual(['1970']);
    expect(facts.linkedTo).toEqual([]);
    expect(rejected).toEqual([{ fact: expect.stringMatching(/^Linked To: X+/), reason: CUT_FACT_REASON }]);
  });

  it('splits identifiers into value, country and dates', () => {
    expect(classifyFact('Registration Number HRA 738077 (Stuttgart) (Germany)')).toEqual({
      kind: 'identifier',
      identifier: { type: 'Registration Number', value: 'HRA 738077 (Stuttgart)', country: 'Germany' },
    });
    expect(classifyFact('alt. Passport 0310857 (Eritrea) issued 21 Aug 2006 expires 20 Aug 2008')).toEqual({
      kind: 'identifier',
      identifier: { type: 'Passport', value: '0310857', country: 'Eritrea', issued: '21 Aug 2006', expires: '20 Aug 2008' },
    });
    expect(classifyFact('Telephone (98)(21)(66153220)')).toEqual({
      kind: 'identifier',
      identifier: { type: 'Telephone', value: '(98)(21)(66153220)' },
    });
    expect(classifyFact('Vessel Registration Identification IMO  8730455')).toMatchObject({
      identifier: { value: 'IMO 8730455' },
    });
    expect(classifyFact('Passport issued in Sarajevo, Bosnia-Herzegovina').kind).toBe('other');
    expect(classifyFact('passport place of issue: Al-Anbar, Iraq').kind).toBe('other');
  });
});

describe('countries', () => {
  it('knows the names OFAC writes', () => {
    const expected: Record<string, string> = {
      'Korea, North': 'KP',
      'North Korea': 'KP',
      DPRK: 'KP',
      "Democratic People's Republic of Korea": 'KP',
      Burma: 'MM',
      Russia: 'RU',
      Syria: 'SY',
      'Congo, Democratic Republic of the': 'CD',
      'Korea, South': 'KR',
      'West Bank': 'PS',
      Kosovo: 'XK',
      'Man, Isle of': 'IM',
      Turkey: 'TR',
      'United Kingdom': 'GB',
    };
    for (const [name, code] of Object.entries(expected)) expect([name, countryCode(name)]).toEqual([name, code]);
    expect(countryCode('Congo')).toBeUndefined();
    expect(countryCode('None Identified')).toBeUndefined();
  });

  it('names codes in English', () => {
    expect(countryName('KP')).toBe('North Korea');
    expect(countryName('xk')).toBe('Kosovo');
    expect(countryName('ZZ')).toBeUndefined();
  });

  it('finds the country of a place of birth', () => {
    expect(countryOfPlace('Pyongyang, North Korea')).toBe('KP');
    expect(countryOfPlace('Moscow, Russia')).toBe('RU');
    expect(countryOfPlace('Kaesong, DPRK')).toBe('KP');
    expect(countryOfPlace('Kaziba, Congo, Democratic Republic of the')).toBe('CD');
    expect(countryOfPlace('Khartoum Sudan')).toBe('SD');
    expect(countryOfPlace('Yubna, Gaza (Palestinian Authority)')).toBe('PS');
    expect(countryOfPlace('Las Cruces, New Mexico')).toBeUndefined();
    expect(countryOfPlace('Belgrade, Serbia and Montenegro')).toBeUndefined();
  });
});

describe.skipIf(!FULL_FILE)('parseSdn on the full 2024-05-03 list', () => {
  const raw = FULL_FILE ? readFileSync(FULL_FILE) : Buffer.alloc(0);
  const full = parseSdn(raw);

  it('reads every entry', () => {
    expect(full.entries).toHaveLength(14_965);
    const types: Record<string, number> = {};
    for (const e of full.entries) types[e.type] = (types[e.type] ?? 0) + 1;
    expect(types).toEqual({ individual: 6854, entity: 6884, vessel: 851, aircraft: 376 });
  });

  it('rejects only the 18 cut remarks cells', () => {
    const reasons: Record<string, number> = {};
    for (const r of full.rejected) reasons[r.reason] = (reasons[r.reason] ?? 0) + 1;
    expect(reasons).toEqual({ [CUT_FACT_REASON]: 17, [CUT_AFTER_SEPARATOR_REASON]: 1 });
  });

  it('finds every complete digital currency address, and the cut ones are rejected', () => {
    const text = raw.toString('latin1');
    // Complete: followed by the next fact or by the closing '.' of the cell.
    const complete = text.match(/Digital Currency Address - [A-Z0-9]+ [A-Za-z0-9]+(?=;|\.")/g) ?? [];
    const all = text.match(/Digital Currency Address - /g) ?? [];
    const parsed = full.entries.flatMap((e) => e.digitalCurrencyAddresses);
    expect(parsed).toHaveLength(complete.length);
    const cut = full.rejected.filter((r) => r.fact.includes('Digital Currency Address - '));
    expect(parsed.length + cut.length).toBe(all.length);
  });

  it('resolves every country name except a handful that are not countries', () => {
    const unresolved = (values: string[], resolve: (v: string) => string | undefined) =>
      [...new Set(values.filter((v) => !resolve(v)))].sort();
    const all = (pick: (e: SdnEntry) => string[]) => full.entries.flatMap(pick);
    expect(unresolved(all((e) => e.nationalities), countryCode)).toEqual(['possibly Palestinian']);
    expect(unresolved(all((e) => e.citizenships), countryCode)).toEqual([]);
    expect(unresolved(all((e) => e.identifiers.flatMap((i) => i.country ?? [])), countryCode)).toEqual([
      'Bogota',
      'Cali',
      'Medellin',
      'Uraba',
    ]);
    expect(unresolved(all((e) => (e.vesselFlag ? [e.vesselFlag] : [])), countryCode)).toEqual(['None Identified']);
    const places = all((e) => e.birthPlaces);
    // The rest name no country ('Guadalajara, Jalisco') or a former one ('Belgrade, Serbia and Montenegro').
    expect(places.filter((p) => countryOfPlace(p)).length / places.length).toBeGreaterThan(0.97);
  });
});
