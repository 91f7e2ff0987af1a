import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { fromGlobalId, toGlobalId } from '../src/model/global-ids.js';
import { matchedText, searchWords, tierQueries } from '../src/loaders/search-match.js';
import { decodeCursor, encodeCursor, toConnection } from '../src/pagination/pages.js';
import { pagedCypher } from '../src/loaders/cypher-templates.js';
import { PAGED } from '../src/loaders/relationship-specs.js';
import { moneyPagesCypher } from '../src/loaders/money-specs.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 4000, NEO4J_DATA_DIR: '.data/neo4j', SEED_ON_EMPTY: true });
    expect(c.NEO4J_URI).toBeUndefined();
  });

  it('names every bad variable with the reason', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', NEO4J_HEAP: 'lots' })).toThrow(
      /PORT:.*\n.*NEO4J_URI: a Bolt URI.*\n.*NEO4J_HEAP: a size/s,
    );
    expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://db.example:7687' })).toThrow(
      /NEO4J_PASSWORD: is required when NEO4J_URI is set/,
    );
  });
});

describe('global ids', () => {
  it('round-trip keys and know their type', () => {
    const id = toGlobalId('wallet:ETH:0xabc');
    expect(fromGlobalId(id)).toEqual({ key: 'wallet:ETH:0xabc', typename: 'Wallet' });
    expect(fromGlobalId(toGlobalId('transfer:t1'))?.typename).toBe('Transfer');
  });

  it('reject what is not ours', () => {
    expect(fromGlobalId(toGlobalId('unknown:1'))).toBeNull();
    expect(fromGlobalId('***')).toBeNull();
    expect(fromGlobalId('')).toBeNull();
  });
});

describe('search queries', () => {
  it('keep only words, so no Lucene syntax from a request reaches the index, one query per tier', () => {
    expect(tierQueries(searchWords('Kwangson "bank" OR *:*'))).toEqual({
      EXACT: '(name:kwangson^4 OR aliases:kwangson^2 OR kwangson) AND (name:bank^4 OR aliases:bank^2 OR bank) AND (name:or^4 OR aliases:or^2 OR or)',
      PREFIX: '(name:kwangson*^4 OR aliases:kwangson*^2 OR kwangson*) AND (name:bank*^4 OR aliases:bank*^2 OR bank*) AND (name:or*^4 OR aliases:or*^2 OR or*)',
      FUZZY: '(kwangson* OR kwangson~1) AND bank* AND or*',
    });
    expect(searchWords('  ?! ')).toEqual([]);
  });

  it('name the text that matched, by the hit\'s tier', () => {
    expect(matchedText('PREFIX', ['lazar'], ['LAZARUS GROUP', 'HIDDEN COBRA'])).toBe('LAZARUS GROUP');
    expect(matchedText('EXACT', ['cobra'], ['LAZARUS GROUP', 'HIDDEN COBRA'])).toBe('HIDDEN COBRA');
    expect(matchedText('FUZZY', ['lazar'], ['NOVI PAZAR'])).toBe('NOVI PAZAR');
  });
});

describe('cursors and connections', () => {
  it('round-trip, and a page one item longer than asked has a next page', () => {
    const cursor = { v: 1700000000000, k: 'transfer:x' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    const items = [1, 2, 3].map((n) => ({ v: n, k: `k${n}`, node: n }));
    const conn = toConnection(items, 2, 10);
    expect(conn.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(conn.pageInfo.hasNextPage).toBe(true);
    expect(conn.pageInfo.endCursor).toBe(encodeCursor(items[1]!));
  });
});

describe('sealed cursors', () => {
  it('hide what they hold, open only with the key that sealed them, and refuse any change', async () => {
    const { seal, unseal, useCursorSecret } = await import('../src/pagination/cursor-seal.js');
    useCursorSecret('a-test-secret-of-at-least-32-chars!!');
    const sealed = seal('["Jane Example","identity:x"]');
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain('Jane');
    expect(seal('["Jane Example","identity:x"]')).toBe(sealed);
    expect(unseal(sealed)).toBe('["Jane Example","identity:x"]');
    const flipped = Buffer.from(sealed, 'base64url');
    flipped[flipped.length - 1]! ^= 1;
    expect(unseal(flipped.toString('base64url'))).toBeNull();
    useCursorSecret('another-secret-of-at-least-32-chars!!');
    expect(unseal(sealed)).toBeNull();
  });
});

describe('loader Cypher', () => {
  it('is one UNWIND over all requests, with values only as parameters', () => {
    for (const cypher of [pagedCypher(PAGED.employerEmployments), moneyPagesCypher('walletTransfers', 'TIME_DESC')]) {
      expect(cypher.trim().startsWith('UNWIND $requests AS req')).toBe(true);
      expect(cypher).toContain('LIMIT $limit');
      expect(cypher).toContain('ORDER BY v DESC, k DESC');
      expect(cypher).not.toMatch(/\$\{/);
    }
  });
});

describe('roles', () => {
  it('each include the ones before', async () => {
    const { hasRole, seesPersonalData } = await import('../src/auth/principal.js');
    const as = (role: 'VIEWER' | 'ANALYST' | 'EDITOR' | 'ADMIN') => ({ id: 'key:t', role, kind: 'key' as const });
    expect(hasRole(as('VIEWER'), 'EDITOR')).toBe(false);
    expect(hasRole(as('EDITOR'), 'EDITOR')).toBe(true);
    expect(hasRole(as('ADMIN'), 'VIEWER')).toBe(true);
    expect(seesPersonalData(as('VIEWER'))).toBe(false);
    expect(seesPersonalData(as('ANALYST'))).toBe(true);
  });
});
