/**
 * What the API must answer to each kind of hostile request: the HTTP status and the
 * `errors[].extensions.code` values allowed. Written from issue 8 (section 4: client mistakes
 * are 4xx JSON with a code, never 5xx, never HTML; section 1: anonymous callers never write;
 * section 6: bounds and 429) and from the GraphQL-over-HTTP spec; where both are silent the
 * choice is what a demanding client would expect, and this table is the one place to change it.
 */
export interface Expectation {
  /** Any of these HTTP statuses. */
  readonly status: readonly number[];
  /** Every error's `extensions.code` must be one of these. */
  readonly codes: readonly string[];
  /** Codes that must be among the errors. */
  readonly required?: readonly string[];
  /** True when a clean result (data, no errors) is also acceptable. */
  readonly mayAnswer?: boolean;
}

/**
 * Every code a response may carry anywhere: the README's documented set (issue section 4) plus
 * Apollo's BAD_REQUEST (not a GraphQL request at all) and OPERATION_RESOLUTION_FAILURE (no such
 * `operationName`), and the HTTP-level
 * codes this suite expects for 413, 415 and 429.
 */
export const DOCUMENTED_CODES = [
  'BAD_USER_INPUT',
  'QUERY_TOO_COMPLEX',
  'QUERY_TIMEOUT',
  'DATABASE_UNAVAILABLE',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'METHOD_NOT_ALLOWED',
  'RATE_LIMITED',
] as const;

export const EXPECTED = {
  /** Not a GraphQL document (issue 4: 400). */
  syntax: { status: [400], codes: ['GRAPHQL_PARSE_FAILED'] },
  /** A document the schema refuses (issue 4: 400). */
  validation: { status: [400], codes: ['GRAPHQL_VALIDATION_FAILED'] },
  /**
   * A literal argument its scalar refuses (`dateFrom: "2023-02-30"` inline). graphql-js reports
   * it as a validation error; a server that reports it as BAD_USER_INPUT is as good.
   */
  literal: { status: [400], codes: ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'] },
  /** A variable that does not coerce (issue 4: 400; Apollo 5 answers 400 BAD_USER_INPUT). */
  coercion: { status: [400], codes: ['BAD_USER_INPUT'] },
  /**
   * Domain refusals found while resolving (negative amount, future date, bidi override, page
   * size, cursor, id). Issue 4 lists "a failed validation" among the 400s and issue 5 says every
   * refusal names the field; GraphQL-over-HTTP would also allow 200 (a field error with
   * `data: null`). CHOICE: 400; widen to [200, 400] if the merged error model keeps 200.
   */
  domain: { status: [400], codes: ['BAD_USER_INPUT'] },
  /** A page size in the millions: refused by the page cap or, earlier, by the cost limit. */
  pageSize: { status: [400], codes: ['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'] },
  /** Depth, cost, aliases, directives (issue 6; issue 4: "a cost or depth refusal": 400). */
  limits: { status: [400], codes: ['QUERY_TOO_COMPLEX'] },
  /**
   * Directive flooding: refused by the directive limit (QUERY_TOO_COMPLEX) or, when the flood is
   * long enough, earlier by the parser's token limit (GRAPHQL_PARSE_FAILED); graphql-js's own
   * rules may report repeated or unknown directives beside the limit's error.
   */
  directives: { status: [400], codes: ['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'] },
  /** Token limit "applied by the parser itself": a parse failure or our limit code. */
  tokens: { status: [400], codes: ['QUERY_TOO_COMPLEX', 'GRAPHQL_PARSE_FAILED'] },
  /** An 80,000-field document: refused by the token limit, or earlier by a per-route body limit. */
  huge: { status: [400, 413], codes: ['QUERY_TOO_COMPLEX', 'GRAPHQL_PARSE_FAILED', 'PAYLOAD_TOO_LARGE', 'BAD_REQUEST'] },
  /** A JSON array of operations (issue 6: refused). */
  batch: { status: [400], codes: ['BAD_REQUEST'] },
  /** Malformed JSON or a JSON body that is not a GraphQL request (issue 4: JSON with a code). */
  body: { status: [400], codes: ['BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE'] },
  /** A charset other than UTF-8 (issue 4; body-parser's status is 415). */
  charset: { status: [415], codes: ['UNSUPPORTED_MEDIA_TYPE', 'BAD_REQUEST'] },
  /** A content type or encoding the API does not read. CHOICE: 415, or Apollo's 400. */
  mediaType: { status: [400, 415], codes: ['UNSUPPORTED_MEDIA_TYPE', 'BAD_REQUEST'] },
  /** A body over the route's limit (issue 4: JSON with a code). */
  tooLarge: { status: [413], codes: ['PAYLOAD_TOO_LARGE', 'BAD_REQUEST'] },
  /** A mutation over GET (GraphQL-over-HTTP: 405 Method Not Allowed). */
  method: { status: [405], codes: ['BAD_REQUEST', 'METHOD_NOT_ALLOWED'] },
  /** A method no route serves. CHOICE: 404 or 405, JSON. */
  otherMethod: { status: [404, 405], codes: ['NOT_FOUND', 'BAD_REQUEST', 'METHOD_NOT_ALLOWED'] },
  /**
   * A simple (CSRF-able) request without a preflight header (issue 7: CSRF prevention kept):
   * Apollo's CSRF prevention answers 400; a content-type check in front of it, 415.
   */
  csrf: { status: [400, 415], codes: ['BAD_REQUEST', 'UNSUPPORTED_MEDIA_TYPE'] },
  /** A path no route serves (issue 4: JSON, never Express's HTML page). */
  notFound: { status: [404], codes: ['NOT_FOUND'] },
  /** A request under /graphql that is not a GraphQL request, e.g. a traversal path. */
  notGraphql: { status: [400, 404], codes: ['BAD_REQUEST', 'NOT_FOUND'] },
  /** No or bad credentials where they are needed (issue 1). */
  unauthenticated: { status: [401], codes: ['UNAUTHENTICATED'] },
  /** Signed in, but the role does not allow it (issue 1). CHOICE: 403 at the HTTP level. */
  forbidden: { status: [403], codes: ['FORBIDDEN'] },
  /** Injection payloads: answered as data (usually nothing found) or refused as bad input. */
  injection: { status: [200, 400], codes: ['BAD_USER_INPUT', 'NOT_FOUND'], mayAnswer: true },
  /** Odd but harmless: must simply answer, or refuse as a client error. */
  harmless: { status: [200, 400], codes: ['BAD_USER_INPUT', 'BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED'], mayAnswer: true },
  /** A request that must work (control cases beside the hostile ones). */
  ok: { status: [200], codes: [], mayAnswer: true },
  /** Over the rate limit (issue 6: 429 with Retry-After). */
  rateLimited: { status: [429], codes: ['RATE_LIMITED'] },
} as const satisfies Record<string, Expectation>;

export type Category = keyof typeof EXPECTED;
