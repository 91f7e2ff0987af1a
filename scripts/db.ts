/**
 * Manual control of a long-running embedded Neo4j for development:
 *
 *   tsx scripts/db.ts start   build if needed, start detached, print the Bolt URI
 *   tsx scripts/db.ts stop    stop the server started by `start`
 *   tsx scripts/db.ts status  print the URI if it is running
 *   tsx scripts/db.ts build   only build the launcher jar
 *
 * Environment: NEO4J_EMBEDDED_PORT (7687), NEO4J_DATA_DIR (.data/neo4j), NEO4J_HEAP (1g, as for
 * `npm start`: the SDN list loads in one transaction), NEO4J_PAGE_CACHE (256m). State lives beside
 * the store, named after it (.data/neo4j.pid, .data/neo4j.json and .data/neo4j.log for the default
 * store), so a store anywhere (NEO4J_DATA_DIR=/srv/trailgraph) has its own and two stores never
 * share one; the server's URI is also in the store's trailgraph-server.json, where `npm start`
 * and the data commands find it and connect to it.
 * Authentication is disabled (loopback only): connect with no auth or any credentials.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureEmbeddedBuilt, isEmbeddedNeo4jProcess as looksLikeOurServer, isProcessAlive as isAlive, launchCommand, parseReadyLine, removeServerFile, writeServerFile } from '../src/embedded/index.js';
import { projectRoot } from '../src/project-root.js';

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;
const POLL_MS = 200;

const dataDir = path.resolve(projectRoot(), process.env['NEO4J_DATA_DIR'] ?? path.join('.data', 'neo4j'));
const stateDir = path.dirname(dataDir);
const pidFile = path.join(stateDir, `${path.basename(dataDir)}.pid`);
const infoFile = path.join(stateDir, `${path.basename(dataDir)}.json`);
const logFile = path.join(stateDir, `${path.basename(dataDir)}.log`);

interface ServerInfo {
  pid: number;
  uri: string;
}

const log = (msg: string): void => console.error(`[db] ${msg}`);

async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case 'start':
      return start();
    case 'stop':
      return stop();
    case 'status':
      return status();
    case 'build':
      console.log(await ensureEmbeddedBuilt({ log }));
      return 0;
    default:
      console.error('usage: tsx scripts/db.ts start|stop|status|build');
      return 2;
  }
}

async function start(): Promise<number> {
  const existing = readPid();
  if (existing !== undefined && isAlive(existing) && looksLikeOurServer(existing)) {
    // Already running, or still starting from another `start`: report it instead of clashing.
    const uri = readInfo(existing)?.uri ?? (await waitForReadyLine(existing));
    await writeFile(infoFile, `${JSON.stringify({ pid: existing, uri } satisfies ServerInfo)}\n`);
    log(`already running (pid ${existing})`);
    console.log(uri);
    return 0;
  }
  await removeState();

  const jar = await ensureEmbeddedBuilt({ log });
  const port = Number(process.env['NEO4J_EMBEDDED_PORT'] ?? 7687);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`NEO4J_EMBEDDED_PORT must be a port number, got '${process.env['NEO4J_EMBEDDED_PORT']}'`);
  }
  await mkdir(dataDir, { recursive: true });

  const { command, args } = launchCommand(jar, {
    port,
    dataDir,
    heap: process.env['NEO4J_HEAP'] ?? '1g',
    pageCache: process.env['NEO4J_PAGE_CACHE'] ?? '256m',
  });
  // The JVM writes to a file rather than a pipe so it keeps running safely after we exit;
  // the ready line is detected by polling that file (truncated first, so no stale line counts).
  const out = openSync(logFile, 'w');
  const child = spawn(command, args, { cwd: projectRoot(), detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) {
    await new Promise((resolve) => child.once('error', resolve));
    throw new Error(`could not run ${command}; set JAVA_HOME to a JDK 17+`);
  }
  child.unref();
  // Written before readiness so `stop` can also end a server that hangs while starting.
  await writeFile(pidFile, `${pid}\n`);

  log(`starting on 127.0.0.1:${port} (pid ${pid}, data ${shown(dataDir)}, log ${shown(logFile)})`);
  const uri = await waitForReadyLine(pid);
  await writeFile(infoFile, `${JSON.stringify({ pid, uri } satisfies ServerInfo)}\n`);
  await writeServerFile(dataDir, { pid, uri });
  console.log(uri);
  return 0;
}

async function waitForReadyLine(pid: number): Promise<string> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const uri = readLog().split('\n').map(parseReadyLine).find((u) => u !== undefined);
    if (uri !== undefined) return uri;
    if (!isAlive(pid)) {
      await removeState();
      throw new Error(`embedded Neo4j exited before it was ready:\n${tailOfLog()}`);
    }
    if (Date.now() > deadline) {
      await terminate(pid);
      await removeState();
      throw new Error(`embedded Neo4j was not ready within ${READY_TIMEOUT_MS / 1000}s:\n${tailOfLog()}`);
    }
    await sleep(POLL_MS);
  }
}

async function stop(): Promise<number> {
  const pid = readPid();
  if (pid === undefined || !isAlive(pid)) {
    log('not running');
    await removeState();
    return 0;
  }
  if (!looksLikeOurServer(pid)) {
    log(`pid ${pid} from ${shown(pidFile)} is not the embedded Neo4j; removing stale pidfile`);
    await removeState();
    return 0;
  }
  log(`stopping pid ${pid}…`);
  const clean = await terminate(pid);
  await removeState();
  log(clean ? 'stopped' : `did not stop within ${STOP_TIMEOUT_MS / 1000}s; killed`);
  return 0;
}

function status(): number {
  const running = readRunning();
  if (!running) {
    log('not running');
    return 1;
  }
  console.log(running.uri);
  return 0;
}

/** SIGTERM, wait, then SIGKILL. Returns whether it exited on its own. */
async function terminate(pid: number): Promise<boolean> {
  signal(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      signal(pid, 'SIGKILL');
      while (isAlive(pid)) await sleep(POLL_MS);
      return false;
    }
    await sleep(POLL_MS);
  }
  return true;
}

function readRunning(): ServerInfo | undefined {
  const pid = readPid();
  if (pid === undefined || !isAlive(pid) || !looksLikeOurServer(pid)) return undefined;
  return readInfo(pid);
}

function readInfo(pid: number): ServerInfo | undefined {
  try {
    const info: unknown = JSON.parse(readFileSync(infoFile, 'utf8'));
    if (isServerInfo(info) && info.pid === pid) return info;
  } catch {
    // Missing or half-written info file: not ready (yet).
  }
  return undefined;
}

function isServerInfo(value: unknown): value is ServerInfo {
  if (typeof value !== 'object' || value === null) return false;
  const { pid, uri } = value as Record<string, unknown>;
  return typeof pid === 'number' && typeof uri === 'string';
}

function readPid(): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

function readLog(): string {
  try {
    return readFileSync(logFile, 'utf8');
  } catch {
    return '';
  }
}

function tailOfLog(): string {
  return readLog().trim().split('\n').slice(-20).join('\n');
}

async function removeState(): Promise<void> {
  const pid = readPid();
  if (pid !== undefined) removeServerFile(dataDir, pid);
  await Promise.all([rm(pidFile, { force: true }), rm(infoFile, { force: true })]);
}

/** A path as the user would type it: relative inside the project, absolute outside. */
function shown(file: string): string {
  const relative = path.relative(projectRoot(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`[db] ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
