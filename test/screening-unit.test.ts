import { describe, expect, it } from 'vitest';
import { Random } from '../src/generator/random.js';
import {
  NameComparer,
  candidateQuery,
  nearestListed,
  parseGivenBirthDate,
  parseScreenItems,
  rankParties,
  readAddress,
  scoreParty,
  type ListedParty,
  type NameItem,
} from '../src/domain/screening/index.js';
import { compareBirthDate } from '../src/domain/screening/attributes.js';
import { nameForm } from '../src/domain/screening/name-forms.js';
import { romanisationKey } from '../src/domain/screening/romanisation.js';
import { tokenSimilarity } from '../src/domain/screening/token-similarity.js';
import { referencePartyScore } from './screening/reference-score.js';

/** The matching rules of the screen, without the database. */

const party = (name: string, aliases: string[] = [], birthDates: string[] = [], countries: string[] = []): ListedParty => ({
  key: `k:${name}`,
  name,
  aliases,
  birthDates,
  countries,
});
const item = (name: string, extra: Partial<NameItem> = {}): NameItem => ({ name, birthDate: null, country: null, ...extra });
const score = (query: string, listed: ListedParty, extra: Partial<NameItem> = {}) => scoreParty(new NameComparer(), item(query, extra), listed);

describe('name forms', () => {
  it('drops case, punctuation, apostrophes, legal-form and connecting words, and spells out abbreviations', () => {
    expect(nameForm("CH'OE, So'k-min").tokens).toEqual(['choe', 'sok', 'min']);
    expect(nameForm('YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.').tokens).toEqual(['yanbian', 'silverstar', 'network', 'technology']);
    expect(nameForm('Foreign Trade Bank of the DPRK').tokens).toEqual(['foreign', 'trade', 'bank', 'democratic', 'peoples', 'republic', 'korea']);
    expect(nameForm('Jinyong IT').tokens).toEqual(['jinyong', 'information', 'technology']);
    // Only noise words: kept, so the name still has words.
    expect(nameForm('Limited Company').tokens).toEqual(['limited', 'company']);
  });

  it('transliterates Hangul (surname apart), Cyrillic and Han', () => {
    expect(nameForm('김상만')).toEqual({ tokens: ['gim', 'sangman'], transliterated: true });
    expect(nameForm('Козлов Сергей').tokens).toEqual(['kozlov', 'sergey']);
    expect(nameForm('延边').transliterated).toBe(true);
  });

  it('gives Korean and Chinese romanisations of one name one key', () => {
    const same = [['chinyong', 'jinyong'], ['kim', 'gim'], ['pak', 'park'], ['ri', 'lee'], ['kyong', 'gyeong'], ['hsin', 'xin'], ['choe', 'choi']];
    for (const [a, b] of same) expect(romanisationKey(a!)).toBe(romanisationKey(b!));
    expect(romanisationKey('kim')).not.toBe(romanisationKey('pak'));
  });
});

describe('word similarity (hand-worked)', () => {
  it('is 1 for equal words, 0.95 for a romanisation variant, 0.85 for a phonetic match', () => {
    expect(tokenSimilarity('kim', 'kim')).toEqual({ similarity: 1, kind: 'EXACT' });
    expect(tokenSimilarity('chinyong', 'jinyong')).toEqual({ similarity: 0.95, kind: 'VARIANT' });
    // smith/smyth: keys differ by one letter of five, (4/5)^2 = 0.64 < 0.85 for the same sound.
    expect(tokenSimilarity('smith', 'smyth')).toEqual({ similarity: 0.85, kind: 'PHONETIC' });
  });

  it('squares the Levenshtein similarity of the keys, and calls anything under 0.6 no match', () => {
    // yanbian/yanbiam: keys "yanpian"/"yanpiam", 1 edit in 7: (6/7)^2; they do not sound alike.
    const edit = tokenSimilarity('yanbian', 'yanbiam');
    expect(edit.kind).toBe('EDIT');
    expect(edit.similarity).toBeCloseTo((6 / 7) ** 2, 12);
    // sangman/jongman: keys "sankman"/"jonkman", 2 edits in 7: (5/7)^2 = 0.51, no match.
    expect(tokenSimilarity('sangman', 'jongman')).toEqual({ similarity: 0, kind: 'NONE' });
  });
});

describe('name score (hand-worked)', () => {
  const kim = party('KIM, Sang Man', [], ['25 Apr 1965'], ['KP']);

  it('scores spelling, spacing, hyphen and order variants of KIM, Sang Man as 1', () => {
    for (const q of ['Kim Sangman', 'Kim Sang-man', 'KIM Sang Man', 'Sang Man Kim']) {
      expect(score(q, kim).score).toBe(1);
      expect(score(q, kim).features.exact).toBe(true);
    }
  });

  it('weighs the screened words 0.6 and the listed ones 0.4', () => {
    // "Kim": fully covered (0.6); covers kim (3 of 3+4+3 letters) of the listed name: 0.4 * 0.3.
    expect(score('Kim', kim).score).toBe(0.72);
    // gim ~ kim as a variant (0.95) on 3 of 10 letters each way: 1 - 0.05 * 0.3 = 0.985.
    expect(score('Gim Sang Man', kim).score).toBe(0.985);
    expect(score('Gim Sang Man', kim).features.romanisationVariant).toBe(true);
  });

  it('moves the score by date of birth and country', () => {
    expect(score('Kim Sang Man', kim, { birthDate: { year: 1965, day: '1965-04-25' }, country: 'KP' }).score).toBe(1);
    expect(score('Kim Sang Man', kim, { birthDate: { year: 1990 } }).score).toBe(0.8);
    expect(score('Kim Sang Man', kim, { country: 'FR' }).score).toBe(0.9);
    expect(score('Kim Sang Man', kim, { birthDate: { year: 1990 }, country: 'FR' }).score).toBe(0.7);
  });

  it('takes the best of the primary name and the aliases, saying which', () => {
    const lazarus = party('LAZARUS GROUP', ['APPLEWORM', 'HIDDEN COBRA', 'GUARDIANS OF PEACE']);
    const m = score('Hidden Cobra', lazarus);
    expect(m.score).toBe(1);
    expect(m.features).toMatchObject({ matchedName: 'HIDDEN COBRA', alias: true });
  });

  it('keeps fictional and other names well under the threshold', () => {
    expect(score('John Smith', kim).score).toBe(0);
    expect(score('Kim Jong Man', kim).score).toBeLessThan(0.8);
    expect(score('Myanma Foreign Trade Bank', party("FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA")).score).toBeLessThan(0.8);
  });
});

describe('dates of birth', () => {
  it('reads the list\'s forms and compares days and years', () => {
    expect(parseGivenBirthDate('1965-02-30')).toBeNull();
    expect(parseGivenBirthDate('1965')).toEqual({ year: 1965 });
    expect(compareBirthDate({ year: 1965 }, ['25 Apr 1965'])).toBe('MATCH');
    expect(compareBirthDate({ year: 1965, day: '1965-04-26' }, ['25 Apr 1965'])).toBe('MISMATCH');
    expect(compareBirthDate({ year: 1961 }, ['circa 1960'])).toBe('MATCH');
    expect(compareBirthDate({ year: 1963 }, ['1960 to 1962'])).toBe('MISMATCH');
    expect(compareBirthDate({ year: 1963 }, [])).toBe('NOT_LISTED');
    expect(compareBirthDate(null, ['1960'])).toBe('NOT_GIVEN');
  });
});

describe('addresses', () => {
  const listed = [{ key: 'wallet:BTC:1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ', chain: 'BTC' as const, address: '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ' }];

  it('reads a bad checksum as invalid and offers the nearest listed address within a few edits', () => {
    const typo = { address: '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfK', chain: 'BTC' as const };
    expect(readAddress(typo)).toEqual({ valid: false, reason: 'bad base58check checksum' });
    expect(nearestListed(typo, listed)).toEqual({ listed: listed[0], distance: 1 });
    expect(nearestListed({ address: '1BoatSLRHtKNngkdXEeobR76b53LETtpyT', chain: 'BTC' }, listed)).toBeNull();
  });

  it('reads a 0x address on every EVM chain when no chain is given', () => {
    const reading = readAddress({ address: '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40', chain: null });
    expect(reading.valid && reading.forms.map((f) => f.chain)).toEqual(['ETH', 'ETC', 'BSC', 'ARB']);
  });
});

describe('items and candidate queries', () => {
  it('reports every bad field with its path', () => {
    const { issues } = parseScreenItems([{ name: '' }, { name: 'a', address: 'b' }, { name: 'Kim', country: 'Atlantis' }, { address: 'x', dateOfBirth: '1965' }]);
    expect(issues.map((i) => i.field)).toEqual(['items.0.name', 'items.1.address', 'items.2.country', 'items.3.dateOfBirth']);
  });

  it('lets no Lucene syntax through', () => {
    const query = candidateQuery('name:(x) OR "a" AND b~9 \\ * ? [1 TO 2] {} ^3 -c +d && || !e /f/')!;
    const inner = query.replace(/^name:\(|\) OR aliases:\(.*$/g, '');
    expect(inner).toMatch(/^[\p{L}\p{N}~" ]+( OR [\p{L}\p{N}~" ]+)*$/u);
    expect(candidateQuery('?!')).toBeNull();
  });
});

describe('production score against the plain reference', () => {
  const WORDS = [
    'kim', 'gim', 'sang', 'man', 'sangman', 'jong', 'chong', 'un', 'ri', 'lee', 'pak', 'park', 'chol', 'choe', 'choi', 'hyok', 'kyong',
    'gyeong', 'nam', 'song', 'il', 'korea', 'korean', 'trading', 'trade', 'bank', 'foreign', 'silver', 'star', 'silverstar', 'yanbian',
    'chinyong', 'jinyong', 'information', 'technology', 'lazarus', 'lazaro', 'group', 'co.', 'ltd', 'llc', 'company', 'corporation',
    'of', 'the', 'dprk', 'it', 'mikhaylovich', 'mikhailovich', 'sergey', 'sergei', 'kozlov', 'smith', 'smyth', '김', '상만', 'Козлов',
  ];
  const SEPARATORS = [' ', ' ', ', ', '-', ' '];
  const DATES = ['25 Apr 1965', '1965', 'circa 1960', '1960 to 1962', '01 Jan 1980'];
  const COUNTRIES = ['KP', 'CN', 'RU', 'FR'];
  const rng = new Random([0x5c4ee7, 2026, 12, 2]);

  const name = () => {
    const words = Array.from({ length: rng.int(1, 5) }, () => rng.pick(WORDS));
    return words.reduce((text, w, i) => (i === 0 ? w : text + rng.pick(SEPARATORS) + w), '');
  };
  const randomParty = (i: number): ListedParty => ({
    key: `k:${i}`,
    name: name(),
    aliases: Array.from({ length: rng.int(0, 3) }, name),
    birthDates: rng.chance(0.5) ? [rng.pick(DATES)] : [],
    countries: rng.chance(0.5) ? [rng.pick(COUNTRIES)] : [],
  });
  const randomItem = (): NameItem => ({
    name: name(),
    birthDate: rng.chance(0.3) ? { year: rng.pick([1960, 1961, 1965, 1980]) } : null,
    country: rng.chance(0.3) ? rng.pick(COUNTRIES) : null,
  });

  it('agrees on 300 seeded random name pairs, and ranks exactly the parties the reference puts at or over the threshold', () => {
    for (let round = 0; round < 30; round++) {
      const comparer = new NameComparer();
      const query = randomItem();
      const parties = Array.from({ length: 10 }, (_, i) => randomParty(round * 10 + i));
      for (const p of parties) expect(scoreParty(comparer, query, p).score).toBeCloseTo(referencePartyScore(query, p), 9);
      const threshold = rng.pick([0.5, 0.7, 0.8, 0.9]);
      const expected = parties
        .map((p) => ({ key: p.key, score: referencePartyScore(query, p) }))
        .filter((m) => m.score >= threshold)
        .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1))
        .slice(0, 5);
      expect(rankParties(comparer, query, parties, threshold, 5).map((m) => ({ key: m.key, score: m.score }))).toEqual(expected);
    }
  });
});
