import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/project-root.js';
import { directoryBytes, memoryFor, openDataset, type BenchDataset } from './datasets.js';
import {
  EXPOSURE_ALTERNATIVES,
  MONEY_TRAIL_ALTERNATIVES,
  NEIGHBOURHOOD_FLOOR,
  NO_PATH_CONNECTION_FLOOR,
  NO_PATH_TRAIL_FLOOR,
} from './floors.js';
import { graphSize, pickInputs, warmPageCache } from './inputs.js';
import { loadApi, pathMeasureOptions, pathOperations, runPathOperation, type Api } from './path-runs.js';
import { consoleTable, inputLines, markdownReport, sizeLine, type OperationResult, type ScaleReport } from './report.js';
import { describeError } from './stats.js';

/**
 * `npm run bench:paths -- [--scales 1,10,100] [--iterations N] [--seed S] [--fresh]`
 *
 * For each scale: a generated world in its own embedded store (cached between runs), inputs
 * chosen with Cypher, then money trails, exposure, a neighbourhood and two no-path queries timed
 * through Apollo and as single Cypher statements. Prints a table per scale and writes them all
 * to bench/reports/paths.md. Numbers are printed, never asserted: this is not a test.
 */

const USAGE = `usage: npm run bench:paths -- [--scales 1,10,100] [--iterations N] [--seed S] [--fresh]
  --scales      scales to run, comma-separated (default 1,10,100)
  --iterations  timed runs per row (default 30 at scales up to 10, 15 above)
  --seed        generator seed (default 1)
  --fresh       generate every scale again even when a complete store is cached`;

const REPORT_FILE = path.join(projectRoot(), 'bench', 'reports', 'paths.md');

interface Options {
  readonly scales: readonly number[];
  readonly iterations?: number;
  readonly seed: number;
  readonly fresh: boolean;
}

function readOptions(): Options {
  try {
    const { values } = parseArgs({
      options: {
        scales: { type: 'string', default: '1,10,100' },
        iterations: { type: 'string' },
        seed: { type: 'string', default: '1' },
        fresh: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const scales = values.scales.split(',').map((s) => Number(s.trim()));
    if (scales.some((s) => !Number.isFinite(s) || s <= 0)) throw new Error(`--scales: not a list of positive numbers: ${values.scales}`);
    const iterations = values.iterations === undefined ? undefined : Number(values.iterations);
    if (iterations !== undefined && (!Number.isInteger(iterations) || iterations < 1)) throw new Error('--iterations: must be a whole number ≥ 1');
    const seed = Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed: must be a whole number ≥ 0');
    return { scales, iterations, seed, fresh: values.fresh };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------------------------------------
// One scale

async function runScale(scale: number, options: Options, log: (line: string) => void): Promise<ScaleReport> {
  const started = performance.now();
  const measureOpts = pathMeasureOptions(scale, options.iterations);
  const base = {
    scale,
    seed: options.seed,
    memory: memoryFor(scale),
    iterations: measureOpts.iterations,
  };
  log(`\n=== scale ${scale}, seed ${options.seed}`);
  let dataset: BenchDataset | undefined;
  let api: Api | string | undefined;
  try {
    dataset = await openDataset({ scale, seed: options.seed, fresh: options.fresh, log });
    const { db, marker } = dataset;
    const generation = dataset.generatedNow
      ? `generated in this run${marker.resumed ? ' (resuming an interrupted generation)' : ''} in ${marker.generationSeconds.toFixed(0)} s (world alone ${marker.summary.seconds.toFixed(0)} s, ` +
        `${marker.summary.nodes.toLocaleString('en-US')} nodes and ${marker.summary.relationships.toLocaleString('en-US')} relationships written)`
      : `cached, generated ${marker.generatedAt} in ${marker.generationSeconds.toFixed(0)} s`;
    const setup = db.executor({ timeoutMs: 120_000 });
    const cacheWarmMs = await warmPageCache(setup);
    const size = await graphSize(setup);
    const dataBytes = directoryBytes(dataset.dataDir);
    const partial = { ...base, dataDir: dataset.dataDir, dataBytes, generation, cacheWarmMs, size };
    log(`  ${sizeLine({ ...partial, operations: [], seconds: 0 })}`);
    log(`  ${generation}; page cache warmed in ${(cacheWarmMs / 1000).toFixed(1)} s`);
    const pickStarted = performance.now();
    const inputs = await pickInputs(db.executor({ timeoutMs: 60_000 }));
    log(`  inputs (chosen in ${((performance.now() - pickStarted) / 1000).toFixed(1)} s):`);
    for (const line of inputLines(inputs)) log(`  ${line}`);

    api = await loadApi(db);
    if (typeof api === 'string') log(`  ${api}`);
    const operations: OperationResult[] = [];
    for (const spec of await pathOperations(setup, inputs)) {
      operations.push(await runPathOperation(spec, db, api, measureOpts, log));
    }
    const report: ScaleReport = { ...partial, inputs, operations, seconds: (performance.now() - started) / 1000 };
    log(`\nscale ${scale}: ${sizeLine(report)}\n${consoleTable(report)}`);
    return report;
  } catch (error) {
    const message = describeError(error);
    log(`  scale ${scale} failed: ${message}`);
    return {
      ...base,
      dataDir: dataset?.dataDir ?? '',
      dataBytes: dataset ? directoryBytes(dataset.dataDir) : 0,
      generation: dataset ? 'see above' : 'not available',
      cacheWarmMs: Number.NaN,
      operations: [],
      error: message,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    if (api && typeof api !== 'string') await api.stop();
    await dataset?.close();
  }
}

// ---------------------------------------------------------------------------------------------

// Node's default for these signals skips 'exit' handlers, and the one that stops the embedded
// JVMs is one; exiting through process.exit runs it.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

const options = readOptions();
const startedAt = new Date();
const log = (line: string) => console.log(line);
const reports: ScaleReport[] = [];
for (const scale of options.scales) reports.push(await runScale(scale, options, log));

const floorCypher = [
  ...MONEY_TRAIL_ALTERNATIVES.map((a) => ({ title: `moneyTrails — ${a.label}`, cypher: a.cypher })),
  ...EXPOSURE_ALTERNATIVES.map((a) => ({ title: `exposure — ${a.label}`, cypher: a.cypher })),
  { title: `neighbourhood — ${NEIGHBOURHOOD_FLOOR.label}`, cypher: NEIGHBOURHOOD_FLOOR.cypher },
  { title: `moneyTrails, no path — ${NO_PATH_TRAIL_FLOOR.label}`, cypher: NO_PATH_TRAIL_FLOOR.cypher },
  { title: `shortestConnection — ${NO_PATH_CONNECTION_FLOOR.label}`, cypher: NO_PATH_CONNECTION_FLOOR.cypher },
];
const argv = process.argv.slice(2).join(' ');
const run = {
  startedAt,
  seconds: (Date.now() - startedAt.getTime()) / 1000,
  command: `npm run bench:paths${argv ? ` -- ${argv}` : ''}`,
  floorCypher,
};
await mkdir(path.dirname(REPORT_FILE), { recursive: true });
await writeFile(REPORT_FILE, markdownReport(run, reports));
log(`\nwrote ${path.relative(projectRoot(), REPORT_FILE)} (${(run.seconds / 60).toFixed(1)} min in all)`);
const failed = reports.filter((r) => r.error).length;
const checks = reports.flatMap((r) => r.operations.flatMap((o) => (o.check ? [o.check] : [])));
if (checks.length) log(`no-path checks: ${checks.filter((c) => c.pass).length} PASS, ${checks.filter((c) => !c.pass).length} FAIL`);
if (failed) process.exitCode = 1;
