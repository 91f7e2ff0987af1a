import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/**
 * Answers an HTTP-level refusal the way GraphQL errors are answered, `{errors:[{message,
 * extensions:{code}}]}`, in the media type the client asked for (GraphQL over HTTP), so clients
 * parse one shape whatever went wrong. Messages are ours: never the parser's, never a path.
 */
export function sendError(req: Request, res: Response, status: number, code: ErrorCode, message: string): void {
  const type = req.accepts(['application/json', GRAPHQL_RESPONSE]) === GRAPHQL_RESPONSE ? GRAPHQL_RESPONSE : 'application/json';
  res.status(status).type(type).send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

interface Refusal {
  readonly status: number;
  readonly code: ErrorCode;
  readonly message: string;
}

/** body-parser's error `type`s, each answered with what the client did wrong. */
const BODY_ERRORS = {
  'entity.parse.failed': { status: 400, code: ErrorCode.BAD_REQUEST, message: 'The body is not valid JSON.' },
  'entity.too.large': { status: 413, code: ErrorCode.PAYLOAD_TOO_LARGE, message: 'The body is larger than this route accepts.' },
  'charset.unsupported': { status: 415, code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'The body must be JSON in UTF-8.' },
  'encoding.unsupported': { status: 415, code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'Unsupported Content-Encoding; send identity, gzip, deflate or br.' },
  'request.aborted': { status: 400, code: ErrorCode.BAD_REQUEST, message: 'The request was aborted before its body arrived.' },
  'request.size.invalid': { status: 400, code: ErrorCode.BAD_REQUEST, message: 'The body is not as long as Content-Length says.' },
} satisfies Record<string, Refusal>;

/** Other client errors body-parser raises (a gzip body that does not inflate), by status. */
const BY_STATUS: Partial<Record<number, Refusal>> = {
  400: { status: 400, code: ErrorCode.BAD_REQUEST, message: 'The body could not be read (is its Content-Encoding right?).' },
  413: BODY_ERRORS['entity.too.large'],
  415: BODY_ERRORS['charset.unsupported'],
};

function refusalOf(error: unknown): Refusal | undefined {
  const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown };
  if (typeof type === 'string' && Object.hasOwn(BODY_ERRORS, type)) return BODY_ERRORS[type as keyof typeof BODY_ERRORS];
  return typeof status === 'number' ? BY_STATUS[status] : undefined;
}

/** Content types a browser may send cross-site without a preflight; Apollo's CSRF check refuses them (400). */
const SIMPLE_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * The charset a Content-Type names, if any. JSON is UTF-8 (RFC 8259); body-parser would also
 * decode UTF-16 and UTF-32, which no GraphQL client sends and which only widen what is parsed.
 */
function charsetOf(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1]?.toLowerCase();
}

/** A POST body that is not JSON in UTF-8 is refused before anything reads it (415). */
export const requireJson: RequestHandler = (req, res, next) => {
  const contentType = req.get('content-type');
  if (req.method !== 'POST' || !contentType) {
    next();
    return;
  }
  const charset = charsetOf(contentType);
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    sendError(req, res, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, BODY_ERRORS['charset.unsupported'].message);
    return;
  }
  if (req.is(['application/json', ...SIMPLE_TYPES])) {
    next();
    return;
  }
  sendError(req, res, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'POST a JSON body (Content-Type: application/json).');
};

/** Unknown routes: JSON, not Express's HTML page. */
export const notFound: RequestHandler = (req, res) => {
  sendError(req, res, 404, ErrorCode.NOT_FOUND, 'No such route; the API is at POST or GET graphql.');
};

/**
 * The last handler: body-parser refusals get their status and code; anything else is logged in
 * full and answered as INTERNAL_SERVER_ERROR with no detail, never Express's HTML stack page.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const refusal = refusalOf(error);
    if (refusal) {
      sendError(req, res, refusal.status, refusal.code, refusal.message);
      return;
    }
    ((res.locals.log as Logger | undefined) ?? logger).error({ err: error }, 'unexpected HTTP error');
    sendError(req, res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };
}
