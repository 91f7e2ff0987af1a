/**
 * What the audit log keeps of an operation's variables. The real personal-data redaction is
 * schema-aware and injected where the server is built; this default is the conservative
 * stand-in: every string inside a variable is replaced unless the variable's name is one of a
 * few that only ever hold ids, page arguments or settings. Numbers, booleans, nulls and the
 * shape (object keys, list lengths) are kept, so the log still shows what kind of input it was.
 */
export type Redact = (variables: Readonly<Record<string, unknown>>) => Record<string, unknown>;

export const REDACTED = '[redacted]';

/** Variables whose values identify objects or shape a page, never a person's data. */
const KEPT = new Set(['id', 'ids', 'first', 'after', 'orderBy', 'maxHops', 'method', 'since', 'until', 'types']);

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return REDACTED;
  if (Array.isArray(value)) return value.map(redactValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v)]));
  }
  return value;
}

export const redactStrings: Redact = (variables) =>
  Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, KEPT.has(name) ? value : redactValue(value)]));
