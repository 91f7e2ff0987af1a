import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { createApiKeys } from '../../src/auth/api-keys.js';
import { ROLES, type Role } from '../../src/auth/principal.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server/create-server.js';
import { testEnvironment } from '../support/global-setup.js';

/**
 * The API exactly as `npm start` serves it in production (`createServer`, the same function
 * run-api.ts calls), on a free port, over the test database, with one API key per role.
 */
export interface HostileServer {
  /** `http://127.0.0.1:<port>` */
  readonly base: string;
  readonly db: Database;
  /** Headers that authenticate as a principal holding `role`; `{}` for an anonymous caller. */
  as(role: Role | 'ANONYMOUS'): Record<string, string>;
  close(): Promise<void>;
}

export interface HostileServerOptions {
  /**
   * Operations per principal per minute before 429. The suite sends a few hundred requests as
   * the same principals, so its main server does not rate-limit; one case starts a server with
   * a tiny limit.
   */
  readonly ratePerMinute?: number;
  /** More configuration, as environment variables (for example `ENABLE_SANDBOX`). */
  readonly env?: Record<string, string>;
}

export async function startHostileServer(options: HostileServerOptions = {}): Promise<HostileServer> {
  const config = loadConfig({
    ...testEnvironment(inject('neo4jUri')),
    NODE_ENV: 'production',
    AUTH_API_KEYS: 'true',
    CURSOR_SECRET: 'hostile-suite-cursor-secret-0123456789abcdef',
    ...options.env,
    RATE_LIMIT_PER_MINUTE: String(options.ratePerMinute ?? 0),
  });
  const db = await openDatabase(config, () => {});
  const { apollo, app } = await createServer(config, db, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const apiKeys = createApiKeys(db.executor());
  // Key names are never reused, so each run has its own.
  const run = randomUUID().slice(0, 8);
  const keys = Object.fromEntries(
    await Promise.all(
      ROLES.map(async (role) => [role, (await apiKeys.create(`hostile-${run}-${role.toLowerCase()}`, role, 'system:test')).key]),
    ),
  ) as Record<Role, string>;
  return {
    base,
    db,
    as(role): Record<string, string> {
      return role === 'ANONYMOUS' ? {} : { authorization: `Bearer ${keys[role]}` };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      for (const role of ROLES) await apiKeys.revoke(`hostile-${run}-${role.toLowerCase()}`);
      await db.close();
    },
  };
}
