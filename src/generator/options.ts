import { z } from 'zod';

/**
 * What a run asks for. Numbers may arrive as strings (from the command line) and are coerced;
 * messages name the option and say what a good value looks like.
 */
const generateOptionsSchema = z.object({
  scale: z.coerce
    .number({ message: 'must be a number such as 1, 10 or 0.05' })
    .positive('must be greater than 0 (fractions such as 0.05 are fine)')
    .max(1000, 'must be at most 1000 (scale 100 is already about a million nodes)'),
  seed: z.coerce
    .number({ message: 'must be a whole number such as 7' })
    .int('must be a whole number such as 7')
    .min(0, 'must be 0 or more')
    .max(2 ** 31 - 1, 'must be below 2^31')
    .default(1),
});

export interface GenerateOptions {
  /** 1 is about 10k nodes and 50k relationships; fractions are fine. */
  readonly scale: number;
  /** Default 1. */
  readonly seed?: number;
}

/** The options, or an error listing every bad one as `--name: reason`. */
export function parseGenerateOptions(input: unknown): Required<GenerateOptions> {
  const result = generateOptionsSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  --${i.path.join('.')}: ${i.message}`);
    throw new RangeError(`Invalid generator options:\n${lines.join('\n')}`);
  }
  return result.data;
}
