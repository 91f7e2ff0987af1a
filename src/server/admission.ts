import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  getVariableValues,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context } from '../context.js';
import type { ConcurrencyLimiter } from './concurrency.js';
import { expensiveFields, selectsExpensive } from './expensive.js';
import { checkCost, type QueryLimits } from './limits.js';
import type { RateLimit } from './rate-limit.js';

export interface AdmissionOptions {
  readonly limits: QueryLimits;
  /** Per-principal operations a minute; none when omitted. */
  readonly rateLimit?: RateLimit;
  /** Slots for operations that select an `@expensive` field; unlimited when omitted. */
  readonly expensive?: ConcurrencyLimiter;
  /** Refuse `__schema`/`__type` to anonymous principals (production with Sandbox enabled). */
  readonly introspectionForSignedInOnly: boolean;
}

/**
 * What an operation must pass once it is parsed, validated and its principal known, in this
 * order: the principal's rate limit, introspection rights, the cost limit, then a slot if it is
 * expensive. One hook on purpose: Apollo runs every plugin's `didResolveOperation` at once, so a
 * slot taken by one plugin while another refuses the operation would never be given back.
 */
export function admissionPlugin(schema: GraphQLSchema, options: AdmissionOptions): ApolloServerPlugin<Context> {
  const cost = checkCost(schema, options.limits);
  const marked = expensiveFields(schema);
  // Apollo keeps one parsed document per query text, so whether an operation selects an
  // expensive field is worked out once per document, not once per request.
  const expensiveByDocument = new WeakMap<DocumentNode, WeakMap<OperationDefinitionNode, boolean>>();
  const isExpensive = (document: DocumentNode, operation: OperationDefinitionNode) => {
    let operations = expensiveByDocument.get(document);
    if (!operations) expensiveByDocument.set(document, (operations = new WeakMap()));
    let found = operations.get(operation);
    if (found === undefined) operations.set(operation, (found = selectsExpensive(schema, marked, document, operation)));
    return found;
  };
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ contextValue, document, operation, request, operationName }) {
          const { principal } = contextValue;
          // Apollo only calls this hook once it has found the operation.
          if (!operation) return;
          await options.rateLimit?.spend(principal);
          if (options.introspectionForSignedInOnly && principal.kind === 'anonymous') {
            const [refused] = validate(schema, document, [NoSchemaIntrospectionCustomRule]);
            if (refused) {
              throw new GraphQLError('Introspection is only available to signed-in clients.', {
                // The same answer as when introspection is off for everyone.
                extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } },
              });
            }
          }
          // Variables that do not coerce are Apollo's to report (400 BAD_USER_INPUT, naming the
          // variable); nothing below should run on them.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return;
          cost(document, operationName, request.variables ?? {});
          if (options.expensive && isExpensive(document, operation)) {
            release = await options.expensive.acquire(principal.id);
          }
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}
