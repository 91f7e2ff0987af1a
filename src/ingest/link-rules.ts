import type { LinkKind } from '../generated/graphql.js';
import type { NodeTypename } from '../db/model.js';

/**
 * Which types each kind of link may join, so the graph keeps the shape the schema describes:
 * a wallet cannot be a member of anything, and only a state has nationals.
 */

const ENTITIES: readonly NodeTypename[] = [
  'State',
  'Organization',
  'Operative',
  'Facilitator',
  'StolenIdentity',
  'Employer',
  'Wallet',
  'Person',
  'Craft',
];
const PEOPLE: readonly NodeTypename[] = ['Operative', 'Facilitator', 'Person', 'StolenIdentity'];
const HOLDERS: readonly NodeTypename[] = ['Organization', 'Operative', 'Facilitator', 'StolenIdentity', 'Employer', 'Person', 'Craft'];

export const LINK_RULES: Record<LinkKind, { from: readonly NodeTypename[]; to: readonly NodeTypename[] }> = {
  CONTROLS: {
    from: ['State', 'Organization', 'Operative', 'Facilitator', 'StolenIdentity', 'Person', 'Employer'],
    to: ['Organization', 'Wallet'],
  },
  MEMBER_OF: { from: ['Operative', 'Facilitator', 'Person'], to: ['Organization'] },
  USES_IDENTITY: { from: ['Operative'], to: ['StolenIdentity'] },
  FACILITATED: { from: ['Facilitator'], to: ['Operative'] },
  TARGETS: { from: ['EnforcementAction'], to: ENTITIES },
  LINKED_TO: { from: ENTITIES, to: ENTITIES },
  OWNS: { from: HOLDERS, to: ['Craft'] },
  HAS_IDENTIFIER: { from: HOLDERS, to: ['Identifier'] },
  NATIONAL_OF: { from: PEOPLE, to: ['State'] },
  CITIZEN_OF: { from: PEOPLE, to: ['State'] },
  BORN_IN: { from: PEOPLE, to: ['State'] },
  LOCATED_IN: { from: HOLDERS, to: ['State'] },
  REGISTERED_IN: { from: ['Craft'], to: ['State'] },
  DESIGNATED_UNDER: { from: HOLDERS, to: ['State'] },
};
