import { defineConfig, type Options } from 'tsup';

/**
 * The published build: six entries (`.`, `./fast-check`, `./matchers`, `./server`, `./vitest`, `./jest`), each as ESM (`.js` + `.d.ts`) and CommonJS (`.cjs` + `.d.cts`).
 *
 * - `.`, `./fast-check`, `./matchers` and `./server` are built together and share chunks (`splitting`, also for
 *   CommonJS), so they share one copy of the world.
 * - The two setup entries are built on their own so that each declaration file can start with
 *   `import 'vitest'` / `import 'expect'`: without it TypeScript may not merge the `declare module`
 *   augmentation (aws-sdk-client-mock issue #252). They carry their own copy of the matchers, which
 *   hold no state.
 * - Nothing a user installs is bundled: the SDK clients (errors must be instances of the user's own
 *   classes), aws-sdk-client-mock, fast-check, and the test runners (the `./vitest` entry must extend
 *   the user's `expect` from `vitest`).
 * - `dist` is emptied by the `prebuild` script, not by `clean` (the three builds run in parallel).
 */
const shared: Options = {
  format: ['esm', 'cjs'],
  target: 'node20',
  platform: 'node',
  sourcemap: false,
  clean: false,
  treeshake: false,
  outDir: 'dist',
  // src/sdk/load.ts loads the SDK clients with the module's own require under CommonJS (so jest's
  // module registry hands back the classes the test imports) and with createRequire under ESM.
  // shims: the CommonJS build gets a stand-in for import.meta.url (src/sdk/load.ts's ESM branch).
  shims: true,
  esbuildOptions(options, context) {
    options.define = { ...options.define, __KSH_CJS__: context.format === 'cjs' ? 'true' : 'false' };
  },
  external: [
    /^@aws-sdk\//,
    /^@smithy\//,
    'aws-sdk-client-mock',
    'fast-check',
    '@sinonjs/fake-timers',
    'vitest',
    /^@vitest\//,
    'expect',
    'jest',
    /^@jest\//,
  ],
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', 'fast-check': 'src/fast-check/index.ts', matchers: 'src/matchers/index.ts', server: 'src/server/index.ts' },
    splitting: true,
    dts: true,
  },
  { ...shared, entry: { vitest: 'src/vitest.ts' }, dts: { banner: "import 'vitest';" } },
  { ...shared, entry: { jest: 'src/jest.ts' }, dts: { banner: "import 'expect';" } },
  // The `bin` (kinesis-sse-harness serve): ESM only, with its own copy of the world (it runs alone).
  { ...shared, format: ['esm'], entry: { cli: 'src/server/cli.ts' }, dts: false, banner: { js: '#!/usr/bin/env node' } },
]);
