// Loads the packages the fast-check entry drives (the three SDK client packages and
// @sinonjs/fake-timers) when first needed, not when the entry is imported: they are optional peer
// dependencies, and a property that only draws arbitraries or fault plans should need none of them.
// The same require as src/sdk/load.ts (packageRequire): the module's own require under CommonJS (jest's registry
// hands back the classes the test imports), a require made for this file under ESM (the packages
// are CommonJS, so Node hands ESM importers the same instances).
import { packageRequire } from '../sdk/load';

type FakeTimers = typeof import('@sinonjs/fake-timers');
type KinesisSdk = typeof import('@aws-sdk/client-kinesis');
type FirehoseSdk = typeof import('@aws-sdk/client-firehose');
type KmsSdk = typeof import('@aws-sdk/client-kms');

/** What each lazily loaded package is, by name. */
interface Packages {
  readonly '@sinonjs/fake-timers': FakeTimers;
  readonly '@aws-sdk/client-kinesis': KinesisSdk;
  readonly '@aws-sdk/client-firehose': FirehoseSdk;
  readonly '@aws-sdk/client-kms': KmsSdk;
}

const loaded = new Map<keyof Packages, unknown>();

/**
 * Loads `pkg` on first use (then from a cache), failing with the npm command that installs it.
 *
 * @internal
 *
 * @example
 * ```ts
 * const { withGlobal } = loadPackage('@sinonjs/fake-timers', 'runScenario');
 * ```
 */
export function loadPackage<P extends keyof Packages>(pkg: P, caller: string): Packages[P] {
  const cached = loaded.get(pkg);
  if (cached !== undefined) return cached as Packages[P];
  let m: unknown;
  try {
    m = packageRequire()(pkg);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') {
      throw new Error(`[kinesis-sse-harness] ${caller} needs ${pkg}; install it next to kinesis-sse-harness: npm install --save-dev ${pkg}`, { cause: e });
    }
    throw e;
  }
  loaded.set(pkg, m);
  return m as Packages[P];
}

/**
 * The Kinesis SDK package, loaded on first use.
 *
 * @internal
 *
 * @example
 * ```ts
 * new (kinesisSdk('sseSteps').PutRecordCommand)({ StreamName: 's', PartitionKey: 'p', Data: new Uint8Array(1) });
 * ```
 */
export function kinesisSdk(caller: string): KinesisSdk {
  return loadPackage('@aws-sdk/client-kinesis', caller);
}

/**
 * The Firehose SDK package, loaded on first use.
 *
 * @internal
 *
 * @example
 * ```ts
 * new (firehoseSdk('sseSteps').DescribeDeliveryStreamCommand)({ DeliveryStreamName: 'd' });
 * ```
 */
export function firehoseSdk(caller: string): FirehoseSdk {
  return loadPackage('@aws-sdk/client-firehose', caller);
}

/**
 * The KMS SDK package, loaded on first use.
 *
 * @internal
 *
 * @example
 * ```ts
 * new (kmsSdk('sseSteps').DisableKeyCommand)({ KeyId: 'alias/k' });
 * ```
 */
export function kmsSdk(caller: string): KmsSdk {
  return loadPackage('@aws-sdk/client-kms', caller);
}
