import DataLoader from 'dataloader';
import { statement, type Reader } from '../db/index.js';
import type { Plain } from '../db/index.js';
import type { StateTieReason } from '../generated/graphql.js';
import type { StateRecord, StateTieRecord } from './records.js';
import { nodeProjection } from './projections.js';
import { asList, asMap, column, str } from '../db/index.js';
import { toNodeRecord } from './row-mapping.js';

/** Relationship types that tie an entity to a state directly, and the reason each stands for. */
const DIRECT: Record<string, StateTieReason> = {
  DESIGNATED_UNDER: 'DESIGNATED_UNDER_PROGRAM',
  NATIONAL_OF: 'NATIONALITY',
  CITIZEN_OF: 'CITIZENSHIP',
  BORN_IN: 'BIRTHPLACE',
  LOCATED_IN: 'LOCATION',
  REGISTERED_IN: 'FLAG',
};

/**
 * Direct ties, ties through an identifier the state issued, and ties of the entities this one is
 * linked to. A linked entity's own tie counts only when it is direct (not its birthplace, nor
 * its own links), so one `Linked To:` never makes a whole neighbourhood North Korean.
 */
const STATE_TIES = statement('loaders.stateTies', `
UNWIND $keys AS key
MATCH (p:Node {key: key})
CALL {
  WITH p
  MATCH (p)-[r:DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|BORN_IN|LOCATED_IN|REGISTERED_IN]->(s:State)
  RETURN s, type(r) AS reason, null AS via
  UNION
  WITH p
  MATCH (p)<-[:CONTROLS]-(s:State)
  RETURN s, 'CONTROLS' AS reason, null AS via
  UNION
  WITH p
  MATCH (p)-[:HAS_IDENTIFIER]->(via:Identifier)-[:ISSUED_BY]->(s:State)
  RETURN s, 'ISSUED_BY' AS reason, via
  UNION
  WITH p
  MATCH (p)-[:LINKED_TO]->(via)-[:DESIGNATED_UNDER|NATIONAL_OF|CITIZEN_OF|LOCATED_IN|REGISTERED_IN]->(s:State)
  RETURN DISTINCT s, 'LINKED_TO' AS reason, via
  UNION
  WITH p
  MATCH (p)-[:LINKED_TO]->(via)<-[:CONTROLS]-(s:State)
  RETURN s, 'LINKED_TO' AS reason, via
}
WITH key, s, reason, via ORDER BY s.name, reason, via.key
WITH key, collect({
  state: ${nodeProjection('s')},
  reason: reason,
  via: CASE WHEN via IS NULL THEN null ELSE ${nodeProjection('via')} END
}) AS ties
RETURN key, ties`);

function reasonOf(type: string): StateTieReason {
  switch (type) {
    case 'CONTROLS':
      return 'CONTROLLED_BY_STATE';
    case 'ISSUED_BY':
      return 'IDENTITY_DOCUMENT';
    case 'LINKED_TO':
      return 'LINKED_ENTITY';
    default: {
      const reason = DIRECT[type];
      if (!reason) throw new Error(`No state-tie reason for relationship ${type}`);
      return reason;
    }
  }
}

function toTie(value: Plain): StateTieRecord {
  const tie = asMap(value, 'a state tie');
  const via = tie.via ?? null;
  return {
    state: toNodeRecord(tie.state ?? null) as StateRecord,
    reason: reasonOf(str(tie, 'reason')),
    via: via === null ? null : toNodeRecord(via),
  };
}

/** The state ties of many entities in one query. */
export function stateTiesLoader(executor: Reader): DataLoader<string, StateTieRecord[]> {
  return new DataLoader<string, StateTieRecord[]>(async (keys) => {
    const rows = await executor.read(STATE_TIES, { keys });
    const byKey = new Map(rows.map((row) => [column(row, 'key'), asList(column(row, 'ties'), 'ties')]));
    return keys.map((key) => (byKey.get(key) ?? []).map(toTie));
  });
}
