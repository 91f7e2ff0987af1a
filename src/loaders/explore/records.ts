import type { DatePrecision, EnforcementKind, RelationshipKind, TimelineEventKind } from '../../generated/graphql.js';
import type { Connection } from '../../pagination/index.js';
import type {
  EmploymentRecord,
  EnforcementActionRecord,
  MaybePersonal,
  NodeRecord,
  SalaryPaymentRecord,
  TransferRecord,
} from '../records.js';

/**
 * What the explore loaders return and the explore resolvers receive as parents (codegen
 * `mappers`). Like every record, they hold natural keys; global ids are made at the GraphQL edge.
 */

/** A node of a neighbourhood: enough to draw it; the full object comes from the `node` loader. */
export interface GraphNodeRecord extends MaybePersonal {
  readonly key: string;
  readonly typename: NodeRecord['__typename'];
  readonly label: string;
  readonly synthetic: boolean;
  readonly depth: number;
  /** Counted for expanded nodes; for the others, read on demand (`degreeLoader`). */
  readonly degree: number | null;
  /** The kinds the neighbourhood followed, which its degrees count. */
  readonly kinds: readonly RelationshipKind[];
  readonly expanded: boolean;
  readonly omittedEdges: number;
}

export interface GraphEdgeRecord {
  /** Unique among relationships: the stored key, or kind and ends for keyless links. */
  readonly id: string;
  readonly kind: RelationshipKind;
  readonly fromKey: string;
  readonly toKey: string;
  readonly amount: string | null;
  readonly asset: string | null;
  readonly at: string | null;
}

export interface NeighbourhoodRecord {
  readonly centerKey: string;
  readonly nodes: readonly GraphNodeRecord[];
  readonly edges: readonly GraphEdgeRecord[];
  readonly omittedEdges: number;
  readonly truncated: boolean;
}

export interface ConnectionStepRecord {
  readonly fromKey: string;
  readonly toKey: string;
  readonly kind: RelationshipKind;
  readonly reversed: boolean;
}

export interface ConnectionPathRecord {
  /** Keys of the nodes on the path, first to last. */
  readonly nodeKeys: readonly string[];
  readonly steps: readonly ConnectionStepRecord[];
}

export type TimelineSubjectRecord = SalaryPaymentRecord | TransferRecord | EmploymentRecord | EnforcementActionRecord;

export interface TimelineEventRecord {
  readonly kind: TimelineEventKind;
  readonly enforcementKind: EnforcementKind | null;
  readonly at: string;
  readonly datePrecision: DatePrecision | null;
  readonly amount: string | null;
  readonly asset: string | null;
  readonly subject: TimelineSubjectRecord;
  /** Keys of the entities involved, in a fixed order per kind (see `timeline.ts`). */
  readonly entityKeys: readonly string[];
}

export interface TimelineConnectionRecord extends Connection<TimelineEventRecord> {
  readonly undatedCount: number;
  readonly truncated: boolean;
}
