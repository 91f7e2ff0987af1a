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

/**
 * Relationship types that link nodes without a key of their own, and what each means, read from
 * the first node to the second. Which types each may join is in `graph-rules.ts`, and only there.
 */
export const LINK_TYPES = {
  /** The first controls the second. */
  CONTROLS: 'CONTROLS',
  /** The first belongs to, works for or directs the second. */
  MEMBER_OF: 'MEMBER_OF',
  /** The first works under the second, an identity not its own. */
  USES_IDENTITY: 'USES_IDENTITY',
  /** The first helped the second. */
  FACILITATED: 'FACILITATED',
  /** The first, an action, is aimed at the second. */
  TARGETS: 'TARGETS',
  /** The second issued the first: an action's authority, an identifier's issuing state. */
  ISSUED_BY: 'ISSUED_BY',
  /** The first is supported by the second. */
  SOURCED_FROM: 'SOURCED_FROM',
  /** A source says they are linked, without saying how. */
  LINKED_TO: 'LINKED_TO',
  /** The first holds the second: a passport, registration number, email... */
  HAS_IDENTIFIER: 'HAS_IDENTIFIER',
  /** The first is sanctioned under a programme aimed at the second. */
  DESIGNATED_UNDER: 'DESIGNATED_UNDER',
  /** The first is a national of the second; for a company, registered there. */
  NATIONAL_OF: 'NATIONAL_OF',
  /** The first is a citizen of the second. */
  CITIZEN_OF: 'CITIZEN_OF',
  /** The first was born in the second. */
  BORN_IN: 'BORN_IN',
  /** The first has an address or seat in the second. */
  LOCATED_IN: 'LOCATED_IN',
  /** The first flies the flag of the second. */
  REGISTERED_IN: 'REGISTERED_IN',
  /** The first owns the second. */
  OWNS: 'OWNS',
} as const;

export type LinkType = keyof typeof LINK_TYPES;
