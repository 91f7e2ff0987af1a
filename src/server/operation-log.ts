import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { requestLogger, type Logger } from '../logger.js';
import { REQUEST_ID_HEADER } from './request-id.js';

/** Errors seen during a request, with that request's logger, for formatError's log line. */
const errorLoggers = new WeakMap<object, Logger>();

/** The logger of the request an error arose in (so its log line carries the request id). */
export function requestLoggerOf(error: unknown): Logger | undefined {
  return typeof error === 'object' && error !== null ? errorLoggers.get(error) : undefined;
}

/**
 * One structured line per GraphQL operation: request id, principal, operation name, result code,
 * HTTP status and duration. Never the document or variables, which may hold personal data.
 */
export function operationLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      const id = request.http?.headers.get(REQUEST_ID_HEADER);
      const log = id ? requestLogger(logger, id) : logger;
      return {
        // Apollo hands formatError these same error objects next.
        async didEncounterErrors({ errors }) {
          for (const error of errors) errorLoggers.set(error, log);
        },
        async willSendResponse({ request, response, operationName, contextValue }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          log.info(
            {
              principal: contextValue.principal?.id,
              // Before validation passes only the client's `operationName` names the operation.
              operation: operationName ?? request.operationName ?? null,
              code: errors?.[0]?.extensions?.code ?? 'OK',
              status: response.http.status ?? 200,
              ms: Number(process.hrtime.bigint() - started) / 1e6,
            },
            'operation',
          );
        },
      };
    },
  };
}
