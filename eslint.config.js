// ESLint 9 flat config: `npm run lint` (part of `npm test`) lints src, spec, examples and bench.
//
// Two jobs:
// 1. A sensible rule set: ESLint's and typescript-eslint's `recommended` (not the type-checked presets: they
//    build a TypeScript program per run and are slow on the 2-core machines; `npm run typecheck` already does
//    the type checking).
// 2. The layer fences of docs/architecture.md ("Arrows point down only"), written with ESLint's core
//    `no-restricted-imports`, one `files` block per layer and folder depth (see `layerFences` below).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * What each layer under src/ may import. `layers`: the other folders of src/ it may reach (its own folder is
 * always allowed); `packages`: whether it may import packages and `node:` modules at all; `forbiddenPackages`:
 * packages it must not import even so. Importing the package by its own name (`kinesis-sse-harness/...`) is
 * forbidden to every layer: it would go round these fences through the public entries.
 */
const LAYERS = {
  model: {
    layers: [],
    packages: false,
    why: 'src/model is pure: it imports only from src/model (no packages, no node: modules)',
  },
  clock: { layers: ['model'], packages: false, why: 'src/clock imports only src/model' },
  world: { layers: ['model', 'clock'], packages: false, why: 'src/world imports only src/model and src/clock' },
  sdk: {
    // protocol: the in-process transport (src/sdk/transport.ts) answers through the JSON 1.1 codec.
    layers: ['protocol', 'world', 'clock', 'model'],
    packages: true,
    why: 'src/sdk imports src/protocol, src/world, src/clock, src/model and packages, never src/fast-check or src/matchers',
  },
  'fast-check': {
    layers: ['sdk', 'world', 'clock', 'model'],
    packages: true,
    why: 'src/fast-check imports src/sdk, src/world, src/clock, src/model and packages, never src/matchers',
  },
  matchers: {
    layers: ['world', 'clock', 'model'],
    packages: true,
    // Framework-neutral: src/vitest.ts and src/jest.ts bind them to a test framework.
    forbiddenPackages: ['fast-check', 'vitest', 'jest', 'expect', '@jest/.*'],
    why: 'src/matchers imports src/world, src/clock and src/model, never src/fast-check, src/sdk, fast-check or a test framework',
  },
  // The wire layers: protocol is the JSON 1.1 codec (issue 10); server is the loopback endpoint (issue 11).
  protocol: { layers: ['model'], packages: false, why: 'src/protocol imports only src/model' },
  server: {
    layers: ['protocol', 'world', 'clock', 'model', 'sdk'],
    packages: true,
    why: 'src/server imports src/protocol, src/world, src/clock, src/model, src/sdk and packages, never src/fast-check or src/matchers',
  },
};

/** Deepest folder nesting under a layer that gets a fence (src/<layer>/a/b/c/d/x.ts is depth 5). */
const MAX_DEPTH = 6;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `no-restricted-imports` matches the import specifier as written, not the file it resolves to, and the same
 * specifier means different files at different depths (`../world` from src/model/kinesis/x.ts is
 * src/model/world.ts; from src/model/x.ts it is src/world). So each layer gets one block per depth: a file
 * `d` folders below src/ leaves its layer exactly when its specifier starts with `d` times `../`, and what
 * follows names the folder of src/ it reaches. Anything leaving the layer for a folder not in its allow-list
 * (src/ itself, the entries, or outside src/) is an error.
 */
function layerFences() {
  return Object.entries(LAYERS).flatMap(([layer, rule]) =>
    Array.from({ length: MAX_DEPTH }, (_, i) => {
      const depth = i + 1;
      const up = `(?:\\.\\./){${depth}}`;
      const allowed = [layer, ...rule.layers].map(escape).join('|');
      const patterns = [
        {
          // Leaves the layer for somewhere not allowed (the lookahead admits only allowed folders of src/).
          regex: `^${up}(?!(?:${allowed})(?:/|$))`,
          message: `${rule.why} (docs/architecture.md, Layers).`,
        },
        {
          // `..` and `../..` without a trailing slash: src/<layer>/index or src/index.
          regex: `^(?:\\.\\./){${depth - 1}}\\.\\.$`,
          message: `${rule.why} (docs/architecture.md, Layers).`,
        },
        {
          regex: '^kinesis-sse-harness(?:/|$)',
          message: `Code under src/ imports the module it needs by a relative path, not through the public entries: ${rule.why} (docs/architecture.md, Layers).`,
        },
      ];
      if (!rule.packages) {
        patterns.push({ regex: '^(?![./]|kinesis-sse-harness(?:/|$))', message: `${rule.why} (docs/architecture.md, Layers).` });
      }
      for (const name of rule.forbiddenPackages ?? []) {
        patterns.push({ regex: `^${name}(?:/|$)`, message: `${rule.why} (docs/architecture.md, Layers).` });
      }
      return {
        name: `kinesis-sse-harness/layers/${layer}/depth-${depth}`,
        files: [`src/${layer}/${'*/'.repeat(depth - 1)}*.ts`],
        rules: {
          'no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ ...p, caseSensitive: true })) }],
        },
      };
    }),
  );
}

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      '.tmp/**',
      'bench/results/**',
      // Code that must NOT compile (spec/types compiles it and expects the errors), and the consumer
      // projects, which are compiled against the packed tarball with their own settings.
      'spec/types/fixtures/**',
      'spec/package/consumers/**',
    ],
  },
  {
    name: 'kinesis-sse-harness/files',
    files: ['**/*.ts', '**/*.js', '**/*.cjs', '**/*.mjs'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'kinesis-sse-harness/rules',
    files: ['**/*.ts'],
    rules: {
      // A leading underscore marks a value that is deliberately unused: a rest-sibling dropped from an
      // object (`const { since: _since, ...rest } = t`), a parameter a signature must have, a benchmark's
      // sink. tsc (noUnusedLocals/noUnusedParameters) agrees with that convention.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // src/vitest.ts and src/jest.ts augment the frameworks' matcher interfaces by declaration merging:
      // `interface Matchers<R> extends SseMatchers<R> {}` is empty on purpose, and @types/jest's matchers live
      // in `declare global { namespace jest { ... } }`, which only a namespace declaration can extend.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    name: 'kinesis-sse-harness/specs',
    files: ['spec/**/*.ts'],
    rules: {
      // Specs match printed output with regular expressions copied from it: a two-space indent is what the
      // text really holds, and reads better as two spaces than as ` {2}`. (A regex stripping the terminal's
      // colour escapes says so with an eslint-disable comment for no-control-regex, as spec/matchers/support.ts does.)
      'no-regex-spaces': 'off',
    },
  },
  {
    name: 'kinesis-sse-harness/jest-specs',
    files: ['spec/matchers/jest/**/*.ts'],
    rules: {
      // The jest specs run as CommonJS and load an entry with require() inside jest.isolateModules, which
      // an import declaration cannot do.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    name: 'kinesis-sse-harness/commonjs',
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly', process: 'readonly' },
    },
    rules: {
      // CommonJS files (jest's config and transform) load their dependencies with require().
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    name: 'kinesis-sse-harness/node-scripts',
    files: ['**/*.mjs'],
    languageOptions: {
      // Plain Node scripts (spec fixtures run in a child process): Node's globals.
      globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', MessageChannel: 'readonly', URL: 'readonly' },
    },
  },
  ...layerFences(),
);
