import { type LinkType, type StoredTypename } from '../model/index.js';
import { typenameOfKey } from '../model/index.js';
import type { Draft } from './draft.js';
import { values, type FtmEntity } from './ftm-entity.js';

/**
 * An FtM line is mapped in two steps. Planning reads the line alone: it checks the schema,
 * required properties, dates, amounts and addresses, works out the line's own key and lists the
 * entities it refers to. Building runs once those references are resolved (in the file or in the
 * store) and yields the facts to write.
 */

/** A line that cannot be written, and the property to blame. */
export class LineRejected extends Error {
  constructor(
    readonly property: string,
    message: string,
  ) {
    super(message);
  }

  get reason(): string {
    return `${this.property}: ${this.message}`;
  }
}

/** What an id or key stands for: a node in the store or one written earlier from the file. */
export interface Resolved {
  readonly key: string;
  readonly typename: StoredTypename;
  readonly synthetic: boolean;
}

/** The node a line writes, as later lines will see it. */
export interface OwnNode extends Resolved {
  /** Names and aliases of an organisation, for sanctions that name their authority in words. */
  readonly names?: readonly string[];
  /** The address of a document, which identifies a Source as much as its key does. */
  readonly url?: string;
}

/** A reference to another entity: one value of an entity property. */
export interface Ref {
  readonly property: string;
  readonly id: string;
  readonly accepts: readonly StoredTypename[];
}

export interface BuildContext {
  /** The sources the line's facts cite: its proof and source links, else the default source. */
  readonly sourceKeys: readonly string[];
  /** The values of an entity property, resolved, in the order the line gives them. */
  resolved(property: string): readonly Resolved[];
  /** Rejects a fact of this line touching an entity with the other synthetic flag (states excepted). */
  touch(property: string, entity: Resolved): void;
  /** A link of this line, checked against the types it may join and the synthetic rule. */
  link(
    type: LinkType,
    from: { property: string; entity: Resolved },
    to: { property: string; entity: Resolved },
  ): NonNullable<Draft['links']>[number];
  /** The State for an ISO code, created when absent; undefined (and logged) for an unknown code. */
  state(property: string, code: string): Resolved | undefined;
  /** The only organisation with this name or alias and the line's synthetic flag, if there is one. */
  organizationNamed(name: string): Resolved | undefined;
  /** Rejects writing a node whose stored copy has the other synthetic flag. */
  checkFlag(property: string, key: string): void;
}

export interface LinePlan {
  readonly line: number;
  readonly entity: FtmEntity;
  /** Write order inside a batch: documents, then entities, then wallets and craft, then links. */
  readonly rank: number;
  readonly synthetic: boolean;
  readonly own?: OwnNode;
  readonly refs: readonly Ref[];
  /** Nodes the line writes besides its own (identifiers), whose stored flag must agree. */
  readonly alsoWrites: readonly string[];
  /** ISO codes of the states the line ties its entity to. */
  readonly countries: readonly string[];
  /** Addresses of documents the line cites without a Document entity (`sourceUrl`). */
  readonly sourceUrls: readonly string[];
  /** Organisations the line names in words (a Sanction's `authority`). */
  readonly authorityNames: readonly string[];
  build(context: BuildContext): Draft;
}

export const RANK = { document: 0, entity: 1, holding: 2, link: 3 } as const;

/** A property the line must have, with its first value. */
export function required(entity: FtmEntity, property: string): string {
  const [value] = values(entity, property);
  if (value === undefined) throw new LineRejected(property, 'required');
  return value;
}

/** References of one entity property; `single` rejects a line giving several. */
export function refsOf(
  entity: FtmEntity,
  property: string,
  accepts: readonly StoredTypename[],
  options: { required?: boolean; single?: boolean } = {},
): Ref[] {
  const ids = values(entity, property);
  if (options.required && ids.length === 0) throw new LineRejected(property, 'required');
  if (options.single && ids.length > 1) throw new LineRejected(property, `one entity expected, got ${ids.length}`);
  return ids.map((id) => ({ property, id, accepts }));
}

export function proofRefs(entity: FtmEntity): Ref[] {
  return refsOf(entity, 'proof', ['Source']);
}

/** The one resolved entity of a property planned as required and single. */
export function only<T>(list: readonly T[], property: string): T {
  const [item] = list;
  if (item === undefined || list.length > 1) throw new LineRejected(property, 'one entity expected');
  return item;
}

/** Rejects an id carrying one of our prefixes that is not one of the types the schema can be. */
export function checkIdPrefix(entity: FtmEntity, allowed: readonly string[]): void {
  const typename = typenameOfKey(entity.id);
  if (typename && !allowed.includes(typename)) {
    throw new LineRejected('id', `${entity.id} is a ${typename} key; a ${entity.schema} can be ${allowed.join(', ')}`);
  }
}
