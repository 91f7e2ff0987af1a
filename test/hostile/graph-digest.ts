import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database.js';
import type { Plain } from '../../src/db/values.js';

/**
 * What the graph holds, read straight from Neo4j: counts per label and relationship type, and a
 * hash of every node's labels, key and properties and every relationship's type, ends and
 * properties, leaving out `recordedAt` (a time, not a fact). Equal digests before and after a
 * request mean the request wrote nothing.
 */
export interface GraphDigest {
  readonly labels: Record<string, number>;
  readonly relationships: Record<string, number>;
  readonly hash: string;
}

/**
 * Labels that every request may legitimately write or touch: the audit trail (issue 8, section 3)
 * and API keys (a last-used time, say). KNOB: name here the labels the audit and auth helpers use.
 */
export const IGNORED_LABELS: readonly string[] = ['AuditEvent', 'ApiKey'];

const NODES = `MATCH (n) WHERE none(l IN labels(n) WHERE l IN $ignored)
RETURN labels(n) AS labels, properties(n) AS props`;
const RELATIONSHIPS = `MATCH (a)-[r]->(b)
WHERE none(l IN labels(a) + labels(b) WHERE l IN $ignored)
RETURN type(r) AS type, a.key AS from, b.key AS to, properties(r) AS props`;

export async function graphDigest(db: Database): Promise<GraphDigest> {
  const params = { ignored: IGNORED_LABELS };
  const [nodes, relationships] = await db
    .executor()
    .readTx(async (tx) => [await tx.run(NODES, params), await tx.run(RELATIONSHIPS, params)]);
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  const lines: string[] = [];
  for (const row of nodes) {
    const names = [...(row.labels as string[])].sort();
    for (const label of names) labels[label] = (labels[label] ?? 0) + 1;
    lines.push(`N ${names.join(':')} ${stable(withoutRecordedAt(row.props ?? null))}`);
  }
  for (const row of relationships) {
    const type = String(row.type);
    types[type] = (types[type] ?? 0) + 1;
    lines.push(`R ${type} ${String(row.from)} ${String(row.to)} ${stable(withoutRecordedAt(row.props ?? null))}`);
  }
  lines.sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return { labels: sorted(labels), relationships: sorted(types), hash: hash.digest('hex') };
}

/**
 * Removes what a request that went through may have written: every node and relationship
 * recorded at or after `since` (not the audit trail). The suite's own requests are the only
 * writers while it runs.
 */
export async function removeWrittenSince(db: Database, since: string): Promise<void> {
  await db.executor().writeTx(async (tx) => {
    const params = { since, ignored: IGNORED_LABELS };
    await tx.run(
      `MATCH (a)-[r]->(b) WHERE r.recordedAt >= datetime($since)
       AND none(l IN labels(a) + labels(b) WHERE l IN $ignored) DELETE r`,
      params,
    );
    await tx.run(
      `MATCH (n) WHERE n.recordedAt >= datetime($since) AND none(l IN labels(n) WHERE l IN $ignored) DETACH DELETE n`,
      params,
    );
  });
}

function withoutRecordedAt(props: Plain): Plain {
  if (!props || typeof props !== 'object' || Array.isArray(props)) return props;
  const { recordedAt: _recordedAt, ...rest } = props;
  return rest;
}

function stable(value: Plain): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(value[k] as Plain)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
