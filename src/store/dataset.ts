import type {
  DatePrecision,
  EnforcementKind,
  EnforcementStatus,
  FacilitatorRole,
  OperativeRole,
  OrganizationKind,
  SourceKind,
} from '../generated/graphql.js';
import type { LinkType } from '../db/model.js';

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
  readonly wallets?: readonly (Omit<EntityInput, 'key'> & { readonly chain: string; readonly address: string })[];
  readonly enforcementActions?: readonly (Sourced & {
    readonly key: string;
    readonly kind: EnforcementKind;
    readonly title: string;
    readonly summary?: string;
    readonly date?: string;
    readonly datePrecision?: DatePrecision;
    readonly amountUsd?: string;
    readonly reference?: string;
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
}
