import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';
import { buildSchema } from '../schema.js';
import { fieldErrorsPlugin } from './field-errors.js';
import { createFormatError } from './format-error.js';
import { armorProtection, complexityPlugin, type QueryLimits } from './limits.js';

export interface ApolloOptions {
  readonly logger: Logger;
  readonly limits: QueryLimits;
  /** Development serves Apollo Sandbox on GET /graphql; production serves a plain page. */
  readonly development: boolean;
}

/** The GraphQL server, not yet listening: tests call `executeOperation` on it directly. */
export function createApollo(options: ApolloOptions): ApolloServer<Context> {
  const schema = buildSchema();
  const armor = armorProtection(options.limits);
  return new ApolloServer<Context>({
    schema,
    logger: options.logger,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown order (HTTP, then Apollo, then the database); Apollo's own signal
    // handlers would race it and leave the embedded database running.
    stopOnTerminationSignals: false,
    formatError: createFormatError(options.logger),
    validationRules: [...armor.validationRules],
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the runtime objects are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      complexityPlugin(schema, options.limits),
      fieldErrorsPlugin(),
      options.development
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    ],
  });
}
