import type { FirehoseClient } from '@aws-sdk/client-firehose';
import type { KinesisClient } from '@aws-sdk/client-kinesis';
import type { KMSClient } from '@aws-sdk/client-kms';
import { virtualClock, type VirtualClock } from '../../clock/clock';
import { mockFirehose } from '../../sdk/firehose';
import { mockKinesis } from '../../sdk/kinesis';
import { mockKms } from '../../sdk/kms';
import { createWorld, type World } from '../../world/index';
import { firehoseSdk, kinesisSdk, kmsSdk } from '../load';
import { recordRun } from '../recorder';
import type { Duration } from '../../model/duration';
import type { ScenarioContext } from '../run-scenario';
import { DEFAULT_START, type Scenario } from '../scenario';
import { createOracle, noteShardCounts, type OracleSettings, type SseModel } from './oracle';

/**
 * The system the model-based steps act on: a world, SDK clients answering from it, and a way to
 * move virtual time on.
 *
 * @example
 * ```ts
 * const { real } = createSseSetup({ streams: [{ name: 'orders' }] })();
 * await real.kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }));
 * ```
 */
export interface SseReal {
  readonly world: World;
  readonly kinesis: KinesisClient;
  readonly firehose: FirehoseClient;
  readonly kms: KMSClient;
  /** Moves virtual time on by `ms`. */
  advance(ms: number): Promise<void>;
}

/**
 * Options of the model-based setup ({@link createSseSetup}, {@link sseSetupIn}, `sseModelRun`).
 *
 * @example
 * ```ts
 * const options: SseSetupOptions = { assert: false };
 * ```
 */
export interface SseSetupOptions {
  /**
   * When false the steps act (call AWS, change keys, inject faults, move time) without checking
   * the answers against the oracle: use it when your own commands also change the world, so the
   * oracle cannot follow. Default true.
   */
  readonly assert?: boolean;
  /**
   * Stub the client classes (every `new KinesisClient()` answers from the world) instead of only
   * the three private clients in `real`; then call `dispose()` when the run ends. Default false.
   * ({@link sseSetupIn} always uses fresh clients: the runner stubs the classes.)
   */
  readonly stubClasses?: boolean;
}

/**
 * A model-based run's starting point, as `fc.asyncModelRun` wants it, plus `dispose`.
 *
 * @example
 * ```ts
 * const { model, real, dispose } = createSseSetup({ streams: [{ name: 's0' }] })();
 * ```
 */
export interface SseSetup {
  readonly model: SseModel;
  readonly real: SseReal;
  /** Restores the stubs (needed only with `stubClasses`). */
  dispose(): void;
}

/** The longest a duration option can last (a range's max). */
function longest(d: Duration): number {
  return typeof d === 'number' ? d : d.max;
}

function fixed(caller: string, name: string, d: Duration): number {
  if (typeof d !== 'number') {
    throw new RangeError(`[kinesis-sse-harness] ${caller}: the oracle needs a fixed ${name} duration; got ${JSON.stringify(d)}`);
  }
  return d;
}

/**
 * The oracle's settings: the world's own resolved options (its defaults where the scenario names
 * none), so the oracle and the world agree without restating them. The transition durations must
 * be fixed; a record-encryption lag may be a range (the oracle accepts either encryption up to its
 * longest).
 */
function settingsOf(world: World, caller: string): OracleSettings {
  const kinesis = world.model.kinesisOptions;
  const firehose = world.model.firehoseOptions;
  const settings: OracleSettings = {
    updatingMs: fixed(caller, 'kinesis.durations.updating', kinesis.durations.updating),
    enablingMs: fixed(caller, 'firehose.durations.enabling', firehose.durations.enabling),
    disablingMs: fixed(caller, 'firehose.durations.disabling', firehose.durations.disabling),
    lagMs: Math.max(longest(kinesis.durations.encryptionLag), longest(firehose.durations.encryptionLag)),
    keyApplicationsPer24h: kinesis.limits.keyApplicationsPer24h,
    stopsPer24h: kinesis.limits.stopsPer24h,
    startStopPer24h: firehose.limits.startStopPer24h,
    updateDestinationWhileEncryptionChanging: firehose.behaviour.updateDestinationWhileEncryptionChanging,
    encryptionChangeMovesVersion: firehose.behaviour.encryptionChangeMovesVersion,
    // A resharding of drawn duration leaves the UpdateShardCount step out (it never runs), not the run.
    ...(typeof kinesis.durations.resharding === 'number' ? { reshardingMs: kinesis.durations.resharding } : {}),
    reshardsPer24h: kinesis.limits.reshardsPer24h,
    shardLimit: kinesis.limits.shardLimit,
  };
  if (settings.disablingMs < settings.lagMs) {
    throw new RangeError(`[kinesis-sse-harness] ${caller}: firehose.durations.disabling (${settings.disablingMs}) must be at least the longest encryptionLag (${settings.lagMs})`);
  }
  return settings;
}

/** The names the model-based steps act on: the scenario's streams, key aliases and delivery streams. */
interface Cast {
  readonly streams: readonly string[];
  readonly aliases: readonly string[];
  readonly deliveryStreams: readonly string[];
}

/**
 * The scenario's resources, checked to be what the oracle can follow: keys with an alias, Enabled,
 * with no condition; streams ACTIVE and unencrypted; delivery streams unencrypted; no fault plan
 * (the steps inject faults themselves). Throws a `TypeError` naming what it cannot follow.
 *
 * @internal
 *
 * @example
 * ```ts
 * castOf({ keys: [{ alias: 'alias/k0' }], streams: [{ name: 's0' }] }, 'sseSteps'); // { streams: ['s0'], aliases: ['alias/k0'], deliveryStreams: [] }
 * ```
 */
export function castOf(scenario: Scenario, caller: string): Cast {
  const refuse = (what: string): never => {
    throw new TypeError(`[kinesis-sse-harness] ${caller}: the model-based oracle cannot follow ${what}`);
  };
  if (scenario === null || typeof scenario !== 'object') throw new TypeError(`[kinesis-sse-harness] ${caller} needs a scenario object; got ${String(scenario)}`);
  (scenario.keys ?? []).forEach((k, i) => {
    if (k.alias === undefined) refuse(`keys[${i}] without an alias (the steps name keys by alias)`);
    if (k.state !== undefined && k.state !== 'Enabled') refuse(`keys[${i}] starting ${k.state}`);
    if (k.conditions !== undefined && k.conditions.length > 0) refuse(`keys[${i}] starting with conditions`);
    if (k.spec !== undefined && k.spec !== 'SYMMETRIC_DEFAULT') refuse(`keys[${i}] of spec ${k.spec}`);
  });
  (scenario.streams ?? []).forEach((st, i) => {
    if (st.status === 'CREATING') refuse(`streams[${i}] starting CREATING`);
    if (st.encryption !== undefined) refuse(`streams[${i}] starting encrypted`);
  });
  (scenario.deliveryStreams ?? []).forEach((d, i) => {
    if (d.encryption !== undefined) refuse(`deliveryStreams[${i}] starting encrypted`);
  });
  if (scenario.faults !== undefined && scenario.faults.length > 0) refuse('a fault plan (the call-fault and transition-fault steps inject faults)');
  return {
    streams: (scenario.streams ?? []).map((st) => st.name),
    aliases: (scenario.keys ?? []).map((k) => k.alias!),
    deliveryStreams: (scenario.deliveryStreams ?? []).map((d) => d.name),
  };
}

/**
 * The oracle and the real system over the world of a {@link runScenario} run (for model-based steps
 * inside the runner, when your own commands drive code that waits on timers): the oracle follows
 * the run's own scenario (`context.scenario`), `real.advance` sleeps in the runner's virtual time,
 * the clients are fresh ones (the runner stubs the client classes). Throws a `TypeError` when the
 * scenario holds what the oracle cannot follow (see {@link createSseSetup}).
 *
 * @example
 * ```ts
 * await runScenario({ streams: [{ name: 's0' }], keys: [{ alias: 'alias/k0' }] }, async (context) => {
 *   const { model, real } = sseSetupIn(context, { assert: false });
 *   await fc.asyncModelRun(() => ({ model, real: { ...real, guard: new MyGuard(real.kinesis) } }), cmds);
 * });
 * ```
 */
export function sseSetupIn(context: ScenarioContext, options: SseSetupOptions = {}): SseSetup {
  const cast = castOf(context.scenario, 'sseSetupIn');
  const world = context.world;
  const settings = settingsOf(world, 'sseSetupIn');
  const keys = cast.aliases.map((alias) => {
    const k = world.kms.describe(alias);
    if (k === undefined) throw new TypeError(`[kinesis-sse-harness] sseSetupIn: the world has no key ${alias}`);
    return { alias, keyId: k.KeyId, arn: k.Arn };
  });
  const real: SseReal = {
    world,
    kinesis: new (kinesisSdk('sseSetupIn').KinesisClient)({ region: world.region }),
    firehose: new (firehoseSdk('sseSetupIn').FirehoseClient)({ region: world.region }),
    kms: new (kmsSdk('sseSetupIn').KMSClient)({ region: world.region }),
    advance: (ms) => context.sleep(ms),
  };
  const model = createOracle(settings, world.now(), options.assert !== false, cast.streams, keys, cast.deliveryStreams);
  noteShardCounts(model, Object.fromEntries((context.scenario.streams ?? []).map((st) => [st.name, st.shardCount])));
  return { model, real, dispose: () => undefined };
}

/**
 * Makes the setup function of a model-based run from a {@link Scenario}: each call builds a fresh
 * world from `scenario.world` (on a private virtual clock, no global timers) with the scenario's
 * keys (by alias), streams and delivery streams, SDK clients answering from it, and the matching
 * oracle, which takes its durations and limits from the world's options. The oracle follows keys
 * that start Enabled with an alias and no condition, streams that start ACTIVE and unencrypted,
 * delivery streams that start unencrypted, fixed `updating`/`enabling`/`disabling` durations, and
 * no fault plan (the steps inject faults themselves); anything else is a `TypeError` or `RangeError`.
 *
 * @example
 * ```ts
 * const scenario: Scenario = { keys: [{ alias: 'alias/k0' }], streams: [{ name: 's0' }] };
 * const setup = createSseSetup(scenario);
 * await fc.assert(fc.asyncProperty(fc.commands(sseSteps(scenario)), (cmds) =>
 *   fc.asyncModelRun(setup, cmds)));
 * ```
 */
export function createSseSetup(scenario: Scenario, options: SseSetupOptions = {}): () => SseSetup {
  const { streams, aliases, deliveryStreams } = castOf(scenario, 'createSseSetup');
  const shardCounts = new Map((scenario.streams ?? []).map((st) => [st.name, st.shardCount] as const));
  const start = scenario.start ?? DEFAULT_START;
  // Checked once, on a world built from the scenario's options (it throws on invalid ones too).
  const settings = settingsOf(createWorld({ ...scenario.world, clock: virtualClock(start) }), 'createSseSetup');
  // Clients and stubs are costly to build (a client about 0.7 ms, a sinon stub about 0.1 ms) and
  // hold no state of their own here: the three private clients are built and stubbed once, against
  // a world that forwards to the current run's world, so a thousand runs build neither three
  // thousand clients nor three thousand stubs. (Their request ids then run on across runs; nothing
  // in the trace depends on them.) With stubClasses, every run stubs the classes and dispose()
  // restores them.
  let current: World | undefined;
  const forwarding = new Proxy({} as World, { get: (_target, property) => Reflect.get(current!, property) as unknown });
  let shared: { readonly kinesis: KinesisClient; readonly firehose: FirehoseClient; readonly kms: KMSClient; readonly stubs: readonly { resetHistory(): unknown }[] } | undefined;
  return () => {
    const setupAt = start - 60 * 60 * 1000;
    const clock: VirtualClock = virtualClock(setupAt);
    const world = createWorld({ ...scenario.world, clock });
    const keys = aliases.map((alias) => {
      const k = world.kms.createKey({ alias });
      return { alias, keyId: k.KeyId, arn: k.Arn };
    });
    for (const name of streams) {
      const shardCount = shardCounts.get(name);
      world.kinesis.createStream(name, { ...(shardCount === undefined ? {} : { shardCount }), active: true });
    }
    for (const name of deliveryStreams) world.firehose.createDeliveryStream(name);
    clock.set(start);
    world.now();
    const firstSeq = world.model.log.total;
    current = world;
    let dispose = (): void => undefined;
    let kinesis: KinesisClient;
    let firehose: FirehoseClient;
    let kms: KMSClient;
    if (options.stubClasses === true) {
      kinesis = new (kinesisSdk('createSseSetup').KinesisClient)({ region: world.region });
      firehose = new (firehoseSdk('createSseSetup').FirehoseClient)({ region: world.region });
      kms = new (kmsSdk('createSseSetup').KMSClient)({ region: world.region });
      const stubs = [mockKinesis(world), mockFirehose(world), mockKms(world)];
      dispose = () => {
        for (const s of stubs) s.restore();
      };
    } else {
      if (shared === undefined) {
        const k = new (kinesisSdk('createSseSetup').KinesisClient)({ region: world.region });
        const f = new (firehoseSdk('createSseSetup').FirehoseClient)({ region: world.region });
        const m = new (kmsSdk('createSseSetup').KMSClient)({ region: world.region });
        shared = { kinesis: k, firehose: f, kms: m, stubs: [mockKinesis(forwarding, { client: k }), mockFirehose(forwarding, { client: f }), mockKms(forwarding, { client: m })] };
      }
      for (const s of shared.stubs) s.resetHistory();
      ({ kinesis, firehose, kms } = shared);
    }
    const real: SseReal = {
      world,
      kinesis,
      firehose,
      kms,
      advance: (ms) => {
        clock.advance(ms);
        return Promise.resolve();
      },
    };
    recordRun({ source: 'createSseSetup', world, start, seed: world.seed, trace: () => world.model.log.slice(firstSeq) });
    const model = createOracle(settings, start, options.assert !== false, streams, keys, deliveryStreams);
    noteShardCounts(model, Object.fromEntries(shardCounts));
    return { model, real, dispose };
  };
}
