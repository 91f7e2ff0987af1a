import DataLoader from 'dataloader';
import type { Executor, Row, Tx } from '../../db/executor.js';
import { cypherInt, type Plain } from '../../db/values.js';
import { badUserInput } from '../../errors.js';
import type { RelationshipKind } from '../../generated/graphql.js';
import type { NodeRecord } from '../records.js';
import { column } from '../row-mapping.js';
import type { NeighbourhoodRequest } from './arguments.js';
import { asBoolean, asList, asMap, asNumber, asOptString, asString } from './plain-values.js';
import type { GraphEdgeRecord, GraphNodeRecord, NeighbourhoodRecord } from './records.js';
import { degreeExpression, kindOfType, typeAlternation } from './relationship-kinds.js';

/** Most nodes one neighbourhood shows; past it the expansion stops and says so (`truncated`). */
export const NODE_BUDGET = 2500;

/**
 * Most relationships one ring query returns. A frontier larger than this allows (only at depth
 * 3 or with large `limitPerNode`) is sent in chunks, each stopping early once the budget is met.
 */
const ROWS_PER_QUERY = 10_000;

/** What a graph view draws for a node: its type label and a short name, not the whole record. */
const graphNode = (v: string) =>
  `{key: ${v}.key, type: [l IN labels(${v}) WHERE l <> 'Node'][0], ` +
  `label: coalesce(${v}.name, ${v}.title, ${v}.address, ${v}.key), synthetic: coalesce(${v}.synthetic, false)}`;

/**
 * The top `$limit` relationships of node `p` of the given types: money first (largest amount,
 * then newest, then by key), then the other kinds by type and neighbour key. Amounts are decimal
 * strings, ranked as numbers with `toFloat` (only the order uses the float; the exact string is
 * returned). The neighbour's key is read for the order only where a keyless link needs it, so a
 * hub's thousands of transfers are ranked from relationship properties alone.
 */
const keptOfP = (types: string) => `
CALL {
  WITH p
  MATCH (p)-[r:${types}]-(n)
  WITH r, n
  ORDER BY r.amount IS NULL, toFloat(r.amount) DESC, coalesce(r.paidAt, r.at) DESC, type(r),
    CASE WHEN r.amount IS NULL THEN n.key END, r.key
  LIMIT $limit
  RETURN collect({
    type: type(r), key: r.key, from: startNode(r).key, to: endNode(r).key,
    amount: r.amount, asset: r.asset, at: coalesce(r.paidAt, r.at), node: ${graphNode('n')}
  }) AS kept
}`;

/** The centre and its first ring in one statement; no row when the centre does not exist. */
const firstRingCypher = (types: string, degree: string) => `
MATCH (p:Node {key: $key})
${keptOfP(types)}
RETURN ${graphNode('p')} AS node, ${degree} AS degree, kept`;

/** A further ring: UNWIND over the frontier, each node with its degree and kept relationships. */
const ringCypher = (types: string, degree: string) => `
UNWIND $frontier AS key
MATCH (p:Node {key: key})
${keptOfP(types)}
RETURN key, ${degree} AS degree, kept`;

const degreesCypher = (degree: string) => `
UNWIND $keys AS key
MATCH (p:Node {key: key})
RETURN key, ${degree} AS degree`;

interface KeptRow {
  readonly type: string;
  readonly key: string | null;
  readonly from: string;
  readonly to: string;
  readonly amount: string | null;
  readonly asset: string | null;
  readonly at: string | null;
  readonly node: GraphNodeRow;
}

interface GraphNodeRow {
  readonly key: string;
  readonly type: NodeRecord['__typename'];
  readonly label: string;
  readonly synthetic: boolean;
}

function toGraphNodeRow(value: Plain): GraphNodeRow {
  const m = asMap(value, 'a graph node');
  return {
    key: asString(m.key, 'node key'),
    // Labels are written only from NODE_TYPES, whose names are the GraphQL type names.
    type: asString(m.type, 'node type') as NodeRecord['__typename'],
    label: asString(m.label, 'node label'),
    synthetic: asBoolean(m.synthetic, 'node synthetic'),
  };
}

function toKeptRow(value: Plain): KeptRow {
  const m = asMap(value, 'a kept relationship');
  return {
    type: asString(m.type, 'relationship type'),
    key: asOptString(m.key),
    from: asString(m.from, 'relationship start'),
    to: asString(m.to, 'relationship end'),
    amount: asOptString(m.amount),
    asset: asOptString(m.asset),
    at: asOptString(m.at),
    node: toGraphNodeRow(m.node ?? null),
  };
}

interface Ring {
  readonly degree: number;
  readonly kept: readonly KeptRow[];
}

interface Draft {
  readonly row: GraphNodeRow;
  readonly depth: number;
  degree: number | null;
  expanded: boolean;
}

/** A keyless link is identified by its kind and ends: the store holds at most one per triple. */
export function edgeIdentity(kind: RelationshipKind, key: string | null, from: string, to: string): string {
  return key ?? `link:${JSON.stringify([kind, from, to])}`;
}

function toEdge(row: KeptRow): GraphEdgeRecord {
  const kind = kindOfType(row.type);
  return {
    id: edgeIdentity(kind, row.key, row.from, row.to),
    kind,
    fromKey: row.from,
    toKey: row.to,
    amount: row.amount,
    asset: row.asset,
    at: row.at,
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Expands ring by ring, one query per ring (UNWIND over the frontier; the first ring also reads
 * the centre), all in one read transaction so the rings see one snapshot. Frontier nodes are
 * expanded in the order they were reached; a node whose new neighbours would take the view past
 * `NODE_BUDGET` is left unexpanded, and so is everything after it.
 *
 * Degrees are counted for the nodes expanded (their omitted relationships need it); the outer
 * ring's are left to `degreeLoader`, read only when a client asks for them.
 */
export async function loadNeighbourhood(executor: Executor, request: NeighbourhoodRequest): Promise<NeighbourhoodRecord> {
  const types = typeAlternation(request.kinds);
  const degree = degreeExpression('p', request.kinds);
  const limit = cypherInt(request.limitPerNode);
  return executor.readTx(async (tx) => {
    const [first] = await tx.run(firstRingCypher(types, degree), { key: request.centerKey, limit });
    if (!first) throw badUserInput('id', 'no object has this id');

    const drafts = new Map<string, Draft>();
    const edges = new Map<string, GraphEdgeRecord>();
    drafts.set(request.centerKey, { row: toGraphNodeRow(column(first, 'node')), depth: 0, degree: null, expanded: false });
    let rings = new Map([[request.centerKey, toRing(first)]]);
    let frontier = [request.centerKey];
    let truncated = false;

    for (let depth = 1; depth <= request.depth && frontier.length > 0 && !truncated; depth += 1) {
      const next: string[] = [];
      for (const chunk of chunks(frontier, Math.floor(ROWS_PER_QUERY / request.limitPerNode))) {
        if (depth > 1) rings = await ringsOf(tx, ringCypher(types, degree), chunk, limit);
        for (const key of chunk) {
          const ring = rings.get(key);
          const draft = drafts.get(key);
          if (!ring || !draft) continue;
          draft.degree = ring.degree;
          const fresh = new Map<string, GraphNodeRow>();
          for (const row of ring.kept) if (!drafts.has(row.node.key)) fresh.set(row.node.key, row.node);
          if (drafts.size + fresh.size > NODE_BUDGET) {
            truncated = true;
            break;
          }
          draft.expanded = true;
          for (const node of fresh.values()) {
            drafts.set(node.key, { row: node, depth, degree: null, expanded: false });
            next.push(node.key);
          }
          for (const row of ring.kept) {
            const edge = toEdge(row);
            if (!edges.has(edge.id)) edges.set(edge.id, edge);
          }
        }
        if (truncated) break;
      }
      frontier = next;
    }

    return shape(request, drafts, [...edges.values()], truncated);
  });
}

function toRing(row: Row): Ring {
  return {
    degree: asNumber(column(row, 'degree'), 'degree'),
    kept: asList(column(row, 'kept'), 'kept').map(toKeptRow),
  };
}

async function ringsOf(tx: Tx, cypher: string, frontier: readonly string[], limit: unknown): Promise<Map<string, Ring>> {
  const rows = await tx.run(cypher, { frontier, limit });
  return new Map(rows.map((row) => [asString(column(row, 'key'), 'frontier key'), toRing(row)]));
}

/** A node's omitted relationships are those of its degree that no shown edge accounts for. */
function shape(
  request: NeighbourhoodRequest,
  drafts: ReadonlyMap<string, Draft>,
  edges: readonly GraphEdgeRecord[],
  truncated: boolean,
): NeighbourhoodRecord {
  const shown = new Map<string, number>();
  const bump = (key: string) => shown.set(key, (shown.get(key) ?? 0) + 1);
  for (const edge of edges) {
    bump(edge.fromKey);
    if (edge.toKey !== edge.fromKey) bump(edge.toKey);
  }
  const nodes: GraphNodeRecord[] = [...drafts.values()].map((d) => ({
    key: d.row.key,
    typename: d.row.type,
    label: d.row.label,
    synthetic: d.row.synthetic,
    depth: d.depth,
    degree: d.degree,
    kinds: request.kinds,
    expanded: d.expanded,
    omittedEdges: d.expanded && d.degree !== null ? Math.max(0, d.degree - (shown.get(d.row.key) ?? 0)) : 0,
  }));
  const omittedEdges = nodes.reduce((sum, n) => sum + n.omittedEdges, 0);
  return { centerKey: request.centerKey, nodes, edges, omittedEdges, truncated };
}

/** A node's degree in some kinds, for the nodes a neighbourhood did not expand. */
export interface DegreeKey {
  readonly key: string;
  readonly kinds: readonly RelationshipKind[];
}

/**
 * Degrees of many nodes, batched: one `UNWIND` statement per selection of kinds (a request
 * normally has one), in key order, 0 for a node deleted since.
 */
export function degreeLoader(executor: Executor): DataLoader<DegreeKey, number, string> {
  return new DataLoader<DegreeKey, number, string>(
    async (keys) => {
      const groups = new Map<string, { kinds: readonly RelationshipKind[]; keys: string[] }>();
      for (const { key, kinds } of keys) {
        const types = typeAlternation(kinds);
        const group = groups.get(types) ?? { kinds, keys: [] };
        group.keys.push(key);
        groups.set(types, group);
      }
      const degrees = new Map<string, number>();
      for (const [types, group] of groups) {
        const rows = await executor.read(degreesCypher(degreeExpression('p', group.kinds)), { keys: group.keys });
        for (const row of rows) {
          degrees.set(`${types} ${asString(column(row, 'key'), 'key')}`, asNumber(column(row, 'degree'), 'degree'));
        }
      }
      return keys.map(({ key, kinds }) => degrees.get(`${typeAlternation(kinds)} ${key}`) ?? 0);
    },
    { cacheKeyFn: ({ key, kinds }) => `${typeAlternation(kinds)} ${key}` },
  );
}
