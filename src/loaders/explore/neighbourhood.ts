import DataLoader from 'dataloader';
import type { Row } from '../../db/index.js';
import { asBool, asList, asMap, asNum, asOptStr, asStr, column, type PlainMap } from '../../db/index.js';
import { statement, type ReadTx, type Reader, type Statement } from '../../db/index.js';
import { NODE_TYPES } from '../../model/index.js';
import { typenameOfKey } from '../../model/index.js';
import { cypherInt, type Plain } from '../../db/index.js';
import { badUserInput } from '../../errors.js';
import type { RelationshipKind } from '../../generated/graphql.js';
import { personalNode } from '../personal.js';
import type { NodeRecord } from '../records.js';
import type { NeighbourhoodRequest } from './arguments.js';
import type { GraphEdgeRecord, GraphNodeRecord, NeighbourhoodRecord } from './records.js';
import {
  DEFAULT_KINDS,
  degreeExpression,
  kindOfType,
  selectedDegreeExpression,
  selectedTypes,
  typeAlternation,
} from './relationship-kinds.js';

/**
 * Most nodes and relationships one neighbourhood shows (more than a graph view can draw); past
 * either the expansion stops and says so (`truncated`). The edge budget matters in dense
 * clusters, where nodes keep relationships among themselves without adding nodes.
 */
export const NODE_BUDGET = 2500;
export const EDGE_BUDGET = 10_000;

/**
 * Most relationships one ring query returns. A frontier larger than this allows (only at depth
 * 3 or with large `limitPerNode`) is sent in chunks, each stopping early once the budget is met.
 */
const ROWS_PER_QUERY = 10_000;

/**
 * What a graph view draws for a node: a short name, not the whole record. Its type comes from
 * its key's prefix, as global ids' do, so no label list is read or sent per node.
 */
const graphNode = (v: string) =>
  `{key: ${v}.key, label: coalesce(${v}.name, ${v}.title, ${v}.address, ${v}.key), synthetic: coalesce(${v}.synthetic, false), personal: ${personalNode(v)}}`;

/**
 * The statements of one way of spelling the selected kinds: the default selection (everything
 * but citations, what nearly every request uses) as a type alternation, so Neo4j expands only
 * those relationship groups and takes degrees from its counts; any other selection as `$types`,
 * checked on each relationship, with degrees summed per type (`selectedDegreeExpression`). Both
 * sets are registered at load, so no selection builds text per request.
 */
interface RingReads {
  readonly firstRing: Statement;
  readonly firstTwoRings: Statement;
  readonly ring: Statement;
  readonly degrees: Statement;
}

/**
 * The top `$limit` relationships of node `p` that `pattern` matches (it binds `r` and `n`): money
 * first (largest amount, then newest, then by key), then the other kinds by type and neighbour
 * key. Amounts are decimal
 * strings, ranked as numbers with `toFloat` (only the order uses the float; the exact string is
 * returned). The neighbour's key is read for the order only where a keyless link needs it, so a
 * hub's thousands of transfers are ranked from relationship properties alone. Binds `kept`
 * (the relationships, in order; `out` when `p` is the start, so the ends need not be returned;
 * times as epoch milliseconds, lighter to send than datetimes) and `ns` (their other ends).
 */
const keptOfP = (pattern: string) => `
CALL {
  WITH p
  MATCH ${pattern}
  WITH p, r, n
  ORDER BY r.amount IS NULL, toFloat(r.amount) DESC, coalesce(r.paidAt, r.at) DESC, type(r),
    CASE WHEN r.amount IS NULL THEN n.key END, r.key
  LIMIT $limit
  RETURN collect({
    type: type(r), key: r.key, out: startNode(r) = p,
    amount: r.amount, asset: r.asset, ms: coalesce(r.paidAt, r.at).epochMillis, node: ${graphNode('n')}
  }) AS kept, collect(n) AS ns
}`;

function ringReads(name: string, pattern: string, degree: string): RingReads {
  const kept = keptOfP(pattern);
  return {
    /** The centre and its first ring in one statement; no row when the centre does not exist. */
    firstRing: statement(`explore.neighbourhood.${name}.firstRing`, `
MATCH (p:Node {key: $key})
${kept}
RETURN ${graphNode('p')} AS node, ${degree} AS degree, kept, [] AS second`),
    /**
     * The centre and its first two rings in one statement: the second ring is at most 100 × 100
     * relationships, and one round trip fewer is most of what a depth-2 view costs beyond the work
     * itself. The node budget is applied to the rows afterwards, in ring order, exactly as if the
     * second ring had been read on its own.
     */
    firstTwoRings: statement(`explore.neighbourhood.${name}.firstTwoRings`, `
MATCH (c:Node {key: $key})
CALL {
  WITH c
  WITH c AS p
  ${kept}
  RETURN kept AS firstKept, ns AS firstRing
}
CALL {
  WITH c, firstRing
  UNWIND firstRing AS p
  WITH DISTINCT c, p WHERE p <> c
  ${kept}
  RETURN collect({key: p.key, degree: ${degree}, kept: kept}) AS second
}
WITH c AS p, firstKept AS kept, second
RETURN ${graphNode('p')} AS node, ${degree} AS degree, kept, second`),
    /** A further ring: UNWIND over the frontier, each node with its degree and kept relationships. */
    ring: statement(`explore.neighbourhood.${name}.ring`, `
UNWIND $frontier AS key
MATCH (p:Node {key: key})
${kept}
RETURN key, ${degree} AS degree, kept`),
    degrees: statement(`explore.neighbourhood.${name}.degrees`, `
UNWIND $keys AS key
MATCH (p:Node {key: key})
RETURN key, ${degree} AS degree`),
  };
}

const DEFAULT_READS = ringReads(
  'defaultKinds',
  `(p)-[r:${typeAlternation(DEFAULT_KINDS)}]-(n)`,
  degreeExpression('p', DEFAULT_KINDS),
);
const SELECTED_READS = ringReads('selectedKinds', '(p)-[r]-(n) WHERE type(r) IN $types', selectedDegreeExpression('p'));

/** The statements for a selection of kinds; every statement also takes it as `$types`. */
const readsOf = (kinds: readonly RelationshipKind[]): RingReads =>
  typeAlternation(kinds) === typeAlternation(DEFAULT_KINDS) ? DEFAULT_READS : SELECTED_READS;

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
  readonly personal: boolean;
}

function toGraphNodeRow(value: Plain): GraphNodeRow {
  const m = asMap(value, 'a graph node');
  const key = asStr(m.key, 'node key');
  const type = typenameOfKey(key);
  if (!type || !(type in NODE_TYPES)) throw new Error(`Stored node ${key} has no node type prefix`);
  return {
    key,
    type: type as NodeRecord['__typename'],
    label: asStr(m.label, 'node label'),
    synthetic: asBool(m.synthetic, 'node synthetic'),
    personal: asBool(m.personal, 'node personal'),
  };
}

/** A kept relationship of node `pKey`, its ends restored from its direction. */
function toKeptRow(value: Plain, pKey: string): KeptRow {
  const m = asMap(value, 'a kept relationship');
  const node = toGraphNodeRow(m.node ?? null);
  const out = asBool(m.out, 'relationship direction');
  return {
    type: asStr(m.type, 'relationship type'),
    key: asOptStr(m.key, 'relationship key'),
    from: out ? pKey : node.key,
    to: out ? node.key : pKey,
    amount: asOptStr(m.amount, 'relationship amount'),
    asset: asOptStr(m.asset, 'relationship asset'),
    at: m.ms === null || m.ms === undefined ? null : new Date(asNum(m.ms, 'relationship time')).toISOString(),
    node,
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
 * Expands ring by ring, all in one read transaction so the rings see one snapshot: the centre
 * and its first two rings in one statement (the second is at most `limitPerNode`² rows), then
 * one statement per further ring (UNWIND over the frontier, in chunks). Frontier nodes are
 * expanded in the order they were reached; a node whose new neighbours or relationships would
 * take the view past a budget is left unexpanded, and so is everything after it.
 *
 * Degrees are counted for the nodes expanded (their omitted relationships need it); the outer
 * ring's are left to `degreeLoader`, read only when a client asks for them.
 */
export async function loadNeighbourhood(executor: Reader, request: NeighbourhoodRequest): Promise<NeighbourhoodRecord> {
  const types = selectedTypes(request.kinds);
  const reads = readsOf(request.kinds);
  const limit = cypherInt(request.limitPerNode);
  return executor.readTx(async (tx) => {
    const firstCypher = request.depth >= 2 ? reads.firstTwoRings : reads.firstRing;
    const [first] = await tx.run(firstCypher, { key: request.centerKey, limit, types });
    if (!first) throw badUserInput('id', 'no object has this id');
    const secondRing = new Map(
      asList(column(first, 'second'), 'second ring').map((value) => {
        const m = asMap(value, 'a ring');
        const key = asStr(m.key, 'frontier key');
        return [key, toRing(m, key)] as const;
      }),
    );

    const drafts = new Map<string, Draft>();
    const edges = new Map<string, GraphEdgeRecord>();
    drafts.set(request.centerKey, { row: toGraphNodeRow(column(first, 'node')), depth: 0, degree: null, expanded: false });
    let rings = new Map([[request.centerKey, toRing(first, request.centerKey)]]);
    let frontier = [request.centerKey];
    let truncated = false;

    for (let depth = 1; depth <= request.depth && frontier.length > 0 && !truncated; depth += 1) {
      const next: string[] = [];
      for (const chunk of chunks(frontier, Math.floor(ROWS_PER_QUERY / request.limitPerNode))) {
        if (depth === 2) rings = secondRing;
        else if (depth > 2) rings = await ringsOf(tx, reads.ring, chunk, limit, types);
        for (const key of chunk) {
          const ring = rings.get(key);
          const draft = drafts.get(key);
          if (!ring || !draft) continue;
          draft.degree = ring.degree;
          const fresh = new Map<string, GraphNodeRow>();
          for (const row of ring.kept) if (!drafts.has(row.node.key)) fresh.set(row.node.key, row.node);
          const newEdges = ring.kept.map(toEdge).filter((edge) => !edges.has(edge.id));
          if (drafts.size + fresh.size > NODE_BUDGET || edges.size + newEdges.length > EDGE_BUDGET) {
            truncated = true;
            break;
          }
          draft.expanded = true;
          for (const node of fresh.values()) {
            drafts.set(node.key, { row: node, depth, degree: null, expanded: false });
            next.push(node.key);
          }
          for (const edge of newEdges) edges.set(edge.id, edge);
        }
        if (truncated) break;
      }
      frontier = next;
    }

    return shape(request, drafts, [...edges.values()], truncated);
  });
}

function toRing(row: Row | PlainMap, pKey: string): Ring {
  return {
    degree: asNum(row.degree, 'degree'),
    kept: asList(row.kept ?? null, 'kept').map((value) => toKeptRow(value, pKey)),
  };
}

async function ringsOf(
  tx: ReadTx,
  ring: Statement,
  frontier: readonly string[],
  limit: unknown,
  types: readonly string[],
): Promise<Map<string, Ring>> {
  const rows = await tx.run(ring, { frontier, limit, types });
  return new Map(
    rows.map((row) => {
      const key = asStr(column(row, 'key'), 'frontier key');
      return [key, toRing(row, key)];
    }),
  );
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
    personal: d.row.personal,
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
export function degreeLoader(executor: Reader): DataLoader<DegreeKey, number, string> {
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
        const rows = await executor.read(readsOf(group.kinds).degrees, { keys: group.keys, types: selectedTypes(group.kinds) });
        for (const row of rows) {
          degrees.set(`${types} ${asStr(column(row, 'key'), 'key')}`, asNum(column(row, 'degree'), 'degree'));
        }
      }
      return keys.map(({ key, kinds }) => degrees.get(`${typeAlternation(kinds)} ${key}`) ?? 0);
    },
    { cacheKeyFn: ({ key, kinds }) => `${typeAlternation(kinds)} ${key}` },
  );
}
