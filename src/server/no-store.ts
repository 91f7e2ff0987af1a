import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/**
 * `Cache-Control: no-store` on every GraphQL response, as Apollo's cache-control plugin sends it
 * for an answer without cache hints (none of ours has one: answers depend on the principal and
 * may hold personal data), without that plugin's hook on every resolved field.
 */
export function noStorePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
