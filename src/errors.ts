import { GraphQLError } from 'graphql';

/**
 * Every error the API reports carries one of these in `extensions.code`, so clients can
 * branch on the code instead of parsing messages.
 */
export const ErrorCode = {
  /** An argument or input field is malformed or out of range; `extensions.field` names it. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The query is too deep, too costly or too large to run. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The database gave up on the query because it ran past the transaction timeout. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** The database could not be reached. */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** A write clashed with a uniqueness rule. */
  CONFLICT: 'CONFLICT',
  /** The HTTP request itself is unusable: malformed JSON, an array of operations, no query. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The body is larger than the route accepts (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The body's content type or charset is not JSON in UTF-8 (HTTP 415). */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** No such route (HTTP 404). */
  NOT_FOUND: 'NOT_FOUND',
  /** The principal sent more operations than its per-minute budget (HTTP 429, `Retry-After`). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Too many expensive operations are running; retry after `Retry-After` seconds (HTTP 429). */
  BUSY: 'BUSY',
  /** No valid credential: a missing, malformed, expired or revoked API key or token (HTTP 401). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The principal's role does not allow this field or operation. */
  FORBIDDEN: 'FORBIDDEN',
  /** Anything unexpected; details are logged, not returned. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A rejected argument: says which one (dotted path for input fields) and why. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field },
  });
}

/** One rejected input field and why. */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

/**
 * Every rejected field of one input at once, so a client fixes them in one round. One issue is a
 * plain `badUserInput`. Several make one error whose `extensions.field` is the first and whose
 * `extensions.fields` lists them all; the server sends it on as one GraphQL error per field
 * (`src/server/field-errors.ts`), each with its own `extensions.field`.
 */
export function badUserInputs(issues: readonly FieldIssue[]): GraphQLError {
  const [first, ...rest] = issues;
  if (!first) throw new RangeError('badUserInputs needs at least one issue');
  if (rest.length === 0) return badUserInput(first.field, first.message);
  return new GraphQLError(issues.map((i) => `${i.field}: ${i.message}`).join('; '), {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: first.field, fields: issues.map((i) => ({ ...i })) },
  });
}

/** Thrown in `switch` defaults so that a new enum member fails to compile where it is not handled. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
