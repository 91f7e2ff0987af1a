import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/*
 * What each folder of src/ may import (docs/architecture.md, "The layers"), besides itself and
 * the top-level modules not listed in FOLDERS (config, errors, logger, context, schema...). Other
 * folders are reached only through their index.ts, their public face; inside a folder, files
 * import each other directly.
 */
const FOLDERS = ['audit', 'auth', 'db', 'domain', 'embedded', 'ftm', 'generator', 'import', 'ingest', 'loaders', 'model', 'pagination', 'pii', 'resolvers', 'server', 'store'];
const REQUEST = ['context', 'generated'];
// Top-level modules that only some folders may use: the per-request wiring and generated types.
const GUARDED = [...FOLDERS, ...REQUEST];
export const MAY_IMPORT = {
  model: [],
  pagination: [],
  domain: ['model', 'pagination'],
  embedded: [],
  db: ['embedded', 'model'],
  store: ['db', 'domain', 'generated', 'model'],
  ftm: ['db', 'domain', 'generated', 'model', 'store'],
  import: ['db', 'domain', 'model', 'store'],
  generator: ['db', 'domain', 'generated', 'model', 'store'],
  ingest: ['db', 'domain', 'ftm', 'generated', 'model', 'store'],
  loaders: ['audit', 'db', 'domain', 'generated', 'model', 'pagination'],
  audit: [...REQUEST, 'db', 'model', 'pagination', 'pii'],
  auth: [...REQUEST, 'db', 'model'],
  pii: [...REQUEST, 'auth'],
  resolvers: [...REQUEST, 'db', 'domain', 'ingest', 'loaders', 'model', 'pagination', 'pii'],
  server: GUARDED,
};

// src/ is the application; the project's other top-level folders use it, never the reverse.
const outside = {
  regex: '^(\\.\\./)+(seed|scripts|bench|test)/',
  message: 'Nothing in src/ imports seed/, scripts/, bench/ or test/: they use src, not the reverse.',
};

const throughFaces = (prefix, except) => ({
  regex: `^(\\.\\./)+${prefix}(${FOLDERS.filter((f) => f !== except).join('|')})/(.+/)?(?!index\\.js$)[^/]+$`,
  message: "Import another folder through its index.ts (its public face), not a file inside it.",
});

const boundaries = [
  ...Object.entries(MAY_IMPORT).map(([folder, allowed]) => {
    const forbidden = GUARDED.filter((name) => name !== folder && !allowed.includes(name));
    return {
      files: [`src/${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': ['error', {
          patterns: [
            outside,
            throughFaces('', folder),
            ...(forbidden.length > 0 ? [{
              regex: `^(\\.\\./)+(${forbidden.join('|')})(/|\\.js$)`,
              message: `src/${folder} may import only ${allowed.join(', ') || 'nothing of the other folders'} (docs/architecture.md, "The layers").`,
            }] : []),
          ],
        }],
      },
    };
  }),
  { files: ['src/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [outside, throughFaces('')] }] } },
  { files: ['scripts/**/*.ts', 'seed/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [throughFaces('src/')] }] } },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'src/generated/', 'embedded-neo4j/', '.data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' },
      // Type information for the rules below, from the project's own tsconfig.
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A switch over a union must name every member (or have a default): a new kind of node,
      // link or error must be handled everywhere it is switched on.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // A promise nobody awaits loses its error; `void` marks the few that are fire-and-forget.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  ...boundaries,
  {
    // Tests read deep into GraphQL results whose shape each assertion spells out.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
