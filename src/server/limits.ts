import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLSchema, type ValidationContext } from 'graphql';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';

// Loaded as CommonJS on purpose: its ES build imports graphql's .mjs files, a second copy of
// graphql beside the one every other package here uses, and the two refuse each other's schemas.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexity;
type ComplexityEstimator = QueryComplexity.ComplexityEstimator;
import { ErrorCode } from '../errors.js';
import type { Context } from '../context.js';
import { DEFAULT_PAGE_SIZE } from '../loaders/pagination.js';

export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxCost: number;
}

function reportLimit(ctx: ValidationContext | null, error: { message: string }) {
  ctx?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
    }),
  );
}

/**
 * Depth, alias, token and directive limits from graphql-armor, checked while the query is
 * validated, before anything runs.
 */
export function armorProtection(limits: QueryLimits) {
  // Reported by us rather than by the armor, so the error carries our code.
  const reject = { propagateOnRejection: false, onReject: [reportLimit] };
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...reject },
    maxAliases: { n: 30, ...reject },
    maxTokens: { n: 5000, ...reject },
    maxDirectives: { n: 30, ...reject },
    // Page-aware cost is ours (below); armor's depth-based cost would only double-count.
    costLimit: { enabled: false },
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

export function complexityPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [pageAwareEstimator, neighbourhoodEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Variables that do not coerce (a bad Date, Decimal, enum...): execution refuses them
            // before any resolver runs, as BAD_USER_INPUT naming the variable; thrown from here
            // they would be an internal error.
            if (error instanceof Error && error.message.startsWith('Variable "$')) return;
            throw error;
          }
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `Query cost ${cost} exceeds the limit of ${limits.maxCost}; ask for smaller pages or fewer nested connections.`,
              { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost, maxCost: limits.maxCost } },
            );
          }
        },
      };
    },
  };
}
