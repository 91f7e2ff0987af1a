import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { ErrorCode } from '../errors.js';

/** What a client sent, short enough to quote back in an error. */
function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function refused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
}

/** Stored amounts and computed figures: a sign is allowed, so every value we hold can be shown. */
const SIGNED_DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;
/**
 * What clients send: digits with an optional fraction and nothing else (no sign, exponent,
 * spaces, hex, `NaN`). Whether zero is allowed and how many places depend on the field and the
 * asset, which the mutation checks.
 */
const UNSIGNED_DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;
const MAX_DECIMAL_LENGTH = 100;

function decimalOut(value: unknown): string {
  if (typeof value === 'string' && SIGNED_DECIMAL.test(value)) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw new GraphQLError(`Decimal cannot represent ${quoted(value)}`);
}

function decimalIn(value: unknown): string {
  if (typeof value === 'string' && value.length <= MAX_DECIMAL_LENGTH && UNSIGNED_DECIMAL.test(value)) return value;
  // Whole numbers are exact in JSON; anything with a fraction must come as a string.
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  throw refused(
    `Decimal must be a string of digits with an optional fraction, such as "1250.75" (no sign, exponent, spaces or hex); got ${quoted(value)}`,
  );
}

/** Exact decimals as strings, so no amount ever passes through a float. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number serialised as a string.',
  serialize: decimalOut,
  parseValue: decimalIn,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING) return decimalIn(ast.value);
    if (ast.kind === Kind.INT) return decimalIn(Number(ast.value));
    // A float literal (1.5, 1e5) has already lost the digits the client meant.
    return decimalIn(ast.kind === Kind.FLOAT ? ast.value : null);
  },
});

/**
 * graphql-scalars checks the calendar (no 2024-02-30) and, for DateTime, the offset; its errors
 * carry no code, so they are given ours.
 */
function withCode<T>(parse: () => T, message: string): T {
  try {
    return parse();
  } catch {
    throw refused(message);
  }
}

const dateRefused = (value: unknown) =>
  `Date must be a calendar day written YYYY-MM-DD, such as "2024-03-01"; got ${quoted(value)}`;

export const DateScalar = new GraphQLScalarType<string, string>({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  parseValue: (value) => withCode(() => LocalDateResolver.parseValue(value) as string, dateRefused(value)),
  parseLiteral: (ast: ValueNode) =>
    withCode(() => LocalDateResolver.parseLiteral(ast, {}) as string, dateRefused(ast.kind === Kind.STRING ? ast.value : ast.kind)),
});

const dateTimeRefused = (value: unknown) =>
  `DateTime must be an ISO-8601 date and time with an offset, such as "2024-03-01T09:00:00Z" or "2024-03-01T18:00:00+09:00"; got ${quoted(value)}`;

/** Instants reach resolvers as ISO strings in UTC (what codegen types them as), not Date objects. */
const instant = (parsed: unknown) => (parsed as Date).toISOString();

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  ...DateTimeISOResolver.toConfig(),
  name: 'DateTime',
  parseValue: (value) => withCode(() => instant(DateTimeISOResolver.parseValue(value)), dateTimeRefused(value)),
  parseLiteral: (ast: ValueNode) =>
    withCode(
      () => instant(DateTimeISOResolver.parseLiteral(ast, {})),
      dateTimeRefused(ast.kind === Kind.STRING ? ast.value : ast.kind),
    ),
});
