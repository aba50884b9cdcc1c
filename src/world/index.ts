import { toClock, type Clock, type FakeTimersClockLike } from '../clock/clock';
import type { Service } from '../model/errors';
import { invoke } from '../model/invoke';
import type { Result } from '../model/result';
import type { Retain } from '../model/retain';
import type { TraceEntry } from '../model/trace';
import type { TraceLog } from '../model/trace-log';
import { advanceTo, createModelWorld, type ModelWorld, type ModelWorldOptions } from '../model/world';
import { firehoseView, type FirehoseView } from './firehose';
import { kinesisView, type KinesisView } from './kinesis';
import { kmsView, type KmsView } from './kms';

/**
 * Options of {@link createWorld}: the model's options plus where time comes from.
 *
 * @example
 * ```ts
 * const options: WorldOptions = { accountId: '123456789012', region: 'us-east-1', seed: 1 };
 * ```
 */
export interface WorldOptions extends ModelWorldOptions {
  /**
   * Where "now" comes from. Default `'global'`: `Date.now()` read at every call, so vitest's, jest's
   * and @sinonjs/fake-timers' fake timers drive the world. Or a `@sinonjs/fake-timers` clock, or a
   * {@link VirtualClock} (any object with `now(): number`).
   */
  readonly clock?: 'global' | Clock | FakeTimersClockLike;
}

/**
 * A modelled AWS account and region: KMS keys, Kinesis streams and Firehose delivery streams, in
 * virtual time. Bind SDK clients to it with `mockKinesis`, `mockFirehose` and `mockKms`.
 *
 * @example
 * ```ts
 * const world: World = createWorld({ seed: 1 });
 * world.kinesis.createStream('orders');
 * world.kinesis.describe('orders')?.StreamStatus; // 'ACTIVE'
 * console.log(formatTimeline(world.trace));
 * ```
 */
export interface World {
  readonly accountId: string;
  readonly region: string;
  readonly seed: number;
  /** The clock the world reads at every call. */
  readonly clock: Clock;
  /** The raw model state (for advanced use; prefer the views). */
  readonly model: ModelWorld;
  /**
   * Every call and transition so far, in order, with its virtual time (the latest
   * `retain.traceEntries` of them when the world bounds its trace; `traceLog.dropped` says how many
   * earlier ones were dropped).
   */
  readonly trace: readonly TraceEntry[];
  /**
   * The trace indexed by resource: `traceLog.forResource(arn)`, `traceLog.transitionsOf(arn)`,
   * `traceLog.slice(fromSeq)`, how many entries were dropped (`dropped`, `droppedNote()`). Reading it
   * does not apply due transitions; read `world.trace` or call `world.now()` first for that.
   */
  readonly traceLog: TraceLog;
  /** What the world keeps of its past: the `retain` option, completed with its defaults. */
  readonly retain: Retain;
  /** The current virtual time, with every transition due by then applied. */
  now(): number;
  /**
   * Answers one call without the SDK, at the clock's current time. The input is taken as the SDK
   * would send it (only declared members; `Date` or epoch-second timestamps; string blobs as UTF-8),
   * and the output is in the model's form (timestamps in epoch milliseconds).
   */
  call(service: Service, operation: string, input: unknown, options?: { readonly region?: string }): Result<unknown>;
  readonly kinesis: KinesisView;
  readonly firehose: FirehoseView;
  readonly kms: KmsView;
}

/** How far a clock may read behind the world's time and be taken as the world's time (real clocks jitter). */
const CLOCK_SKEW_MS = 1_000;

function clockWentBack(now: number, worldTime: number): TypeError {
  const iso = (ms: number): string => new Date(ms).toISOString();
  return new TypeError(
    `[kinesis-sse-harness] the clock went back to ${iso(now)}, ${worldTime - now} ms before the world's time ${iso(worldTime)}. ` +
      `The world's time never runs backwards, so every transition would wait until the clock passes ${iso(worldTime)} again. ` +
      `Set the fake clock (vi.useFakeTimers({ now }), jest.setSystemTime, clock.setSystemTime) before the world's first call, ` +
      `or give createWorld the clock you drive.`,
  );
}

/** The clock, checked now and at every reading: a clock that reads NaN would fail every later call. */
function checkedClock(clock: Clock): Clock {
  const read = (): number => {
    const t = clock.now();
    if (typeof t !== 'number' || !Number.isFinite(t)) {
      throw new TypeError(`[kinesis-sse-harness] the world's clock must return a finite number of epoch milliseconds; its now() returned ${String(t)}`);
    }
    return t;
  };
  read();
  return clock;
}

/**
 * Creates a {@link World}. Throws a `TypeError` naming the option when an option is invalid.
 *
 * @example
 * ```ts
 * import { createWorld, mockKinesis, mockKms } from 'kinesis-sse-harness';
 * const world = createWorld({ accountId: '123456789012', region: 'us-east-1', seed: 1 });
 * const kinesis = mockKinesis(world);
 * const kms = mockKms(world);
 * ```
 */
export function createWorld(options: WorldOptions = {}): World {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`[kinesis-sse-harness] createWorld takes an options object; got ${Array.isArray(options) ? 'an array' : String(options)}`);
  }
  const { clock: givenClock, ...modelOptions } = options;
  const clock = checkedClock(toClock(givenClock));
  const model = createModelWorld(modelOptions);
  // The clock's reading, refused when it went back past the world's time (a fake clock set after the
  // setup): every transition would silently wait until the clock caught up again.
  const read = (): number => {
    const t = clock.now();
    if (t < model.lastNow - CLOCK_SKEW_MS) throw clockWentBack(t, model.lastNow);
    return t;
  };
  const now = (): number => advanceTo(model, read());
  return {
    accountId: model.accountId,
    region: model.region,
    seed: model.seed,
    clock,
    model,
    get trace() {
      now();
      return model.trace;
    },
    traceLog: model.log,
    retain: model.retain,
    now,
    call: (service, operation, input, callOptions) =>
      invoke(model, service, operation, input, { now: read(), region: callOptions?.region ?? model.region, form: 'sdk' }),
    kinesis: kinesisView(model, now),
    firehose: firehoseView(model, now),
    kms: kmsView(model, now),
  };
}
