import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/**
 * Names the GraphQL operation in the metadata of every transaction the request sends
 * (src/db/transaction-tag.ts). Resolvers run only after the operation is resolved, so none of
 * their transactions goes out without it.
 */
export function transactionTagPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, contextValue }) {
          contextValue.tag.operation = operationName;
        },
      };
    },
  };
}
