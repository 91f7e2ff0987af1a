import { EDGE_TYPES, LINK_TYPES, NODE_TYPES, type LinkType } from '../model/index.js';

/**
 * The Cypher of the export. Labels and relationship types come from the model's constants.
 *
 * Whole-graph pages walk the `Node.key` index in key order. Keys start with their type's prefix,
 * so one type's nodes sit between `prefix:` and `prefix;` (';' follows ':'): a page is a range
 * seek from the last key read, never a sort of everything.
 */

/** How each link type travels in FtM; a record, so a new link type must be decided here. */
const LINK_EXPORT: Record<LinkType, 'entity' | 'tie' | 'proof' | 'identifier' | 'action'> = {
  CONTROLS: 'entity',
  OWNS: 'entity',
  MEMBER_OF: 'entity',
  USES_IDENTITY: 'entity',
  FACILITATED: 'entity',
  LINKED_TO: 'entity',
  DESIGNATED_UNDER: 'entity',
  NATIONAL_OF: 'tie',
  CITIZEN_OF: 'tie',
  BORN_IN: 'tie',
  LOCATED_IN: 'tie',
  REGISTERED_IN: 'tie',
  SOURCED_FROM: 'proof',
  HAS_IDENTIFIER: 'identifier',
  TARGETS: 'action',
  ISSUED_BY: 'action',
};

const typesOf = (how: (typeof LINK_EXPORT)[LinkType]) =>
  (Object.keys(LINK_EXPORT) as LinkType[]).filter((t) => LINK_EXPORT[t] === how).join('|');

const { Source, Identifier, State } = NODE_TYPES;

const PAGE = (match: string) => `
MATCH (n:Node) WHERE n.key > $after AND n.key < $before
WITH n ORDER BY n.key LIMIT $limit
${match}`;
const KEYS = (match: string) => `
UNWIND $keys AS key
MATCH (n:Node {key: key})
${match}`;

const SOURCE_RETURN = 'RETURN n.key AS key, properties(n) AS props';

const CITED = `COLLECT { MATCH (n)-[:${LINK_TYPES.SOURCED_FROM}]->(s:${Source.label}) RETURN s.key ORDER BY s.key } AS sources`;

const ENTITY_RETURN = `
RETURN n.key AS key, properties(n) AS props, ${CITED},
  COLLECT { MATCH (n)-[:${LINK_TYPES.HAS_IDENTIFIER}]->(i:${Identifier.label})
            RETURN [i.type, i.value] ORDER BY i.type, i.value } AS identifiers,
  COLLECT { MATCH (n)-[r:${typesOf('tie')}]->(s:${State.label})
            RETURN {type: type(r), state: s.key, iso: s.isoCode, sourceKeys: r.sourceKeys, synthetic: r.synthetic}
            ORDER BY type(r), s.key } AS ties`;

const LINK_RETURN = `
RETURN n.key AS key,
  COLLECT { MATCH (n)-[r:${typesOf('entity')}]->(m:Node)
            RETURN {type: type(r), to: m.key, sourceKeys: r.sourceKeys, synthetic: r.synthetic}
            ORDER BY type(r), m.key } AS links`;

const ACTION_RETURN = `
RETURN n.key AS key, properties(n) AS props, ${CITED},
  COLLECT { MATCH (n)-[:${LINK_TYPES.TARGETS}]->(t:Node) RETURN t.key ORDER BY t.key } AS targets,
  COLLECT { MATCH (n)-[:${LINK_TYPES.ISSUED_BY}]->(o:${NODE_TYPES.Organization.label})
            RETURN o.name ORDER BY o.name } AS authorities`;

export const PAGES = {
  sources: PAGE(SOURCE_RETURN),
  entities: PAGE(ENTITY_RETURN),
  links: PAGE(LINK_RETURN),
  actions: PAGE(ACTION_RETURN),
} as const;

export const BY_KEYS = {
  sources: KEYS(SOURCE_RETURN),
  entities: KEYS(ENTITY_RETURN),
  links: KEYS(LINK_RETURN),
  actions: KEYS(ACTION_RETURN),
} as const;

/** Relationships with keys of their own, paged by that key through its uniqueness index. */
export const EDGE_PAGES = Object.values(EDGE_TYPES).map(({ type }) => ({
  type,
  cypher: `MATCH (a:Node)-[r:${type}]->(b:Node) WHERE r.key > $after
RETURN r.key AS cursor, a.key AS from, b.key AS to, properties(r) AS props
ORDER BY r.key LIMIT $limit`,
}));

export const EDGES_FROM_KEYS = `
UNWIND $keys AS key
MATCH (a:Node {key: key})-[r:${Object.values(EDGE_TYPES)
  .map((t) => t.type)
  .join('|')}]->(b:Node)
RETURN type(r) AS type, a.key AS from, b.key AS to, properties(r) AS props
ORDER BY r.key`;

/**
 * One hop of a subgraph. Sources are reached only from a source the walk starts at (a document
 * supports everything it mentions, so walking through it would reach half the graph); states
 * and sources are reached but not walked through, for the same reason.
 */
export const NEIGHBOURS = `
UNWIND $keys AS key
MATCH (n:Node {key: key})-[r]-(m:Node)
WHERE type(r) <> '${LINK_TYPES.SOURCED_FROM}' OR $fromSource
RETURN DISTINCT m.key AS key, (m:${State.label} OR m:${Source.label}) AS stop`;

export const NODE_KIND = `MATCH (n:Node {key: $key}) RETURN n.key AS key, (n:${Source.label}) AS source`;
