// The worlds useWorld() made that are still bound, kept on globalThis: the setup entries
// (kinesis-sse-harness/vitest, /jest) are bundled apart from the main entry, and the CommonJS and ESM
// builds are two copies of each, so a module-level set would not be the one the other copy sees.

/**
 * @internal Something useWorld() bound that a test runner's hook releases.
 *
 * @example
 * ```ts
 * const r: Releasable = { restore() {} };
 * ```
 */
export interface Releasable {
  restore(): void;
}

interface Registry {
  readonly live: Set<Releasable>;
  /** {@link releaseWorlds}, for the setup entries, which read the registry without importing this module. */
  readonly release: () => void;
}

const KEY = Symbol.for('kinesis-sse-harness.cleanup');

/**
 * @internal The process-wide registry of bound worlds.
 *
 * @example
 * ```ts
 * cleanupRegistry().live.size; // worlds still bound
 * ```
 */
export function cleanupRegistry(): Registry {
  const holder = globalThis as { [KEY]?: Registry };
  holder[KEY] ??= { live: new Set(), release: () => releaseWorlds() };
  return holder[KEY];
}

/**
 * Releases every world `useWorld()` bound that is still bound (its stubs restored), as the setup
 * entries' `afterEach` hook does after each test; rethrows the first error after releasing the rest.
 * Call it from your own `afterEach` if your runner has no hooks the setup entries can find.
 *
 * @example
 * ```ts
 * releaseWorlds(); // from your runner's afterEach
 * ```
 */
export function releaseWorlds(): void {
  const { live } = cleanupRegistry();
  let first: unknown;
  let failed = false;
  for (const h of [...live]) {
    live.delete(h);
    try {
      h.restore();
    } catch (e) {
      if (!failed) first = e;
      failed = true;
    }
  }
  if (failed) throw first;
}
