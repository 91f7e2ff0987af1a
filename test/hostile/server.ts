import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import type { Role } from '../../src/auth/principal.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createApollo } from '../../src/server/apollo.js';
import { createHttpApp } from '../../src/server/http.js';
import { testConfig } from '../support/global-setup.js';

/**
 * The API exactly as `npm start` serves it, on a free port, over the test database. Everything
 * that depends on how the server is built lives in this file, so when `createApollo` and
 * `createHttpApp` change (an options object with auth, rate limits, CORS...) only this file changes.
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
   * Requests per principal per window before 429. The suite sends a few hundred requests as the
   * same principals, so its main server must not rate-limit them; one case starts a server with
   * a tiny limit. KNOB: pass this to the rate limiter when it lands.
   */
  readonly rateLimit?: { readonly max: number; readonly windowMs: number };
}

export async function startHostileServer(_options: HostileServerOptions = {}): Promise<HostileServer> {
  const db = await openDatabase(testConfig(inject('neo4jUri')), () => {});
  // KNOB: production posture (no Sandbox, no field suggestions). When createApollo grows options
  // for auth, CORS, rate limits and the request-size budget, set them here from _options.
  const apollo = createApollo({
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    limits: { maxDepth: 24, maxCost: 50_000 },
    development: false,
  });
  await apollo.start();
  const app = createHttpApp(apollo, db);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const keys = await issueKeys(db);
  return {
    base,
    db,
    as(role): Record<string, string> {
      const key = role === 'ANONYMOUS' ? undefined : keys[role];
      return key === undefined ? {} : { authorization: `Bearer ${key}` };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await db.close();
    },
  };
}

/**
 * One API key per role, sent as `Authorization: Bearer <key>`. KNOB: until authentication lands
 * there is nothing to create and every caller gets the placeholder principal of `http.ts`, so
 * `as(role)` sends no header. Plug the auth helper's key creation in here, for example
 * `await createApiKey(db.executor(), { name: `hostile-${role}`, role })`, returning the clear key.
 */
async function issueKeys(_db: Database): Promise<Partial<Record<Role, string>>> {
  return {};
}
