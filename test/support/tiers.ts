/**
 * Which tier each test file runs in (vitest projects in vitest.config.ts). A file is in the
 * `unit` tier when it needs no database and starts nothing; in `e2e` when it starts processes or
 * servers (HTTP listeners, its own Neo4j, `npm` commands); every other file is `integration` and
 * runs against the one Neo4j of the global setup. A new file lands in `integration` until listed
 * here: it works there whatever it needs. test/suite-layout.test.ts checks each file against what it
 * imports and calls, so a file cannot sit in a tier it does not fit.
 */
export const UNIT_FILES = [
  'test/addresses.test.ts',
  'test/api-key-cache.test.ts',
  'test/boundaries.test.ts',
  'test/embedded-launch.test.ts',
  'test/expensive-slots.test.ts',
  'test/exposure-engine.test.ts',
  'test/exposure-reference.test.ts',
  'test/find-trails.test.ts',
  'test/graph-rules.test.ts',
  'test/list-filters.test.ts',
  'test/memory-money-graph.test.ts',
  'test/ofac-parse.test.ts',
  'test/pii-unit.test.ts',
  'test/read-lines.test.ts',
  'test/readme-lists.test.ts',
  'test/readme-queries.test.ts',
  'test/row-readers.test.ts',
  'test/schema-contract.test.ts',
  'test/schema-docs.test.ts',
  'test/screening-unit.test.ts',
  'test/share-arithmetic.test.ts',
  'test/strongly-connected.test.ts',
  'test/statements.test.ts',
  'test/suite-layout.test.ts',
  'test/temporal-text.test.ts',
  'test/unit.test.ts',
] as const;

export const E2E_FILES = [
  'test/auth.test.ts',
  'test/concurrency.test.ts',
  'test/embedded.test.ts',
  'test/faults.test.ts',
  'test/hostile/hostile.test.ts',
  'test/http-hardening.test.ts',
  'test/http.test.ts',
  'test/production-server.test.ts',
  'test/readme-commands.test.ts',
  'test/request-id.test.ts',
  'test/sdn-round-trip.test.ts',
  'test/start-and-stop.test.ts',
] as const;

export const ALL_TESTS = 'test/**/*.test.ts';
