import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { projectRoot } from '../src/project-root.js';
import { checkAddress } from '../src/domain/addresses.js';
import { fixture } from './support/fixture.js';
import { E2E_FILES, UNIT_FILES } from './support/tiers.js';

/**
 * The suite's own rules, read from the test files: each file sits in the tier that fits what it
 * does (test/support/tiers.ts), and each file's fixture prefix is its own.
 */
const root = projectRoot();
const testFiles = walk('test').filter((file) => file.endsWith('.test.ts'));
const source = (file: string) => readFileSync(path.join(root, file), 'utf8');

function walk(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    return entry.isDirectory() ? walk(file) : [file];
  });
}

/** Test-side modules a file imports, directly or through others (src/ is not followed). */
function testImports(file: string, seen = new Set<string>()): Set<string> {
  for (const [, spec] of source(file).matchAll(/from '(\.[^']+)'/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec!.replace(/\.js$/, '.ts')));
    if (!target.startsWith('test/') || seen.has(target)) continue;
    seen.add(target);
    // The global setup starts Neo4j for the database tiers; importing its helpers starts nothing.
    if (target !== GLOBAL_SETUP) testImports(target, seen);
  }
  return seen;
}

const GLOBAL_SETUP = 'test/support/global-setup.ts';
const DATABASE_USE = /\binject\(|\bopenDatabase\(|\bcreateHarness\(/;
// [_] keeps this line from matching itself.
const PROCESS_USE = /'node:child[_]process'|\.listen\(|\bstartEmbeddedNeo4j\(|\brunScript\(/;

function tierThatFits(file: string): 'unit' | 'integration' | 'e2e' {
  const imported = testImports(file);
  const texts = [file, ...[...imported].filter((f) => f !== GLOBAL_SETUP)].map(source);
  if (texts.some((text) => PROCESS_USE.test(text))) return 'e2e';
  if (imported.has(GLOBAL_SETUP) || texts.some((text) => DATABASE_USE.test(text))) return 'integration';
  return 'unit';
}

function tierOf(file: string): 'unit' | 'integration' | 'e2e' {
  if ((UNIT_FILES as readonly string[]).includes(file)) return 'unit';
  if ((E2E_FILES as readonly string[]).includes(file)) return 'e2e';
  return 'integration';
}

describe('test tiers', () => {
  it('list only files that exist, each in one tier', () => {
    expect([...UNIT_FILES, ...E2E_FILES].filter((file) => !testFiles.includes(file))).toEqual([]);
    expect(UNIT_FILES.filter((file) => (E2E_FILES as readonly string[]).includes(file))).toEqual([]);
  });

  it.each(testFiles)('%s is in the tier that fits what it does', (file) => {
    expect(tierOf(file)).toBe(tierThatFits(file));
  });

  it('see a database or a process through the helpers a file imports', () => {
    expect(tierThatFits('test/trails.test.ts')).toBe('integration');
    expect(tierThatFits('test/start-and-stop.test.ts')).toBe('e2e');
    expect(tierThatFits('test/find-trails.test.ts')).toBe('unit');
  });
});

describe('test fixtures', () => {
  it('give every file a prefix of its own', () => {
    // This file's own fixtures are examples, not data.
    const others = testFiles.filter((file) => file !== 'test/suite-layout.test.ts');
    const prefixes = others.flatMap((file) => [...source(file).matchAll(/\bfixture\('([^']+)'\)/g)].map((m) => m[1]!));
    expect(prefixes.length).toBeGreaterThan(0);
    expect(prefixes.filter((prefix, i) => prefixes.indexOf(prefix) !== i)).toEqual([]);
  });

  it('build keys and valid ETH addresses that name their file', () => {
    const [xpo, mrl] = [fixture('xpo'), fixture('mrl')];
    expect(xpo.key('org', 'front')).toBe('org:xpo-front');
    expect(xpo.address(1)).not.toBe(mrl.address(1));
    expect(checkAddress('ETH', xpo.address(139))).toMatchObject({ ok: true });
    expect(xpo.wallet(26)).toBe(`wallet:ETH:${xpo.address(26)}`);
    expect(xpo.numberOf(xpo.address(4242).toUpperCase().replace('0X', '0x'))).toBe(4242);
    expect(() => xpo.numberOf(mrl.address(1))).toThrow(/not an address of this file/);
    expect(() => fixture('x')).toThrow(/prefix/);
  });

  it('refuse to write keys of another file, before touching the database', async () => {
    const untouched = { executor: () => expect.unreachable('the database was used') } as unknown as Database;
    const src = { key: 'source:mrl-fiction', kind: 'SYNTHETIC_DATASET', title: 'Other file', synthetic: true } as const;
    await expect(fixture('xpo').write(untouched, { sources: [src] })).rejects.toThrow(/source:mrl-fiction/);
    const wallet = { chain: 'ETH', address: fixture('mrl').address(1), name: 'Other file', synthetic: true, sourceKeys: [] };
    await expect(fixture('xpo').write(untouched, { wallets: [wallet] })).rejects.toThrow(/not keys of this file/);
  });
});
