import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { requestLogger, type Logger } from '../logger.js';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What a proxy or client may send as its own id; anything else is replaced, never logged. */
const SANE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Gives every request an id: the caller's `X-Request-Id` when it looks like one, a fresh UUID
 * otherwise. It is returned in the response header, written on the request (Apollo plugins read
 * it there) and carried by the request's logger in `res.locals.log`.
 */
export function requestId(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get(REQUEST_ID_HEADER);
    const id = incoming && SANE_ID.test(incoming) ? incoming : randomUUID();
    req.headers[REQUEST_ID_HEADER] = id;
    res.set(REQUEST_ID_HEADER, id);
    res.locals.log = requestLogger(logger, id);
    next();
  };
}
