import { EDGE_PROJECTION, NODE_PROJECTION } from './projections.js';
import type { ListSpec, PagedSpec } from './cypher-templates.js';

/**
 * The relationship fields of the schema, as graph patterns. Each spec is a constant; see
 * `cypher-templates.ts` for how it becomes a batched query.
 */

const ENTITY_LABELS = 'State|Organization|Operative|Facilitator|StolenIdentity|Employer|Wallet|Person|Craft';

const byName = (pattern: string): PagedSpec => ({
  pattern,
  projection: NODE_PROJECTION,
  itemKey: 'n.key',
  sortValue: 'n.name',
  direction: 'ASC',
});

/** Money and employment relationships, latest first. */
const latestEdges = (pattern: string, sortValue: string): PagedSpec => ({
  pattern,
  projection: EDGE_PROJECTION,
  itemKey: 'r.key',
  sortValue,
  direction: 'DESC',
});

export const PAGED = {
  stateOrganizations: byName('(p)-[:CONTROLS]->(n:Organization)'),
  organizationMembers: byName('(p)<-[:MEMBER_OF]-(n:Operative|Facilitator)'),
  operativeIdentities: byName('(p)-[:USES_IDENTITY]->(n:StolenIdentity)'),
  operativeOrganizations: byName('(p)-[:MEMBER_OF]->(n:Organization)'),
  operativeFacilitators: byName('(p)<-[:FACILITATED]-(n:Facilitator)'),
  facilitatorOperatives: byName('(p)-[:FACILITATED]->(n:Operative)'),
  identityOperatives: byName('(p)<-[:USES_IDENTITY]-(n:Operative)'),
  actionTargets: byName(`(p)-[:TARGETS]->(n:${ENTITY_LABELS})`),
  sourceEntities: byName(`(p)<-[:SOURCED_FROM]-(n:${ENTITY_LABELS})`),
  linkedFrom: byName(`(p)<-[:LINKED_TO]-(n:${ENTITY_LABELS})`),
  identifierHolders: byName(`(p)<-[:HAS_IDENTIFIER]-(n:${ENTITY_LABELS})`),
  controlledWallets: {
    pattern: '(p)-[:CONTROLS]->(n:Wallet)',
    projection: NODE_PROJECTION,
    itemKey: 'n.key',
    sortValue: 'n.address',
    direction: 'ASC',
  },
  issuedActions: {
    pattern: '(p)<-[:ISSUED_BY]-(n:EnforcementAction)',
    projection: NODE_PROJECTION,
    itemKey: 'n.key',
    // ISO dates order as strings; undated actions sort last.
    sortValue: "coalesce(toString(n.date), '')",
    direction: 'DESC',
  },
  employerEmployments: latestEdges('(p)-[r:EMPLOYED]->(n:StolenIdentity)', "coalesce(toString(r.startedOn), '')"),
  identityEmployments: latestEdges('(p)<-[r:EMPLOYED]-(n:Employer)', "coalesce(toString(r.startedOn), '')"),
  // Epoch millis rather than strings: ISO datetimes with and without fractions do not sort as text.
  employerSalaryPayments: latestEdges('(p)-[r:PAID_SALARY]->(n:Wallet)', 'r.paidAt.epochMillis'),
  walletSalaryPayments: latestEdges('(p)<-[r:PAID_SALARY]-(n:Employer)', 'r.paidAt.epochMillis'),
  walletOutgoingTransfers: latestEdges('(p)-[r:TRANSFERRED]->(n:Wallet)', 'r.at.epochMillis'),
  walletIncomingTransfers: latestEdges('(p)<-[r:TRANSFERRED]-(n:Wallet)', 'r.at.epochMillis'),
} as const satisfies Record<string, PagedSpec>;

export const LISTS = {
  sources: { pattern: '(p)-[:SOURCED_FROM]->(n:Source)', sortValue: 'n.title' },
  enforcementActions: {
    pattern: '(p)<-[:TARGETS]-(n:EnforcementAction)',
    sortValue: "coalesce(toString(n.date), '') DESC",
  },
  controllers: { pattern: `(p)<-[:CONTROLS]-(n:${ENTITY_LABELS})`, sortValue: 'n.name' },
  authorities: { pattern: '(p)-[:ISSUED_BY]->(n:Organization)', sortValue: 'n.name' },
  identifierIssuers: { pattern: '(p)-[:ISSUED_BY]->(n:State)', sortValue: 'n.name' },
  identifiers: { pattern: '(p)-[:HAS_IDENTIFIER]->(n:Identifier)', sortValue: 'n.type, n.value' },
  linkedTo: { pattern: `(p)-[:LINKED_TO]->(n:${ENTITY_LABELS})`, sortValue: 'n.name' },
  owners: { pattern: `(p)<-[:OWNS]-(n:${ENTITY_LABELS})`, sortValue: 'n.name' },
  ownedCrafts: { pattern: '(p)-[:OWNS]->(n:Craft)', sortValue: 'n.name' },
} as const satisfies Record<string, ListSpec>;
