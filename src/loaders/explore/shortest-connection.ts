import { asList, asMap, asStr, asStrList, column } from '../../db/index.js';
import { statement, type Reader } from '../../db/index.js';
import { badUserInput } from '../../errors.js';
import { MAX_HOPS, type ConnectionRequest } from './arguments.js';
import type { ConnectionPathRecord, ConnectionStepRecord } from './records.js';
import { DEFAULT_KINDS, kindOfType, selectedTypes, typeAlternation } from './relationship-kinds.js';

const ENDPOINTS = statement('explore.shortestConnection.endpoints', `
UNWIND $keys AS key
OPTIONAL MATCH (n:Node {key: key})
RETURN key, n IS NOT NULL AS found`);

/**
 * `shortestPath` with both ends bound, a type alternation and no other predicate is planned as
 * Neo4j's bidirectional breadth-first search: it grows the smaller frontier of the two ends in
 * turn and stops at the first meeting, at `maxHops`, or when either side runs out of nodes. So a
 * missing connection costs at most the rings within half the hops of each end, never the path
 * enumeration a filtered variable-length match would do. (A predicate on the path, such as a
 * WHERE over its nodes, would make the planner fall back to exhaustive search: keep it out.)
 *
 * The default selection (everything but citations) is spelled as a type alternation, with no
 * predicate at all; any other selection travels as `$types`, checked on every relationship by an
 * `all(...)` over the path's relationships, which the search evaluates as it expands (the plan
 * stays `ShortestPath`; test/cypher-plans.test.ts would show a fallback). Variable-length bounds
 * cannot be parameters, so each way has one statement per allowed `maxHops`, registered at load.
 */
const shortestStatements = (name: string, pattern: (hops: number) => string, where: string) =>
  new Map(
    Array.from({ length: MAX_HOPS.max - MAX_HOPS.min + 1 }, (_, i) => MAX_HOPS.min + i).map((hops) => [
      hops,
      statement(`explore.shortestConnection.${name}.within${hops}`, `
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath(${pattern(hops)})${where}
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1`),
    ] as const),
  );

const DEFAULT_SHORTEST = shortestStatements(
  'defaultKinds',
  (hops) => `(a)-[:${typeAlternation(DEFAULT_KINDS)}*1..${hops}]-(b)`,
  '',
);
const SELECTED_SHORTEST = shortestStatements(
  'selectedKinds',
  (hops) => `(a)-[*1..${hops}]-(b)`,
  '\nWHERE all(r IN relationships(p) WHERE type(r) IN $types)',
);

/** The shortest chain between two nodes over the given kinds, or null when none is within reach. */
export async function findShortestConnection(
  executor: Reader,
  request: ConnectionRequest,
): Promise<ConnectionPathRecord | null> {
  return executor.readTx(async (tx) => {
    const found = await tx.run(ENDPOINTS, { keys: [request.aKey, request.bKey] });
    const missing = new Set(found.filter((row) => column(row, 'found') !== true).map((row) => column(row, 'key')));
    if (missing.has(request.aKey)) throw badUserInput('a', 'no object has this id');
    if (missing.has(request.bKey)) throw badUserInput('b', 'no object has this id');

    const byDefault = typeAlternation(request.kinds) === typeAlternation(DEFAULT_KINDS);
    const shortest = (byDefault ? DEFAULT_SHORTEST : SELECTED_SHORTEST).get(request.maxHops);
    if (!shortest) throw new RangeError(`maxHops out of range: ${request.maxHops}`);
    const [row] = await tx.run(shortest, { a: request.aKey, b: request.bKey, types: selectedTypes(request.kinds) });
    if (!row) return null;
    const nodeKeys = asStrList(column(row, 'nodeKeys'), 'path node keys');
    const steps = asList(column(row, 'rels'), 'path relationships').map((value, i): ConnectionStepRecord => {
      const rel = asMap(value, 'a path relationship');
      const fromKey = nodeKeys[i];
      const toKey = nodeKeys[i + 1];
      if (fromKey === undefined || toKey === undefined) throw new Error('A path has one node more than relationships');
      return {
        fromKey,
        toKey,
        kind: kindOfType(asStr(rel.type, 'relationship type')),
        reversed: asStr(rel.from, 'relationship start') !== fromKey,
      };
    });
    return { nodeKeys, steps };
  });
}
