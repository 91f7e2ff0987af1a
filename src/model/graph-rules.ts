import { type EDGE_TYPES, NODE_TYPES, type EdgeTypename, type LinkType, type NodeTypename, type StoredTypename } from './model.js';

/**
 * Which types each relationship may join: the one table of the graph's rules. `writeDataset`
 * refuses any relationship it does not allow, whoever writes it (mutations, FtM, OFAC, the
 * generator, the seed); the read patterns of `loaders/relationship-specs.ts` take their labels
 * from it, and tests hold the schema's descriptions, the FtM mapping and the migrations to it.
 * A relationship between types the table does not allow would be stored but never listed.
 */

/** Everything money can come from or reach, and that enforcement can target. */
export const ENTITY_TYPES = [
  'State',
  'Organization',
  'Operative',
  'Facilitator',
  'StolenIdentity',
  'Employer',
  'Wallet',
  'Person',
  'Craft',
] as const satisfies readonly NodeTypename[];

export const PERSON_TYPES = ['Person', 'Operative', 'Facilitator', 'StolenIdentity'] as const satisfies readonly NodeTypename[];

/** Who can control, own or belong to something. */
export const PARTY_TYPES = [...PERSON_TYPES, 'State', 'Organization', 'Employer'] as const satisfies readonly NodeTypename[];

/** What can be tied to a state: every entity but a state. */
export const TIED_TYPES = ENTITY_TYPES.filter((t) => t !== 'State');

/** What can cite a source. */
export const CITING_TYPES = [...ENTITY_TYPES, 'Identifier', 'EnforcementAction'] as const satisfies readonly NodeTypename[];

export type RelationshipType = LinkType | (typeof EDGE_TYPES)[EdgeTypename]['type'];

/** Every `from` type may join every `to` type of one entry. */
export interface Ends {
  readonly from: readonly NodeTypename[];
  readonly to: readonly NodeTypename[];
}

export const RELATIONSHIP_RULES = {
  CONTROLS: [{ from: PARTY_TYPES, to: ['Organization', 'Wallet'] }],
  // Directors and members as sources name them: people under any of our person types, and
  // organisations that are units of a larger one.
  MEMBER_OF: [{ from: [...PERSON_TYPES, 'Organization'], to: ['Organization'] }],
  USES_IDENTITY: [{ from: ['Operative'], to: ['StolenIdentity'] }],
  FACILITATED: [{ from: ['Facilitator'], to: ['Operative'] }],
  TARGETS: [{ from: ['EnforcementAction'], to: ENTITY_TYPES }],
  // An action's authority is an organisation; an identifier's issuer is a state (its key names
  // the state's ISO code), as `EnforcementAction.authority` and `Identifier.issuer` say.
  ISSUED_BY: [
    { from: ['EnforcementAction'], to: ['Organization'] },
    { from: ['Identifier'], to: ['State'] },
  ],
  SOURCED_FROM: [{ from: CITING_TYPES, to: ['Source'] }],
  LINKED_TO: [{ from: ENTITY_TYPES, to: ENTITY_TYPES }],
  HAS_IDENTIFIER: [{ from: ENTITY_TYPES, to: ['Identifier'] }],
  DESIGNATED_UNDER: [{ from: TIED_TYPES, to: ['State'] }],
  // Sanctions lists give companies a nationality too ("Nationality of Registration").
  NATIONAL_OF: [{ from: [...PERSON_TYPES, 'Organization'], to: ['State'] }],
  CITIZEN_OF: [{ from: PERSON_TYPES, to: ['State'] }],
  BORN_IN: [{ from: PERSON_TYPES, to: ['State'] }],
  LOCATED_IN: [{ from: TIED_TYPES, to: ['State'] }],
  REGISTERED_IN: [{ from: ['Craft'], to: ['State'] }],
  OWNS: [{ from: PARTY_TYPES, to: ['Craft'] }],
  EMPLOYED: [{ from: ['Employer'], to: ['StolenIdentity'] }],
  PAID_SALARY: [{ from: ['Employer'], to: ['Wallet'] }],
  TRANSFERRED: [{ from: ['Wallet'], to: ['Wallet'] }],
} as const satisfies Record<RelationshipType, readonly Ends[]>;

export interface Triple {
  readonly from: NodeTypename;
  readonly type: RelationshipType;
  readonly to: NodeTypename;
}

const rulesOf = (type: RelationshipType): readonly Ends[] => RELATIONSHIP_RULES[type];

/** Every allowed (from, relationship, to), in table order. */
export const TRIPLES: readonly Triple[] = (Object.keys(RELATIONSHIP_RULES) as RelationshipType[]).flatMap((type) =>
  rulesOf(type).flatMap((ends) => ends.from.flatMap((from) => ends.to.map((to) => ({ from, type, to })))),
);

const ALLOWED = new Set(TRIPLES.map((t) => `${t.from} ${t.type} ${t.to}`));

/** Edge typenames (`Transfer`) are never an end, so they are refused like any type not allowed. */
export function allows(from: StoredTypename, type: RelationshipType, to: StoredTypename): boolean {
  return ALLOWED.has(`${from} ${type} ${to}`);
}

/** Ordered as NODE_TYPES, so derived label lists do not depend on how the table is written. */
const inModelOrder = (types: Iterable<NodeTypename>): NodeTypename[] => {
  const set = new Set(types);
  return (Object.keys(NODE_TYPES) as NodeTypename[]).filter((t) => set.has(t));
};

/** The types a relationship may start from (towards one of `to`, when given). */
export function fromTypes(type: RelationshipType, to?: readonly NodeTypename[]): NodeTypename[] {
  return inModelOrder(TRIPLES.filter((t) => t.type === type && (!to || to.includes(t.to))).map((t) => t.from));
}

/** The types a relationship may reach (from one of `from`, when given). */
export function toTypes(type: RelationshipType, from?: readonly NodeTypename[]): NodeTypename[] {
  return inModelOrder(TRIPLES.filter((t) => t.type === type && (!from || from.includes(t.from))).map((t) => t.to));
}

/** `A|B` for a label expression; labels come from NODE_TYPES only, never from a request. */
export function labelsOf(types: readonly NodeTypename[]): string {
  if (types.length === 0) throw new Error('A label expression needs at least one type');
  return types.map((t) => NODE_TYPES[t].label).join('|');
}

/** How a relationship's allowed ends read in a message: `MEMBER_OF joins Person|… to Organization`. */
export function describeRule(type: RelationshipType): string {
  return `${type} joins ${rulesOf(type)
    .map((ends) => `${ends.from.join('|')} to ${ends.to.join('|')}`)
    .join('; ')}`;
}
