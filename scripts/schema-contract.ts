import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { loadFilesSync } from '@graphql-tools/load-files';
import { mergeTypeDefs } from '@graphql-tools/merge';
import { buildSchema, print } from 'graphql';

/**
 * The published contract: `schema.graphql` at the project root is the merged SDL of `schema/`
 * as last released, for clients and their codegen. `npm run schema:check` (CI) fails when the
 * SDL in `schema/` breaks it, and when it has changed without being published; a deliberate
 * breaking change is published with `npm run schema:publish -- --allow-breaking`, so it shows
 * in review as a change to schema.graphql.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PUBLISHED_FILE = path.join(ROOT, 'schema.graphql');

const HEADER = '# The published GraphQL contract: `npm run schema:publish` writes it from schema/. Do not edit by hand.\n\n';

/** The SDL of schema/ merged into one document, sorted, so the text changes only with the schema. */
export function mergedSdl(): string {
  const typeDefs = mergeTypeDefs(loadFilesSync(path.join(ROOT, 'schema'), { extensions: ['graphql'] }), { sort: true });
  return `${HEADER}${print(typeDefs)}\n`;
}

export async function publishedSdl(): Promise<string> {
  return readFile(PUBLISHED_FILE, 'utf8');
}

export interface SchemaChanges {
  /** What would break a client written against the published schema. */
  readonly breaking: readonly string[];
  /** Everything else that differs (additions, descriptions, deprecations). */
  readonly other: readonly string[];
}

export async function compareSchemas(published: string, current: string): Promise<SchemaChanges> {
  const changes = await diff(buildSchema(published), buildSchema(current));
  const line = (c: (typeof changes)[number]) => `${c.path ?? ''}: ${c.message}`;
  return {
    breaking: changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking).map(line),
    other: changes.filter((c) => c.criticality.level !== CriticalityLevel.Breaking).map(line),
  };
}
