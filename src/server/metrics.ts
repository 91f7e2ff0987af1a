import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Context } from '../context.js';

/** Operation names are chosen by clients: past this many distinct ones, new names count as `other`. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export interface SessionHook {
  opened(): void;
  closed(): void;
}

/**
 * Prometheus metrics of one server, in their own registry (tests build several servers in one
 * process). Scraped on `/metrics`.
 */
export interface Metrics {
  readonly registry: Registry;
  /** Counts every GraphQL operation and its latency by operation name and result code. */
  readonly apolloPlugin: ApolloServerPlugin<Context>;
  /** Counts every HTTP response by route and status, GraphQL or not (404s, 413s included). */
  readonly httpMiddleware: RequestHandler;
  /** Neo4j sessions open right now, kept by the executor; the driver exposes no pool metrics. */
  readonly sessions: SessionHook;
  /**
   * Adds a gauge read at scrape time, for state owned elsewhere (the audit queue's depth, the
   * expensive-operation slots): `registerGauge('trailgraph_audit_queue_depth', '…', () => n)`.
   */
  registerGauge(name: string, help: string, read: () => number): void;
  /** `/metrics` in Prometheus' text format. */
  readonly handler: RequestHandler;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'trailgraph_' });

  const operations = new Counter({
    name: 'trailgraph_graphql_operations_total',
    help: 'GraphQL operations answered, by operation name and result code (OK or the first error code).',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'trailgraph_graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation to its response, by operation name and result code.',
    labelNames: ['operation', 'code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const responses = new Counter({
    name: 'trailgraph_http_responses_total',
    help: 'HTTP responses by route and status code.',
    labelNames: ['route', 'status'],
    registers: [registry],
  });
  const openSessions = new Gauge({
    name: 'trailgraph_neo4j_sessions_open',
    help: 'Neo4j sessions open right now (each holds a pooled connection while it works).',
    registers: [registry],
  });

  const seen = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return '(anonymous)';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_NAMES) return 'other';
    seen.add(name);
    return name;
  };

  const apolloPlugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ request, response, operationName }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          const labels = { operation: operationLabel(operationName ?? request.operationName), code: String(errors?.[0]?.extensions?.code ?? 'OK') };
          operations.inc(labels);
          latency.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };

  const routes = new Set(['/graphql', '/healthz', '/readyz', '/metrics']);
  const httpMiddleware: RequestHandler = (req, res, next) => {
    res.on('finish', () => {
      responses.inc({ route: routes.has(req.path) ? req.path : 'other', status: String(res.statusCode) });
    });
    next();
  };

  return {
    registry,
    apolloPlugin,
    httpMiddleware,
    sessions: { opened: () => openSessions.inc(), closed: () => openSessions.dec() },
    registerGauge(name, help, read) {
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(read());
        },
      });
    },
    handler: async (_req, res) => {
      res.set('content-type', registry.contentType);
      res.send(await registry.metrics());
    },
  };
}
