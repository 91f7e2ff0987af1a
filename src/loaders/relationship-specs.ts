import { CITING_TYPES, ENTITY_TYPES, fromTypes, labelsOf, toTypes, type RelationshipType } from '../model/index.js';
import type { NodeTypename } from '../model/index.js';
import { EDGE_PROJECTION, NODE_PROJECTION } from './projections.js';
import type { ListSpec, PagedSpec } from './cypher-templates.js';

/**
 * The relationship fields of the schema, as graph patterns. Each spec is a constant; see
 * `cypher-templates.ts` for how it becomes a batched query. The far end's labels come from the
 * graph's rules (`model/graph-rules.ts`), so a field lists every type a write may link there.
 */

/**
 * Labels of the far end of `type` from a parent of one of `parents`: all the rules allow, or
 * `only` those (a field that lists one kind). Fails at load when the rules allow none of them.
 */
function farLabels(
  type: RelationshipType,
  outgoing: boolean,
  parents: readonly NodeTypename[],
  only?: readonly NodeTypename[],
): string {
  const allowed = outgoing ? toTypes(type, parents) : fromTypes(type, parents);
  const chosen = only ?? allowed;
  const refused = chosen.filter((t) => !allowed.includes(t));
  if (refused.length > 0) throw new Error(`${type} never joins ${parents.join('|')} and ${refused.join('|')}`);
  return labelsOf(chosen);
}

/** `(p)-[:TYPE]->(n:…)` from the parent; `r` names the relationship for keyed edges. */
const out = (type: RelationshipType, parents: readonly NodeTypename[], only?: readonly NodeTypename[], r = '') =>
  `(p)-[${r}:${type}]->(n:${farLabels(type, true, parents, only)})`;

/** `(p)<-[:TYPE]-(n:…)` into the parent. */
const into = (type: RelationshipType, parents: readonly NodeTypename[], only?: readonly NodeTypename[], r = '') =>
  `(p)<-[${r}:${type}]-(n:${farLabels(type, false, parents, only)})`;

/**
 * `(parent)<-[:CONTROLS]-(node:…)`: who controls a wallet or an organisation. A function of its
 * variables so money pages can fetch controllers of their ends in the same statement
 * (`money-specs.ts`) with the very pattern `controllers` lists.
 */
export const controllersPattern = (parent: string, node: string) =>
  `(${parent})<-[:CONTROLS]-(${node}:${farLabels('CONTROLS', false, ['Organization', 'Wallet'])})`;

/** Types with a `wallets` field listing the wallets they control. */
const WALLET_HOLDERS = ['Organization', 'Operative', 'Facilitator', 'Person', 'StolenIdentity'] as const;

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
  stateOrganizations: byName(out('CONTROLS', ['State'], ['Organization'])),
  organizationMembers: byName(into('MEMBER_OF', ['Organization'])),
  operativeIdentities: byName(out('USES_IDENTITY', ['Operative'])),
  operativeOrganizations: byName(out('MEMBER_OF', ['Operative'])),
  operativeFacilitators: byName(into('FACILITATED', ['Operative'])),
  facilitatorOperatives: byName(out('FACILITATED', ['Facilitator'])),
  identityOperatives: byName(into('USES_IDENTITY', ['StolenIdentity'])),
  actionTargets: byName(out('TARGETS', ['EnforcementAction'])),
  sourceEntities: byName(into('SOURCED_FROM', ['Source'], ENTITY_TYPES)),
  linkedFrom: byName(into('LINKED_TO', ENTITY_TYPES)),
  identifierHolders: byName(into('HAS_IDENTIFIER', ['Identifier'])),
  controlledWallets: {
    pattern: out('CONTROLS', WALLET_HOLDERS, ['Wallet']),
    projection: NODE_PROJECTION,
    itemKey: 'n.key',
    sortValue: 'n.address',
    direction: 'ASC',
  },
  issuedActions: {
    pattern: into('ISSUED_BY', ['Organization']),
    projection: NODE_PROJECTION,
    itemKey: 'n.key',
    // ISO dates order as strings; undated actions sort last.
    sortValue: "coalesce(toString(n.date), '')",
    direction: 'DESC',
  },
  employerEmployments: latestEdges(out('EMPLOYED', ['Employer'], undefined, 'r'), "coalesce(toString(r.startedOn), '')"),
  identityEmployments: latestEdges(into('EMPLOYED', ['StolenIdentity'], undefined, 'r'), "coalesce(toString(r.startedOn), '')"),
} as const satisfies Record<string, PagedSpec>;

export const LISTS = {
  sources: { pattern: out('SOURCED_FROM', CITING_TYPES), sortValue: 'n.title' },
  enforcementActions: {
    pattern: into('TARGETS', ENTITY_TYPES),
    sortValue: "coalesce(toString(n.date), '') DESC",
  },
  controllers: { pattern: controllersPattern('p', 'n'), sortValue: 'n.name' },
  authorities: { pattern: out('ISSUED_BY', ['EnforcementAction']), sortValue: 'n.name' },
  identifierIssuers: { pattern: out('ISSUED_BY', ['Identifier']), sortValue: 'n.name' },
  identifiers: { pattern: out('HAS_IDENTIFIER', ENTITY_TYPES), sortValue: 'n.type, n.value' },
  linkedTo: { pattern: out('LINKED_TO', ENTITY_TYPES), sortValue: 'n.name' },
  owners: { pattern: into('OWNS', ['Craft']), sortValue: 'n.name' },
  ownedCrafts: { pattern: out('OWNS', ['Organization']), sortValue: 'n.name' },
} as const satisfies Record<string, ListSpec>;
