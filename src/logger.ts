import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout; one logger per process, children per request. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'trailgraph' } });
}

/** The logger of one request: every line it writes carries the request id sent back to the client. */
export function requestLogger(logger: Logger, requestId: string): Logger {
  return logger.child({ requestId });
}
