import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { auditPlugin, type AuditLog } from '../audit/index.js';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';
import { buildSchema } from '../schema.js';
import { admissionPlugin } from './admission.js';
import type { ConcurrencyLimiter } from './concurrency.js';
import { clientErrorStatusPlugin } from './client-error-status.js';
import { fieldErrorsPlugin } from './field-errors.js';
import { knownOperationTypesRule } from './operation-types.js';
import { createFormatError } from './format-error.js';
import { armorProtection, parseOptions, type QueryLimits } from './limits.js';
import type { Metrics } from './metrics.js';
import { operationLogPlugin, requestLoggerOf } from './operation-log.js';
import { transactionTagPlugin } from './transaction-tag.js';
import { RateLimit } from './rate-limit.js';
import { hideSuggestionsPlugin } from './suggestions.js';
import { noStorePlugin } from './no-store.js';

export interface ApolloOptions {
  readonly logger: Logger;
  readonly limits: QueryLimits;
  /**
   * Development serves Apollo Sandbox on GET /graphql, answers introspection and suggests field
   * names. Production does none of these unless `enableSandbox`, and then introspection only
   * for signed-in principals.
   */
  readonly development: boolean;
  /** Production only: serve Sandbox and introspection (to signed-in principals). */
  readonly enableSandbox?: boolean;
  /** Operations per principal a minute; 0 or omitted: no limit. */
  readonly rateLimitPerMinute?: number;
  /** Slots for operations selecting an `@expensive` field; omitted: no limit. */
  readonly expensive?: ConcurrencyLimiter;
  readonly metrics?: Metrics;
  /** Records every operation in this audit log, closed (flushed) by `apollo.stop()`. */
  readonly audit?: { readonly log: AuditLog };
}

/** Whether GET /graphql from a browser gets the Sandbox page (and introspection is on). */
export function servesSandbox(options: Pick<ApolloOptions, 'development' | 'enableSandbox'>): boolean {
  return options.development || options.enableSandbox === true;
}

/** The GraphQL server, not yet listening: tests call `executeOperation` on it directly. */
export function createApollo(options: ApolloOptions): ApolloServer<Context> {
  const schema = buildSchema();
  const production = !options.development;
  const sandbox = servesSandbox(options);
  const armor = armorProtection(options.limits);
  const { expensive } = options;
  if (expensive && options.metrics) {
    options.metrics.registerGauge('trailgraph_expensive_operations_running', 'Expensive operations holding a slot.', () => expensive.stats().running);
    options.metrics.registerGauge('trailgraph_expensive_operations_waiting', 'Expensive operations waiting for a slot.', () => expensive.stats().waiting);
  }
  return new ApolloServer<Context>({
    schema,
    logger: options.logger,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown order (HTTP, then Apollo, then the database); Apollo's own signal
    // handlers would race it and leave the embedded database running.
    stopOnTerminationSignals: false,
    formatError: createFormatError(options.logger, requestLoggerOf),
    parseOptions: parseOptions(options.limits),
    validationRules: [knownOperationTypesRule, ...armor.validationRules],
    // One operation per request: an array would multiply every limit below by its length.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: sandbox,
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the runtime objects are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      admissionPlugin(schema, {
        limits: options.limits,
        rateLimit: options.rateLimitPerMinute ? new RateLimit(options.rateLimitPerMinute) : undefined,
        expensive,
        introspectionForSignedInOnly: production,
      }),
      ...(production ? [hideSuggestionsPlugin()] : []),
      // Apollo's cache-control plugin hooks every field of every response to gather cache hints,
      // and the schema gives none: every answer is per principal and uncacheable. Without it no
      // field is instrumented; `noStorePlugin` sends the header it sent.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      fieldErrorsPlugin(),
      clientErrorStatusPlugin(),
      operationLogPlugin(options.logger),
      transactionTagPlugin(),
      ...(options.metrics ? [options.metrics.apolloPlugin] : []),
      ...(options.audit ? [auditPlugin(options.audit.log, { logger: options.logger, schema })] : []),
      sandbox
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
