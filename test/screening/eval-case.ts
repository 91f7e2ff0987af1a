/** One labelled case of the screening evaluation set. */
export interface EvalCase {
  /** The rule that made it from a list entry, or the kind of negative. */
  readonly rule: string;
  readonly name?: string;
  readonly address?: string;
  readonly chain?: string;
  /** Key of the entry the screen must report, or null when it must report nothing. */
  readonly expect: string | null;
}
