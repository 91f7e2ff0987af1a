import type { Executor } from '../../db/executor.js';
import { asList, asMap, asStr, asStrList, column } from '../../db/row-readers.js';
import { badUserInput } from '../../errors.js';
import { MAX_HOPS, type ConnectionRequest } from './arguments.js';
import type { ConnectionPathRecord, ConnectionStepRecord } from './records.js';
import { kindOfType, typeAlternation } from './relationship-kinds.js';

const ENDPOINTS = `
UNWIND $keys AS key
OPTIONAL MATCH (n:Node {key: key})
RETURN key, n IS NOT NULL AS found`;

/**
 * `shortestPath` with both ends bound, a type alternation and no other predicate is planned as
 * Neo4j's bidirectional breadth-first search: it grows the smaller frontier of the two ends in
 * turn and stops at the first meeting, at `maxHops`, or when either side runs out of nodes. So a
 * missing connection costs at most the rings within half the hops of each end, never the path
 * enumeration a filtered variable-length match would do. (A predicate on the path, such as a
 * WHERE over its nodes, would make the planner fall back to exhaustive search: keep it out.)
 *
 * Variable-length bounds cannot be parameters; `hops` is a validated integer turned into digits
 * here, and `types` an alternation of model constants.
 */
function shortestCypher(types: string, hops: number): string {
  if (!Number.isInteger(hops) || hops < MAX_HOPS.min || hops > MAX_HOPS.max) {
    throw new RangeError(`maxHops out of range: ${hops}`);
  }
  return `
MATCH (a:Node {key: $a}), (b:Node {key: $b})
MATCH p = shortestPath((a)-[:${types}*1..${String(hops)}]-(b))
RETURN [n IN nodes(p) | n.key] AS nodeKeys,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key}] AS rels
LIMIT 1`;
}

/** The shortest chain between two nodes over the given kinds, or null when none is within reach. */
export async function findShortestConnection(
  executor: Executor,
  request: ConnectionRequest,
): Promise<ConnectionPathRecord | null> {
  return executor.readTx(async (tx) => {
    const found = await tx.run(ENDPOINTS, { keys: [request.aKey, request.bKey] });
    const missing = new Set(found.filter((row) => column(row, 'found') !== true).map((row) => column(row, 'key')));
    if (missing.has(request.aKey)) throw badUserInput('a', 'no object has this id');
    if (missing.has(request.bKey)) throw badUserInput('b', 'no object has this id');

    const [row] = await tx.run(shortestCypher(typeAlternation(request.kinds), request.maxHops), {
      a: request.aKey,
      b: request.bKey,
    });
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
