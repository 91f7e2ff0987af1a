import type {
  CraftKind,
  DatePrecision,
  EnforcementKind,
  EnforcementStatus,
  FacilitatorRole,
  OperativeRole,
  OrganizationKind,
  SourceKind,
} from '../generated/graphql.js';
import type { LinkType } from '../model/index.js';

/**
 * A batch of graph facts in the shape the store writes: the seed, importers and generators all
 * produce this. Keys are natural keys with their type prefix (`org:...`); dates are ISO strings.
 */

interface Sourced {
  /** Keys of the `Source` nodes that support the fact. */
  readonly sourceKeys: readonly string[];
  readonly synthetic: boolean;
}

interface EntityInput extends Sourced {
  readonly key: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  /** Further facts a source states in words (titles held, dates established...), kept verbatim. */
  readonly remarks?: readonly string[];
}

export interface Dataset {
  readonly sources?: readonly {
    readonly key: string;
    readonly kind: SourceKind;
    readonly title: string;
    readonly publisher?: string;
    readonly url?: string;
    readonly publishedOn?: string;
    readonly synthetic: boolean;
  }[];
  readonly states?: readonly (EntityInput & { readonly isoCode: string })[];
  readonly organizations?: readonly (EntityInput & { readonly kind: OrganizationKind })[];
  readonly operatives?: readonly (EntityInput & { readonly role: OperativeRole })[];
  readonly facilitators?: readonly (EntityInput & { readonly role: FacilitatorRole })[];
  readonly stolenIdentities?: readonly EntityInput[];
  readonly employers?: readonly EntityInput[];
  readonly persons?: readonly (EntityInput & {
    /** Dates of birth as the source writes them ('25 Apr 1965', 'circa 1951'). */
    readonly birthDates?: readonly string[];
    readonly birthPlaces?: readonly string[];
    readonly gender?: string;
    readonly title?: string;
  })[];
  readonly crafts?: readonly (EntityInput & {
    readonly kind: CraftKind;
    readonly callSign?: string;
    readonly model?: string;
    readonly tonnage?: string;
    readonly grossRegisteredTonnage?: string;
    /** The owner as the source names it, when it names no entity we hold. */
    readonly ownerName?: string;
  })[];
  /** Identifying numbers and handles; the issuing state is an `ISSUED_BY` link. */
  readonly identifiers?: readonly (Sourced & {
    readonly key: string;
    readonly type: string;
    readonly value: string;
    readonly issuedOn?: string;
    readonly expiresOn?: string;
  })[];
  /**
   * Wallets are keyed by `walletKey(chain, canonical address)`; the writer checks the address
   * and stores its display form, so the store never holds an address that fails its checksum.
   */
  readonly wallets?: readonly (Omit<EntityInput, 'key'> & {
    readonly chain: string;
    readonly address: string;
    /** Assets a source lists the wallet under; they add to those already stored. */
    readonly assets?: readonly string[];
  })[];
  readonly enforcementActions?: readonly (Sourced & {
    readonly key: string;
    readonly kind: EnforcementKind;
    readonly title: string;
    readonly summary?: string;
    readonly date?: string;
    readonly datePrecision?: DatePrecision;
    readonly amountUsd?: string;
    readonly reference?: string;
    readonly programs?: readonly string[];
    readonly status: EnforcementStatus;
    /** Key of the authority organisation. */
    readonly authority?: string;
    /** Keys of the entities targeted. */
    readonly targets: readonly string[];
  })[];
  readonly links?: readonly (Sourced & { readonly type: LinkType; readonly from: string; readonly to: string })[];
  readonly employments?: readonly (Sourced & {
    readonly key: string;
    readonly employer: string;
    readonly identity: string;
    readonly jobTitle?: string;
    readonly startedOn?: string;
    readonly endedOn?: string;
  })[];
  readonly salaryPayments?: readonly (Sourced & {
    readonly key: string;
    readonly employer: string;
    readonly wallet: string;
    readonly identity?: string;
    readonly amount: string;
    readonly asset: string;
    readonly paidAt: string;
    readonly txHash?: string;
  })[];
  readonly transfers?: readonly (Sourced & {
    readonly key: string;
    readonly from: string;
    readonly to: string;
    readonly amount: string;
    readonly asset: string;
    readonly at: string;
    readonly txHash?: string;
    readonly index?: number;
  })[];
  /** More sources for stored nodes: each must be as synthetic as the node it supports. */
  readonly citations?: readonly { readonly key: string; readonly sourceKeys: readonly string[] }[];
}

/** A Dataset being put together: every list present and growable. */
export type DatasetDraft = { -readonly [K in keyof Dataset]-?: NonNullable<Dataset[K]>[number][] };

export function emptyDraft(): DatasetDraft {
  return {
    sources: [],
    states: [],
    organizations: [],
    operatives: [],
    facilitators: [],
    stolenIdentities: [],
    employers: [],
    persons: [],
    crafts: [],
    identifiers: [],
    wallets: [],
    enforcementActions: [],
    links: [],
    employments: [],
    salaryPayments: [],
    transfers: [],
    citations: [],
  };
}
