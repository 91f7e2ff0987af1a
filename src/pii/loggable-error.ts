/**
 * What of an unexpected error goes to the log: its type, message, stack and code, never the
 * operation text (`source`), its AST (`nodes`) or anything else an error object drags along.
 * graphql-js writes the offending input value into some messages (`got invalid value "…"`,
 * `found "…"`, `cannot represent …: "…"`), and that value may be personal data, so it is cut.
 */
// A value may itself contain `; `, so the first cut runs to the last `; `, the second cuts
// echoes in what follows it.
const FIRST_ECHO = /(got invalid value|found|value:) .*?(?=; [^;]*$|\.?$)/su;
const LATER_ECHOES = /(got invalid value|found|value:) .*?(?=; |\.?$)/gsu;

export function withoutEchoedInput(message: string): string {
  return message.replace(FIRST_ECHO, '$1 [redacted]').replace(LATER_ECHOES, '$1 [redacted]');
}

export interface LoggableError {
  readonly type: string;
  readonly message: string;
  readonly stack?: string;
  readonly code?: unknown;
}

export function loggableError(error: unknown): LoggableError {
  if (!(error instanceof Error)) return { type: typeof error, message: '[not an Error]' };
  const message = withoutEchoedInput(error.message);
  return {
    type: error.name,
    message,
    // The stack's first line repeats the message.
    stack: error.stack?.replace(error.message, message),
    code: (error as { code?: unknown }).code,
  };
}
