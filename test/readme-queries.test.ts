import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/project-root.js';
import { buildSchema } from '../src/schema.js';

/**
 * README is a contract: every GraphQL block it shows parses and is valid against the schema, so
 * a renamed field or argument cannot leave a broken example behind. (What the documented
 * operations return is checked by test/operations.test.ts against the seeded database.)
 */
const readme = readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```graphql\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
const schema = buildSchema();

describe('README GraphQL examples', () => {
  it('are there to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7);
  });

  it.each(blocks.map((body, i) => [i + 1, body] as const))('block %i is valid against the schema', (_i, body) => {
    expect(validate(schema, parse(body)).map((e) => e.message)).toEqual([]);
  });
});
