import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '../errors.js';
import { translateError } from '../db/index.js';
import type { Logger } from '../logger.js';
import { loggableError } from '../pii/index.js';

/** Codes whose messages are written for clients; anything else is masked. */
const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function isUncodedClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * The one place errors leave the server: limit violations get our code, database errors get
 * theirs, and anything unexpected is logged in full but shown only as INTERNAL_SERVER_ERROR.
 */
export function createFormatError(logger: Logger, loggerOf: (error: unknown) => Logger | undefined = () => undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // Apollo wraps validation errors under its own code; a limit's error sits one level down.
    // Duck-typed: packages here may bring their own copy of graphql's error class.
    const wrapped = (original as { originalError?: { extensions?: Record<string, unknown> } }).originalError;
    if (wrapped?.extensions?.code === ErrorCode.QUERY_TOO_COMPLEX) {
      return { ...formatted, extensions: wrapped.extensions };
    }
    const translated = translateError(original);
    if (translated instanceof GraphQLError && translated !== original) {
      return {
        message: translated.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: translated.extensions,
      };
    }
    const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    if (PUBLIC_CODES.has(code)) return formatted;
    if (isUncodedClientError(original)) {
      // Apollo's own refusals of a request (an APQ hash that does not match its query) carry a
      // 4xx status but no code; they are the client's mistake, written for the client.
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_REQUEST } };
    }
    // Only what `loggableError` keeps: no operation text, no input values (they may be personal).
    (loggerOf(error) ?? logger).error({ err: loggableError(original), path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
