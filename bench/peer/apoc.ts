import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/project-root.js';

/**
 * APOC core for the benchmark's server only: @neo4j/graphql calls APOC procedures, and
 * trailgraph does not, so the jar is kept out of embedded-neo4j's own classpath and copied from
 * Maven Central into a plugins directory that only the benchmark hands the launcher.
 * 5.26.0 is the last apoc-core 5.26.x on Maven Central; later 5.26 patches ship no new APOC.
 */
export const APOC_VERSION = '5.26.0';
/** The `core` classifier is the plugin jar: the plain one leaves out apoc-common, which it needs. */
export const APOC_ARTIFACT = `org.neo4j.procedure:apoc-core:${APOC_VERSION}:jar:core`;
const APOC_JAR = `apoc-core-${APOC_VERSION}-core.jar`;
/** What the peer calls; nothing else needs full access. */
export const APOC_UNRESTRICTED = ['apoc.*'] as const;

export function benchPluginsDir(): string {
  return path.join(projectRoot(), 'embedded-neo4j', 'target', 'bench-plugins');
}

/** Copies the APOC jar into the bench plugins directory unless it is there; returns the directory. */
export async function ensureApoc(log: (line: string) => void): Promise<string> {
  const dir = benchPluginsDir();
  if (existsSync(path.join(dir, APOC_JAR))) return dir;
  log(`copying ${APOC_ARTIFACT} from Maven Central into ${path.relative(projectRoot(), dir)}`);
  const args = [
    '-q',
    '-B',
    '-Dstyle.color=never',
    '-f',
    path.join(projectRoot(), 'embedded-neo4j', 'pom.xml'),
    'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy',
    `-Dartifact=${APOC_ARTIFACT}`,
    `-DoutputDirectory=${dir}`,
  ];
  await new Promise<void>((resolve, reject) => {
    execFile('mvn', args, { cwd: projectRoot(), timeout: 10 * 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`mvn ${args.join(' ')} failed: ${error.message}\n${`${stdout}\n${stderr}`.trim().slice(-2000)}`)) : resolve(),
    );
  });
  return dir;
}
