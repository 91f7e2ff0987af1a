import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { BATCH_JOB_TIMEOUT_MS } from '../src/db/index.js';
import { typenameOfKey } from '../src/model/index.js';
import { createFtmExport, DEFAULT_DEPTH, MAX_DEPTH } from '../src/ftm/index.js';
import { fromGlobalId } from '../src/model/index.js';
import { connectOrExit } from './connect.js';

/**
 * `npm run export -- [--from <global id or key>] [--depth N] [--out FILE]`: the graph, or the
 * subgraph around a node, as FollowTheMoney JSON lines on stdout or in FILE. Everything else
 * (connection messages, the summary) goes to stderr, so stdout stays pure JSON lines.
 */
const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    depth: { type: 'string' },
    out: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const fromKey =
  values.from === undefined
    ? undefined
    : typenameOfKey(values.from)
      ? values.from
      : (fromGlobalId(values.from)?.key ?? fail(`--from: "${values.from}" is neither a global id nor a key`));
const depth = values.depth === undefined ? DEFAULT_DEPTH : Number(values.depth);
if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) {
  fail(`--depth: "${values.depth}" is not a whole number from 0 to ${MAX_DEPTH}`);
}

const db = await connectOrExit(loadConfig(), (msg) => console.error(msg));
const out = values.out ? createWriteStream(values.out) : process.stdout;
try {
  const executor = db.executor({ timeoutMs: BATCH_JOB_TIMEOUT_MS });
  const { lines, summary } = createFtmExport(executor, { fromKey, depth });
  for await (const line of lines) {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  console.error(`written: ${JSON.stringify(summary.written)}`);
  if (Object.keys(summary.skipped).length > 0) console.error(`left out: ${JSON.stringify(summary.skipped)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
