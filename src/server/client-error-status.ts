import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';

/** The HTTP status of an operation refused, as a whole, for one of these client mistakes. */
const STATUS_OF_CODE: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
};

function answeredNothing(data: Record<string, unknown> | null | undefined): boolean {
  return !data || Object.values(data).every((value) => value === null);
}

/**
 * Errors raised while resolving (a mutation's input refused, a field the role may not read) would
 * leave the response at 200. When they are the whole answer (no root field has data) and every
 * one is a client mistake, the status says so: 400, 401 or 403 by the first error's code. An
 * operation that answered part of what it asked keeps 200, as GraphQL over HTTP has it for a
 * partial response; so does one with any other error, which stays as the error model has it.
 */
export function clientErrorStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || (response.http.status ?? 200) !== 200) return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || !answeredNothing(data)) return;
          const statuses = errors.map((e) => STATUS_OF_CODE[String(e.extensions?.code)]);
          if (statuses.every((s) => s !== undefined)) response.http.status = statuses[0];
        },
      };
    },
  };
}
