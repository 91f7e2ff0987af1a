import type { PiiKind } from '../generated/graphql.js';

/**
 * How a VIEWER sees each kind of personal data (`PiiKind` in the schema). A mask keeps enough
 * shape to tell values apart on screen (initials, the last digits of a number) and never enough
 * to recover or search for the value.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;
const EMAIL = /^([^@\s])[^@\s]*@([^@\s]+)$/u;
const KEPT_DIGITS = 4;

/** `Jane Doe` → `J*** D**`: each word keeps its first character, punctuation stays. */
function maskName(value: string): string {
  return value.replace(WORD, (word) => {
    const [first = '', ...rest] = [...word];
    return first + '*'.repeat(rest.length);
  });
}

/** `2001-02-03` → `****-**-**`, `25 Apr 1965` → `** *** ****`. */
function maskDate(value: string): string {
  return value.replace(LETTER_OR_DIGIT, '*');
}

/** `jane@example.org` → `j***@example.org`; `X1234567` → `****4567`. */
function maskIdentifier(value: string): string {
  const email = EMAIL.exec(value);
  if (email) return `${email[1]}***@${email[2]}`;
  const chars = [...value];
  const kept = Math.min(KEPT_DIGITS, Math.floor(chars.length / 2));
  return '*'.repeat(chars.length - kept) + chars.slice(chars.length - kept).join('');
}

/** Free text can say anything, so nothing of it is kept. */
function maskText(): string {
  return '***';
}

export const MASKS = {
  NAME: maskName,
  DATE: maskDate,
  IDENTIFIER: maskIdentifier,
  TEXT: maskText,
} as const satisfies Record<PiiKind, (value: string) => string>;

/** Masks a field's value: a string, a list of strings, or null (left as it is). */
export function maskValue(kind: PiiKind, value: unknown): unknown {
  if (typeof value === 'string') return MASKS[kind](value);
  if (Array.isArray(value)) return value.map((item) => maskValue(kind, item));
  return value;
}
