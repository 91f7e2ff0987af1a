import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../context.js';
import type { FieldIssue } from '../errors.js';

function isIssueList(value: unknown): value is FieldIssue[] {
  return Array.isArray(value) && value.every((i) => typeof i?.field === 'string' && typeof i?.message === 'string');
}

/** One error per rejected field, each naming its field, in place of the error that listed them. */
function perField(error: GraphQLFormattedError): GraphQLFormattedError[] {
  const { fields, ...extensions } = error.extensions ?? {};
  if (!isIssueList(fields)) return [error];
  return fields.map((issue) => ({
    message: `${issue.field}: ${issue.message}`,
    ...(error.locations ? { locations: error.locations } : {}),
    ...(error.path ? { path: error.path } : {}),
    extensions: { ...extensions, field: issue.field },
  }));
}

/**
 * A resolver can throw only one error, so a mutation whose input is wrong in several places
 * throws one that lists them (`badUserInputs`); this sends it as one GraphQL error per field,
 * each with `extensions.code` and `extensions.field`, which is what clients read.
 */
export function fieldErrorsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors } = response.body.singleResult;
          if (errors?.some((e) => e.extensions?.fields)) {
            response.body.singleResult.errors = errors.flatMap(perField);
          }
        },
      };
    },
  };
}
