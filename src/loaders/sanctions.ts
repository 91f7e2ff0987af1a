import DataLoader from 'dataloader';
import { statement, type Reader } from '../db/index.js';
import type { Plain } from '../db/index.js';
import type { SanctionRoute } from '../generated/graphql.js';
import { nodeProjection } from './projections.js';
import type { EnforcementActionRecord, EntityRecord, SanctionRecord, SourceRecord } from './records.js';
import { asList, asMap, bool, column, list } from '../db/index.js';
import { toNodeRecord } from './row-mapping.js';

/**
 * The sanctions designations covering each entity: those that target it (for a wallet, its
 * listed address) and those that target anyone above it in a chain of control of any length
 * (the shortest such chain is shown). Every status is returned; `inForce` is decided by the
 * status alone (COMPLETED), so a withdrawn designation shows as withdrawn rather than vanishing.
 */
const SANCTIONS = statement('loaders.sanctions', `
UNWIND $keys AS key
MATCH (p:Node {key: key})
CALL {
  WITH p
  MATCH (a:EnforcementAction {kind: 'SANCTION_DESIGNATION'})-[:TARGETS]->(p)
  // A listed address is designated with the entry that lists it: that entry is who is designated.
  OPTIONAL MATCH (a)-[:TARGETS]->(o) WHERE p:Wallet AND NOT o:Wallet
  WITH a, p, o ORDER BY o.key
  WITH a, p, head(collect(o)) AS owner
  RETURN a, coalesce(owner, p) AS designated, [] AS chain, 0 AS depth
  UNION
  WITH p
  MATCH path = (p)<-[:CONTROLS*1..]-(x)<-[:TARGETS]-(a:EnforcementAction {kind: 'SANCTION_DESIGNATION'})
  WITH a, x, path ORDER BY length(path)
  WITH a, x, head(collect(path)) AS path
  // nodes(path): this entity, its controllers up to x, then the designation.
  RETURN a, x AS designated, nodes(path)[1..-1] AS chain, length(path) - 1 AS depth
}
WITH key, p, a, designated, chain, depth ORDER BY depth
WITH key, p, a, head(collect({designated: designated, chain: chain, depth: depth})) AS route
WITH key, p, a, route.designated AS d, route.chain AS chain, route.depth AS depth
OPTIONAL MATCH (a)-[:SOURCED_FROM]->(s:Source {kind: 'SANCTIONS_LIST'})
WITH key, p, a, d, chain, depth, s ORDER BY s.publishedOn DESC
WITH key, p, a, d, chain, depth, head(collect(s)) AS list
ORDER BY a.status = 'COMPLETED' DESC, depth, toString(list.publishedOn) DESC, a.key
RETURN key, collect({
  designation: ${nodeProjection('a')},
  direct: depth = 0,
  wallet: p:Wallet,
  designated: ${nodeProjection('d')},
  chain: [n IN chain | ${nodeProjection('n')}],
  list: CASE WHEN list IS NULL THEN null ELSE ${nodeProjection('list')} END
}) AS sanctions`);

function routeOf(direct: boolean, wallet: boolean): SanctionRoute {
  if (!direct) return 'CONTROLLER_DESIGNATED';
  return wallet ? 'LISTED_ADDRESS' : 'DESIGNATED';
}

function toSanction(value: Plain): SanctionRecord {
  const v = asMap(value, 'a sanction');
  const direct = bool(v, 'direct');
  const listed = v.list ?? null;
  return {
    designation: toNodeRecord(v.designation ?? null) as EnforcementActionRecord,
    route: routeOf(direct, bool(v, 'wallet')),
    designated: toNodeRecord(v.designated ?? null) as EntityRecord,
    controlChain: direct ? [] : list(v, 'chain').map((n) => toNodeRecord(n) as EntityRecord),
    list: listed === null ? null : (toNodeRecord(listed) as SourceRecord),
  };
}

/** The sanctions covering many entities in one query. */
export function sanctionsLoader(executor: Reader): DataLoader<string, SanctionRecord[]> {
  return new DataLoader<string, SanctionRecord[]>(async (keys) => {
    const rows = await executor.read(SANCTIONS, { keys });
    const byKey = new Map(rows.map((row) => [column(row, 'key'), asList(column(row, 'sanctions'), 'sanctions')]));
    return keys.map((key) => (byKey.get(key) ?? []).map(toSanction));
  });
}
