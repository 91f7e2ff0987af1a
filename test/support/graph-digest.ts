import { createHash } from 'node:crypto';
import type { Executor } from '../../src/db/executor.js';

/** What a store holds, in a form two stores (or one store at two moments) can be compared by. */
export interface GraphDigest {
  /** Nodes per label combination, such as `Node:Person`. */
  readonly nodes: Readonly<Record<string, number>>;
  /** Relationships per type. */
  readonly relationships: Readonly<Record<string, number>>;
  /** SHA-256 over every node (labels, properties) and relationship (ends, type, properties), in key order. */
  readonly digest: string;
}

/** Written anew by every run, so two runs that wrote the same facts differ in them. */
export const VOLATILE_PROPERTIES: readonly string[] = ['recordedAt'];

/**
 * The digest of the whole store, or of the nodes whose key starts with one of `prefixes` and the
 * relationships between those. Nodes are identified by `key` (every node of ours has one; others
 * by their properties), relationships by their ends' keys, type and properties, so the digest
 * does not depend on internal ids or on the order things were written in.
 */
export async function graphDigest(
  executor: Executor,
  options: { prefixes?: readonly string[]; exclude?: readonly string[] } = {},
): Promise<GraphDigest> {
  const exclude = options.exclude ?? VOLATILE_PROPERTIES;
  const prefixes = options.prefixes ?? null;
  const inScope = '($prefixes IS NULL OR any(p IN $prefixes WHERE n.key STARTS WITH p))';
  const nodeRows = await executor.read(
    `MATCH (n) WHERE ${inScope}
     RETURN labels(n) AS labels, properties(n) AS props`,
    { prefixes },
  );
  const relRows = await executor.read(
    `MATCH (n)-[r]->(m) WHERE ${inScope} AND ${inScope.replaceAll('n.key', 'm.key')}
     RETURN n.key AS from, type(r) AS type, m.key AS to, properties(r) AS props,
            CASE WHEN n.key IS NULL THEN properties(n) END AS fromProps,
            CASE WHEN m.key IS NULL THEN properties(m) END AS toProps`,
    { prefixes },
  );
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  const lines: string[] = [];
  for (const row of nodeRows) {
    const labels = [...(row.labels as string[])].sort().join(':');
    nodes[labels] = (nodes[labels] ?? 0) + 1;
    lines.push(`N ${labels} ${canonical(row.props, exclude)}`);
  }
  for (const row of relRows) {
    const type = String(row.type);
    relationships[type] = (relationships[type] ?? 0) + 1;
    const from = row.from ?? canonical(row.fromProps, exclude);
    const to = row.to ?? canonical(row.toProps, exclude);
    lines.push(`R ${JSON.stringify(from)} ${type} ${JSON.stringify(to)} ${canonical(row.props, exclude)}`);
  }
  lines.sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return { nodes: sorted(nodes), relationships: sorted(relationships), digest: hash.digest('hex') };
}

/** JSON with object keys sorted and the excluded properties left out, so equal values print equally. */
function canonical(value: unknown, exclude: readonly string[]): string {
  const props = Object.fromEntries(
    Object.entries((value ?? {}) as Record<string, unknown>).filter(([key]) => !exclude.includes(key)),
  );
  return JSON.stringify(props, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}
