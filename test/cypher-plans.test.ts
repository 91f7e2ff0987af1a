import { beforeAll, describe, expect, it } from 'vitest';
import { SCAN_OPERATORS, type ScanOperator, type Statement } from '../src/db/statements.js';
import { explain } from './support/explain.js';
import { allStatements } from './support/statements.js';

/**
 * Every registered statement's plan, on the test database the global setup started and migrated
 * (so every index and constraint exists): `EXPLAIN` plans without
 * running, and Neo4j 5 plans a statement without its parameters (checked), so no values are
 * needed. A statement must reach its rows by index seeks unless its registration declares the
 * scans it uses and why; a declared scan its plan no longer makes is a stale declaration.
 */
let statements: readonly Statement[];

beforeAll(async () => {
  statements = await allStatements();
});

const isScan = (operator: string): operator is ScanOperator => (SCAN_OPERATORS as readonly string[]).includes(operator);

describe('statement plans', () => {
  it('cover every registered statement', () => {
    expect(statements.length).toBeGreaterThan(50);
  });

  it('seek where they should, and scan only as declared', async () => {
    const wrong: Record<string, { scans: string[]; declared: readonly string[] }> = {};
    for (const s of statements) {
      const plan = await explain(s.text, {});
      expect(plan[0], s.name).toBe('ProduceResults');
      const scans = [...new Set(plan.filter(isScan))];
      const declared = s.expectation.scans?.operators ?? [];
      const undeclared = scans.filter((op) => !declared.includes(op));
      const stale = declared.length > 0 && !scans.some((op) => declared.includes(op));
      if (undeclared.length > 0 || stale) wrong[s.name] = { scans, declared };
    }
    expect(wrong).toEqual({});
  });

  it('would catch a label scan where a seek is expected', async () => {
    const plan = await explain('MATCH (n:Organization) WHERE n.synthetic = $s RETURN n.key', {});
    expect(plan.filter(isScan)).toEqual(['NodeByLabelScan']);
  });
});
