import { z } from 'zod';
import { characterProblem, TEXT_RULES } from '../domain/index.js';
import { MARKER } from './vocabulary.js';

/** One FollowTheMoney entity as a JSON line holds it: every property value is a list of strings. */
export interface FtmEntity {
  readonly id: string;
  readonly schema: string;
  readonly properties: Readonly<Record<string, readonly string[]>>;
}

/** The FtM schemas we read and write. */
const FTM_SCHEMAS = [
  'Document',
  'Person',
  'Organization',
  'Company',
  'LegalEntity',
  'CryptoWallet',
  'Vessel',
  'Airplane',
  'Payment',
  'Employment',
  'Sanction',
  'Ownership',
  'Directorship',
  'UnknownLink',
] as const;
type FtmSchema = (typeof FTM_SCHEMAS)[number];

export function isFtmSchema(name: string): name is FtmSchema {
  return (FTM_SCHEMAS as readonly string[]).includes(name);
}

// A line is an untrusted document: bound what one line may make us hold or hash.
const MAX_LINE_CHARS = 1_000_000;
const MAX_ID_CHARS = 200;

const LINE = z.object({
  id: z
    .string()
    .min(1, 'required')
    .max(MAX_ID_CHARS, `longer than ${MAX_ID_CHARS} characters`)
    .regex(/^[^\s\p{Cc}]+$/u, 'holds spaces or control characters'),
  schema: z.string().min(1, 'required'),
  // Every value as the API takes long text (see domain/text.ts); names are checked further when planned.
  properties: z
    .record(
      z.string(),
      z.array(
        z.string().superRefine((value, ctx) => {
          const problem = characterProblem(value, TEXT_RULES.text);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
      ),
    )
    .default({}),
});

type ParsedLine = { ok: true; entity: FtmEntity } | { ok: false; reason: string };

/** Reads one JSON line into an entity, or says what is wrong with it. */
export function parseFtmLine(text: string): ParsedLine {
  if (text.length > MAX_LINE_CHARS) return { ok: false, reason: `line longer than ${MAX_LINE_CHARS} characters` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `invalid JSON: ${(error as Error).message}` };
  }
  const parsed = LINE.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'not an FtM entity'}` };
  }
  return { ok: true, entity: parsed.data };
}

/** The property's values, NFC-normalised as the API stores text, trimmed, without empty strings or repeats. */
export function values(entity: FtmEntity, property: string): string[] {
  const raw = Object.hasOwn(entity.properties, property) ? (entity.properties[property] ?? []) : [];
  return [...new Set(raw.map((v) => v.normalize('NFC').trim()).filter((v) => v !== ''))];
}

export function first(entity: FtmEntity, property: string): string | undefined {
  return values(entity, property)[0];
}

export function isSyntheticEntity(entity: FtmEntity): boolean {
  return values(entity, 'keywords').includes(MARKER.synthetic);
}

/** The value of a `trailgraph:<what>:` marker in `keywords`, if any. */
export function markerValue(entity: FtmEntity, prefix: string): string | undefined {
  return values(entity, 'keywords')
    .find((k) => k.startsWith(prefix))
    ?.slice(prefix.length);
}

/** An entity as one JSON line, leaving out properties without values. */
export function toFtmLine(entity: FtmEntity): string {
  const properties: Record<string, readonly string[]> = {};
  for (const [name, list] of Object.entries(entity.properties)) {
    // An FtM property holds a set of values: a value the store holds twice (an SDN entry may list
    // one birth date twice) is written once, as importing the line would keep it.
    if (list.length > 0) properties[name] = [...new Set(list)];
  }
  return JSON.stringify({ id: entity.id, schema: entity.schema, properties });
}
