import { readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/project-root.js';
import { registeredStatements, type Statement } from '../../src/db/statements.js';

/** Modules outside src/loaders whose reads go through the registry too. */
const OTHER_READERS = ['src/audit/events.ts'];

/** The source files of src/loaders, as paths from the project root. */
export function loaderFiles(dir = 'src/loaders'): string[] {
  return readdirSync(path.join(projectRoot(), dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return loaderFiles(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

/**
 * Every registered statement, after loading every module that registers some: a loader file
 * added later is loaded without being listed here.
 */
export async function allStatements(): Promise<readonly Statement[]> {
  for (const file of [...loaderFiles(), ...OTHER_READERS]) await import(path.join(projectRoot(), file));
  return registeredStatements();
}
