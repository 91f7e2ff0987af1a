import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Authenticate } from '../auth/index.js';
import type { Principal } from '../auth/index.js';
import { Unauthenticated } from '../auth/index.js';
import { translateError } from '../db/index.js';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';

function sendError(res: Response, status: number, message: string, code: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * The media types Apollo weighs a GET against (`ApolloServer.prefersHTML`): when text/html wins,
 * Apollo answers with the landing page and runs no operation, whatever the query string says.
 */
const GET_MEDIA_TYPES = [
  'application/json',
  'application/graphql-response+json',
  'multipart/mixed; deferSpec=20220824',
  'multipart/mixed; incrementalSpec=v0.2',
  'multipart/mixed',
  'text/html',
];

function asksForLandingPage(req: Request): boolean {
  return req.method === 'GET' && req.headers.accept !== undefined && req.accepts(GET_MEDIA_TYPES) === 'text/html';
}

export interface AuthenticateRequestsOptions {
  /**
   * Apollo serves the Sandbox page: a browser opening it has no way to send a credential yet
   * (it sets one in Sandbox's connection settings), and the page holds no data, so it passes.
   */
  readonly landingPage: boolean;
}

/**
 * Decides the request's principal once, before the body is read or Apollo runs, and keeps it
 * for the context. No credential where one is required, or a bad one, is a 401 in GraphQL's
 * error shape; a key lookup that cannot reach the database is a 503, never a 500 page.
 */
export function authenticateRequests(authenticate: Authenticate, logger: Logger, options: AuthenticateRequestsOptions): RequestHandler {
  return async (req, res, next) => {
    if (options.landingPage && asksForLandingPage(req)) {
      next();
      return;
    }
    try {
      res.locals.principal = await authenticate({
        authorization: req.headers.authorization,
        remoteAddress: req.socket.remoteAddress,
      });
    } catch (error) {
      if (error instanceof Unauthenticated) {
        res.setHeader('WWW-Authenticate', req.headers.authorization ? 'Bearer error="invalid_token"' : 'Bearer');
        sendError(res, 401, error.message, ErrorCode.UNAUTHENTICATED);
        return;
      }
      const translated = translateError(error);
      if (translated instanceof GraphQLError && translated.extensions.code === ErrorCode.DATABASE_UNAVAILABLE) {
        sendError(res, 503, translated.message, ErrorCode.DATABASE_UNAVAILABLE);
        return;
      }
      logger.error({ err: error }, 'authentication failed unexpectedly');
      sendError(res, 500, 'Internal server error', ErrorCode.INTERNAL_SERVER_ERROR);
      return;
    }
    next();
  };
}

/** The principal `authenticateRequests` decided; its absence is a wiring mistake, not a client's. */
export function principalOf(res: Response): Principal {
  const principal = res.locals.principal as Principal | undefined;
  if (!principal) throw new Error('No principal: authenticateRequests must run before the GraphQL handler');
  return principal;
}
