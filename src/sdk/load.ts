import { createRequire } from 'node:module';
import { sdkModule } from './binding';
import type { SdkModule } from './errors';

/** The SDK client packages the stubs load, with the client class each must export. */
const PACKAGES = {
  '@aws-sdk/client-kinesis': 'KinesisClient',
  '@aws-sdk/client-firehose': 'FirehoseClient',
  '@aws-sdk/client-kms': 'KMSClient',
} as const;

/**
 * An SDK client package name the stubs load.
 *
 * @example
 * ```ts
 * const pkg: SdkPackage = '@aws-sdk/client-kms';
 * ```
 */
export type SdkPackage = keyof typeof PACKAGES;

// Set by the build (tsup.config.ts): true in the CommonJS build, false in the ESM build; absent when
// the sources run directly (vitest, tsx), which is ESM.
declare const __KSH_CJS__: boolean | undefined;
declare const require: (id: string) => unknown;

let requireFn: ((id: string) => unknown) | undefined;

/**
 * The `require` that resolves packages as the user's own code does: the module's own under
 * CommonJS (a runner's registry, e.g. jest's), one made for this file under ESM.
 *
 * @internal Shared with the fast-check entry's lazy loader.
 *
 * @example
 * ```ts
 * const sdk = packageRequire()('@aws-sdk/client-kinesis');
 * ```
 */
export function packageRequire(): (id: string) => unknown {
  const fn = requireFn ?? nativeRequire();
  requireFn = fn;
  return fn;
}

function nativeRequire(): (id: string) => unknown {
  if (typeof __KSH_CJS__ !== 'undefined') return __KSH_CJS__ ? require : createRequire(import.meta.url);
  // The sources run directly: ESM under vitest or tsx, or compiled to CommonJS by a test runner's
  // transform (jest), where the module's own require is the runner's.
  if (typeof require === 'function') return require;
  return createRequire(import.meta.url);
}

/**
 * Loads the user's own copy of an SDK client package when a stub is first made, so the main entry
 * needs only the clients a test actually mocks (they are optional peer dependencies). Under
 * CommonJS (jest) it uses the module's own `require`, so it goes through the runner's module
 * registry and gets the very classes the test imports; under ESM it uses a `require` made for this
 * file (the SDK packages are CommonJS, so Node hands ESM importers the same instance).
 *
 * @internal
 *
 * @example
 * ```ts
 * loadSdk('@aws-sdk/client-kinesis', 'mockKinesis')['ResourceInUseException']; // the user's own class
 * ```
 */
export function loadSdk(pkg: SdkPackage, caller: string): SdkModule {
  let loaded: unknown;
  try {
    loaded = packageRequire()(pkg);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') {
      throw new Error(`[kinesis-sse-harness] ${caller} needs ${pkg}; install it next to kinesis-sse-harness: npm install --save-dev ${pkg}`, {
        cause: e,
      });
    }
    throw e;
  }
  return sdkModule(loaded as object, PACKAGES[pkg]);
}
