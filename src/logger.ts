import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Never written to a log: credentials wherever they sit in a logged object (request headers,
 * options), and operation variables, which can carry personal data. Log redacted variables
 * (`redactVariables` in `src/pii/`) under another name when they are needed.
 */
const REDACTED_LOG_PATHS = [
  'authorization',
  'cookie',
  'token',
  'apiKey',
  'secret',
  'password',
  'variables',
  '*.authorization',
  '*.cookie',
  '*.token',
  '*.apiKey',
  '*.secret',
  '*.password',
  '*.variables',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["x-api-key"]',
];

/** Structured JSON logs on stdout; one logger per process, children per request. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = { level, base: { service: 'trailgraph' }, redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

/** The logger of one request: every line it writes carries the request id sent back to the client. */
export function requestLogger(logger: Logger, requestId: string): Logger {
  return logger.child({ requestId });
}
