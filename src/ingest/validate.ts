import { z } from 'zod';
import type { NodeTypename } from '../model/index.js';
import { checkAmount } from '../domain/index.js';
import { checkMoneyInstant, checkPastDay, EARLIEST_DAY } from '../domain/index.js';
import { checkText, MAX_LIST_ENTRIES, type TextKind } from '../domain/index.js';
import { badUserInputs, type FieldIssue } from '../errors.js';
import { idProblem } from '../model/index.js';

/**
 * Checks of input values that GraphQL's types cannot express. Each mutation parses its whole
 * input with one schema built from these before anything touches the database, and every field
 * at fault is reported, as `input.<path>` in `extensions.field`. Checks are refinements (not
 * transforms that abort), so a field at fault does not hide the faults of the others, and the
 * checks that join two fields (an amount and its asset) still run beside them.
 */

type Check = { ok: true } | { ok: false; reason: string };

/** A refinement from one of the domain's `check…` functions. */
function refinedBy<T>(check: (value: T) => Check) {
  return (value: T, ctx: z.RefinementCtx) => {
    const result = check(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.reason });
  };
}

/** Text as stored: NFC, trimmed, within its kind's rules (see `domain/text.ts`). */
export function text(kind: TextKind) {
  return z
    .string()
    .superRefine(refinedBy((v: string) => checkText(v, kind)))
    .transform((v) => {
      const checked = checkText(v, kind);
      return checked.ok ? checked.text : v;
    });
}

export const optText = (kind: TextKind) => text(kind).nullish();

export const textList = (kind: TextKind) =>
  z
    .array(text(kind))
    .max(MAX_LIST_ENTRIES, `at most ${MAX_LIST_ENTRIES} entries`)
    .nullish()
    .transform((v) => v ?? []);

/** Client references become part of a natural key, so they keep to a small, unambiguous alphabet. */
export const ref = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, 'must be 1-100 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit');

export const isoCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "KP"')
  .transform((v) => v.toUpperCase());

export const asset = z
  .string()
  .regex(/^[A-Za-z0-9.]{1,16}$/, 'must be 1-16 letters or digits, for example "USDC"')
  .transform((v) => v.toUpperCase());

/** An amount in a fixed asset, such as an enforcement action's US dollars. */
export const amountIn = (assetCode: string) => z.string().superRefine(refinedBy((v: string) => checkAmount(v, assetCode)));

/**
 * Checks `amount` against `asset` where both are fields of one input (salaries, transfers):
 * called from the input's own refinement, it reports on the amount field.
 */
export function checkAmountOf(ctx: z.RefinementCtx, amount: string, assetCode: string, path: string[] = ['amount']) {
  const result = checkAmount(amount, assetCode);
  if (!result.ok) ctx.addIssue({ code: 'custom', path, message: result.reason });
}

export const url = text('url')
  .refine((v) => /^https?:\/\/[^\s/]+/i.test(v) && URL.canParse(v), 'must be an http or https URL')
  .nullish();

/** Output (UTXO chains) or log (account chains) index within one transaction. */
export const MAX_OUTPUT_INDEX = 1_000_000;
export const outputIndex = z
  .number()
  .int()
  .min(0, 'must be 0 or more')
  .max(MAX_OUTPUT_INDEX, `must be at most ${MAX_OUTPUT_INDEX}`)
  .nullish();

/** When money moved (the DateTime scalar has checked the form and the offset). */
export const moneyInstant = z.string().superRefine(refinedBy((v: string) => checkMoneyInstant(v)));

/** A day already past (the Date scalar has checked it is a real calendar day). */
export const pastDay = (since: string = EARLIEST_DAY) =>
  z
    .string()
    .superRefine(refinedBy((v: string) => checkPastDay(v, new Date(), since)))
    .nullish();

/** A global id of one of the allowed types; decoded later with `keyOf`, which cannot then fail. */
export const globalId = (allowed: readonly NodeTypename[]) =>
  z.string().superRefine((id, ctx) => {
    const problem = idProblem(id, allowed);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Transaction hashes are 32 bytes of hex; Ethereum-family chains write them with `0x`. */
export function normaliseTxHash(hash: string): string | null {
  const bare = hash.trim().replace(/^0x/i, '');
  return /^[0-9a-fA-F]{64}$/.test(bare) ? bare.toLowerCase() : null;
}

export const txHash = z
  .string()
  .refine((v) => normaliseTxHash(v) !== null, 'must be 64 hex digits (with or without 0x)')
  .transform((v) => normaliseTxHash(v) ?? v);

export const MAX_SOURCES = 50;
export const provenance = z.object({
  sourceIds: z
    .array(globalId(['Source']))
    .min(1, 'must name at least one source')
    .max(MAX_SOURCES, `at most ${MAX_SOURCES} sources`),
  synthetic: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
});

/** The issues of a failed parse, one per field (the first found), named `input.<path>`. */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  const byField = new Map<string, string>();
  for (const issue of error.issues) {
    const field = ['input', ...issue.path.map(String)].join('.');
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}

/** Parses `input` or throws BAD_USER_INPUT naming every field at fault. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw badUserInputs(issuesOf(result.error));
}
