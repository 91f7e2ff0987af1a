import type { Params, Row } from './executor.js';

/**
 * The named registry of the Cypher statements the API reads with. Every statement is built once,
 * when its module loads, from constants; requests choose among them and send values only as
 * parameters. The registry is what the statement snapshot (test/statements.test.ts) and the plan
 * check (test/cypher-plans.test.ts) enumerate, so a statement outside it would escape both: the
 * loaders' read API (`Reader`) accepts only what `statement()` returns.
 */

/** Plan operators that read every node or relationship of a label or type (or all of them). */
export const SCAN_OPERATORS = [
  'AllNodesScan',
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
] as const;

export type ScanOperator = (typeof SCAN_OPERATORS)[number];

/** What a statement's plan may do beyond index seeks and expansions from them. */
export interface Expectation {
  /**
   * The scans its plan legitimately uses, and why (a whole list read in index order, a count the
   * count store answers). Without it the statement must seek.
   */
  readonly scans?: { readonly operators: readonly ScanOperator[]; readonly reason: string };
}

declare const registered: unique symbol;

/** A registered statement; only `statement()` makes one, so the type proves registration. */
export interface Statement {
  readonly name: string;
  readonly text: string;
  readonly expectation: Expectation;
  readonly [registered]: true;
}

const NAME = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;

const registry = new Map<string, Statement>();

/**
 * Registers `text` under a unique dotted name (`loaders.nodesByKey`, `money.pathWithin.3`). Call
 * it at module load only: a second registration of a name throws, so a statement built per
 * request fails on the second request rather than slipping by.
 */
export function statement(name: string, text: string, expectation: Expectation = {}): Statement {
  if (!NAME.test(name)) throw new Error(`Statement name ${JSON.stringify(name)} is not dotted lowerCamel words`);
  if (registry.has(name)) throw new Error(`Statement ${name} is registered twice`);
  const made = { name, text: text.trim(), expectation } as Statement;
  registry.set(name, made);
  return made;
}

/** Every statement registered so far, by name. */
export function registeredStatements(): readonly Statement[] {
  return [...registry.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A transaction that runs registered statements only. */
export interface ReadTx {
  run(statement: Statement, params?: Params): Promise<Row[]>;
}

/** The read side of an executor as the loaders see it: registered statements only. */
export interface Reader {
  read(statement: Statement, params?: Params): Promise<Row[]>;
  readTx<T>(work: (tx: ReadTx) => Promise<T>): Promise<T>;
}
