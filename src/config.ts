import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const size = z.string().regex(/^\d+[kmg]$/i, 'a size such as 512m or 1g');

const schema = z
  .object({
    PORT: port.default(4000),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'a Bolt URI such as neo4j://host:7687 or bolt://localhost:7687')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'a Neo4j database name').optional(),
    NEO4J_EMBEDDED_PORT: port.default(7687),
    NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
    NEO4J_HEAP: size.default('1g'),
    NEO4J_PAGE_CACHE: size.default('256m'),
    QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(24),
    MAX_QUERY_COST: z.coerce.number().int().min(100).default(50_000),
    // HTTP hygiene and bounds
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
      .pipe(
        z.array(
          z
            .url({ protocol: /^https?$/ })
            .refine((u) => URL.canParse(u) && new URL(u).origin === u, 'an origin such as https://app.example.org (no path, no trailing slash)'),
        ),
      ),
    ENABLE_SANDBOX: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
    GRAPHQL_BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'a size such as 100kb or 1mb').default('1mb'),
    MAX_QUERY_TOKENS: z.coerce.number().int().min(100).max(100_000).default(5000),
    MAX_QUERY_ALIASES: z.coerce.number().int().min(1).max(1000).default(30),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
    MAX_EXPENSIVE_PER_PRINCIPAL: z.coerce.number().int().min(1).default(1),
    // About the database's cores: past that, heavy work only slows the lookups beside it (bench:contention).
    MAX_EXPENSIVE_TOTAL: z.coerce.number().int().min(1).default(2),
    EXPENSIVE_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
    SEED_ON_EMPTY: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
    // Database faults and shutdown
    NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(3_000),
    NEO4J_HEALTH_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    // Authentication (see README, "Security model")
    CURSOR_SECRET: z.string().min(32, 'at least 32 characters').optional(),
    AUTH_API_KEYS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
    JWT_SECRET: z.string().min(32, 'at least 32 characters (HS256 needs a 256-bit secret)').optional(),
    JWT_PUBLIC_KEY_FILE: z.string().min(1).optional(),
    JWT_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
    JWT_ISSUER: z.string().min(1).optional(),
    JWT_AUDIENCE: z.string().min(1).optional(),
    JWT_ROLE_CLAIM: z.string().min(1).default('role'),
    // Never EDITOR or ADMIN: an anonymous client must not be able to write.
    ANONYMOUS_ROLE: z.enum(['NONE', 'VIEWER', 'ANALYST']).optional(),
  })
  .refine(
    (c) => [c.JWT_SECRET, c.JWT_PUBLIC_KEY_FILE, c.JWT_JWKS_URL].filter((v) => v !== undefined).length <= 1,
    { path: ['JWT_SECRET'], message: 'set only one of JWT_SECRET, JWT_PUBLIC_KEY_FILE and JWT_JWKS_URL' },
  )
  .refine(
    (c) => c.NODE_ENV !== 'production' || c.AUTH_API_KEYS || Boolean(c.JWT_SECRET ?? c.JWT_PUBLIC_KEY_FILE ?? c.JWT_JWKS_URL),
    {
      path: ['NODE_ENV'],
      message:
        'production needs an authentication configuration: set JWT_SECRET, JWT_PUBLIC_KEY_FILE or JWT_JWKS_URL, ' +
        'or AUTH_API_KEYS=true to authenticate clients with keys from `npm run auth:key`',
    },
  )
  // Each process would otherwise draw its own key, and a cursor from one instance behind a load
  // balancer would be refused by the next: production shares one.
  .refine((c) => c.NODE_ENV !== 'production' || c.CURSOR_SECRET !== undefined, {
    path: ['CURSOR_SECRET'],
    message: 'is required in production (the same value on every instance): for example `openssl rand -base64 32`',
  })
  .refine((c) => !c.NEO4J_URI || c.NEO4J_PASSWORD !== undefined, {
    path: ['NEO4J_PASSWORD'],
    message: 'is required when NEO4J_URI is set',
  });

export type Config = z.infer<typeof schema>;

/**
 * Reads and validates configuration from the environment. A bad value stops start-up with one
 * line per problem naming the variable, rather than failing later somewhere deep.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
