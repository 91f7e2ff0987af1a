import { fileURLToPath } from 'node:url';
import { loadFilesSync } from '@graphql-tools/load-files';
import { mergeTypeDefs } from '@graphql-tools/merge';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { applyAuthDirective } from './auth/index.js';
import { applyPiiMasking } from './pii/index.js';
import { resolvers } from './resolvers/index.js';

const SCHEMA_DIR = fileURLToPath(new URL('../schema', import.meta.url));

/** The SDL in `schema/` (the contract) joined with the resolvers, `@auth` enforced, `@pii` fields masked for viewers. */
export function buildSchema(): GraphQLSchema {
  const typeDefs = mergeTypeDefs(loadFilesSync(SCHEMA_DIR, { extensions: ['graphql'] }));
  const schema = makeExecutableSchema({ typeDefs, resolvers, inheritResolversFromInterfaces: false });
  // Masking outermost: it sees (and masks) whatever an authorised resolver returned.
  return applyPiiMasking(applyAuthDirective(schema));
}
