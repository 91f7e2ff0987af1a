import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';
import type { AuditLog } from './log.js';
import { redactVariables } from '../pii/index.js';
import { returnedIds } from './returned-ids.js';

/** Variables past this size (an `importBatch` of thousands of lines) are recorded by size only. */
const MAX_VARIABLES_CHARS = 8_192;

export interface AuditPluginOptions {
  readonly logger: Logger;
  /** The served schema: its `@pii` marks on arguments and input fields say what to redact. */
  readonly schema: GraphQLSchema;
}

function variablesText(variables: Record<string, unknown>): string {
  const text = JSON.stringify(variables);
  return text.length <= MAX_VARIABLES_CHARS ? text : JSON.stringify({ truncated: true, chars: text.length });
}

/**
 * Records every operation (when, who, which document, redacted variables, result codes,
 * duration, top-level ids) into the audit log's in-memory queue as its response is sent, and
 * closes the log, writing what is queued, when the server stops. Recording is synchronous and
 * cheap; a failure to record is logged and never reaches the client.
 */
export function auditPlugin(log: AuditLog, options: AuditPluginOptions): ApolloServerPlugin<Context> {
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          await log.close();
        },
      };
    },
    async requestDidStart({ request, contextValue }) {
      const at = new Date().toISOString();
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName, document }) {
          try {
            const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
            const codes = [...new Set((result.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
            log.record({
              at,
              principal: contextValue.principal.id,
              operationName: operationName ?? request.operationName ?? null,
              documentHash: createHash('sha256').update(request.query ?? '', 'utf8').digest('hex'),
              variables: variablesText(redactVariables(options.schema, document, request.variables, operationName)),
              result: codes.length === 0 ? 'ok' : codes.sort().join(','),
              durationMs: Math.round((performance.now() - started) * 1000) / 1000,
              returnedIds: returnedIds(result.data),
            });
          } catch (error) {
            options.logger.error({ err: error }, 'could not record an audit event');
          }
        },
      };
    },
  };
}
