import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seedAll } from '../seed/index.js';
import { loadConfig } from '../src/config.js';
import { BATCH_JOB_TIMEOUT_MS, openDatabase, type Database } from '../src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/embedded/index.js';
import { projectRoot } from '../src/project-root.js';
import { applyMigrations } from '../src/db/migrations.js';
import { generateWorld, type GenerateSummary } from '../src/generator/index.js';

/**
 * One benchmark dataset per scale and seed, each in its own embedded store under
 * `.data/bench/`, never the default `.data/neo4j`. Generating scale 100 takes about 25 minutes here,
 * so a finished store is reused as long as the marker written after a complete generation
 * names the same scale, seed and generator sources (any edit under src/generator, even a
 * refactor, counts as a new generator). An interrupted generation of the same world is
 * resumed; anything else is wiped and generated again.
 */

/** Bumped when what goes into a dataset changes outside src/generator (the seed steps below). */
const RECIPE = 'case + OFAC SDN list + generated world, v1';
const MARKER_FILE = 'bench-dataset.json';
/** Written before a generation starts: names what an interrupted store was becoming. */
const PARTIAL_FILE = 'bench-dataset.partial.json';

export interface Marker {
  readonly scale: number;
  readonly seed: number;
  readonly generatorVersion: string;
  readonly recipe: string;
  readonly generatedAt: string;
  readonly generationSeconds: number;
  /** True when the generation finished an interrupted one (its seconds are the last run's). */
  readonly resumed?: boolean;
  readonly summary: GenerateSummary;
}

/** A running store for one scale: its database, and how it came to be. */
export interface BenchDataset {
  readonly scale: number;
  readonly seed: number;
  readonly dataDir: string;
  readonly db: Database;
  readonly marker: Marker;
  /** True when this run generated it (the marker's times are then this run's). */
  readonly generatedNow: boolean;
  readonly memory: Memory;
  /** The embedded server's Bolt URI and JVM (for its RSS). */
  readonly uri: string;
  readonly serverPid: number;
  close(): Promise<void>;
}

interface Memory {
  readonly heap: string;
  readonly pageCache: string;
}

/** The machine has 24 GiB and 2 cores; a store should fit its page cache from scale 10 on. */
export function memoryFor(scale: number): Memory {
  if (scale <= 1) return { heap: '1g', pageCache: '512m' };
  if (scale <= 10) return { heap: '2g', pageCache: '1g' };
  return { heap: '6g', pageCache: '4g' };
}

export function dataDirFor(scale: number, seed: number): string {
  return path.join(projectRoot(), '.data', 'bench', `scale-${scale}-seed-${seed}`);
}

/** A hash of every source file of the generator: a changed generator means a different world. */
export async function generatorVersion(): Promise<string> {
  const dir = path.join(projectRoot(), 'src', 'generator');
  const hash = createHash('sha256');
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.ts')).sort()) {
    hash.update(name).update('\0').update(await readFile(path.join(dir, name))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

type Identity = Pick<Marker, 'scale' | 'seed' | 'generatorVersion' | 'recipe'>;

function isCurrent<T extends Identity>(marker: T | undefined, scale: number, seed: number, version: string): marker is T {
  return (
    marker !== undefined &&
    marker.scale === scale &&
    marker.seed === seed &&
    marker.generatorVersion === version &&
    marker.recipe === RECIPE
  );
}

/** Bytes on disk under a directory. */
export function directoryBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? directoryBytes(full) : entry.isFile() ? statSync(full).size : 0;
  }
  return total;
}

export interface OpenOptions {
  readonly scale: number;
  readonly seed: number;
  /** Wipe and generate again even when the marker is current. */
  readonly fresh: boolean;
  readonly log: (line: string) => void;
  /** Procedure jars for the server (APOC for bench:peer's peer), and what may use them fully. */
  readonly plugins?: { readonly dir: string; readonly unrestricted: readonly string[] };
}

/**
 * Starts the embedded server on the dataset's store (on a free port), applies migrations and
 * generates the world when the store is not a current, complete one.
 */
export async function openDataset(options: OpenOptions): Promise<BenchDataset> {
  const { scale, seed, log } = options;
  const dataDir = dataDirFor(scale, seed);
  const version = await generatorVersion();
  const existing = await readJson<Marker>(path.join(dataDir, MARKER_FILE));
  const reuse = !options.fresh && isCurrent(existing, scale, seed, version);
  // The generator is idempotent (MERGE on natural keys), so an interrupted generation of the same
  // world is finished by running it again over what it wrote, not by starting from nothing.
  const partial = await readJson<Identity>(path.join(dataDir, PARTIAL_FILE));
  const resume = !reuse && !options.fresh && isCurrent(partial, scale, seed, version);
  if (!reuse && !resume && existsSync(dataDir)) {
    const why = options.fresh ? '--fresh' : existing || partial ? 'generator changed' : 'no complete dataset';
    log(`  ${why}: wiping ${dataDir}`);
    await rm(dataDir, { recursive: true, force: true });
  }

  const memory = memoryFor(scale);
  const embedded = await startEmbeddedNeo4j({
    port: 0,
    dataDir,
    heap: memory.heap,
    pageCache: memory.pageCache,
    // Generation batches run far longer than a request; requests keep their own 15 s below.
    txTimeout: '30m',
    ...(options.plugins ? { pluginsDir: options.plugins.dir, unrestrictedProcedures: options.plugins.unrestricted } : {}),
    log: (line) => log(`  ${line}`),
  });
  let db: Database | undefined;
  try {
    // Pointing the config at the server we started keeps openDatabase from starting another.
    db = await openDatabase(benchConfig(embedded), () => {});
    const batch = db.executor({ timeoutMs: BATCH_JOB_TIMEOUT_MS });
    await applyMigrations(batch);
    let marker: Marker;
    if (reuse) {
      marker = existing;
      log(`  reusing scale ${scale} seed ${seed} generated ${marker.generatedAt} (generator ${version})`);
    } else {
      if (resume) log(`  resuming an interrupted generation of scale ${scale} seed ${seed} (generator ${version})`);
      const identity: Identity = { scale, seed, generatorVersion: version, recipe: RECIPE };
      await writeFile(path.join(dataDir, PARTIAL_FILE), `${JSON.stringify(identity, null, 2)}\n`);
      const started = performance.now();
      await seedAll(batch, (line) => log(`  ${line}`));
      const summary = await generateWorld(batch, { scale, seed, log: (line) => log(`  ${line}`) });
      marker = {
        ...identity,
        generatedAt: new Date().toISOString(),
        generationSeconds: (performance.now() - started) / 1000,
        resumed: resume,
        summary,
      };
      // Written last: a store without it is an interrupted generation, never reused as it is.
      await writeFile(path.join(dataDir, MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`);
      await rm(path.join(dataDir, PARTIAL_FILE), { force: true });
    }
    const opened = db;
    return {
      scale,
      seed,
      dataDir,
      db: opened,
      marker,
      generatedNow: !reuse,
      memory,
      uri: embedded.uri,
      serverPid: embedded.pid,
      close: () => closeAll(opened, embedded),
    };
  } catch (error) {
    await closeAll(db, embedded);
    throw error;
  }
}

/** What the API is measured as: production, clients authenticated by key, its own cursor key. */
export const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  AUTH_API_KEYS: 'true',
  CURSOR_SECRET: randomBytes(32).toString('base64'),
} as const;

/** The API's own configuration (timeouts, limits), pointed at the bench server. */
export function benchConfig(embedded: EmbeddedNeo4j) {
  return loadConfig({ NEO4J_URI: embedded.uri, NEO4J_PASSWORD: 'unused', LOG_LEVEL: 'silent', ...PRODUCTION_ENV });
}

async function closeAll(db: Database | undefined, embedded: EmbeddedNeo4j): Promise<void> {
  try {
    await db?.close();
  } finally {
    await embedded.stop();
  }
}
