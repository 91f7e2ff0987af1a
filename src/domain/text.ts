/**
 * Rules for text written into the graph. Text is compared, searched and shown to analysts, so it
 * is stored in one Unicode form (NFC: "é" typed as e + accent equals the precomposed "é"), and
 * characters that change how text looks without being visible are refused: control characters
 * (except tab and line breaks in long text) and, where text identifies something, the bidi
 * embedding, override and isolate characters that can make a name read as another
 * ("Trojan Source").
 */
export interface TextRule {
  /** Characters (code points) after normalisation and trimming. */
  readonly maxLength: number;
  /** Tab, line feed and carriage return allowed. */
  readonly multiline: boolean;
  /** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) allowed. */
  readonly bidiControls: boolean;
}

export const TEXT_RULES = {
  /** Names and aliases of entities, labels of wallets. */
  name: { maxLength: 300, multiline: false, bidiControls: false },
  /** Short facts: publisher, job title, call sign, identifier type and value, dates as written. */
  label: { maxLength: 300, multiline: false, bidiControls: false },
  /** Titles of sources and enforcement actions. */
  title: { maxLength: 500, multiline: false, bidiControls: true },
  /** Remarks and summaries. */
  text: { maxLength: 5_000, multiline: true, bidiControls: true },
  /** Links to sources (http or https). */
  url: { maxLength: 2_000, multiline: false, bidiControls: false },
} as const satisfies Record<string, TextRule>;

export type TextKind = keyof typeof TEXT_RULES;

/** Entries a list of names, remarks or programmes may hold. */
export const MAX_LIST_ENTRIES = 100;

export type TextCheck = { ok: true; text: string } | { ok: false; reason: string };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 controls, DEL and C1 controls; the multiline form leaves out tab, line feed and carriage return.
/* eslint-disable no-control-regex -- matching control characters is the point */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/* eslint-enable no-control-regex */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why the characters of `text` cannot be stored under `rule`, or null: lone surrogates, control
 * characters, and bidi controls where the rule forbids them. Lengths are not checked here.
 */
export function characterProblem(text: string, rule: Pick<TextRule, 'multiline' | 'bidiControls'>): string | null {
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone surrogate (broken UTF-16)';
  const control = (rule.multiline ? CONTROL_BUT_LINES : CONTROL).exec(text);
  if (control) return `must not contain control characters (found ${codePoint(control[0])})`;
  const bidi = rule.bidiControls ? null : BIDI_CONTROL.exec(text);
  if (bidi) return `must not contain bidi override or isolate characters (found ${codePoint(bidi[0])})`;
  return null;
}

/** The text as stored (NFC, trimmed), or why it cannot be. */
export function checkText(value: string, kind: TextKind): TextCheck {
  const rule: TextRule = TEXT_RULES[kind];
  const text = value.normalize('NFC').trim();
  // Checked before the emptiness test: a lone surrogate is the more useful thing to hear about.
  const problem = characterProblem(text, rule);
  if (problem) return { ok: false, reason: problem };
  if (text.length === 0) return { ok: false, reason: 'must not be empty' };
  const length = [...text].length;
  if (length > rule.maxLength) return { ok: false, reason: `must be at most ${rule.maxLength} characters (has ${length})` };
  return { ok: true, text };
}
