import { defineConfig } from 'tsup';

/**
 * The published build: five entries, each as ESM (`.js` + `.d.ts`) and CommonJS (`.cjs` + `.d.cts`).
 *
 * - Code shared by the entries goes to chunks (`splitting`, also for CommonJS), so `.`, `./fast-check`
 *   and `./matchers` share one copy of the world instead of three.
 * - Nothing a user installs is bundled: the SDK clients (errors must be instances of the user's own
 *   classes), aws-sdk-client-mock, fast-check, and the test runners (the `./vitest` entry must extend
 *   the user's `expect` from `vitest`).
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'fast-check': 'src/fast-check/index.ts',
    matchers: 'src/matchers/index.ts',
    vitest: 'src/vitest.ts',
    jest: 'src/jest.ts',
  },
  format: ['esm', 'cjs'],
  target: 'node20',
  platform: 'node',
  dts: true,
  splitting: true,
  sourcemap: false,
  clean: true,
  treeshake: false,
  outDir: 'dist',
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
});
