import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationContext } from 'graphql';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';

// Loaded as CommonJS on purpose: its ES build imports graphql's .mjs files, a second copy of
// graphql beside the one every other package here uses, and the two refuse each other's schemas.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexity;
type ComplexityEstimator = QueryComplexity.ComplexityEstimator;
import { ErrorCode } from '../errors.js';
import { DEFAULT_PAGE_SIZE } from '../pagination/index.js';
import { DEFAULT_CANDIDATES as SCREEN_DEFAULT_CANDIDATES } from '../domain/screening/index.js';

export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxCost: number;
  /** Lexical tokens the parser reads before it gives up (default 5000). */
  readonly maxTokens?: number;
  /** Aliased fields per operation, `__typename` included (default 30). */
  readonly maxAliases?: number;
}

const DEFAULT_MAX_TOKENS = 5000;
const DEFAULT_MAX_ALIASES = 30;

/**
 * Given to Apollo's parser, which counts tokens as it reads and stops at the limit: an
 * 80,000-field document is refused after its first few thousand tokens, before any AST or
 * validation work (graphql-armor's token limit re-parses the whole document in a plugin instead,
 * and answers its syntax errors with HTTP 500).
 */
export function parseOptions(limits: QueryLimits) {
  return { maxTokens: limits.maxTokens ?? DEFAULT_MAX_TOKENS };
}

function reportLimit(ctx: ValidationContext | null, error: { message: string }) {
  ctx?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
    }),
  );
}

/**
 * Depth, alias and directive limits from graphql-armor, checked while the query is validated,
 * before anything runs.
 */
export function armorProtection(limits: QueryLimits) {
  // Reported by us rather than by the armor, so the error carries our code.
  const reject = { propagateOnRejection: false, onReject: [reportLimit] };
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...reject },
    // Armor lets `__typename` aliases through by default, and a thousand of them cost as much to
    // answer as a thousand of anything else.
    maxAliases: { n: limits.maxAliases ?? DEFAULT_MAX_ALIASES, allowList: [], ...reject },
    maxTokens: { enabled: false },
    maxDirectives: { n: 30, ...reject },
    // Page-aware cost is ours (below); armor's depth-based cost would only double-count.
    costLimit: { enabled: false },
    // Ours (suggestions.ts) also catches enum value hints.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/**
 * A field with `first` may return that many items, each costing what its selection costs, so a
 * connection multiplies the cost of everything below it. This bounds the rows a query can ask
 * for before any Cypher runs: `first: 100` three levels deep is a million rows, and is refused.
 */
const pageAwareEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + Math.max(first, 1) * childComplexity;
};

/**
 * A neighbourhood has no `first`: its size is bounded by its own budgets, and the scalar fields
 * of its nodes and edges are already in memory. What multiplies is a selection on each node's
 * `node` (an organisation's members, a wallet's transfers...), which runs for every node shown:
 * it is priced as if the neighbourhood held this many nodes, a typical graph view.
 */
const NEIGHBOURHOOD_NODES = 100;
const neighbourhoodEstimator: ComplexityEstimator = ({ type, field, childComplexity }) => {
  if (type.name !== 'GraphNode' || field.name !== 'node') return undefined;
  return 1 + NEIGHBOURHOOD_NODES * childComplexity;
};

/**
 * `screen` fetches every item's candidates in one batched round, so its items are not priced one
 * by one (a thousand would cost more than any limit, and aliases would be the cheaper way to
 * screen 30). What multiplies is the selection on each candidate: it is priced `first` times for
 * each started block of SCREEN_ITEMS_PER_UNIT items. A 1,000-item screen with five candidates
 * each and a flat selection costs some thousands; one asking for a connection under every
 * candidate's `node` is refused.
 */
export const SCREEN_ITEMS_PER_UNIT = 20;
const screenEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name !== 'Query' || field.name !== 'screen') return undefined;
  const items = Array.isArray(args.items) ? args.items.length : 1;
  const first = typeof args.first === 'number' ? args.first : SCREEN_DEFAULT_CANDIDATES;
  return 1 + Math.ceil(Math.max(items, 1) / SCREEN_ITEMS_PER_UNIT) * Math.max(first, 1) * childComplexity;
};

/** Variables longer than this (as JSON) are not worth remembering: the cost is computed each time. */
const MAX_CACHED_VARIABLES_CHARS = 1_024;
/** Distinct operation-and-variables costs remembered per document, oldest forgotten first. */
const MAX_CACHED_COSTS_PER_DOCUMENT = 64;

/**
 * Variables as the cost cache's key, or undefined when they are too long to be worth it, or
 * nested too deep to stringify (a client may send JSON nested thousands of levels deep in a
 * variable the operation never reads; that must stay harmless, not overflow the stack).
 */
function cacheableText(variables: Record<string, unknown>): string | undefined {
  try {
    const text = JSON.stringify(variables);
    return text.length <= MAX_CACHED_VARIABLES_CHARS ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Refuses an operation whose page-aware cost is over the limit. Run after Apollo has resolved
 * the operation, once its variables are known to coerce: graphql-query-complexity reads them
 * and would otherwise throw coercion errors itself, which Apollo answers as HTTP 500; left to
 * Apollo's executor they are a 400 BAD_USER_INPUT naming the variable.
 */
export function checkCost(schema: GraphQLSchema, limits: QueryLimits) {
  // The cost depends on the document, the operation and the variables only. Apollo keeps one
  // parsed document per query text, so a client repeating a query with the same (small)
  // variables gets its cost from here instead of another walk of the document.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (document: DocumentNode, operationName: string | null, variables: Record<string, unknown>) => {
    const text = cacheableText(variables);
    const key = text !== undefined ? `${operationName ?? ''}\u0000${text}` : undefined;
    let known = costs.get(document);
    const cached = key === undefined ? undefined : known?.get(key);
    if (cached !== undefined) return cached;
    const cost = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      estimators: [screenEstimator, pageAwareEstimator, neighbourhoodEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
    if (key !== undefined) {
      if (!known) costs.set(document, (known = new Map()));
      if (known.size >= MAX_CACHED_COSTS_PER_DOCUMENT) known.delete(known.keys().next().value as string);
      known.set(key, cost);
    }
    return cost;
  };
  return (document: DocumentNode, operationName: string | null, variables: Record<string, unknown>): void => {
    const cost = costOf(document, operationName, variables);
    if (cost > limits.maxCost) {
      throw new GraphQLError(
        `Query cost ${cost} exceeds the limit of ${limits.maxCost}; ask for smaller pages or fewer nested connections.`,
        { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost, maxCost: limits.maxCost, http: { status: 400 } } },
      );
    }
  };
}
