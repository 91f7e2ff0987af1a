/**
 * The GraphQL operations the benchmark sends, with the selections a client drawing a trail view
 * would ask for (so resolvers of nested fields run too), and how to describe each answer in a
 * few words for the table.
 */

export interface GraphQLBody {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export const MONEY_TRAILS = /* GraphQL */ `
  query BenchMoneyTrails($from: ID!, $to: ID, $maxHops: Int, $first: Int) {
    moneyTrails(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      totalCount
      complete
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          length bottleneck asset firstAt lastAt
          hops {
            amount asset at txHash
            from { id name }
            to { id address }
            movement { __typename ... on Transfer { id } ... on SalaryPayment { id } }
          }
          controlChain { id name }
        }
      }
    }
  }`;

export const EXPOSURE = /* GraphQL */ `
  query BenchExposure($id: ID!, $maxHops: Int, $method: TaintMethod) {
    exposure(id: $id, maxHops: $maxHops, method: $method) {
      method maxHops complete
      limitsReached { budget limit leftOut }
      subject { id name }
      outflow { asset amount }
      entries {
        category asset nearestHops nearestMoneyHops amount directAmount share
        evidence { length bottleneck hops { amount at to { id address } } controlChain { id name } }
      }
    }
  }`;

export const NEIGHBOURHOOD = /* GraphQL */ `
  query BenchNeighbourhood($id: ID!, $depth: Int, $limitPerNode: Int) {
    neighbourhood(id: $id, depth: $depth, limitPerNode: $limitPerNode) {
      omittedEdges
      center { id }
      nodes { id type label synthetic depth omittedEdges }
      edges { id kind from to amount asset at }
    }
  }`;

export const SHORTEST_CONNECTION = /* GraphQL */ `
  query BenchShortestConnection($a: ID!, $b: ID!, $maxHops: Int) {
    shortestConnection(a: $a, b: $b, via: [TRANSFER], maxHops: $maxHops) {
      length
      nodes { id }
      steps { kind reversed from { id } to { id } }
    }
  }`;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const n = (v: unknown) => Number(v ?? 0).toLocaleString('en-US');

export function summarizeMoneyTrails(data: Json): string {
  const c = obj(data.moneyTrails);
  const edges = list(c.edges);
  const top = obj(obj(edges[0]).node);
  const best = edges.length ? `, top bottleneck ${String(top.bottleneck)} ${String(top.asset)} in ${String(top.length)} hops` : '';
  return `${edges.length} of ${n(c.totalCount)} trails${c.complete === false ? ' (incomplete: budget)' : ''}${best}`;
}

export function summarizeExposure(data: Json): string {
  const e = obj(data.exposure);
  const entries = list(e.entries).map(obj);
  const text = entries.length
    ? entries.map((x) => `${String(x.category)} ${String(x.asset)} ${String(x.amount)} in ≥${String(x.nearestHops)} hops`).join('; ')
    : 'no exposure';
  const limits = list(e.limitsReached).map(obj).map((l) => `${String(l.budget)} ${String(l.limit)}, ≥${String(l.leftOut)} left out`);
  return `${text}${e.complete === false ? ` (incomplete: ${limits.join('; ')})` : ''}`;
}

export function summarizeNeighbourhood(data: Json): string {
  const nb = obj(data.neighbourhood);
  return `${list(nb.nodes).length} nodes, ${list(nb.edges).length} edges, ${n(nb.omittedEdges)} omitted`;
}

export function summarizeConnection(data: Json): string {
  const path = data.shortestConnection;
  return path ? `path of ${String(obj(path).length)} hops` : 'no path (null)';
}

/** True when the no-path operations answered "nothing": an empty trail list, or null. */
export function isEmptyAnswer(data: Json | null | undefined): boolean {
  if (!data) return false;
  if ('moneyTrails' in data) return list(obj(data.moneyTrails).edges).length === 0;
  if ('shortestConnection' in data) return data.shortestConnection === null;
  return false;
}

/** The answer's own `complete` flag (money trails, exposure); undefined where it has none. */
export function completenessOf(data: Json | null | undefined): boolean | undefined {
  const flag = obj(data?.moneyTrails ?? data?.exposure).complete;
  return typeof flag === 'boolean' ? flag : undefined;
}

/** The errors of a response as one line: code and message of each, de-duplicated. */
export function describeErrors(body: GraphQLBody, detail: (message: string) => string | undefined): string | undefined {
  if (!body.errors?.length) return undefined;
  const lines = body.errors.map((e) => {
    const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'ERROR';
    const extra = code === 'INTERNAL_SERVER_ERROR' ? detail(e.message) : undefined;
    return `${code}: ${e.message}${extra ? ` (${extra})` : ''}`;
  });
  return [...new Set(lines)].join(' | ');
}
