import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/project-root.js';
import { openDataset } from './datasets.js';
import { warmPageCache } from './inputs.js';
import { pickPeerInputs } from './peer/inputs.js';
import { peerOperations } from './peer/operations.js';
import { startFloor, startTrailgraph, type HttpTarget } from './peer/servers.js';

/**
 * The per-request and per-field overhead of trailgraph alone (issue 12 §3): the API as
 * `npm run bench` starts it (production settings: API key, audit log), in this process, over
 * HTTP on loopback, driven by autocannon in a child process (so a `--cpu-prof` profile of this
 * process holds the API and not the load generator) with the peer benchmark's "wallet" and
 * "employers" operations. Prints p50 and req/s at concurrency 1 and 8 per operation; numbers
 * are measured, never asserted.
 *
 *   npm run bench:pipeline -- [--scale 1] [--seconds 10] [--ops wallet,employers] [--label x] [--json file]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/pipeline.ts ...   (profile)
 */

const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '10' },
    ops: { type: 'string', default: 'wallet,employers' },
    connections: { type: 'string', default: '1,8' },
    label: { type: 'string', default: '' },
    floor: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const wanted = values.ops.split(',');
const connectionCounts = values.connections.split(',').map(Number);
const log = (line: string) => process.stderr.write(`${line}\n`);

interface Row {
  readonly op: string;
  /** trailgraph, or the floor: the operation's one hand-written statement behind a bare endpoint. */
  readonly target: 'trailgraph' | 'floor';
  readonly connections: number;
  readonly p50: number;
  readonly p99: number;
  readonly rps: number;
  readonly errors: number;
  /** CPU time per answered request, in ms: this process (the API) and the Neo4j JVM. */
  readonly apiCpuMs: number;
  readonly dbCpuMs: number;
}

/** utime + stime of a process in ms, from /proc (Linux; clock ticks of 10 ms). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function autocannon(url: string, body: string, headers: Record<string, string>, connections: number, duration: number) {
  const bin = path.join(projectRoot(), 'node_modules', '.bin', 'autocannon');
  const args = ['--json', '-c', String(connections), '-d', String(duration), '-m', 'POST', '-H', 'content-type=application/json', '-b', body];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}=${v}`);
  const { stdout } = await run(bin, [...args, url], { maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(stdout) as {
    requests: { total: number };
    duration: number;
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  return {
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.total / result.duration,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const dataset = await openDataset({ scale: Number(values.scale), seed: Number(values.seed), fresh: false, log });
const rows: Row[] = [];
try {
  const executor = dataset.db.executor();
  log(`page cache warmed in ${(await warmPageCache(executor)).toFixed(0)} ms`);
  const inputs = await pickPeerInputs(executor);
  const operations = peerOperations(inputs, Date.now()).filter((o) => wanted.includes(o.name));
  const trailgraph = await startTrailgraph(dataset.db, dataset.uri);
  try {
    // What the two processes spend with no request at all (health probes, timers, the JVM's own
    // work), so a per-request figure can be read against it.
    const idleApi = process.cpuUsage();
    const idleDb = processCpuMs(dataset.serverPid);
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const idleUsage = process.cpuUsage(idleApi);
    log(`idle CPU per second: API ${((idleUsage.user + idleUsage.system) / 5000).toFixed(1)} ms, Neo4j ${((processCpuMs(dataset.serverPid) - idleDb) / 5).toFixed(1)} ms`);
    const targets: [Row['target'], HttpTarget][] = [['trailgraph', trailgraph]];
    if (values.floor) targets.push(['floor', await startFloor(executor, operations)]);
    for (const op of operations) {
      for (const [target, http] of targets) {
        const url = target === 'floor' ? http.url + '/' + op.name : http.url;
        const body = target === 'floor' ? '{}' : JSON.stringify({ query: op.trailgraph.query, variables: op.trailgraph.variables(0) });
        // The answer must be right before its speed means anything.
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...http.headers }, body });
        const answer = (await response.json()) as { errors?: unknown };
        if (!response.ok || (target === 'trailgraph' && answer.errors)) throw new Error(`${op.name}: ${JSON.stringify(answer).slice(0, 500)}`);
        await autocannon(url, body, http.headers, 2, Math.max(2, Math.round(seconds / 3)));
        for (const connections of connectionCounts) {
          const api = process.cpuUsage();
          const db = processCpuMs(dataset.serverPid);
          const { requests, ...measured } = await autocannon(url, body, http.headers, connections, seconds);
          const apiUsage = process.cpuUsage(api);
          const row = {
            op: op.name,
            target,
            connections,
            ...measured,
            apiCpuMs: (apiUsage.user + apiUsage.system) / 1000 / requests,
            dbCpuMs: (processCpuMs(dataset.serverPid) - db) / requests,
          };
          rows.push(row);
          log(
            `${values.label} ${op.name} ${target} c=${connections}: p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.rps.toFixed(1)} req/s, errors ${row.errors}, ` +
              `CPU per request: API ${row.apiCpuMs.toFixed(2)} ms, Neo4j ${row.dbCpuMs.toFixed(2)} ms`,
          );
        }
      }
    }
    for (const [target, http] of targets) if (target === 'floor') await http.stop();
  } finally {
    await trailgraph.stop();
  }
} finally {
  await dataset.close();
}
if (values.json) await writeFile(values.json, `${JSON.stringify({ label: values.label, scale: Number(values.scale), seconds, rows }, null, 2)}\n`);
