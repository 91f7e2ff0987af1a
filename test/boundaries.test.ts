import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/project-root.js';

/**
 * The folders of src/ import each other one way and through their index.ts only. ESLint's
 * `no-restricted-imports` (eslint.config.js) is what refuses the rest; these cases show it does,
 * and that docs/architecture.md states the same table.
 */

// The table lives in eslint.config.js, which is JavaScript without types.
const CONFIG = '../eslint.config.js';
const { MAY_IMPORT } = (await import(CONFIG)) as { MAY_IMPORT: Record<string, readonly string[]> };

// The boundary rule needs no type information; the type-aware rules would need the probe on disk.
const eslint = new ESLint({
  cwd: projectRoot(),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/switch-exhaustiveness-check': 'off', '@typescript-eslint/no-floating-promises': 'off' },
  },
});

async function refusals(filePath: string, from: string): Promise<string[]> {
  const code = `import { x } from '${from}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(projectRoot(), filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import boundaries', () => {
  it.each([
    ['the write side importing the read side', 'src/store/probe.ts', '../loaders/index.js', /src\/store may import only/],
    ['an importer importing resolvers', 'src/ftm/probe.ts', '../resolvers/index.js', /src\/ftm may import only/],
    ['the generator importing the server', 'src/generator/probe.ts', '../server/index.js', /src\/generator may import only/],
    ['an algorithm importing the database', 'src/domain/trails/probe.ts', '../../db/index.js', /src\/domain may import only/],
    ['the model importing the executor', 'src/model/probe.ts', '../db/index.js', /src\/model may import only/],
    ['the launcher importing the executor', 'src/embedded/probe.ts', '../db/index.js', /src\/embedded may import only/],
    ['a file inside another folder', 'src/loaders/probe.ts', '../db/executor.js', /through its index\.ts/],
    ['a file inside a nested folder', 'src/resolvers/Query/probe.ts', '../../domain/trails/exposure.js', /through its index\.ts/],
    ['src importing the seed', 'src/run-api.ts', '../seed/index.js', /Nothing in src\/ imports seed/],
    ['src importing a script', 'src/db/probe.ts', '../../scripts/connect.js', /Nothing in src\/ imports/],
    ['a script reaching inside src', 'scripts/probe.ts', '../src/store/write-dataset.js', /through its index\.ts/],
    ['the seed reaching inside src', 'seed/probe.ts', '../src/model/keys.js', /through its index\.ts/],
  ])('refuses %s', async (_what, file, from, reason) => {
    const messages = await refusals(file, from);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^no-restricted-imports: /);
    expect(messages[0]).toMatch(reason);
  });

  it.each([
    ['a face of an allowed folder', 'src/store/probe.ts', '../db/index.js'],
    ['a nested face', 'src/resolvers/Query/probe.ts', '../../domain/trails/index.js'],
    ['a sibling file in the same folder', 'src/loaders/probe.ts', './row-mapping.js'],
    ['a file of the same folder from a subfolder', 'src/loaders/explore/probe.ts', '../batch-loaders.js'],
    ['a top-level module everyone may use', 'src/domain/probe.ts', '../errors.js'],
    ['the server importing anything through a face', 'src/server/probe.ts', '../resolvers/index.js'],
    ['a script through a face', 'scripts/probe.ts', '../src/store/index.js'],
    ['a test reaching inside src', 'test/probe.test.ts', '../src/store/write-dataset.js'],
  ])('allows %s', async (_what, file, from) => {
    expect(await refusals(file, from)).toEqual([]);
  });

  it('docs/architecture.md lists the same table', () => {
    const doc = readFileSync(path.join(projectRoot(), 'docs', 'architecture.md'), 'utf8');
    const rows = new Map<string, string[]>();
    for (const line of doc.split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      const folder = /^`src\/([a-z]+)\/`$/.exec(cells[1] ?? '')?.[1];
      if (folder) rows.set(folder, [...(cells[3] ?? '').matchAll(/`([a-z]+)`/g)].map((m) => m[1]!).sort());
    }
    const expected = Object.fromEntries(Object.entries(MAY_IMPORT).map(([f, allowed]) => [f, f === 'server' ? ['everything'] : [...allowed].sort()]));
    expect(Object.fromEntries(rows)).toEqual(expected);
  });
});
