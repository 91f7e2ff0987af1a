import type { LinkType, NodeTypename } from './model.js';

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

/** Who can control, own or direct something. */
export const PARTY_TYPES = [...PERSON_TYPES, 'State', 'Organization', 'Employer'] as const satisfies readonly NodeTypename[];

/**
 * The types each link may join, from the comments in `model.ts`; mutations and imports refuse
 * anything else. The API reads links through patterns with these labels, so a link between
 * other types would be stored but never shown. SOURCED_FROM is written only as a citation.
 */
export const LINK_ENDPOINTS: Record<LinkType, { from: readonly NodeTypename[]; to: readonly NodeTypename[] }> = {
  CONTROLS: { from: PARTY_TYPES, to: ['Organization', 'Wallet'] },
  MEMBER_OF: { from: [...PERSON_TYPES, 'Organization'], to: ['Organization'] },
  USES_IDENTITY: { from: ['Operative'], to: ['StolenIdentity'] },
  FACILITATED: { from: ['Facilitator'], to: ['Operative'] },
  TARGETS: { from: ['EnforcementAction'], to: ENTITY_TYPES },
  ISSUED_BY: { from: ['EnforcementAction', 'Identifier'], to: ['Organization', 'State'] },
  SOURCED_FROM: { from: [], to: [] },
  LINKED_TO: { from: ENTITY_TYPES, to: ENTITY_TYPES },
  HAS_IDENTIFIER: { from: ENTITY_TYPES, to: ['Identifier'] },
  DESIGNATED_UNDER: { from: ENTITY_TYPES, to: ['State'] },
  NATIONAL_OF: { from: PERSON_TYPES, to: ['State'] },
  CITIZEN_OF: { from: PERSON_TYPES, to: ['State'] },
  BORN_IN: { from: PERSON_TYPES, to: ['State'] },
  LOCATED_IN: { from: ENTITY_TYPES, to: ['State'] },
  REGISTERED_IN: { from: ['Craft'], to: ['State'] },
  OWNS: { from: PARTY_TYPES, to: ['Craft'] },
};
