import { asBool, asNum, asStr, asStrList, column } from '../../db/index.js';
import { statement, type ReadTx, type Reader } from '../../db/index.js';
import { cypherInt, type Plain } from '../../db/index.js';
import { badUserInput, UnreachableCaseError } from '../../errors.js';
import type { TimelineEventKind } from '../../generated/graphql.js';
import { toConnection } from '../../pagination/index.js';
import { EDGE_PROJECTION, NODE_PROJECTION } from '../projections.js';
import type { EnforcementActionRecord } from '../records.js';
import {
  toEmploymentRecord,
  toNodeRecord,
  toSalaryPaymentRecord,
  toTransferRecord,
} from '../row-mapping.js';
import type { TimelineRequest } from './arguments.js';
import type { TimelineConnectionRecord, TimelineEventRecord } from './records.js';
import { DEFAULT_KINDS, degreeExpression, typeAlternation } from './relationship-kinds.js';

/** A node with more relationships than this is a hub: gathering neither passes through it nor reads its events. */
export const HUB_DEGREE = 500;

/** Most entities whose events one timeline gathers; past it gathering stops (`truncated`). */
export const REACH_BUDGET = 1000;

// Every kind but SOURCED_FROM: a shared citation says nothing about what happened around an entity.
const REACH_TYPES = typeAlternation(DEFAULT_KINDS);
const DEGREE = degreeExpression('n', DEFAULT_KINDS);

/**
 * A barrier is gathered from only when it is the centre, and never passed through: states and
 * sources tie together everything about a country or a document, hubs (mixers, exchanges, a list
 * authority) everything that touched them.
 */
const CENTRE = statement('explore.timeline.centre', `
MATCH (n:Node {key: $key})
RETURN n:State OR n:Source OR ${DEGREE} > $hub AS barrier`);

/** The next ring: neighbours not seen yet, in key order so a budget cut is repeatable. */
const RING = statement('explore.timeline.ring', `
UNWIND $frontier AS key
MATCH (:Node {key: key})-[:${REACH_TYPES}]-(n)
WITH DISTINCT n
WHERE NOT n.key IN $seen
WITH n ORDER BY n.key LIMIT $room
RETURN n.key AS key, n:State OR n:Source OR ${DEGREE} > $hub AS barrier`);

/**
 * Every event of the gathered entities, once each: `kind`, the subject's key `sk`, the event key
 * `k` (the subject's, with `#ended` for a job's end, so a job gives two events) and the time `t`
 * in epoch milliseconds, null for undated actions. Dates fall at midnight UTC.
 */
const EVENTS = `
UNWIND $keys AS key
MATCH (x:Node {key: key})
CALL {
  WITH x
  MATCH (x)-[r:PAID_SALARY]-()
  RETURN 'SALARY_PAID' AS kind, r.key AS sk, r.key AS k, r.paidAt.epochMillis AS t
  UNION ALL
  WITH x
  MATCH (x)-[r:TRANSFERRED]-()
  RETURN 'TRANSFER' AS kind, r.key AS sk, r.key AS k, r.at.epochMillis AS t
  UNION ALL
  WITH x
  MATCH (x)-[r:EMPLOYED]-()
  UNWIND [['HIRED', r.startedOn, ''], ['JOB_ENDED', r.endedOn, '#ended']] AS e
  WITH r, e WHERE e[1] IS NOT NULL
  RETURN e[0] AS kind, r.key AS sk, r.key + e[2] AS k, datetime({date: e[1], timezone: 'UTC'}).epochMillis AS t
  UNION ALL
  WITH x
  MATCH (x)<-[:TARGETS|ISSUED_BY]-(a:EnforcementAction)
  RETURN 'ENFORCEMENT' AS kind, a.key AS sk, a.key AS k,
    CASE WHEN a.date IS NULL THEN null ELSE datetime({date: a.date, timezone: 'UTC'}).epochMillis END AS t
  UNION ALL
  WITH x
  WITH x AS a WHERE a:EnforcementAction
  RETURN 'ENFORCEMENT' AS kind, a.key AS sk, a.key AS k,
    CASE WHEN a.date IS NULL THEN null ELSE datetime({date: a.date, timezone: 'UTC'}).epochMillis END AS t
}
WITH DISTINCT kind, sk, k, t`;

const COUNTS = statement('explore.timeline.counts', `${EVENTS}
RETURN count(t) AS total, count(*) - count(t) AS undated`);

/** One page of dated events, then each event's subject, looked up by its key (index seeks). */
const PAGE = statement('explore.timeline.page', `${EVENTS}
WHERE t IS NOT NULL AND ($after IS NULL OR t > $after.t OR (t = $after.t AND k > $after.k))
WITH kind, sk, k, t ORDER BY t, k LIMIT $limit
CALL {
  WITH kind, sk
  WITH sk WHERE kind = 'SALARY_PAID'
  MATCH ()-[r:PAID_SALARY {key: sk}]->()
  RETURN ${EDGE_PROJECTION} AS subject, [] AS targets, [] AS authorities
  UNION ALL
  WITH kind, sk
  WITH sk WHERE kind = 'TRANSFER'
  MATCH ()-[r:TRANSFERRED {key: sk}]->()
  RETURN ${EDGE_PROJECTION} AS subject, [] AS targets, [] AS authorities
  UNION ALL
  WITH kind, sk
  WITH sk WHERE kind IN ['HIRED', 'JOB_ENDED']
  MATCH ()-[r:EMPLOYED {key: sk}]->()
  RETURN ${EDGE_PROJECTION} AS subject, [] AS targets, [] AS authorities
  UNION ALL
  WITH kind, sk
  WITH sk WHERE kind = 'ENFORCEMENT'
  MATCH (n:Node:EnforcementAction {key: sk})
  RETURN ${NODE_PROJECTION} AS subject,
    [(n)-[:TARGETS]->(target) | target.key] AS targets,
    [(n)-[:ISSUED_BY]->(authority) | authority.key] AS authorities
}
RETURN kind, k, t, subject, targets, authorities`);

/**
 * Gathers the entities within `depth` hops (one query per ring), then counts their events and
 * reads one page of them, all in one read transaction.
 */
export async function loadTimeline(executor: Reader, request: TimelineRequest): Promise<TimelineConnectionRecord> {
  return executor.readTx(async (tx) => {
    const { keys, truncated } = await gather(tx, request);
    const [counts] = await tx.run(COUNTS, { keys });
    const rows = await tx.run(PAGE, {
      keys,
      after: request.after,
      limit: cypherInt(request.limit + 1),
    });
    const items = rows
      .map((row) => {
        const event = toEvent(row);
        return { v: asNum(column(row, 't'), 'event time'), k: asStr(column(row, 'k'), 'event key'), node: event };
      })
      // CALL keeps its input order in practice, but the order is the contract: restate it.
      .sort((x, y) => x.v - y.v || (x.k < y.k ? -1 : x.k > y.k ? 1 : 0));
    return {
      ...toConnection(items, request.limit, asNum(counts ? column(counts, 'total') : 0, 'total')),
      undatedCount: asNum(counts ? column(counts, 'undated') : 0, 'undated'),
      truncated,
    };
  });
}

async function gather(tx: ReadTx, request: TimelineRequest): Promise<{ keys: string[]; truncated: boolean }> {
  const hub = cypherInt(HUB_DEGREE);
  const [centre] = await tx.run(CENTRE, { key: request.key, hub });
  if (!centre) throw badUserInput('id', 'no object has this id');
  const keys = [request.key];
  const seen = [request.key];
  let frontier = asBool(column(centre, 'barrier'), 'barrier') ? [] : [request.key];
  let truncated = false;
  for (let depth = 1; depth <= request.depth && frontier.length > 0; depth += 1) {
    const room = REACH_BUDGET - seen.length;
    const ring = await tx.run(RING, { frontier, seen, room: cypherInt(room + 1), hub });
    if (ring.length > room) {
      truncated = true;
      ring.length = Math.max(room, 0);
    }
    frontier = [];
    for (const row of ring) {
      const key = asStr(column(row, 'key'), 'key');
      seen.push(key);
      if (asBool(column(row, 'barrier'), 'barrier')) continue;
      keys.push(key);
      frontier.push(key);
    }
    if (truncated) break;
  }
  return { keys, truncated };
}

function toEvent(row: Record<string, Plain>): TimelineEventRecord {
  const kind = asStr(column(row, 'kind'), 'event kind') as TimelineEventKind;
  const subject = column(row, 'subject');
  switch (kind) {
    case 'SALARY_PAID': {
      const salary = toSalaryPaymentRecord(subject);
      return {
        kind,
        enforcementKind: null,
        at: salary.paidAt,
        datePrecision: null,
        amount: salary.amount,
        asset: salary.asset,
        subject: salary,
        entityKeys: [salary.employerKey, salary.walletKey, ...(salary.identityKey ? [salary.identityKey] : [])],
      };
    }
    case 'TRANSFER': {
      const transfer = toTransferRecord(subject);
      return {
        kind,
        enforcementKind: null,
        at: transfer.at,
        datePrecision: null,
        amount: transfer.amount,
        asset: transfer.asset,
        subject: transfer,
        entityKeys: [transfer.fromKey, transfer.toKey],
      };
    }
    case 'HIRED':
    case 'JOB_ENDED': {
      const employment = toEmploymentRecord(subject);
      const day = kind === 'HIRED' ? employment.startedOn : employment.endedOn;
      if (!day) throw new Error(`Employment ${employment.key} has no date for ${kind}`);
      return {
        kind,
        enforcementKind: null,
        at: midnightUtc(day),
        datePrecision: 'DAY',
        amount: null,
        asset: null,
        subject: employment,
        entityKeys: [employment.employerKey, employment.identityKey],
      };
    }
    case 'ENFORCEMENT': {
      const action = toNodeRecord(subject) as EnforcementActionRecord;
      if (!action.date) throw new Error(`Action ${action.key} has no date`);
      return {
        kind,
        enforcementKind: action.kind,
        at: midnightUtc(action.date),
        datePrecision: action.datePrecision ?? 'DAY',
        amount: action.amountUsd,
        asset: action.amountUsd ? 'USD' : null,
        subject: action,
        entityKeys: [
          ...asStrList(column(row, 'targets'), 'targets').sort(),
          ...asStrList(column(row, 'authorities'), 'authorities').sort(),
        ],
      };
    }
    default:
      throw new UnreachableCaseError(kind);
  }
}

function midnightUtc(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}
