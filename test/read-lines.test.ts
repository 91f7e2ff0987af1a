import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from '../src/ftm/index.js';

/**
 * How `npm run import` (and test/ftm.test.ts) read a file's lines. Readline drops the lines it
 * emits before `for await` asks for them; these wait on the stream's own events, not on time.
 */

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe('readLines', () => {
  it('keeps every line the stream delivered before the first one is asked for', async () => {
    const input = new PassThrough();
    const lines = readLines(input);
    input.end('first\nsecond\r\n\nlast without a newline');
    // The whole stream has been read (and split) before anyone iterates.
    await once(input, 'end');
    expect(await collect(lines)).toEqual(['first', 'second', '', 'last without a newline']);
  });

  it('gives every line of an input far longer than what it buffers, in order', async () => {
    const input = new PassThrough();
    const lines = readLines(input);
    const sent = Array.from({ length: 5_000 }, (_, i) => `line ${i}`);
    input.end(`${sent.join('\n')}\n`);
    expect(await collect(lines)).toEqual(sent);
  });
});
