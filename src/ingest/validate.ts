import { z } from 'zod';
import { badUserInput } from '../errors.js';

/**
 * Checks of input values that GraphQL's types cannot express. Each mutation parses its input
 * with one of these schemas before anything touches the database; the first failing field is
 * reported as `input.<path>` in `extensions.field`.
 */

const MAX_TEXT = 2_000;

export const text = z.string().trim().min(1, 'must not be empty').max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`);
export const optText = text.nullish();
export const textList = z.array(text).max(500, 'at most 500 entries').nullish().transform((v) => v ?? []);

/** Client references become part of a natural key, so they keep to a small, unambiguous alphabet. */
export const ref = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'must be 1-100 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit');

export const isoCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "KP"')
  .transform((v) => v.toUpperCase());

/** A positive amount; the Decimal scalar has already checked the digits. */
export const positiveDecimal = z.string().refine((v) => /[1-9]/.test(v), 'must be greater than zero');

export const asset = z
  .string()
  .regex(/^[A-Za-z0-9.]{1,16}$/, 'must be 1-16 letters or digits, for example "USDC"')
  .transform((v) => v.toUpperCase());

export const url = z
  .string()
  .url('must be a URL')
  .refine((v) => /^https?:\/\//i.test(v), 'must be an http or https URL')
  .nullish();

export const outputIndex = z.number().int().min(0, 'must be 0 or more').max(1_000_000, 'is too large').nullish();

export const provenance = z.object({
  sourceIds: z.array(z.string()).min(1, 'must name at least one source').max(50, 'at most 50 sources'),
  synthetic: z.boolean().nullish().transform((v) => v ?? false),
});

/** Parses `input` or throws BAD_USER_INPUT naming the first field at fault. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = ['input', ...(issue?.path ?? [])].join('.');
  throw badUserInput(field, issue?.message ?? 'is invalid');
}

/** Transaction hashes are 32 bytes of hex; Ethereum-family chains write them with `0x`. */
export function normaliseTxHash(hash: string): string | null {
  const bare = hash.trim().replace(/^0x/i, '');
  return /^[0-9a-fA-F]{64}$/.test(bare) ? bare.toLowerCase() : null;
}
