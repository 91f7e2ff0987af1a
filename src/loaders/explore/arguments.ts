import type {
  QueryNeighbourhoodArgs,
  QueryShortestConnectionArgs,
  QueryTimelineArgs,
  RelationshipKind,
} from '../../generated/graphql.js';
import { EDGE_TYPES } from '../../model/index.js';
import { badUserInput } from '../../errors.js';
import { fromGlobalId } from '../../model/index.js';
import { type Cursor, pageRequest } from '../../pagination/index.js';
import { DEFAULT_KINDS } from './relationship-kinds.js';

/**
 * Validation of the explore queries' arguments, before any Cypher runs: each bad argument is a
 * BAD_USER_INPUT naming it. The limits here are what keeps every explore query bounded.
 */

export const NEIGHBOURHOOD_DEPTH = { min: 1, max: 3, default: 1 } as const;
export const LIMIT_PER_NODE = { min: 1, max: 100, default: 25 } as const;
export const MAX_HOPS = { min: 1, max: 10, default: 6 } as const;
export const TIMELINE_DEPTH = { min: 0, max: 2, default: 1 } as const;

export interface NeighbourhoodRequest {
  readonly centerKey: string;
  readonly depth: number;
  readonly kinds: readonly RelationshipKind[];
  readonly limitPerNode: number;
}

export interface ConnectionRequest {
  readonly aKey: string;
  readonly bKey: string;
  readonly kinds: readonly RelationshipKind[];
  readonly maxHops: number;
}

export interface TimelineRequest {
  readonly key: string;
  readonly depth: number;
  readonly limit: number;
  /** Continue after this event: its time in epoch milliseconds and its key. */
  readonly after: { readonly t: number; readonly k: string } | null;
}

const relationshipTypenames = new Set<string>(Object.keys(EDGE_TYPES));

/** The natural key of a node's global id; relationships (salaries, transfers, jobs) are refused. */
function nodeKey(id: string, field: string): string {
  const decoded = fromGlobalId(id);
  if (!decoded) throw badUserInput(field, 'is not an id returned by this API');
  if (relationshipTypenames.has(decoded.typename)) {
    throw badUserInput(field, `is the id of a ${decoded.typename}, a relationship; give the id of a node`);
  }
  return decoded.key;
}

function intIn(
  value: number | null | undefined,
  range: { readonly min: number; readonly max: number; readonly default: number },
  field: string,
): number {
  const n = value ?? range.default;
  if (!Number.isInteger(n) || n < range.min || n > range.max) {
    throw badUserInput(field, `must be between ${range.min} and ${range.max}`);
  }
  return n;
}

function kindsOf(value: readonly RelationshipKind[] | null | undefined, field: string): readonly RelationshipKind[] {
  if (value === null || value === undefined) return DEFAULT_KINDS;
  if (value.length === 0) throw badUserInput(field, 'must name at least one kind (omit it for all but SOURCED_FROM)');
  return [...new Set(value)];
}

export function neighbourhoodRequest(args: QueryNeighbourhoodArgs): NeighbourhoodRequest {
  return {
    centerKey: nodeKey(args.id, 'id'),
    depth: intIn(args.depth, NEIGHBOURHOOD_DEPTH, 'depth'),
    kinds: kindsOf(args.types, 'types'),
    limitPerNode: intIn(args.limitPerNode, LIMIT_PER_NODE, 'limitPerNode'),
  };
}

export function connectionRequest(args: QueryShortestConnectionArgs): ConnectionRequest {
  const aKey = nodeKey(args.a, 'a');
  const bKey = nodeKey(args.b, 'b');
  if (aKey === bKey) throw badUserInput('b', 'must differ from a');
  return { aKey, bKey, kinds: kindsOf(args.via, 'via'), maxHops: intIn(args.maxHops, MAX_HOPS, 'maxHops') };
}

export function timelineRequest(args: QueryTimelineArgs): TimelineRequest {
  const key = nodeKey(args.id, 'id');
  const depth = intIn(args.depth, TIMELINE_DEPTH, 'depth');
  const page = pageRequest(args);
  return { key, depth, limit: page.limit, after: page.after ? timelineCursor(page.after) : null };
}

/** Timeline cursors hold epoch milliseconds; a cursor of another connection is refused. */
function timelineCursor(cursor: Cursor): { t: number; k: string } {
  if (typeof cursor.v !== 'number' || !Number.isSafeInteger(cursor.v)) {
    throw badUserInput('after', 'is not a cursor of this timeline');
  }
  return { t: cursor.v, k: cursor.k };
}
