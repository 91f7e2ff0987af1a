import { describe, expect, it } from 'vitest';
import {
  asBool,
  asInt,
  asList,
  asMap,
  asNum,
  asOptStr,
  asSortValue,
  asStr,
  asStrList,
  bool,
  column,
  date,
  datetime,
  flag,
  int,
  list,
  map,
  num,
  optDate,
  optInt,
  optStr,
  optStrList,
  str,
  strList,
} from '../src/db/row-readers.js';
import type { Row } from '../src/db/executor.js';

const row: Row = {
  key: 'org:acme',
  name: 'Acme',
  missing: null,
  count: 3,
  share: 0.5,
  flagged: true,
  aliases: ['A', 'B'],
  mixed: ['A', 7],
  props: { a: 1 },
  day: '2024-05-01',
  at: '2024-05-01T12:30:00.250Z',
};

describe('field readers', () => {
  it('return values of the right type', () => {
    expect(str(row, 'name')).toBe('Acme');
    expect(int(row, 'count')).toBe(3);
    expect(num(row, 'share')).toBe(0.5);
    expect(bool(row, 'flagged')).toBe(true);
    expect(strList(row, 'aliases')).toEqual(['A', 'B']);
    expect(list(row, 'mixed')).toEqual(['A', 7]);
    expect(map(row, 'props')).toEqual({ a: 1 });
    expect(date(row, 'day')).toBe('2024-05-01');
    expect(datetime(row, 'at')).toBe('2024-05-01T12:30:00.250Z');
  });

  it('throw on a wrong type, naming the field and the row key', () => {
    expect(() => str(row, 'count')).toThrow('Expected field count of org:acme to be a string, got 3');
    expect(() => int(row, 'share')).toThrow(/field share of org:acme to be an integer, got 0.5/);
    expect(() => num(row, 'name')).toThrow(/field name of org:acme to be a number, got "Acme"/);
    expect(() => bool(row, 'count')).toThrow(/field count of org:acme to be a boolean/);
    expect(() => strList(row, 'mixed')).toThrow(/field mixed of org:acme to be a list of strings/);
    expect(() => list(row, 'props')).toThrow(/field props of org:acme to be a list/);
    expect(() => map(row, 'aliases')).toThrow(/field aliases of org:acme to be a map/);
    expect(() => date(row, 'at')).toThrow(/field at of org:acme to be a date/);
    expect(() => datetime(row, 'day')).toThrow(/field day of org:acme to be a datetime/);
  });

  it('never turn null or an absent field into text', () => {
    expect(() => str(row, 'missing')).toThrow('Expected field missing of org:acme to be a string, got null');
    expect(() => str(row, 'absent')).toThrow('Expected field absent of org:acme to be a string, got nothing');
    expect(() => str({ key: null }, 'key')).toThrow('Expected field key to be a string, got null');
    expect(() => int(row, 'missing')).toThrow(/got null/);
    expect(() => strList(row, 'missing')).toThrow(/got null/);
  });

  it('name no key when the row has none', () => {
    expect(() => str({ total: 1 }, 'total')).toThrow('Expected field total to be a string, got 1');
  });

  it('optional readers take null or absent as null, and nothing else', () => {
    expect(optStr(row, 'missing')).toBeNull();
    expect(optStr(row, 'absent')).toBeNull();
    expect(optStr(row, 'name')).toBe('Acme');
    expect(() => optStr(row, 'count')).toThrow(/field count of org:acme to be a string or null, got 3/);
    expect(optInt(row, 'missing')).toBeNull();
    expect(optInt(row, 'count')).toBe(3);
    expect(() => optInt(row, 'name')).toThrow(/to be an integer or null/);
    expect(optDate(row, 'absent')).toBeNull();
    expect(() => optDate(row, 'name')).toThrow(/to be a date \(YYYY-MM-DD\) or null/);
    expect(optStrList(row, 'missing')).toEqual([]);
    expect(optStrList(row, 'aliases')).toEqual(['A', 'B']);
    expect(() => optStrList(row, 'mixed')).toThrow(/to be a list of strings/);
    expect(flag(row, 'absent')).toBe(false);
    expect(flag(row, 'flagged')).toBe(true);
    expect(() => flag(row, 'name')).toThrow(/to be a boolean or null/);
  });
});

describe('value readers', () => {
  it('check one value and name what it is', () => {
    expect(asStr('x', 'hop key')).toBe('x');
    expect(() => asStr(null, 'hop key')).toThrow('Expected hop key to be a string, got null');
    expect(() => asStr(undefined, 'hop key')).toThrow('Expected hop key to be a string, got nothing');
    expect(asOptStr(null, 'tx hash')).toBeNull();
    expect(asOptStr(undefined, 'tx hash')).toBeNull();
    expect(() => asOptStr(5, 'tx hash')).toThrow('Expected tx hash to be a string or null, got 5');
    expect(asNum(1.5, 'time')).toBe(1.5);
    expect(() => asNum('1', 'time')).toThrow('Expected time to be a number, got "1"');
    expect(asInt(2, 'size')).toBe(2);
    expect(() => asInt(2.5, 'size')).toThrow('Expected size to be an integer, got 2.5');
    expect(asBool(false, 'stop')).toBe(false);
    expect(() => asBool(null, 'stop')).toThrow('Expected stop to be a boolean, got null');
    expect(asList([1], 'hops')).toEqual([1]);
    expect(() => asList({}, 'hops')).toThrow('Expected hops to be a list, got {}');
    expect(asMap({ a: 'b' }, 'a tie')).toEqual({ a: 'b' });
    expect(() => asMap([], 'a tie')).toThrow('Expected a tie to be a map, got []');
    expect(() => asMap(null, 'a tie')).toThrow('Expected a tie to be a map, got null');
    expect(asStrList(['a'], 'keys')).toEqual(['a']);
    expect(() => asStrList(['a', null], 'keys')).toThrow('Expected every item of keys to be a string, got null');
    expect(asSortValue('Acme', 'v')).toBe('Acme');
    expect(asSortValue(2, 'v')).toBe(2);
    expect(asSortValue(null, 'v')).toBeNull();
    expect(() => asSortValue(true, 'v')).toThrow('Expected v to be a string, number or null, got true');
  });
});

describe('column', () => {
  it('tells a null column from a missing one', () => {
    expect(column(row, 'missing')).toBeNull();
    expect(() => column(row, 'absent')).toThrow('Result lacks column absent');
  });
});
