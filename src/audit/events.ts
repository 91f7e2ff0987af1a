import type { Executor } from '../db/index.js';
import { int, str } from '../db/index.js';
import { statement, type Reader } from '../db/index.js';
import { cypherInt } from '../db/index.js';
import { type Connection, type PageItem, type PageRequest, toConnection } from '../pagination/index.js';

/**
 * Audit events are `:AuditEvent` nodes without the `Node` label, so the graph, search, exports
 * and the "database is empty" check never see them. Nothing here updates or deletes one.
 */
export interface AuditRecord {
  /** Sorts in recording order within a process, so events of one millisecond still page newest first. */
  readonly id: string;
  /** ISO-8601 UTC. */
  readonly at: string;
  readonly principal: string;
  readonly operationName: string | null;
  readonly documentHash: string;
  /** JSON text, already redacted. */
  readonly variables: string;
  readonly result: string;
  readonly durationMs: number;
  readonly returnedIds: readonly string[];
}

// MERGE on the id: a batch retried after a commit whose answer was lost adds nothing twice.
const WRITE = `
UNWIND $events AS e
MERGE (a:AuditEvent {id: e.id})
ON CREATE SET a.at = datetime(e.at), a.principal = e.principal, a.operationName = e.operationName,
  a.documentHash = e.documentHash, a.variables = e.variables, a.result = e.result,
  a.durationMs = e.durationMs, a.returnedIds = e.returnedIds`;

export async function writeAuditEvents(executor: Executor, events: readonly AuditRecord[]): Promise<void> {
  await executor.writeTx((tx) => tx.run(WRITE, { events }));
}

export interface AuditFilter {
  readonly principal?: string | null;
  readonly since?: string | null;
  readonly until?: string | null;
}

const FILTER = `($f.principal IS NULL OR e.principal = $f.principal)
  AND ($f.since IS NULL OR e.at >= datetime($f.since))
  AND ($f.until IS NULL OR e.at < datetime($f.until))`;

// Newest first; the cursor is the last event's time and id.
const PAGE = statement('audit.page', `
MATCH (e:AuditEvent)
WHERE ${FILTER}
  AND ($after IS NULL OR e.at < datetime($after.v) OR (e.at = datetime($after.v) AND e.id < $after.k))
RETURN e {.id, .principal, .operationName, .documentHash, .variables, .result, .durationMs, .returnedIds, at: e.at} AS node,
  toString(e.at) AS v, e.id AS k
ORDER BY e.at DESC, e.id DESC
LIMIT $limit`, {
  scans: { operators: ['NodeByLabelScan', 'NodeIndexScan'], reason: 'the whole log, filtered, newest first; only admins read it' },
});

const COUNT = statement('audit.count', `MATCH (e:AuditEvent) WHERE ${FILTER} RETURN count(e) AS total`, {
  scans: { operators: ['NodeByLabelScan', 'NodeIndexScan'], reason: 'counts the whole log when no principal is given' },
});

export async function auditEventPage(
  executor: Reader,
  filter: AuditFilter,
  page: PageRequest,
): Promise<Connection<AuditRecord>> {
  const f = { principal: filter.principal ?? null, since: filter.since ?? null, until: filter.until ?? null };
  const params = { f, after: page.after, limit: cypherInt(page.limit + 1) };
  const [rows, counts] = await executor.readTx(async (tx) => [await tx.run(PAGE, params), await tx.run(COUNT, params)]);
  // The projection above is this record's shape, written only by `writeAuditEvents`.
  const items: PageItem<AuditRecord>[] = rows.map((row) => ({
    v: str(row, 'v'),
    k: str(row, 'k'),
    node: row.node as unknown as AuditRecord,
  }));
  return toConnection(items, page.limit, counts[0] ? int(counts[0], 'total') : 0);
}
