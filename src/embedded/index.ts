/**
 * The embedded Neo4j server: the JVM launcher (`launcher.ts`) and the file a running server
 * leaves in its store (`server-file.ts`). Apart from `src/db`: the executor talks to any Neo4j 5,
 * and only opening the default database needs to know one may be started here.
 */
export * from './launcher.js';
export * from './server-file.js';
