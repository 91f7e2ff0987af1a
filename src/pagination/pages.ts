import { badUserInput } from '../errors.js';
import { seal, unseal } from './cursor-seal.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * A keyset cursor: the sort value and key of the last item seen, sealed (`cursor-seal.ts`). Pages
 * continue strictly after it, so rows added or removed elsewhere never shift or repeat items the
 * way offsets would.
 */
export interface Cursor {
  readonly v: string | number | null;
  readonly k: string;
}

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

export interface PageRequest {
  readonly limit: number;
  readonly after: Cursor | null;
  /** Whether the request selects `totalCount`; connections that can skip the count do. */
  readonly counted: boolean;
}

export interface Edge<T> {
  readonly cursor: string;
  readonly node: T;
}

/** The edges and page state of a connection, without its count. */
export interface Page<T> {
  readonly edges: Edge<T>[];
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
}

export interface Connection<T> extends Page<T> {
  readonly totalCount: number;
}

/** One item of a page as queries return it: the item, its sort value and its key. */
export interface PageItem<T> {
  readonly v: string | number | null;
  readonly k: string;
  readonly node: T;
}

export function encodeCursor(cursor: Cursor): string {
  return seal(JSON.stringify([cursor.v, cursor.k]));
}

export function decodeCursor(text: string, field = 'after'): Cursor {
  let parsed: unknown;
  try {
    const opened = text.length <= 4096 ? unseal(text) : null;
    if (opened === null) throw new Error('not sealed here');
    parsed = JSON.parse(opened);
  } catch {
    throw badUserInput(field, 'is not a cursor returned by this API');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    !(typeof parsed[0] === 'string' || typeof parsed[0] === 'number' || parsed[0] === null) ||
    typeof parsed[1] !== 'string'
  ) {
    throw badUserInput(field, 'is not a cursor returned by this API');
  }
  return { v: parsed[0], k: parsed[1] };
}

/**
 * Validates `first`/`after`; a page size over the cap is an error, not silently shortened.
 * `counted` says whether the request selects `totalCount` (see `selectsField` in resolvers).
 */
export function pageRequest(args: PageArgs, counted = true): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput('first', `must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return { limit: first, after: args.after ? decodeCursor(args.after) : null, counted };
}

/**
 * Shapes a page into a Relay connection. `items` may hold one item more than the limit: the
 * queries fetch it only to learn whether a next page exists.
 */
export function toConnection<T>(items: readonly PageItem<T>[], limit: number, totalCount: number): Connection<T> {
  return { ...toPage(items, limit), totalCount };
}

/** The edges and page state of `items`, for connections that count separately. */
export function toPage<T>(items: readonly PageItem<T>[], limit: number): Page<T> {
  const edges = items.slice(0, limit).map((item) => ({ cursor: encodeCursor(item), node: item.node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: items.length > limit,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
