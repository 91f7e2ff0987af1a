import type { Row } from '../src/db/executor.js';
import type { Plain } from '../src/db/values.js';

/**
 * The hand-written Cypher each API operation is compared with: one statement, sent through the
 * driver (`executor.read`) with no GraphQL, no loaders and no TypeScript search around it.
 * Several money-trail statements are measured, because Neo4j 5.26 offers more than one way to
 * say "time-ordered paths" and their costs differ by orders of magnitude; the fastest one that
 * gives the API's answer is the floor.
 *
 * Every value arrives as a parameter. The only text assembled here is the unrolled form, which
 * repeats a pattern for each path length from constants of this file, never from input.
 */
export interface CypherAlternative {
  readonly label: string;
  readonly cypher: string;
  /** True when it answers exactly the API operation's question (and may serve as its floor). */
  readonly exact: boolean;
  /** What differs from the API's answer, when it does. */
  readonly caveat?: string;
  summarize(rows: readonly Row[]): string;
}

/** Six hops from an employer: the salary, then at most five transfers. */
export const TRAIL_TRANSFERS = 5;
/** Six hops from a wallet: all of them transfers. */
export const EXPOSURE_TRANSFERS = 6;

const count = (v: Plain | undefined) => Number(v ?? 0).toLocaleString('en-US');

// ---------------------------------------------------------------------------------------------
// Shared pieces

/**
 * Wallets the DPRK controls "through organisations it controls": a chain of CONTROLS from the
 * state, as the API's destinations query reads it. There are two per front company.
 */
const DPRK_WALLETS = `
MATCH (:Node {key: $state})-[:CONTROLS]->{1,4}(dest:Wallet)
WITH collect(DISTINCT dest) AS targets`;

/**
 * Neo4j 5.26 cannot compare one iteration of a quantified path pattern with the previous one,
 * so the time order (and one asset throughout, and no wallet twice) is a filter over the
 * group variables once a path is complete. `t` is the list of transfers, `b` the wallets after
 * each, `start` the wallet the transfers leave from.
 */
const TIME_ORDERED = (start: string) => `
  all(i IN range(0, size(t) - 2) WHERE t[i].at <= t[i + 1].at AND t[i].asset = t[i + 1].asset)
  AND all(i IN range(0, size(b) - 1) WHERE b[i] <> ${start} AND NOT b[i] IN b[i + 1..])`;

/** Inline predicates every transfer must pass, checked as the pattern expands. */
const HOP_INLINE = (after: string, asset: string) =>
  `t.at >= ${after} AND t.asset = ${asset} AND ($minAmount IS NULL OR toFloat(t.amount) >= $minAmount)`;

/**
 * Ranks trails `(s, t, end)` by bottleneck (the smallest hop amount) then length, and returns
 * the total and the first page. Only references are collected; the page alone is projected.
 */
const RANK_TRAILS = `
WITH s, t, end, reduce(m = toFloat(s.amount), x IN t | CASE WHEN toFloat(x.amount) < m THEN toFloat(x.amount) ELSE m END) AS bottleneck
ORDER BY bottleneck DESC, size(t) ASC
WITH collect([s, t, end, bottleneck]) AS trails
WITH size(trails) AS total, trails[0..$first] AS page
CALL (page) {
  UNWIND page AS x
  WITH x, x[2] AS end
  RETURN collect({
    salary: x[0].key, paidAt: x[0].paidAt, transfers: [r IN x[1] | {key: r.key, amount: r.amount, at: r.at}],
    end: end.key, controlledBy: [(end)<-[:CONTROLS]-(c) | c.key], bottleneck: x[3]
  }) AS trails
}
RETURN total, trails AS page`;

const trailsSummary = (rows: readonly Row[]) => {
  const row = rows[0];
  const page = Array.isArray(row?.page) ? row.page.length : 0;
  return `${page} of ${count(row?.total)} trails`;
};

/**
 * Paths of `min`..`max` transfers out of `from`, one MATCH per length, each transfer compared
 * with the one before it inside the pattern, so the planner drops a path at the first hop that
 * breaks the time order instead of after it reached its full length (which the quantified form
 * cannot do). Returns `t` (the transfers) and `end`.
 */
function unrolledPaths(
  from: string,
  min: number,
  max: number,
  after: string | null,
  isEnd: (wallet: string) => string,
): string {
  const parts: string[] = [];
  for (let n = Math.max(min, 1); n <= max; n += 1) {
    let pattern = `(${from})`;
    const where: string[] = [];
    for (let i = 1; i <= n; i += 1) {
      pattern += `-[t${i}:TRANSFERRED]->(w${i}:Wallet)`;
      const before = Array.from({ length: i }, (_, j) => (j === 0 ? from : `w${j}`));
      if (i === 1 && after !== null) where.push(`t1.at >= ${after}`);
      if (i === 1) where.push(`w1 <> ${from}`);
      else where.push(`t${i}.at >= t${i - 1}.at AND t${i}.asset = t${i - 1}.asset AND NOT w${i} IN [${before.join(', ')}]`);
      where.push(`($minAmount IS NULL OR toFloat(t${i}.amount) >= $minAmount)`);
    }
    where.push(isEnd(`w${n}`));
    const transfers = Array.from({ length: n }, (_, j) => `t${j + 1}`).join(', ');
    parts.push(`  MATCH ${pattern}\n  WHERE ${where.join('\n    AND ')}\n  RETURN [${transfers}] AS t, w${n} AS end`);
  }
  if (min === 0) parts.unshift(`  MATCH (${from}) WHERE ${isEnd(from)}\n  RETURN [] AS t, ${from} AS end`);
  return parts.join('\n  UNION ALL\n');
}

// ---------------------------------------------------------------------------------------------
// moneyTrails(from: employer, maxHops: 6, first: 20)
// Params: $from (employer key), $state ('state:KP'), $first, $minAmount (null: no minimum).

/** As the issue puts it: per salary, a quantified path pattern pruned inline by asset and time. */
const TRAILS_QPP_PER_SALARY = `${DPRK_WALLETS}
MATCH (:Node {key: $from})-[s:PAID_SALARY]->(w0:Wallet)
MATCH (w0)((a:Wallet)-[t:TRANSFERRED WHERE ${HOP_INLINE('s.paidAt', 's.asset')}]->(b:Wallet)){0,${TRAIL_TRANSFERS}}(end:Wallet)
WHERE end IN targets AND ${TIME_ORDERED('w0')}
${RANK_TRAILS}`;

/**
 * The same pattern expanded once per salary wallet from its earliest salary, the salaries joined
 * afterwards: an identity's wallet receives every monthly salary, and the per-salary form walks
 * the same paths once for each of them.
 */
const TRAILS_QPP_PER_WALLET = `${DPRK_WALLETS}
MATCH (:Node {key: $from})-[s:PAID_SALARY]->(w0:Wallet)
WITH targets, w0, collect(s) AS salaries, min(s.paidAt) AS earliest
MATCH (w0)((a:Wallet)-[t:TRANSFERRED WHERE t.at >= earliest AND ($minAmount IS NULL OR toFloat(t.amount) >= $minAmount)]->(b:Wallet)){0,${TRAIL_TRANSFERS}}(end:Wallet)
WHERE end IN targets AND ${TIME_ORDERED('w0')}
UNWIND salaries AS s
WITH s, t, end WHERE size(t) = 0 OR (s.paidAt <= t[0].at AND s.asset = t[0].asset)
${RANK_TRAILS}`;

/** Fixed-length patterns for each length, pruned hop by hop; expanded once per salary wallet. */
const TRAILS_UNROLLED = `${DPRK_WALLETS}
MATCH (:Node {key: $from})-[s:PAID_SALARY]->(w0:Wallet)
WITH targets, w0, collect(s) AS salaries, min(s.paidAt) AS earliest
CALL (targets, w0, earliest) {
${unrolledPaths('w0', 0, TRAIL_TRANSFERS, 'earliest', (w) => `${w} IN targets`)}
}
UNWIND salaries AS s
WITH s, t, end WHERE size(t) = 0 OR (s.paidAt <= t[0].at AND s.asset = t[0].asset)
${RANK_TRAILS}`;

/**
 * ALL SHORTEST with the time order as a path predicate, which Neo4j applies during the search.
 * Per salary wallet and destination it keeps only the shortest time-ordered paths (from the
 * wallet's earliest salary), so it finds fewer trails: an answer to "how does the money get
 * there", not the API's ranked list of every trail.
 */
const TRAILS_ALL_SHORTEST = `${DPRK_WALLETS}
MATCH (:Node {key: $from})-[s:PAID_SALARY]->(w0:Wallet)
WITH targets, w0, collect(s) AS salaries, min(s.paidAt) AS earliest
MATCH ALL SHORTEST ((w0)((a:Wallet)-[t:TRANSFERRED WHERE t.at >= earliest AND ($minAmount IS NULL OR toFloat(t.amount) >= $minAmount)]->(b:Wallet)){1,${TRAIL_TRANSFERS}}(end:Wallet)
  WHERE end IN targets AND all(i IN range(0, size(t) - 2) WHERE t[i].at <= t[i + 1].at AND t[i].asset = t[i + 1].asset))
UNWIND salaries AS s
WITH s, t, end WHERE s.paidAt <= t[0].at AND s.asset = t[0].asset
${RANK_TRAILS}`;

export const MONEY_TRAIL_ALTERNATIVES: readonly CypherAlternative[] = [
  { label: 'Cypher: QPP per salary (as specified)', cypher: TRAILS_QPP_PER_SALARY, exact: true, summarize: trailsSummary },
  { label: 'Cypher: QPP per salary wallet', cypher: TRAILS_QPP_PER_WALLET, exact: true, summarize: trailsSummary },
  { label: 'Cypher: unrolled lengths, pruned per hop', cypher: TRAILS_UNROLLED, exact: true, summarize: trailsSummary },
  {
    label: 'Cypher: ALL SHORTEST + time-order predicate',
    cypher: TRAILS_ALL_SHORTEST,
    exact: false,
    caveat: 'only the shortest time-ordered paths per salary wallet and destination',
    summarize: trailsSummary,
  },
];

// ---------------------------------------------------------------------------------------------
// exposure(id: wallet, maxHops: 6, method: HAIRCUT)
// Params: $id (wallet key), $state, $minAmount (null).

/** Wallets under a sanctions designation in force, or controlled by one's target. */
const SANCTIONED_WALLETS = `
CALL () {
  OPTIONAL MATCH (a:EnforcementAction {kind: 'SANCTION_DESIGNATION'})-[:TARGETS]->(x)
  WHERE a.status <> 'WITHDRAWN'
  OPTIONAL MATCH (x)-[:CONTROLS]->{0,1}(w:Wallet)
  RETURN collect(DISTINCT w) AS sanctioned
}`;

/**
 * POISON, not HAIRCUT: an outflow counts in full when some time-ordered path from it reaches a
 * wallet of the category. Per category and asset: the fewest hops, the sum of those outflows,
 * and the part that reached the category in one hop. Haircut's pro-rata shares need every inflow
 * of every wallet on the way, which is no longer one pattern; the API's HAIRCUT is at most this.
 */
const EXPOSURE_TAIL = `
  UNWIND [c IN ['DPRK_CONTROLLED', 'SANCTIONED'] WHERE (c = 'DPRK_CONTROLLED' AND end IN dprk) OR (c = 'SANCTIONED' AND end IN sanctioned)] AS category
  WITH category, t[0] AS h, min(size(t)) AS hops
  WITH category, h.asset AS asset, min(hops) AS nearestHops, sum(toFloat(h.amount)) AS amount,
    sum(CASE WHEN hops = 1 THEN toFloat(h.amount) ELSE 0.0 END) AS directAmount
  RETURN collect({category: category, asset: asset, nearestHops: nearestHops, amount: amount, directAmount: directAmount}) AS entries
}
RETURN outflow, entries`;

const EXPOSURE_HEAD = `
MATCH (:Node {key: $state})-[:CONTROLS]->{1,4}(d:Wallet)
WITH collect(DISTINCT d) AS dprk
${SANCTIONED_WALLETS}
MATCH (s:Node {key: $id})
CALL (s) {
  MATCH (s)-[o:TRANSFERRED]->(:Wallet)
  WITH o.asset AS asset, sum(toFloat(o.amount)) AS amount
  RETURN collect({asset: asset, amount: amount}) AS outflow
}`;

const EXPOSURE_QPP = `${EXPOSURE_HEAD}
CALL (s, dprk, sanctioned) {
  MATCH (s)-[h:TRANSFERRED]->(w1:Wallet)
  MATCH (w1)((a:Wallet)-[r:TRANSFERRED WHERE r.at >= h.at AND r.asset = h.asset AND ($minAmount IS NULL OR toFloat(r.amount) >= $minAmount)]->(b:Wallet)){0,${EXPOSURE_TRANSFERS - 1}}(end:Wallet)
  WITH s, dprk, sanctioned, h, w1, r, b, end WHERE (end IN dprk OR end IN sanctioned)
  WITH s, dprk, sanctioned, w1, [h] + r AS t, b, end
  WHERE w1 <> s AND ${TIME_ORDERED('w1')} AND NOT s IN b
${EXPOSURE_TAIL}`;

const EXPOSURE_UNROLLED = `${EXPOSURE_HEAD}
CALL (s, dprk, sanctioned) {
  CALL (s, dprk, sanctioned) {
${unrolledPaths('s', 1, EXPOSURE_TRANSFERS, null, (w) => `(${w} IN dprk OR ${w} IN sanctioned)`)
  .split('\n')
  .map((line) => `  ${line}`)
  .join('\n')}
  }
  WITH dprk, sanctioned, t, end
${EXPOSURE_TAIL}`;

const exposureSummary = (rows: readonly Row[]) => {
  const entries = rows[0]?.entries;
  if (!Array.isArray(entries) || entries.length === 0) return 'no exposure';
  return entries
    .map((e) => {
      const m = e as Record<string, Plain>;
      return `${String(m.category)} ${String(m.asset)} ${Number(m.amount).toFixed(2)} in ≥${String(m.nearestHops)} hops`;
    })
    .join('; ');
};

const POISON = 'POISON sums (any outflow that reaches a category counts in full), no evidence trails';

export const EXPOSURE_ALTERNATIVES: readonly CypherAlternative[] = [
  { label: 'Cypher: QPP, poison sums', cypher: EXPOSURE_QPP, exact: false, caveat: POISON, summarize: exposureSummary },
  { label: 'Cypher: unrolled lengths, poison sums', cypher: EXPOSURE_UNROLLED, exact: false, caveat: POISON, summarize: exposureSummary },
];

// ---------------------------------------------------------------------------------------------
// neighbourhood(id: hub, depth: 2, limitPerNode: 25)
// Params: $id (centre key), $limit.

/**
 * Every relationship kind but SOURCED_FROM, money first (largest amount, then newest), as the
 * API ranks them; each node keeps its top `$limit` and counts the rest as omitted.
 */
const TOP_RELATIONSHIPS = (node: string) => `
  MATCH (${node})-[r:!SOURCED_FROM]-(n)
  WITH r, n ORDER BY r.amount IS NULL, toFloat(r.amount) DESC, coalesce(r.paidAt, r.at) DESC, type(r), n.key
  WITH collect({r: r, n: n}) AS around
  RETURN around[0..$limit] AS kept, size(around) - size(around[0..$limit]) AS omitted`;

const EDGE = (r: string) =>
  `{type: type(${r}), key: ${r}.key, from: startNode(${r}).key, to: endNode(${r}).key, amount: ${r}.amount, asset: ${r}.asset, at: coalesce(${r}.paidAt, ${r}.at)}`;
const GRAPH_NODE = (n: string) =>
  `{key: ${n}.key, type: [l IN labels(${n}) WHERE l <> 'Node'][0], label: coalesce(${n}.name, ${n}.title, ${n}.address, ${n}.key)}`;

const NEIGHBOURHOOD_DEPTH_2 = `
MATCH (c:Node {key: $id})
CALL (c) {${TOP_RELATIONSHIPS('c')}
}
WITH c, kept AS ring1, omitted AS omitted0
CALL (ring1) {
  UNWIND ring1 AS k1
  WITH k1.n AS n1
  CALL (n1) {${TOP_RELATIONSHIPS('n1').replace(/\n/g, '\n  ')}
  }
  RETURN collect({node: n1, ring: kept, omitted: omitted}) AS level1
}
WITH c, omitted0, level1,
  [k IN ring1 | k.r] + reduce(acc = [], x IN level1 | acc + [k IN x.ring | k.r]) AS rels,
  [k IN ring1 | k.n] + reduce(acc = [], x IN level1 | acc + [k IN x.ring | k.n]) AS reached
CALL (rels) {
  UNWIND rels AS r
  RETURN collect(DISTINCT r) AS edges
}
CALL (reached, c) {
  UNWIND reached AS n
  WITH DISTINCT n WHERE n <> c
  RETURN collect(n) AS others
}
RETURN ${GRAPH_NODE('c')} AS center,
  [n IN others | ${GRAPH_NODE('n')}] AS nodes,
  [r IN edges | ${EDGE('r')}] AS edges,
  omitted0 + reduce(total = 0, x IN level1 | total + x.omitted) AS omittedEdges`;

export const NEIGHBOURHOOD_FLOOR: CypherAlternative = {
  label: 'Cypher: two nested top-k subqueries',
  cypher: NEIGHBOURHOOD_DEPTH_2,
  exact: true,
  summarize: (rows) => {
    const row = rows[0];
    const nodes = Array.isArray(row?.nodes) ? row.nodes.length + 1 : 0;
    const edges = Array.isArray(row?.edges) ? row.edges.length : 0;
    return `${nodes} nodes, ${edges} edges, ${count(row?.omittedEdges)} omitted`;
  },
};

// ---------------------------------------------------------------------------------------------
// No path between two hubs. Params: $a, $b (wallet keys).

/**
 * The shortest path between two bound nodes, or null. The OPTIONAL MATCH sits in a subquery on
 * purpose: written straight after the MATCH, the planner (5.26) searched from every node in the
 * store and joined on a and b afterwards, which took minutes at scale 1.
 */
const SHORTEST_BETWEEN = (pattern: string) => `
MATCH (a:Node {key: $a}), (b:Node {key: $b})
CALL (a, b) {
  OPTIONAL MATCH p = ${pattern}
  RETURN length(p) AS hops
}
RETURN hops`;

/** Time-ordered money path a → b, shortest first; the time order is checked during the search. */
const DIRECTED_SHORTEST = SHORTEST_BETWEEN(`ANY SHORTEST ((a)((x:Wallet)-[t:TRANSFERRED]->(y:Wallet)){1,8}(b)
    WHERE all(i IN range(0, size(t) - 2) WHERE t[i].at <= t[i + 1].at AND t[i].asset = t[i + 1].asset))`);

/** Any chain of transfers between a and b, either direction, as shortestConnection reads it. */
const UNDIRECTED_SHORTEST = SHORTEST_BETWEEN('ANY SHORTEST (a)-[:TRANSFERRED]-{1,8}(b)');

const pathSummary = (rows: readonly Row[]) => {
  const hops = rows[0]?.hops;
  return hops === null || hops === undefined ? 'no path' : `path of ${String(hops)} hops`;
};

export const NO_PATH_TRAIL_FLOOR: CypherAlternative = {
  label: 'Cypher: ANY SHORTEST, time order in the search',
  cypher: DIRECTED_SHORTEST,
  exact: true,
  summarize: pathSummary,
};

export const NO_PATH_CONNECTION_FLOOR: CypherAlternative = {
  label: 'Cypher: ANY SHORTEST, undirected',
  cypher: UNDIRECTED_SHORTEST,
  exact: true,
  summarize: pathSummary,
};

/** Checks used to choose the no-path pairs: any directed path, ignoring time (a stronger "no"). */
export const DIRECTED_REACH = SHORTEST_BETWEEN('ANY SHORTEST (a)-[:TRANSFERRED]->{1,8}(b)');

export const UNDIRECTED_REACH = UNDIRECTED_SHORTEST;
