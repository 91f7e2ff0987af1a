import type {
  EnforcementStatus,
  FacilitatorRole,
  OperativeRole,
  OrganizationKind,
  SourceKind,
} from '../generated/graphql.js';
import type { NodeTypename } from '../model/index.js';

/**
 * The words FtM lacks and we need, written into `keywords` (a free-text property every Thing
 * has). They are namespaced so they cannot be mistaken for a publisher's own keywords, and they
 * survive tools that rewrite entity ids (`ftm sign`), which our key prefixes would not.
 */
export const MARKER = {
  /** The entity or link was invented for demos or scale. */
  synthetic: 'trailgraph:synthetic',
  /** `trailgraph:type:Operative`: the finer type of a Person, Organization or LegalEntity. */
  typePrefix: 'trailgraph:type:',
  /** `trailgraph:kind:NEWS_ARTICLE`: what kind of document a Document is. */
  kindPrefix: 'trailgraph:kind:',
} as const;

/** Types an FtM Person, Organization, Company or LegalEntity can carry in a type marker. */
export const MARKED_TYPES = [
  'Operative',
  'Facilitator',
  'StolenIdentity',
  'Employer',
  'State',
] as const satisfies readonly NodeTypename[];

// Records rather than arrays, so a value added to a GraphQL enum fails to compile here until
// the mapping knows about it.
const ORGANIZATION_KINDS: Record<OrganizationKind, true> = {
  FRONT_COMPANY: true,
  BANK: true,
  GOVERNMENT_UNIT: true,
  AGENCY: true,
  EXCHANGE: true,
  MIXER: true,
  OTC_DESK: true,
  LAPTOP_FARM: true,
  GROUP: true,
  OTHER: true,
};
const OPERATIVE_ROLES: Record<OperativeRole, true> = { IT_WORKER: true, MANAGER: true, MONEY_LAUNDERER: true };
const FACILITATOR_ROLES: Record<FacilitatorRole, true> = {
  LAPTOP_FARM_HOST: true,
  IDENTITY_SELLER: true,
  MONEY_MULE: true,
  OTHER: true,
};
const SOURCE_KINDS: Record<SourceKind, true> = {
  NEWS_ARTICLE: true,
  PRESS_RELEASE: true,
  COURT_DOCUMENT: true,
  SANCTIONS_LIST: true,
  SYNTHETIC_DATASET: true,
  OTHER: true,
};
const ENFORCEMENT_STATUSES: Record<EnforcementStatus, true> = {
  PENDING: true,
  COMPLETED: true,
  WITHDRAWN: true,
  UNKNOWN: true,
};

/** 'it worker', 'It-Worker' and 'IT_WORKER' all name the same enum value. */
function enumValue<T extends string>(values: Record<T, true>, text: string): T | undefined {
  const candidate = text.trim().toUpperCase().replace(/[\s-]+/g, '_');
  return Object.hasOwn(values, candidate) ? (candidate as T) : undefined;
}

export const organizationKind = (text: string) => enumValue(ORGANIZATION_KINDS, text);
export const operativeRole = (text: string) => enumValue(OPERATIVE_ROLES, text);
export const facilitatorRole = (text: string) => enumValue(FACILITATOR_ROLES, text);
export const sourceKind = (text: string) => enumValue(SOURCE_KINDS, text);
const enforcementStatus = (text: string) => enumValue(ENFORCEMENT_STATUSES, text);

export const OPERATIVE_ROLE_NAMES = Object.keys(OPERATIVE_ROLES).join(', ');
export const FACILITATOR_ROLE_NAMES = Object.keys(FACILITATOR_ROLES).join(', ');

/** Words publishers use in a Sanction's `status` for a designation that no longer applies. */
const LIFTED = /^(inactive|expired|lifted|revoked|delisted|removed|withdrawn|terminated)$/i;

/** Our status for a Sanction: ours verbatim, a lifted one WITHDRAWN, anything else in force. */
export function sanctionStatus(text: string | undefined): EnforcementStatus {
  if (text === undefined) return 'COMPLETED';
  return enforcementStatus(text) ?? (LIFTED.test(text.trim()) ? 'WITHDRAWN' : 'COMPLETED');
}

/**
 * FtM identifier properties and the identifier type each becomes. The types are the labels the
 * OFAC import uses, so a passport cited by both sources is one Identifier node. `holders` says
 * which FtM schemas define the property, for export.
 */
export const IDENTIFIER_PROPERTIES = [
  { property: 'passportNumber', type: 'Passport', holders: 'person' },
  { property: 'idNumber', type: 'National ID No.', holders: 'legalEntity' },
  { property: 'socialSecurityNumber', type: 'SSN', holders: 'person' },
  { property: 'taxNumber', type: 'Tax ID No.', holders: 'legalEntity' },
  { property: 'registrationNumber', type: 'Registration Number', holders: 'legalEntityOrVehicle' },
  { property: 'vatCode', type: 'V.A.T. Number', holders: 'legalEntity' },
  { property: 'swiftBic', type: 'SWIFT/BIC', holders: 'legalEntity' },
  { property: 'dunsCode', type: 'D-U-N-S Number', holders: 'legalEntity' },
  { property: 'leiCode', type: 'LEI', holders: 'legalEntity' },
  { property: 'email', type: 'Email Address', holders: 'legalEntity' },
  { property: 'phone', type: 'Phone Number', holders: 'legalEntity' },
  { property: 'website', type: 'Website', holders: 'legalEntity' },
  { property: 'imoNumber', type: 'International Maritime Organization No.', holders: 'vessel' },
  { property: 'mmsi', type: 'MMSI', holders: 'vessel' },
  { property: 'serialNumber', type: 'Aircraft Serial Identification', holders: 'airplane' },
] as const;

export type IdentifierHolders = (typeof IDENTIFIER_PROPERTIES)[number]['holders'];
