import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/**
 * The project root, found from this file rather than cwd so scripts, tests and a compiled build
 * all agree on where embedded-neo4j/ and .data/ live.
 */
export function projectRoot(): string {
  if (cachedRoot !== undefined) return cachedRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'embedded-neo4j', 'pom.xml'))) return (cachedRoot = dir);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find embedded-neo4j/pom.xml above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
