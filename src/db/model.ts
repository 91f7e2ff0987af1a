/**
 * The shape of the graph as stored: which label or relationship type holds each GraphQL type,
 * and the prefix its natural keys start with. Every node also carries the `Node` label so one
 * uniqueness constraint on `key` serves lookups of any type. Nothing here ever comes from a
 * request: Cypher text is built only from these constants.
 */
export const NODE_TYPES = {
  State: { label: 'State', prefix: 'state' },
  Organization: { label: 'Organization', prefix: 'org' },
  Operative: { label: 'Operative', prefix: 'operative' },
  Facilitator: { label: 'Facilitator', prefix: 'facilitator' },
  StolenIdentity: { label: 'StolenIdentity', prefix: 'identity' },
  Employer: { label: 'Employer', prefix: 'employer' },
  Wallet: { label: 'Wallet', prefix: 'wallet' },
  EnforcementAction: { label: 'EnforcementAction', prefix: 'action' },
  Source: { label: 'Source', prefix: 'source' },
  Person: { label: 'Person', prefix: 'person' },
  Craft: { label: 'Craft', prefix: 'craft' },
  Identifier: { label: 'Identifier', prefix: 'identifier' },
} as const;

export const EDGE_TYPES = {
  Employment: { type: 'EMPLOYED', prefix: 'employment' },
  SalaryPayment: { type: 'PAID_SALARY', prefix: 'salary' },
  Transfer: { type: 'TRANSFERRED', prefix: 'transfer' },
} as const;

export type NodeTypename = keyof typeof NODE_TYPES;
export type EdgeTypename = keyof typeof EDGE_TYPES;
export type StoredTypename = NodeTypename | EdgeTypename;

/** Relationship types that link nodes without a key of their own. */
export const LINK_TYPES = {
  /** (controller)-[:CONTROLS]->(organisation or wallet) */
  CONTROLS: 'CONTROLS',
  /** (operative or facilitator)-[:MEMBER_OF]->(organisation) */
  MEMBER_OF: 'MEMBER_OF',
  /** (operative)-[:USES_IDENTITY]->(stolen identity) */
  USES_IDENTITY: 'USES_IDENTITY',
  /** (facilitator)-[:FACILITATED]->(operative) */
  FACILITATED: 'FACILITATED',
  /** (enforcement action)-[:TARGETS]->(entity) */
  TARGETS: 'TARGETS',
  /** (enforcement action)-[:ISSUED_BY]->(authority organisation); (identifier)-[:ISSUED_BY]->(state) */
  ISSUED_BY: 'ISSUED_BY',
  /** (entity or action)-[:SOURCED_FROM]->(source) */
  SOURCED_FROM: 'SOURCED_FROM',
  /** (entity)-[:LINKED_TO]->(entity): a source says they are linked, without saying how. */
  LINKED_TO: 'LINKED_TO',
  /** (entity)-[:HAS_IDENTIFIER]->(identifier): passports, registration numbers, emails... */
  HAS_IDENTIFIER: 'HAS_IDENTIFIER',
  /** (entity)-[:DESIGNATED_UNDER]->(state): sanctioned under a programme aimed at that state. */
  DESIGNATED_UNDER: 'DESIGNATED_UNDER',
  /** (person)-[:NATIONAL_OF]->(state) */
  NATIONAL_OF: 'NATIONAL_OF',
  /** (person)-[:CITIZEN_OF]->(state) */
  CITIZEN_OF: 'CITIZEN_OF',
  /** (person)-[:BORN_IN]->(state) */
  BORN_IN: 'BORN_IN',
  /** (entity)-[:LOCATED_IN]->(state): has an address or seat there. */
  LOCATED_IN: 'LOCATED_IN',
  /** (craft)-[:REGISTERED_IN]->(state): the flag a vessel or aircraft flies. */
  REGISTERED_IN: 'REGISTERED_IN',
  /** (owner)-[:OWNS]->(craft) */
  OWNS: 'OWNS',
} as const;

export type LinkType = keyof typeof LINK_TYPES;
