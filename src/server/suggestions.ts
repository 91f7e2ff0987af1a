import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/**
 * What graphql-js appends to validation and variable coercion messages: `Did you mean "states"?`,
 * `Did you mean the enum value "HAIRCUT"?`. Names never contain `?`, so a hint ends at the first.
 */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * Drops schema hints from every error message, so that a client without introspection cannot
 * recover the schema by guessing. Apollo's `hideSchemaDetailsFromClientErrors` and
 * graphql-armor's blockFieldSuggestion each miss some: the first only looks at validation
 * errors, the second only at `Did you mean "…"`, not at enum values.
 */
export function hideSuggestionsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
        },
      };
    },
  };
}
