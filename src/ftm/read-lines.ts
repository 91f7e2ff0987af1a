import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';

/**
 * The lines of a stream, every one of them whenever the caller starts reading. A readline
 * interface emits lines as the stream delivers them, and `for await` over the interface only
 * buffers from the moment it asks for its iterator: lines delivered before that are gone. An
 * import first talks to the database, which can outlast reading a small file ("lines read: 0").
 * Taking the iterator at once buffers from the first line (pausing the stream when it is far
 * ahead), so how long the consumer waits no longer matters.
 */
export function readLines(input: Readable): AsyncIterable<string> {
  const iterator = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  return { [Symbol.asyncIterator]: () => iterator };
}
