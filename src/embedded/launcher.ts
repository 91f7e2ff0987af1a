/**
 * Builds and runs the embedded Neo4j 5 Community server in embedded-neo4j/ (a small Java
 * launcher) as a child JVM that speaks Bolt on 127.0.0.1 with authentication disabled.
 *
 * Drivers connect to the returned `uri` with no auth (`neo4j.driver(uri)`); basic credentials
 * are accepted too and ignored. Loopback-only binding is what makes disabled auth acceptable.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { createServer, Socket } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../project-root.js';
import { removeServerFile, SERVER_FILE_NAME, writeServerFile } from './server-file.js';

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  pid: number;
  /** Settles when the JVM exits, whether through `stop()` or not (a crash, `kill -9`). */
  exited: Promise<EmbeddedExit>;
  stop(): Promise<void>;
}

export interface EmbeddedExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface StartEmbeddedOptions {
  /** 0 or undefined picks a free port. */
  port?: number;
  /**
   * Relative paths resolve against the project root (like scripts/db.ts), so every entry point
   * shares one store whatever its cwd. Default <project>/.data/neo4j.
   */
  dataDir?: string;
  /** JVM heap, used for both -Xms and -Xmx. Default "1g" (the SDN list is one large transaction). */
  heap?: string;
  /** Neo4j page cache (server.memory.pagecache.size). Default "64m". */
  pageCache?: string;
  /** Default transaction timeout (db.transaction.timeout). Default "60s". */
  txTimeout?: string;
  /**
   * Where Neo4j loads procedure jars from (server.directories.plugins), whose jars also go on the
   * JVM's classpath, as Neo4j's own start script puts them: APOC registers its components as
   * extensions, which load from the classpath only. Only the benchmark sets it, for APOC, which
   * its @neo4j/graphql peer needs; default <dataDir>/plugins, empty, and `java -jar` as ever.
   */
  pluginsDir?: string;
  /** Procedure patterns given full access (dbms.security.procedures.unrestricted), e.g. `apoc.*`. */
  unrestrictedProcedures?: readonly string[];
  log?: (msg: string) => void;
}

export interface BuildOptions {
  log?: (msg: string) => void;
}

/** The launcher prints exactly this prefix followed by the Bolt URI once it accepts connections. */
export const READY_LINE_PREFIX = 'trailgraph-neo4j ready ';

/**
 * JVM flags for every launch. Neo4j's module options (--add-opens java.base/java.nio, java.io,
 * sun.nio.ch) are not here: the jar's manifest carries them as Add-Opens, which the JVM honours
 * for `java -jar`, so any caller gets them.
 */
export const EMBEDDED_JVM_OPTIONS: readonly string[] = [
  // A JVM that ran out of heap is unreliable; dying lets the caller see it instead of hanging.
  '-XX:+ExitOnOutOfMemoryError',
  '-Dfile.encoding=UTF-8',
];

const DEFAULT_HEAP = '1g';
const DEFAULT_PAGE_CACHE = '64m';
const DEFAULT_TX_TIMEOUT = '60s';
// Generous: a JVM on a busy machine, recovering a store after a crash, can take minutes.
const READY_TIMEOUT_MS = 300_000;
const STOP_TIMEOUT_MS = 60_000;
const BUILD_TIMEOUT_MS = 20 * 60_000;
const STALE_BUILD_LOCK_MS = BUILD_TIMEOUT_MS;
const STDERR_TAIL_CHARS = 4_000;
/** Launcher exit codes for "port already in use" and "store locked" (see Launcher.java). */
const EXIT_PORT_IN_USE = 3;
const EXIT_STORE_LOCKED = 4;
const FREE_PORT_ATTEMPTS = 3;

// ---------------------------------------------------------------------------------------------
// Paths

function moduleDir(): string {
  return path.join(projectRoot(), 'embedded-neo4j');
}

export function embeddedJarPath(): string {
  return path.join(moduleDir(), 'target', 'embedded-neo4j.jar');
}

export function defaultDataDir(): string {
  return path.join(projectRoot(), '.data', 'neo4j');
}

/** JAVA_HOME wins over PATH so a machine with several JDKs runs the one the build used. */
export function javaExecutable(): string {
  const javaHome = process.env['JAVA_HOME'];
  if (javaHome) {
    const candidate = path.join(javaHome, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (existsSync(candidate)) return candidate;
  }
  return 'java';
}

// ---------------------------------------------------------------------------------------------
// Building

let inFlightBuild: Promise<string> | undefined;

/** Builds embedded-neo4j/target/embedded-neo4j.jar with Maven when missing or stale; returns its path. */
export function ensureEmbeddedBuilt(opts: BuildOptions = {}): Promise<string> {
  // One build per process even when several callers race; other processes are held off by a lock.
  inFlightBuild ??= buildIfStale(opts.log ?? (() => {})).finally(() => {
    inFlightBuild = undefined;
  });
  return inFlightBuild;
}

async function buildIfStale(log: (msg: string) => void): Promise<string> {
  const jar = embeddedJarPath();
  if (isJarFresh(jar)) return jar;
  return withBuildLock(log, async () => {
    // Another process may have finished the build while we waited for the lock.
    if (isJarFresh(jar)) return jar;
    log('building embedded Neo4j with Maven (the first build downloads ~125 MB of jars)…');
    const started = Date.now();
    await runMaven();
    if (!isJarFresh(jar)) throw new Error(`Maven finished but ${jar} is still missing or stale`);
    log(`embedded Neo4j built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    return jar;
  });
}

function isJarFresh(jar: string): boolean {
  const jarTime = mtimeMs(jar);
  if (jarTime === undefined) return false;
  if (!existsSync(path.join(path.dirname(jar), 'lib'))) return false;
  return newestInputMtime() <= jarTime;
}

function newestInputMtime(): number {
  const inputs = [path.join(moduleDir(), 'pom.xml'), ...listFiles(path.join(moduleDir(), 'src'))];
  return Math.max(...inputs.map((file) => mtimeMs(file) ?? Number.POSITIVE_INFINITY));
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

function mtimeMs(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** mkdir is atomic, so a directory works as a cross-process lock without extra dependencies. */
async function withBuildLock<T>(log: (msg: string) => void, fn: () => Promise<T>): Promise<T> {
  const lock = path.join(moduleDir(), 'target', '.build-lock');
  await mkdir(path.dirname(lock), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if (!isErrnoException(error) || error.code !== 'EEXIST') throw error;
      if (await isStale(lock)) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      if (!announced) log('waiting for another process that is building embedded Neo4j…');
      announced = true;
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

async function isStale(lock: string): Promise<boolean> {
  try {
    return Date.now() - (await stat(lock)).mtimeMs > STALE_BUILD_LOCK_MS;
  } catch {
    return false; // Released meanwhile; the next mkdir attempt decides.
  }
}

function runMaven(): Promise<void> {
  const args = ['-q', '-B', '-Dstyle.color=never', '-f', path.join(moduleDir(), 'pom.xml'), 'package', '-DskipTests'];
  return new Promise((resolve, reject) => {
    execFile(
      'mvn',
      args,
      { cwd: projectRoot(), timeout: BUILD_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve();
        if ('code' in error && error.code === 'ENOENT') {
          return reject(new Error('Maven (mvn) is not on PATH; it is needed once to build embedded-neo4j/'));
        }
        const output = stripAnsi(`${stdout}\n${stderr}`).trim();
        reject(new Error(`mvn ${args.join(' ')} failed: ${error.message}\n${tail(output, STDERR_TAIL_CHARS)}`));
      },
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Launching

export interface LaunchSpec {
  port: number;
  dataDir: string;
  heap?: string;
  pageCache?: string;
  txTimeout?: string;
  pluginsDir?: string;
  unrestrictedProcedures?: readonly string[];
  /** Make the JVM shut down when its stdin closes, i.e. when the parent dies. Needs a stdin pipe. */
  exitWithParent?: boolean;
}

/** The java command line for the launcher; shared by startEmbeddedNeo4j and scripts/db.ts. */
export function launchCommand(jar: string, spec: LaunchSpec): { command: string; args: string[] } {
  const heap = spec.heap ?? DEFAULT_HEAP;
  if (!/^\d+[kmg]$/i.test(heap)) throw new Error(`heap must be a size such as 512m or 1g, got '${heap}'`);
  const pluginsDir = spec.pluginsDir === undefined ? undefined : path.resolve(projectRoot(), spec.pluginsDir);
  const args = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    ...EMBEDDED_JVM_OPTIONS,
    ...(pluginsDir === undefined ? ['-jar', jar] : withClasspath(jar, pluginsDir)),
    '--port',
    String(spec.port),
    '--data-dir',
    spec.dataDir,
    '--page-cache',
    spec.pageCache ?? DEFAULT_PAGE_CACHE,
    '--tx-timeout',
    spec.txTimeout ?? DEFAULT_TX_TIMEOUT,
  ];
  if (pluginsDir !== undefined) args.push('--plugins-dir', pluginsDir);
  const unrestricted = spec.unrestrictedProcedures ?? [];
  if (unrestricted.some((p) => !/^[A-Za-z0-9_.*]+$/.test(p))) throw new Error(`unrestricted procedures must be names or patterns such as apoc.*, got ${unrestricted.join(', ')}`);
  if (unrestricted.length > 0) args.push('--unrestricted', unrestricted.join(','));
  if (spec.exitWithParent) args.push('--exit-on-stdin-close');
  return { command: javaExecutable(), args };
}

/** The packages the jar's manifest opens (Add-Opens), which the JVM reads for `java -jar` only. */
export const EMBEDDED_ADD_OPENS: readonly string[] = ['java.base/java.nio', 'java.base/java.io', 'java.base/sun.nio.ch'];
const LAUNCHER_CLASS = 'trailgraph.embedded.Launcher';

/**
 * The launcher by class name, with the plugins directory's jars after it: `-jar` ignores any
 * other classpath. The jar's manifest Class-Path (lib/) still applies; its Add-Opens do not, so
 * they are passed as flags.
 */
function withClasspath(jar: string, pluginsDir: string): string[] {
  return [
    ...EMBEDDED_ADD_OPENS.map((pkg) => `--add-opens=${pkg}=ALL-UNNAMED`),
    '-cp',
    [jar, path.join(pluginsDir, '*')].join(path.delimiter),
    LAUNCHER_CLASS,
  ];
}

/** Returns the Bolt URI if the line is the launcher's ready line. */
export function parseReadyLine(line: string): string | undefined {
  const trimmed = line.trim();
  return trimmed.startsWith(READY_LINE_PREFIX) ? trimmed.slice(READY_LINE_PREFIX.length) : undefined;
}

/** Asks the OS for a free loopback port. Racy by nature; startEmbeddedNeo4j retries on a clash. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('could not determine a free port'))));
    });
  });
}

export async function startEmbeddedNeo4j(opts: StartEmbeddedOptions = {}): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  const jar = await ensureEmbeddedBuilt({ log });
  const dataDir = path.resolve(projectRoot(), opts.dataDir ?? defaultDataDir());
  const pickPort = !opts.port;

  for (let attempt = 1; ; attempt++) {
    const port = pickPort ? await findFreePort() : (opts.port ?? 0);
    try {
      return await launch(jar, { ...opts, port, dataDir, exitWithParent: true }, log);
    } catch (error) {
      // Someone else grabbed the port between our probe and the JVM's bind; try another one.
      const clash = error instanceof LaunchError && error.exitCode === EXIT_PORT_IN_USE;
      if (pickPort && clash && attempt < FREE_PORT_ATTEMPTS) {
        log(`port ${port} was taken meanwhile, retrying on another port`);
        continue;
      }
      throw error instanceof LaunchError ? withAdvice(error, port, dataDir) : error;
    }
  }
}

/**
 * A server already running on this machine is the usual reason a fixed port or the store is
 * taken (`npm start` on another store, a server started by hand, an older trailgraph that left
 * no server file): say what to set instead of leaving the launcher's one line in a stack trace.
 */
function withAdvice(error: LaunchError, port: number, dataDir: string): LaunchError {
  const advice =
    error.exitCode === EXIT_PORT_IN_USE
      ? `port ${port} is already in use, probably by another Neo4j (\`npm start\` or \`npm run db:start\` on another store?). ` +
        'To use that server, set NEO4J_URI to it (with NEO4J_PASSWORD); to start another one, set NEO4J_EMBEDDED_PORT to a free port.'
      : error.exitCode === EXIT_STORE_LOCKED
        ? `the store ${dataDir} is locked by another Neo4j process that left no ${SERVER_FILE_NAME} to join. ` +
          'Set NEO4J_URI to that server (with NEO4J_PASSWORD), or stop it, or set NEO4J_DATA_DIR to another store.'
        : undefined;
  return advice ? new LaunchError(advice, error.exitCode) : error;
}

class LaunchError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
  ) {
    super(message);
    this.name = 'LaunchError';
  }
}

async function launch(jar: string, spec: LaunchSpec, log: (msg: string) => void): Promise<EmbeddedNeo4j> {
  await mkdir(spec.dataDir, { recursive: true });
  const { command, args } = launchCommand(jar, spec);
  log(`starting embedded Neo4j on 127.0.0.1:${spec.port} (data: ${spec.dataDir})`);
  const started = Date.now();
  // Its own process group: Ctrl-C in a terminal signals the whole foreground group, and the JVM
  // must be stopped by us, in order, not die under the API (which would then restart it).
  const child = spawn(command, args, { cwd: projectRoot(), stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  trackChild(child);
  const stderr = collectTail(child);

  const exited = new Promise<EmbeddedExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const uri = await waitForReady(child, stderr);
  log(`embedded Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  // A forgotten stop() must not keep Node alive; the exit hook and stdin watch still end the JVM.
  unrefChild(child);
  const pid = child.pid ?? -1;
  await writeServerFile(spec.dataDir, { pid, uri, ownerPid: process.pid });
  void exited.then(() => removeServerFile(spec.dataDir, pid));
  let stopping: Promise<void> | undefined;
  return {
    uri,
    port: spec.port,
    pid,
    exited,
    stop: () => (stopping ??= stopChild(child)),
  };
}

function waitForReady(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!child.stdout) return reject(new Error('child stdout is not piped'));
    const lines = createInterface({ input: child.stdout });
    const settle = (fn: () => void): void => {
      clearTimeout(timer);
      lines.removeAllListeners('line');
      child.removeListener('exit', onExit);
      child.removeListener('error', onError);
      fn();
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      const how = code !== null ? `code ${code}` : `signal ${signal ?? 'unknown'}`;
      settle(() => reject(new LaunchError(`embedded Neo4j exited with ${how} before it was ready${formatTail(stderr())}`, code)));
    };
    const onError = (error: Error): void => {
      settle(() => reject(new LaunchError(`could not run ${javaExecutable()}: ${error.message} (set JAVA_HOME to a JDK 17+)`, null)));
    };
    const timer = setTimeout(() => {
      settle(() => reject(new LaunchError(`embedded Neo4j was not ready within ${READY_TIMEOUT_MS / 1000}s${formatTail(stderr())}`, null)));
      child.kill('SIGKILL');
    }, READY_TIMEOUT_MS);
    lines.on('line', (line) => {
      const uri = parseReadyLine(line);
      if (uri !== undefined) settle(() => resolve(uri));
    });
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

/** Keeps the last few KB of the child's stderr for error messages; also drains the pipe. */
function collectTail(child: ChildProcess): () => string {
  let text = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    text = tail(text + chunk, STDERR_TAIL_CHARS);
  });
  return () => text;
}

function unrefChild(child: ChildProcess): void {
  child.stdout?.resume(); // Keep draining so the pipe can never fill up and block the JVM.
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    if (stream instanceof Socket) stream.unref();
  }
  child.unref();
}

async function stopChild(child: ChildProcess): Promise<void> {
  // Hold the event loop while stopping: the child was unref'd, and the caller awaits this.
  child.ref();
  const exited = waitForExit(child);
  if (!hasExited(child)) {
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), STOP_TIMEOUT_MS);
    });
    if (await Promise.race([exited.then(() => false), timedOut])) child.kill('SIGKILL');
    clearTimeout(timer);
    await exited;
  }
  untrackChild(child);
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess): Promise<void> {
  return hasExited(child) ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

// ---------------------------------------------------------------------------------------------
// Never leave a JVM behind

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

function trackChild(child: ChildProcess): void {
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // 'exit' handlers must be synchronous. SIGTERM (not SIGKILL) lets the JVM, which outlives us,
    // still shut Neo4j down cleanly; closing stdin is a second trigger via --exit-on-stdin-close.
    process.on('exit', () => {
      for (const c of liveChildren) c.kill('SIGTERM');
    });
  }
}

function untrackChild(child: ChildProcess): void {
  liveChildren.delete(child);
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function tail(text: string, max: number): string {
  return text.length > max ? text.slice(text.length - max) : text;
}

function formatTail(text: string): string {
  const trimmed = text.trim();
  return trimmed ? `; stderr:\n${trimmed}` : '';
}

/** Debian's Maven colours its output even with -B; escape codes are noise in an error message. */
function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching the ESC control character is the point
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}
