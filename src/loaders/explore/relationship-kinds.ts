import { EDGE_TYPES, LINK_TYPES } from '../../model/index.js';
import type { RelationshipKind } from '../../generated/graphql.js';

/**
 * The stored relationship type behind each `RelationshipKind`. `satisfies` makes a kind added to
 * the schema fail to compile here until it names its type. Cypher relationship-type alternations
 * are built only from these constants: a request's `types`/`via` select among them, and no
 * request text ever reaches the query.
 */
export const RELATIONSHIP_TYPE_OF = {
  SALARY: EDGE_TYPES.SalaryPayment.type,
  TRANSFER: EDGE_TYPES.Transfer.type,
  EMPLOYMENT: EDGE_TYPES.Employment.type,
  CONTROLS: LINK_TYPES.CONTROLS,
  MEMBER_OF: LINK_TYPES.MEMBER_OF,
  USES_IDENTITY: LINK_TYPES.USES_IDENTITY,
  FACILITATED: LINK_TYPES.FACILITATED,
  TARGETS: LINK_TYPES.TARGETS,
  ISSUED_BY: LINK_TYPES.ISSUED_BY,
  LINKED_TO: LINK_TYPES.LINKED_TO,
  HAS_IDENTIFIER: LINK_TYPES.HAS_IDENTIFIER,
  DESIGNATED_UNDER: LINK_TYPES.DESIGNATED_UNDER,
  NATIONAL_OF: LINK_TYPES.NATIONAL_OF,
  CITIZEN_OF: LINK_TYPES.CITIZEN_OF,
  BORN_IN: LINK_TYPES.BORN_IN,
  LOCATED_IN: LINK_TYPES.LOCATED_IN,
  REGISTERED_IN: LINK_TYPES.REGISTERED_IN,
  OWNS: LINK_TYPES.OWNS,
  SOURCED_FROM: LINK_TYPES.SOURCED_FROM,
} as const satisfies Record<RelationshipKind, string>;

/** Every kind, in schema order. */
export const ALL_KINDS = Object.keys(RELATIONSHIP_TYPE_OF) as RelationshipKind[];

/** What `types`/`via` mean when omitted: everything but citations, which would tie any two facts through their source. */
export const DEFAULT_KINDS: readonly RelationshipKind[] = ALL_KINDS.filter((kind) => kind !== 'SOURCED_FROM');

const kindByType = new Map<string, RelationshipKind>(
  ALL_KINDS.map((kind) => [RELATIONSHIP_TYPE_OF[kind], kind] as const),
);

/** The kind of a stored relationship type; a type outside the model is a broken store. */
export function kindOfType(type: string): RelationshipKind {
  const kind = kindByType.get(type);
  if (!kind) throw new Error(`Stored relationship type ${type} has no RelationshipKind`);
  return kind;
}

/**
 * The stored types of the kinds, in schema order and deduplicated, so one selection always
 * yields one value: the `$types` of statements that take the selection as a parameter.
 */
export function selectedTypes(kinds: readonly RelationshipKind[]): string[] {
  const selected = new Set(kinds);
  if (selected.size === 0) throw new Error('A relationship pattern needs at least one kind');
  return ALL_KINDS.filter((kind) => selected.has(kind)).map((kind) => RELATIONSHIP_TYPE_OF[kind]);
}

/** `A|B|C` for a relationship pattern fixed at load (see `selectedTypes` for its order). */
export function typeAlternation(kinds: readonly RelationshipKind[]): string {
  return selectedTypes(kinds).join('|');
}

/**
 * How many relationships of the given kinds node `v` has, as a Cypher expression Neo4j answers
 * from its relationship counts. For the usual selections (everything but citations) the total
 * minus the few kinds left out is cheaper than summing a long alternation.
 */
export function degreeExpression(v: string, kinds: readonly RelationshipKind[]): string {
  const selected = new Set(kinds);
  const excluded = ALL_KINDS.filter((kind) => !selected.has(kind));
  if (excluded.length === 0) return `COUNT { (${v})--() }`;
  if (excluded.length < selected.size) return `COUNT { (${v})--() } - COUNT { (${v})-[:${typeAlternation(excluded)}]-() }`;
  return `COUNT { (${v})-[:${typeAlternation(kinds)}]-() }`;
}

/**
 * How many relationships of the types in `$types` node `v` has, for a selection sent as a
 * parameter: one relationship count per type, each taken only when selected, so one statement
 * serves every selection and Neo4j still answers each count from its relationship counts.
 */
export function selectedDegreeExpression(v: string): string {
  return ALL_KINDS.map((kind) => RELATIONSHIP_TYPE_OF[kind])
    .map((type) => `CASE WHEN '${type}' IN $types THEN COUNT { (${v})-[:${type}]-() } ELSE 0 END`)
    .join('\n  + ');
}
