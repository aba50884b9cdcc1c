/**
 * Setup entry for vitest 4 and 5: registers the matchers on vitest's `expect` and types them, and releases
 * every world `useWorld()` made during a test after it (an `afterEach` hook).
 * Add it to `setupFiles` in vitest.config.ts (or import it at the top of a test file).
 *
 * @example
 * ```ts
 * // vitest.config.ts
 * export default defineConfig({ test: { setupFiles: ['kinesis-sse-harness/vitest'] } });
 * // a test
 * expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'KMS', KeyId: 'alias/orders' });
 * ```
 */
import { afterEach, expect } from 'vitest';
import { matchers } from './matchers/index';
import type { SelfTypedSseMatchers } from './matchers/types';

expect.extend(matchers);
// Every world useWorld() made during a test is released after it, passed or failed. The worlds are
// kept on globalThis by the main entry (src/sdk/cleanup.ts), which this entry does not import.
const releaseWorlds = (): void => (globalThis as { [k: symbol]: { release?: () => void } | undefined })[Symbol.for('kinesis-sse-harness.cleanup')]?.release?.();
afterEach(() => releaseWorlds());

declare module 'vitest' {
  // No type parameters: vitest 4 declares Matchers<T = any>, vitest 5 Matchers<R, T>; an
  // augmentation merges only if its parameters fit the declaration, and none fits both. Each
  // matcher reads its result type from the assertion it is called on (see SelfTypedSseMatchers).
  interface Matchers extends SelfTypedSseMatchers {}
  interface AsymmetricMatchersContaining extends SelfTypedSseMatchers {}
}
