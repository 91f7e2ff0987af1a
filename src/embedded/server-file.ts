import { existsSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../project-root.js';


/**
 * What a running embedded server left in its data directory, so that data commands started while
 * `npm start` (or `npm run db:start`) runs connect to it rather than fail on the store's lock.
 */
export interface ServerFile {
  /** The JVM's pid. */
  pid: number;
  uri: string;
  /** The process that started it (absent for `db:start`, which detaches it). */
  ownerPid?: number;
}

export const SERVER_FILE_NAME = 'trailgraph-server.json';

export function serverFilePath(dataDir: string): string {
  return path.join(path.resolve(projectRoot(), dataDir), SERVER_FILE_NAME);
}

export async function writeServerFile(dataDir: string, info: ServerFile): Promise<void> {
  await writeFile(serverFilePath(dataDir), `${JSON.stringify(info)}\n`);
}

/** Removes the file if it still describes this JVM (a newer server may have replaced it). */
export function removeServerFile(dataDir: string, pid: number): void {
  if (readServerFile(dataDir)?.pid === pid) rmSync(serverFilePath(dataDir), { force: true });
}

function readServerFile(dataDir: string): ServerFile | undefined {
  try {
    const info: unknown = JSON.parse(readFileSync(serverFilePath(dataDir), 'utf8'));
    if (typeof info !== 'object' || info === null) return undefined;
    const { pid, uri } = info as Record<string, unknown>;
    return typeof pid === 'number' && typeof uri === 'string' ? (info as ServerFile) : undefined;
  } catch {
    return undefined; // Missing or half-written.
  }
}

/**
 * The server running on this store, if its file names a live JVM of ours with a live owner; a
 * file left by a server that died (a pid gone or reused by another program) is removed. Whether the server
 * still answers is for the caller to find out.
 */
export function findRunningServer(dataDir: string): ServerFile | undefined {
  const info = readServerFile(dataDir);
  if (!info) return undefined;
  // A JVM whose owner died is shutting down (it exits when its stdin closes): not one to join.
  const ownerAlive = info.ownerPid === undefined || isProcessAlive(info.ownerPid);
  if (ownerAlive && isProcessAlive(info.pid) && isEmbeddedNeo4jProcess(info.pid)) return info;
  rmSync(serverFilePath(dataDir), { force: true });
  return undefined;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (error) {
    // EPERM means it exists but belongs to someone else.
    return isErrnoException(error) && error.code === 'EPERM';
  }
}

/** A child that exited but was not reaped yet is a zombie: not running. */
function isZombie(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Guards against a recycled pid: only a process that runs our launcher jar counts. */
export function isEmbeddedNeo4jProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('embedded-neo4j.jar');
  } catch {
    return !existsSync('/proc/self'); // No /proc (e.g. macOS): trust the pid.
  }
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}
