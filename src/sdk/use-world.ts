import type { Service } from '../model/errors';
import { createWorld, type World, type WorldOptions } from '../world/index';
import type { StubHistory } from './binding';
import { cleanupRegistry } from './cleanup';
import { mockFirehose, type FirehoseStub } from './firehose';
import { mockKinesis, type KinesisStub } from './kinesis';
import { mockKms, type KmsStub } from './kms';
import { packageRequire } from './load';

// `using h = useWorld()` needs Symbol.dispose. Node 20 defines it (as Symbol.for('nodejs.dispose'),
// which its own resources use); on a runtime without it, define the same symbol, never another one.
if (typeof (Symbol as { dispose?: unknown }).dispose !== 'symbol') {
  Object.defineProperty(Symbol, 'dispose', { value: Symbol.for('nodejs.dispose'), configurable: false, enumerable: false, writable: false });
}

/**
 * Options of {@link useWorld}: the world's (see `createWorld`), and how to bind the clients.
 *
 * @example
 * ```ts
 * const options: UseWorldOptions = { seed: 1, services: ['kinesis', 'kms'], transport: true };
 * ```
 */
export interface UseWorldOptions extends WorldOptions {
  /** The services whose clients answer from the world. Default: each whose `@aws-sdk/client-*` package is installed. */
  readonly services?: readonly Service[];
  /** Client instances to stub instead of the client classes (for code that is handed its clients). */
  readonly clients?: { readonly kinesis?: object; readonly firehose?: object; readonly kms?: object };
  /** Answer at the HTTP level (see `MockOptions.transport`). Default false. */
  readonly transport?: boolean;
  /** How much call history the stubs keep (see `MockOptions.history`). Default `'all'`. */
  readonly history?: StubHistory;
}

/**
 * A world with its clients bound, from {@link useWorld}. `restore()` (or leaving a `using` block)
 * restores the stubs; it is idempotent.
 *
 * @example
 * ```ts
 * const { world, stubs } = useWorld({ seed: 1 });
 * world.kinesis.createStream('orders');
 * stubs.kinesis?.resetHistory();
 * ```
 */
export interface WorldHarness {
  readonly world: World;
  /** The aws-sdk-client-mock stubs, for the services bound. */
  readonly stubs: { readonly kinesis?: KinesisStub; readonly firehose?: FirehoseStub; readonly kms?: KmsStub };
  /** Restores the stubs (the clients' own `send` is back; the world is released). */
  restore(): void;
  [Symbol.dispose](): void;
}

const PACKAGES: Readonly<Record<Service, string>> = {
  kinesis: '@aws-sdk/client-kinesis',
  firehose: '@aws-sdk/client-firehose',
  kms: '@aws-sdk/client-kms',
};

function installed(service: Service): boolean {
  const req = packageRequire() as ((id: string) => unknown) & { resolve?: (id: string) => string };
  try {
    if (typeof req.resolve === 'function') req.resolve(PACKAGES[service]);
    else req(PACKAGES[service]);
    return true;
  } catch {
    return false;
  }
}

/**
 * The one-line safe form of a test's setup: creates a world, binds the clients of every installed
 * SDK package to it, and makes sure it is released when the test ends, even when an assertion
 * fails, so a stale world never answers the next test:
 *
 * - with the setup entry `kinesis-sse-harness/vitest` or `kinesis-sse-harness/jest` loaded, its
 *   `afterEach` hook releases every world `useWorld` made during the test;
 * - else, under vitest with `globals: true`, through `onTestFinished`;
 * - anywhere, `using h = useWorld()` releases it when the block ends (TypeScript 5.2+), and
 *   `h.restore()` does it by hand.
 *
 * @example
 * ```ts
 * // in a test:
 * const { world } = useWorld({ seed: 1 });
 * world.kinesis.createStream('orders');
 * // ... the code under test, then expect(world).toHaveStreamEncryption('orders', ...)
 * ```
 */
export function useWorld(options: UseWorldOptions = {}): WorldHarness {
  if (options === null || typeof options !== 'object') throw new TypeError(`[kinesis-sse-harness] useWorld needs an options object; got ${String(options)}`);
  const { services, clients, transport, history, ...worldOptions } = options;
  if (services !== undefined && (!Array.isArray(services) || services.some((s) => !(s in PACKAGES)))) {
    throw new TypeError(`[kinesis-sse-harness] useWorld: options.services must list 'kinesis', 'firehose' or 'kms'; got ${JSON.stringify(services)}`);
  }
  if (clients !== undefined && (clients === null || typeof clients !== 'object')) {
    throw new TypeError(`[kinesis-sse-harness] useWorld: options.clients must be an object like { kinesis: client }; got ${String(clients)}`);
  }
  const world = createWorld(worldOptions);
  const bound = services ?? (Object.keys(PACKAGES) as Service[]).filter(installed);
  const stubs: { kinesis?: KinesisStub; firehose?: FirehoseStub; kms?: KmsStub } = {};
  const made: { restore(): void }[] = [];
  const mockOptions = (client: object | undefined): { client?: never; transport?: boolean; history?: StubHistory } => ({
    ...(client === undefined ? {} : { client: client as never }),
    ...(transport === undefined ? {} : { transport }),
    ...(history === undefined ? {} : { history }),
  });
  try {
    if (bound.includes('kinesis')) made.push((stubs.kinesis = mockKinesis(world, mockOptions(clients?.kinesis))));
    if (bound.includes('firehose')) made.push((stubs.firehose = mockFirehose(world, mockOptions(clients?.firehose))));
    if (bound.includes('kms')) made.push((stubs.kms = mockKms(world, mockOptions(clients?.kms))));
  } catch (e) {
    for (const s of made.reverse()) s.restore();
    throw e;
  }
  const registry = cleanupRegistry();
  let restored = false;
  const harness: WorldHarness = {
    world,
    stubs,
    restore() {
      if (restored) return;
      restored = true;
      registry.live.delete(harness);
      let first: unknown;
      let failed = false;
      for (const s of made.reverse()) {
        try {
          s.restore();
        } catch (e) {
          if (!failed) first = e;
          failed = true;
        }
      }
      if (failed) throw first;
    },
    [Symbol.dispose]() {
      harness.restore();
    },
  };
  registry.live.add(harness);
  const onTestFinished = (globalThis as { onTestFinished?: unknown }).onTestFinished;
  if (typeof onTestFinished === 'function') {
    try {
      (onTestFinished as (fn: () => void) => void)(() => harness.restore());
    } catch {
      // not inside a test: the setup entry's afterEach, `using` or restore() releases it
    }
  }
  return harness;
}
