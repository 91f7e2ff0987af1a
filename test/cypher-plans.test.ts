import { afterAll, describe, expect, it } from 'vitest';
import { SCAN_OPERATORS, type ScanOperator } from '../src/db/statements.js';
import { openExplainer } from './support/explain.js';
import { allStatements } from './support/statements.js';

/**
 * Every registered statement's plan, on the test database the global setup started and migrated
 * (so every index and constraint exists). `EXPLAIN` plans without running, and Neo4j 5 plans a
 * statement without its parameters (checked), so no values are needed. A statement must reach
 * its rows by index seeks unless its registration declares the scans it uses and why; a
 * declared scan its plan no longer makes is a stale declaration and fails too.
 */
const statements = await allStatements();
const explainer = openExplainer();

afterAll(async () => {
  await explainer.close();
});

const isScan = (operator: string): operator is ScanOperator => (SCAN_OPERATORS as readonly string[]).includes(operator);

describe('statement plans', () => {
  it('cover every registered statement', () => {
    expect(statements.length).toBeGreaterThan(50);
  });

  it.each(statements.map((s) => [s.name, s] as const))('%s seeks, or scans only as declared', async (_name, s) => {
    const plan = await explainer.plan(s.text);
    expect(plan[0]).toBe('ProduceResults');
    const scans = [...new Set(plan.filter(isScan))];
    const declared = s.expectation.scans?.operators ?? [];
    expect(scans.filter((op) => !declared.includes(op)), plan.join(' < ')).toEqual([]);
    if (declared.length > 0) expect(scans.length, 'a declared scan the plan no longer makes').toBeGreaterThan(0);
  });

  it('would catch a label scan where a seek is expected', async () => {
    const plan = await explainer.plan('MATCH (n:Organization) WHERE n.synthetic = $s RETURN n.key');
    expect(plan.filter(isScan)).toEqual(['NodeByLabelScan']);
  });
});
