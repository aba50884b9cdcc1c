import type { FaultPlan } from '../model/faults';
import type { KeyCondition, KeySpec, KeyState } from '../model/kms/state';
import type { ModelWorldOptions } from '../model/world';
import type { World } from '../world/index';

/**
 * A KMS key that exists when a scenario starts.
 *
 * @example
 * ```ts
 * const key: ScenarioKey = { alias: 'alias/orders', state: 'Disabled', conditions: [] };
 * ```
 */
export interface ScenarioKey {
  /** An alias pointing at the key (`alias/...`), so the scenario's streams and your code can name it. */
  readonly alias?: string;
  readonly description?: string;
  /** Default `SYMMETRIC_DEFAULT` (the only spec Kinesis and Firehose can encrypt with). */
  readonly spec?: KeySpec;
  /** The key's state when the scenario starts. Default `Enabled`. */
  readonly state?: KeyState;
  /** For `PendingDeletion`: the waiting period, 7 to 30 days. Default 30. */
  readonly pendingWindowInDays?: number;
  /** Conditions switched on when the scenario starts (they stand for policies, opt-in, quotas). */
  readonly conditions?: readonly KeyCondition[];
}

/**
 * A Kinesis data stream that exists when a scenario starts.
 *
 * @example
 * ```ts
 * const stream: ScenarioStream = { name: 'orders', encryption: { keyId: 'alias/orders' } };
 * ```
 */
export interface ScenarioStream {
  readonly name: string;
  /** Default 1. */
  readonly shardCount?: number;
  /** `ACTIVE` (default) or `CREATING` (created at the scenario's start). */
  readonly status?: 'ACTIVE' | 'CREATING';
  /** Encrypted with this key before the scenario starts (an ACTIVE stream only). */
  readonly encryption?: { readonly keyId: string };
}

/**
 * A Firehose delivery stream (DirectPut) that exists, ACTIVE, when a scenario starts.
 *
 * @example
 * ```ts
 * const d: ScenarioDeliveryStream = { name: 'clicks', encryption: { KeyType: 'AWS_OWNED_CMK' } };
 * ```
 */
export interface ScenarioDeliveryStream {
  readonly name: string;
  /**
   * Encryption enabled before the scenario starts: the AWS-owned key, or a customer managed key
   * named by any KeyId form of a scenario key (the runner passes its key ARN to Firehose).
   */
  readonly encryption?: { readonly KeyType: 'AWS_OWNED_CMK' } | { readonly KeyType: 'CUSTOMER_MANAGED_CMK'; readonly keyId: string };
}

/**
 * Everything a run of your code starts from: the world's options (seed, durations, limits,
 * behaviours), the keys, streams and delivery streams that already exist, and the faults AWS will
 * inflict. Pure data, so fast-check can generate, shrink and print it.
 *
 * @example
 * ```ts
 * const scenario: Scenario = {
 *   world: { seed: 7, kinesis: { durations: { updating: 30_000 } } },
 *   keys: [{ alias: 'alias/orders' }],
 *   streams: [{ name: 'orders' }],
 *   faults: [{ kind: 'key', keyId: 'alias/orders', change: 'disable', atMs: 10_000 }],
 * };
 * ```
 */
export interface Scenario {
  readonly world?: ModelWorldOptions;
  /** The virtual time (epoch ms) at which your code starts. Default {@link DEFAULT_START}. */
  readonly start?: number;
  readonly keys?: readonly ScenarioKey[];
  readonly streams?: readonly ScenarioStream[];
  readonly deliveryStreams?: readonly ScenarioDeliveryStream[];
  /** Fault times are relative to `start`. */
  readonly faults?: FaultPlan;
}

/**
 * The default start of a scenario: 2026-01-01T00:00:00Z. A fixed start keeps traces replayable.
 *
 * @example
 * ```ts
 * runScenario({ start: DEFAULT_START + 3_600_000 }, fn); // an hour after the default start
 * ```
 */
export const DEFAULT_START = Date.UTC(2026, 0, 1);

/**
 * How long before the start the scenario's setup happens (streams created and encrypted, keys
 * changed): 25 hours, so every setup transition is over and no setup call counts in a rolling
 * 24-hour limit when your code starts.
 *
 * @example
 * ```ts
 * // setup calls are stamped start - SETUP_LEAD_MS: result.world.trace[0].time === result.start - SETUP_LEAD_MS
 * ```
 */
export const SETUP_LEAD_MS = 25 * 60 * 60 * 1000;

function fail(what: string): never {
  throw new TypeError(`[kinesis-sse-harness] scenario setup: ${what}`);
}

function must(world: World, service: 'kinesis' | 'firehose', operation: string, input: object, what: string): void {
  const r = world.call(service, operation, input);
  if (!r.ok) fail(`${what} failed: ${r.error.type}: ${r.error.message}`);
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * Creates a scenario's keys, streams and delivery streams in `world`, moving time on with
 * `advance(ms)` so that every setup transition is over (the runner does this
 * {@link SETUP_LEAD_MS} before the start). Keys come first (enabled), then streams and delivery
 * streams, then their encryption, then the keys' states and conditions, so a stream can start out
 * encrypted with a key that is disabled by then. Streams whose `status` is `CREATING` are left to
 * {@link createStartingStreams}. Throws a `TypeError` naming what could not be set up.
 *
 * @example
 * ```ts
 * const clock = virtualClock(0);
 * const world = createWorld({ clock });
 * setUpScenario(world, { keys: [{ alias: 'alias/orders' }], streams: [{ name: 'orders' }] }, (ms) => clock.advance(ms));
 * ```
 */
export function setUpScenario(world: World, scenario: Scenario, advance: (ms: number) => void): void {
  const keys = scenario.keys ?? [];
  const created = keys.map((k, i) => {
    if (k.alias !== undefined && !/^alias\/[a-zA-Z0-9:/_-]+$/.test(k.alias)) fail(`keys[${i}].alias must look like 'alias/name'; got ${JSON.stringify(k.alias)}`);
    if (k.alias?.startsWith('alias/aws/') === true) fail(`keys[${i}].alias may not start with alias/aws/ (reserved for AWS managed keys)`);
    return world.kms.createKey({
      ...(k.alias === undefined ? {} : { alias: k.alias }),
      ...(k.description === undefined ? {} : { description: k.description }),
      ...(k.spec === undefined ? {} : { spec: k.spec }),
    });
  });
  const streams = (scenario.streams ?? []).filter((s) => s.status !== 'CREATING');
  for (const s of streams) world.kinesis.createStream(s.name, { shardCount: s.shardCount ?? 1, active: true });
  for (const d of scenario.deliveryStreams ?? []) world.firehose.createDeliveryStream(d.name);
  advance(HOUR_MS);
  for (const s of streams) {
    if (s.encryption === undefined) continue;
    must(world, 'kinesis', 'StartStreamEncryption', { StreamName: s.name, EncryptionType: 'KMS', KeyId: s.encryption.keyId }, `encrypting stream '${s.name}' with ${s.encryption.keyId}`);
  }
  for (const d of scenario.deliveryStreams ?? []) {
    if (d.encryption === undefined) continue;
    let config: { KeyType: string; KeyARN?: string } = { KeyType: 'AWS_OWNED_CMK' };
    if (d.encryption.KeyType === 'CUSTOMER_MANAGED_CMK') {
      const key = world.kms.describe(d.encryption.keyId);
      if (key === undefined) fail(`delivery stream '${d.name}': no key ${JSON.stringify(d.encryption.keyId)}`);
      config = { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn };
    }
    must(world, 'firehose', 'StartDeliveryStreamEncryption', { DeliveryStreamName: d.name, DeliveryStreamEncryptionConfigurationInput: config }, `encrypting delivery stream '${d.name}'`);
  }
  advance(HOUR_MS);
  keys.forEach((k, i) => {
    const key = created[i]!;
    if (k.state === 'Disabled') world.kms.disable(key.KeyId);
    else if (k.state === 'PendingDeletion') world.kms.scheduleDeletion(key.KeyId, k.pendingWindowInDays ?? 30);
    for (const c of k.conditions ?? []) world.kms.setCondition(key.KeyId, c, true);
  });
}

/**
 * Creates the scenario's streams whose `status` is `CREATING`, at the world's current time (the
 * runner calls it at the start).
 *
 * @example
 * ```ts
 * createStartingStreams(world, { streams: [{ name: 'new', status: 'CREATING' }] });
 * ```
 */
export function createStartingStreams(world: World, scenario: Scenario): void {
  for (const s of scenario.streams ?? []) {
    if (s.status === 'CREATING') world.kinesis.createStream(s.name, { shardCount: s.shardCount ?? 1, active: false });
  }
}
