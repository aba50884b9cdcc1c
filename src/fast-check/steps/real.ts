import { FirehoseClient } from '@aws-sdk/client-firehose';
import { KinesisClient } from '@aws-sdk/client-kinesis';
import { KMSClient } from '@aws-sdk/client-kms';
import { virtualClock, type VirtualClock } from '../../clock/clock';
import { mockFirehose } from '../../sdk/firehose';
import { mockKinesis } from '../../sdk/kinesis';
import { mockKms } from '../../sdk/kms';
import { createWorld, type World } from '../../world/index';
import { recordRun } from '../recorder';
import type { Duration } from '../../model/duration';
import { FIREHOSE_DEFAULTS } from '../../model/firehose/options';
import { KINESIS_DEFAULTS } from '../../model/kinesis/options';
import type { ModelWorldOptions } from '../../model/world';
import type { ScenarioContext } from '../run-scenario';
import { DEFAULT_START, type Scenario } from '../scenario';
import { createOracle, type OracleSettings, type SseModel } from './oracle';

/**
 * The system the model-based steps act on: a world, SDK clients answering from it, and a way to
 * move virtual time on.
 *
 * @example
 * ```ts
 * const { real } = createSseSetup({ streams: ['orders'] })();
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
 * What a model-based run starts from. The world is built with exactly these durations and limits
 * (and every other option at its default), so the oracle knows them.
 *
 * @example
 * ```ts
 * const config: SseSetupConfig = { streams: ['s0'], keys: ['alias/k0', 'alias/k1'], deliveryStreams: ['d0'], keyApplicationsPer24h: 3 };
 * ```
 */
export interface SseSetupConfig {
  /** Kinesis streams, ACTIVE and unencrypted at the start. Default `['s0']`. */
  readonly streams?: readonly string[];
  /** Aliases of customer managed keys, Enabled at the start. Default `['alias/k0', 'alias/k1']`. */
  readonly keys?: readonly string[];
  /** Firehose DirectPut delivery streams, ACTIVE with encryption DISABLED at the start. Default none. */
  readonly deliveryStreams?: readonly string[];
  /** The world's seed. Default 0. */
  readonly seed?: number;
  /** The start (epoch ms). Default 2026-01-01. */
  readonly start?: number;
  /** Kinesis UPDATING duration. Default 5 000 ms. */
  readonly updatingMs?: number;
  /** Firehose ENABLING duration. Default 5 000 ms. */
  readonly enablingMs?: number;
  /** Firehose DISABLING duration (at least `lagMs`). Default 5 000 ms. */
  readonly disablingMs?: number;
  /** The most records lag behind an encryption change. Default 5 000 ms (AWS's "up to 5 seconds"). */
  readonly lagMs?: number;
  /** Default 25. */
  readonly keyApplicationsPer24h?: number;
  /** Default 25. */
  readonly stopsPer24h?: number;
  /** Default 25. */
  readonly startStopPer24h?: number;
  /**
   * When false the steps act (call AWS, change keys, inject faults, move time) without checking
   * the answers against the oracle: use it when your own commands also change the world, so the
   * oracle cannot follow. Default true.
   */
  readonly assert?: boolean;
  /**
   * Stub the client classes (every `new KinesisClient()` answers from the world) instead of only
   * the three private clients in `real`; then call `dispose()` when the run ends. Default false.
   */
  readonly stubClasses?: boolean;
}

/**
 * A model-based run's starting point, as `fc.asyncModelRun` wants it, plus `dispose`.
 *
 * @example
 * ```ts
 * const { model, real, dispose } = createSseSetup({ streams: ['s0'] })();
 * ```
 */
export interface SseSetup {
  readonly model: SseModel;
  readonly real: SseReal;
  /** Restores the stubs (needed only with `stubClasses`). */
  dispose(): void;
}

function whole(name: string, v: unknown, min: number): void {
  if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v >= min)) {
    throw new RangeError(`[kinesis-sse-harness] createSseSetup ${name} must be a whole number >= ${min}; got ${String(v)}`);
  }
}

/** The longest a duration option can last (a range's max). */
function longest(d: Duration): number {
  return typeof d === 'number' ? d : d.max;
}

/**
 * The oracle's settings when a setup names none: the world's own defaults (one source for the
 * limits and durations AWS documents), so the oracle and the world agree without restating them.
 *
 * @example
 * ```ts
 * DEFAULT_ORACLE_SETTINGS.keyApplicationsPer24h; // 25
 * ```
 */
export const DEFAULT_ORACLE_SETTINGS: OracleSettings = {
  updatingMs: longest(KINESIS_DEFAULTS.durations.updating),
  enablingMs: longest(FIREHOSE_DEFAULTS.durations.enabling),
  disablingMs: longest(FIREHOSE_DEFAULTS.durations.disabling),
  lagMs: longest(KINESIS_DEFAULTS.durations.encryptionLag),
  keyApplicationsPer24h: KINESIS_DEFAULTS.limits.keyApplicationsPer24h,
  stopsPer24h: KINESIS_DEFAULTS.limits.stopsPer24h,
  startStopPer24h: FIREHOSE_DEFAULTS.limits.startStopPer24h,
};

function settingsOf(config: SseSetupConfig): OracleSettings {
  for (const n of ['updatingMs', 'enablingMs', 'disablingMs', 'lagMs'] as const) whole(n, config[n], 0);
  for (const n of ['keyApplicationsPer24h', 'stopsPer24h', 'startStopPer24h'] as const) whole(n, config[n], 1);
  const d = DEFAULT_ORACLE_SETTINGS;
  const settings: OracleSettings = {
    updatingMs: config.updatingMs ?? d.updatingMs,
    enablingMs: config.enablingMs ?? d.enablingMs,
    disablingMs: config.disablingMs ?? d.disablingMs,
    lagMs: config.lagMs ?? d.lagMs,
    keyApplicationsPer24h: config.keyApplicationsPer24h ?? d.keyApplicationsPer24h,
    stopsPer24h: config.stopsPer24h ?? d.stopsPer24h,
    startStopPer24h: config.startStopPer24h ?? d.startStopPer24h,
  };
  if (settings.disablingMs < settings.lagMs) {
    throw new RangeError(`[kinesis-sse-harness] createSseSetup disablingMs (${settings.disablingMs}) must be at least lagMs (${settings.lagMs})`);
  }
  return settings;
}

/** The world options that match an oracle's settings (every other option at its default). */
function worldOptionsOf(config: SseSetupConfig, settings: OracleSettings): ModelWorldOptions {
  return {
    seed: config.seed ?? 0,
    kinesis: {
      durations: { updating: settings.updatingMs, encryptionLag: { min: 0, max: settings.lagMs } },
      limits: { keyApplicationsPer24h: settings.keyApplicationsPer24h, stopsPer24h: settings.stopsPer24h },
    },
    firehose: {
      durations: { enabling: settings.enablingMs, disabling: settings.disablingMs, encryptionLag: { min: 0, max: settings.lagMs } },
      limits: { startStopPer24h: settings.startStopPer24h },
    },
  };
}

/**
 * The {@link Scenario} matching a model-based config, for running model-based steps inside
 * {@link runScenario} (when your own commands drive code that waits on timers): the same world
 * options, keys, streams and delivery streams as {@link createSseSetup} builds. Pair it with
 * {@link sseSetupIn}.
 *
 * @example
 * ```ts
 * const r = await runScenario(sseScenario(config), (context) => {
 *   const { model, real } = sseSetupIn(context, config);
 *   return fc.asyncModelRun(() => ({ model, real }), cmds);
 * });
 * ```
 */
export function sseScenario(config: SseSetupConfig = {}): Scenario {
  const settings = settingsOf(config);
  return {
    world: worldOptionsOf(config, settings),
    ...(config.start === undefined ? {} : { start: config.start }),
    keys: (config.keys ?? ['alias/k0', 'alias/k1']).map((alias) => ({ alias })),
    streams: (config.streams ?? ['s0']).map((name) => ({ name })),
    deliveryStreams: (config.deliveryStreams ?? []).map((name) => ({ name })),
  };
}

/**
 * The oracle and the real system over the world of a {@link runScenario} run started from
 * {@link sseScenario} with the same config: `real.advance` sleeps in the runner's virtual time, the
 * clients are fresh ones (the runner stubs the client classes). Throws a `TypeError` when the
 * world does not hold the config's keys.
 *
 * @example
 * ```ts
 * await runScenario(sseScenario(config), async (context) => {
 *   const { model, real } = sseSetupIn(context, config);
 *   await fc.asyncModelRun(() => ({ model, real: { ...real, guard: new MyGuard(real.kinesis) } }), cmds);
 * });
 * ```
 */
export function sseSetupIn(context: ScenarioContext, config: SseSetupConfig = {}): SseSetup {
  const settings = settingsOf(config);
  const world = context.world;
  const keys = (config.keys ?? ['alias/k0', 'alias/k1']).map((alias) => {
    const k = world.kms.describe(alias);
    if (k === undefined) throw new TypeError(`[kinesis-sse-harness] sseSetupIn: the world has no key ${alias}; run the scenario from sseScenario(config) with the same config`);
    return { alias, keyId: k.KeyId, arn: k.Arn };
  });
  const real: SseReal = {
    world,
    kinesis: new KinesisClient({ region: world.region }),
    firehose: new FirehoseClient({ region: world.region }),
    kms: new KMSClient({ region: world.region }),
    advance: (ms) => context.sleep(ms),
  };
  const model = createOracle(settings, world.now(), config.assert !== false, config.streams ?? ['s0'], keys, config.deliveryStreams ?? []);
  return { model, real, dispose: () => undefined };
}

/**
 * Makes the setup function of a model-based run: each call builds a fresh world (on a private
 * virtual clock, no global timers), the keys, streams and delivery streams of `config`, SDK
 * clients answering from it, and the matching oracle.
 *
 * @example
 * ```ts
 * const setup = createSseSetup({ streams: ['s0'], keys: ['alias/k0'] });
 * await fc.assert(fc.asyncProperty(fc.commands(sseSteps({ streams: ['s0'], keys: ['alias/k0'] })), (cmds) =>
 *   fc.asyncModelRun(setup, cmds)));
 * ```
 */
export function createSseSetup(config: SseSetupConfig = {}): () => SseSetup {
  const settings = settingsOf(config);
  const streams = config.streams ?? ['s0'];
  const aliases = config.keys ?? ['alias/k0', 'alias/k1'];
  const deliveryStreams = config.deliveryStreams ?? [];
  const start = config.start ?? DEFAULT_START;
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
    const world = createWorld({ ...worldOptionsOf(config, settings), clock });
    const keys = aliases.map((alias) => {
      const k = world.kms.createKey({ alias });
      return { alias, keyId: k.KeyId, arn: k.Arn };
    });
    for (const name of streams) world.kinesis.createStream(name, { active: true });
    for (const name of deliveryStreams) world.firehose.createDeliveryStream(name);
    clock.set(start);
    world.now();
    const firstSeq = world.model.trace.length;
    current = world;
    let dispose = (): void => undefined;
    let kinesis: KinesisClient;
    let firehose: FirehoseClient;
    let kms: KMSClient;
    if (config.stubClasses === true) {
      kinesis = new KinesisClient({ region: world.region });
      firehose = new FirehoseClient({ region: world.region });
      kms = new KMSClient({ region: world.region });
      const stubs = [mockKinesis(world), mockFirehose(world), mockKms(world)];
      dispose = () => {
        for (const s of stubs) s.restore();
      };
    } else {
      if (shared === undefined) {
        const k = new KinesisClient({ region: world.region });
        const f = new FirehoseClient({ region: world.region });
        const m = new KMSClient({ region: world.region });
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
    recordRun({ source: 'createSseSetup', world, start, seed: world.seed, trace: () => world.model.trace.slice(firstSeq) });
    const model = createOracle(settings, start, config.assert !== false, streams, keys, deliveryStreams);
    return { model, real, dispose };
  };
}
