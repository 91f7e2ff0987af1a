import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/project-root.js';
import { statement, type Statement } from '../src/db/statements.js';
import { allStatements, loaderFiles } from './support/statements.js';

/**
 * The Cypher tier without a database: every statement the loaders send, by name and text, held
 * in test/cypher/statements.cypher (a changed statement shows in review as a diff of that file;
 * `npx vitest run test/statements.test.ts -u` rewrites it), and rules their texts must keep.
 */
let statements: readonly Statement[];

beforeAll(async () => {
  statements = await allStatements();
});

/** String literals a statement may hold: type and label names, enum values, and a few constants. */
const ALLOWED_STRING = /^([A-Z][A-Za-z]*|[A-Z][A-Z_]*|#ended|UTC|9999-12-31|\.|)$/;
const stringLiterals = (text: string) => [...text.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
/**
 * Number literals outside variable-length bounds and list subscripts. Ranks, tiers and sort
 * stand-ins are single digits (and one sentinel); a limit, a date or an amount from a request
 * would not be.
 */
const numberLiterals = (text: string) =>
  [...text.replaceAll(/\*\d+\.\.\d+|\{\d+,\d+\}|\[-?\d*(\.\.-?\d*)?\]/g, '').matchAll(/(?<![\w$.'-])-?\d+(\.\d+)?(e\d+)?\b/g)].map(
    (m) => m[0],
  );
const ALLOWED_NUMBER = /^(-?\d(\.0)?|1\.0e300)$/;

describe('the statement registry', () => {
  it('holds every statement of the loaders, as the snapshot has them', async () => {
    const file = statements.map((s) => `// ${s.name}${scanNote(s)}\n${s.text}\n`).join('\n');
    await expect(file).toMatchFileSnapshot('cypher/statements.cypher');
  });

  it('has statements from every kind of loader', () => {
    const prefixes = new Set(statements.map((s) => s.name.split('.')[0]));
    expect([...prefixes].sort()).toEqual(['audit', 'explore', 'lists', 'loaders', 'money', 'screening', 'search']);
  });

  it('refuses a name twice, and names that are not dotted', () => {
    const first = statements[0]!;
    expect(() => statement(first.name, 'RETURN 1')).toThrow(/registered twice/);
    expect(() => statement('undotted', 'RETURN 1')).toThrow(/dotted/);
    expect(new Set(statements.map((s) => s.name)).size).toBe(statements.length);
  });

  it('has no template leftovers and sends request values only as parameters', () => {
    for (const s of statements) {
      expect(s.text, s.name).not.toContain('${');
      expect(s.text, s.name).not.toMatch(/undefined|\[object /);
      expect(stringLiterals(s.text).filter((l) => !ALLOWED_STRING.test(l)), s.name).toEqual([]);
      expect(numberLiterals(s.text).filter((n) => !ALLOWED_NUMBER.test(n)), s.name).toEqual([]);
    }
  });

  it('gives a reason for every scan a statement declares', () => {
    for (const s of statements.filter((s) => s.expectation.scans)) {
      expect(s.expectation.scans!.operators.length, s.name).toBeGreaterThan(0);
      expect(s.expectation.scans!.reason.length, s.name).toBeGreaterThan(10);
    }
  });

  it('is the only way src/loaders reads: no loader names the executor or its plain-text transaction', () => {
    for (const file of loaderFiles()) {
      const text = readFileSync(path.join(projectRoot(), file), 'utf8');
      expect(text, file).not.toMatch(/\b(Executor|Tx)\b/);
    }
  });
});

function scanNote(s: Statement): string {
  const scans = s.expectation.scans;
  return scans ? ` (scans ${scans.operators.join(', ')}: ${scans.reason})` : '';
}
