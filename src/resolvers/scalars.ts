import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { ErrorCode } from '../errors.js';

const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function decimalFrom(value: unknown): string {
  if (typeof value === 'string' && DECIMAL.test(value)) return value;
  // Whole numbers are exact in JSON; anything with a fraction must come as a string.
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw new GraphQLError(
    `Decimal must be a string of digits with an optional fraction, such as "1250.75"; got ${JSON.stringify(value)}`,
    { extensions: { code: ErrorCode.BAD_USER_INPUT } },
  );
}

/** Exact decimals as strings, so no amount ever passes through a float. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number serialised as a string.',
  serialize: decimalFrom,
  parseValue: decimalFrom,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING) return decimalFrom(ast.value);
    if (ast.kind === Kind.INT) return decimalFrom(Number(ast.value));
    return decimalFrom(ast.kind === Kind.FLOAT ? Number(ast.value) : null);
  },
});

// graphql-scalars' validators, under the names our schema uses.
export const DateScalar = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date' });
export const DateTimeScalar = new GraphQLScalarType({ ...DateTimeISOResolver.toConfig(), name: 'DateTime' });
