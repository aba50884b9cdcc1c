/**
 * Setup entry for jest 30: registers the matchers on jest's global `expect` and types them for
 * `@jest/globals` / `expect` and for `@types/jest`, and releases every world `useWorld()` made during a test
 * after it (an `afterEach` hook). Add it to `setupFilesAfterEnv` in your jest config.
 *
 * @example
 * ```js
 * // jest.config.js
 * module.exports = { setupFilesAfterEnv: ['kinesis-sse-harness/jest'] };
 * // a test
 * expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'KMS', KeyId: 'alias/orders' });
 * ```
 */
// Type-only, erased at run time: TypeScript merges an augmentation only into a module the file imports.
import type {} from 'expect';
import { matchers } from './matchers/index';
import type { SseAsymmetricMatcher, SseMatchers } from './matchers/types';

const jestExpect = (globalThis as { expect?: { extend?: unknown } }).expect;
if (jestExpect === undefined || typeof jestExpect.extend !== 'function') {
  throw new TypeError(
    "[kinesis-sse-harness] kinesis-sse-harness/jest found no global `expect` to extend. Load it from jest's " +
      'setupFilesAfterEnv. With injectGlobals: false, register the matchers yourself: expect.extend(matchers), with ' +
      "`expect` from '@jest/globals' and `matchers` from 'kinesis-sse-harness/matchers'.",
  );
}
(jestExpect.extend as (m: object) => void)(matchers);
// Every world useWorld() made during a test is released after it, passed or failed. The worlds are
// kept on globalThis by the main entry (src/sdk/cleanup.ts), which this entry does not import.
const releaseWorlds = (): void => (globalThis as { [k: symbol]: { release?: () => void } | undefined })[Symbol.for('kinesis-sse-harness.cleanup')]?.release?.();
const jestAfterEach = (globalThis as { afterEach?: unknown }).afterEach;
if (typeof jestAfterEach === 'function') (jestAfterEach as (fn: () => void) => void)(() => releaseWorlds());

declare module 'expect' {
  interface Matchers<R extends void | Promise<void>> extends SseMatchers<R> {}
  interface AsymmetricMatchers extends SseMatchers<SseAsymmetricMatcher> {}
}

declare global {
  // @types/jest (the global `expect`).
  namespace jest {
    interface Matchers<R> extends SseMatchers<R> {}
    interface Expect extends SseMatchers<SseAsymmetricMatcher> {}
    interface InverseAsymmetricMatchers extends SseMatchers<SseAsymmetricMatcher> {}
  }
}
