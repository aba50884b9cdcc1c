import * as fc from 'fast-check';
import type { Service } from '../../model/errors';
import { AdvanceTimeStep, CallFaultStep, TransitionFaultStep } from './environment';
import { DescribeDeliveryStreamStep, PutFirehoseRecordStep, StartDeliveryStreamEncryptionStep, StopDeliveryStreamEncryptionStep, UpdateDestinationStep } from './firehose';
import { DescribeStreamStep, PutRecordStep, StartStreamEncryptionStep, StopStreamEncryptionStep, UpdateShardCountStep } from './kinesis';
import { KeyAccessStep, KeyChangeStep, KeyPolicyStep } from './kms';
import type { Duration } from '../../model/duration';
import { KINESIS_DEFAULTS } from '../../model/kinesis/options';
import type { Scenario } from '../scenario';
import { castOf, createSseSetup, type SseSetup, type SseSetupOptions } from './real';
import type { SseStep } from './step';

/**
 * The kinds of step {@link sseSteps} can draw.
 *
 * @example
 * ```ts
 * const kinds: SseStepKind[] = ['advance-time', 'key-change'];
 * ```
 */
export type SseStepKind =
  | 'start-stream-encryption'
  | 'stop-stream-encryption'
  | 'put-record'
  | 'describe-stream'
  | 'update-shard-count'
  | 'start-delivery-stream-encryption'
  | 'stop-delivery-stream-encryption'
  | 'put-firehose-record'
  | 'describe-delivery-stream'
  | 'update-destination'
  | 'key-change'
  | 'key-access'
  | 'key-policy'
  | 'advance-time'
  | 'call-fault'
  | 'transition-fault';

/**
 * Every {@link SseStepKind}.
 *
 * @example
 * ```ts
 * sseSteps({ kinds: SSE_STEP_KINDS.filter((k) => k !== 'call-fault') });
 * ```
 */
export const SSE_STEP_KINDS: readonly SseStepKind[] = [
  'start-stream-encryption',
  'stop-stream-encryption',
  'put-record',
  'describe-stream',
  'update-shard-count',
  'start-delivery-stream-encryption',
  'stop-delivery-stream-encryption',
  'put-firehose-record',
  'describe-delivery-stream',
  'update-destination',
  'key-change',
  'key-access',
  'advance-time',
  'call-fault',
  'transition-fault',
  'key-policy',
];

/**
 * The kinds drawn when `kinds` is not given: every kind but `key-policy`, which is opt-in so that
 * runs recorded before it existed replay with the same steps for the same seed.
 *
 * @example
 * ```ts
 * DEFAULT_SSE_STEP_KINDS.includes('key-policy'); // false
 * ```
 */
export const DEFAULT_SSE_STEP_KINDS: readonly SseStepKind[] = SSE_STEP_KINDS.filter((k) => k !== 'key-policy');

/**
 * Constraints of {@link sseSteps}: the run's {@link Scenario} (pass the same object you pass to
 * `sseModelRun`, {@link createSseSetup} or `runScenario`: the steps act on its streams, key aliases
 * and delivery streams, and bias time to its durations), plus which steps to draw.
 *
 * @example
 * ```ts
 * const constraints: SseStepsConstraints = {
 *   keys: [{ alias: 'alias/k0' }],
 *   streams: [{ name: 's0' }],
 *   kinds: ['start-stream-encryption', 'advance-time'],
 * };
 * ```
 */
export interface SseStepsConstraints extends Scenario {
  /** The kinds of step to draw. Default all but the opt-in `key-policy` ({@link DEFAULT_SSE_STEP_KINDS}; Firehose steps only with delivery streams). */
  readonly kinds?: readonly SseStepKind[];
  /** The longest AdvanceTime drawn at random (besides the durations and the 24-hour window). Default 60 000 ms. */
  readonly maxAdvanceMs?: number;
}

/** How often each kind is drawn relative to the others: calls and time more than faults. */
const WEIGHTS: Readonly<Record<SseStepKind, number>> = {
  'start-stream-encryption': 3,
  'stop-stream-encryption': 2,
  'put-record': 3,
  'describe-stream': 2,
  'update-shard-count': 1,
  'start-delivery-stream-encryption': 3,
  'stop-delivery-stream-encryption': 2,
  'put-firehose-record': 3,
  'describe-delivery-stream': 2,
  'update-destination': 1,
  'key-change': 1,
  'key-access': 1,
  'key-policy': 1,
  'advance-time': 4,
  'call-fault': 1,
  'transition-fault': 1,
};

const KINESIS_OPERATIONS = ['StartStreamEncryption', 'StopStreamEncryption', 'PutRecord', 'DescribeStreamSummary', 'UpdateShardCount'];
const FIREHOSE_OPERATIONS = ['StartDeliveryStreamEncryption', 'StopDeliveryStreamEncryption', 'PutRecord', 'DescribeDeliveryStream', 'UpdateDestination'];
const KMS_OPERATIONS = ['DisableKey', 'EnableKey', 'ScheduleKeyDeletion', 'CancelKeyDeletion'];

/**
 * The model-based steps, as arbitraries for `fc.commands`: Kinesis Start/Stop/PutRecord/Describe,
 * Firehose Start/Stop/PutRecord/Describe/UpdateDestination, KMS key changes (DisableKey, EnableKey,
 * ScheduleKeyDeletion, CancelKeyDeletion, access revoked or restored, and — opt-in with the
 * `key-policy` kind — PutKeyPolicy denying or allowing the services, e.g. while ENABLING), AdvanceTime (biased to the
 * durations and the 24-hour window), and faults (throttling, internal failures, slow or failing
 * transitions). Each step checks AWS's answer against a simple oracle.
 *
 * @example
 * ```ts
 * const scenario: Scenario = {
 *   world: { kinesis: { limits: { keyApplicationsPer24h: 3 } } },
 *   keys: [{ alias: 'alias/k0' }, { alias: 'alias/k1' }],
 *   streams: [{ name: 's0' }],
 * };
 * await fc.assert(fc.asyncProperty(fc.commands(sseSteps(scenario), { maxCommands: 20 }), (cmds) => sseModelRun(scenario, cmds)));
 * ```
 */
export function sseSteps(constraints: SseStepsConstraints): fc.Arbitrary<SseStep>[] {
  const { streams, aliases: keys, deliveryStreams } = castOf(constraints, 'sseSteps');
  const kinds = constraints.kinds ?? DEFAULT_SSE_STEP_KINDS;
  const bad = kinds.find((k) => !SSE_STEP_KINDS.includes(k));
  if (bad !== undefined) throw new RangeError(`[kinesis-sse-harness] sseSteps kinds must be among ${SSE_STEP_KINDS.join(', ')}; got ${JSON.stringify(bad)}`);
  const maxAdvanceMs = constraints.maxAdvanceMs ?? 60_000;
  const durations = constraints.world?.kinesis?.durations;
  const updating = longest(durations?.updating ?? KINESIS_DEFAULTS.durations.updating);
  const resharding = longest(durations?.resharding ?? KINESIS_DEFAULTS.durations.resharding);
  const lag = longest(durations?.encryptionLag ?? KINESIS_DEFAULTS.durations.encryptionLag);
  const stream = streams.length > 0 ? fc.constantFrom(...streams) : undefined;
  const key = keys.length > 0 ? fc.constantFrom(...keys) : undefined;
  const ds = deliveryStreams.length > 0 ? fc.constantFrom(...deliveryStreams) : undefined;
  const services: Service[] = [...(streams.length > 0 ? ['kinesis' as const] : []), ...(ds === undefined ? [] : ['firehose' as const]), ...(keys.length > 0 ? ['kms' as const] : [])];
  const out: fc.Arbitrary<SseStep>[] = [];
  const add = (kind: SseStepKind, arb: fc.Arbitrary<SseStep> | undefined): void => {
    // fc.commands draws its arbitraries uniformly: listing one several times weighs it.
    if (kinds.includes(kind) && arb !== undefined) for (let i = 0; i < WEIGHTS[kind]; i++) out.push(arb);
  };
  add('start-stream-encryption', stream && key && fc.tuple(stream, key).map(([s, k]) => new StartStreamEncryptionStep(s, k)));
  add('stop-stream-encryption', stream?.map((s) => new StopStreamEncryptionStep(s)));
  add('put-record', stream?.map((s) => new PutRecordStep(s)));
  add('describe-stream', stream?.map((s) => new DescribeStreamStep(s)));
  add('update-shard-count', stream && fc.tuple(stream, fc.constantFrom<'up' | 'down'>('up', 'down')).map(([s, d]) => new UpdateShardCountStep(s, d)));
  add('start-delivery-stream-encryption', ds && fc.tuple(ds, fc.constantFrom('AWS_OWNED_CMK', ...keys)).map(([d, k]) => new StartDeliveryStreamEncryptionStep(d, k)));
  add('stop-delivery-stream-encryption', ds?.map((d) => new StopDeliveryStreamEncryptionStep(d)));
  add('put-firehose-record', ds?.map((d) => new PutFirehoseRecordStep(d)));
  add('describe-delivery-stream', ds?.map((d) => new DescribeDeliveryStreamStep(d)));
  add('update-destination', ds?.map((d) => new UpdateDestinationStep(d)));
  add('key-change', key && fc.tuple(fc.constantFrom('DisableKey', 'EnableKey', 'ScheduleKeyDeletion', 'CancelKeyDeletion') , key).map(([c, k]) => new KeyChangeStep(c, k)));
  add('key-access', key && fc.tuple(key, fc.boolean()).map(([k, allowed]) => new KeyAccessStep(k, allowed)));
  add(
    'advance-time',
    fc
      .oneof(fc.integer({ min: 1, max: maxAdvanceMs }), fc.constantFrom(updating, updating - 1, resharding, resharding - 1, lag, 1, 24 * 60 * 60 * 1000).filter((ms) => ms >= 1))
      .map((ms) => new AdvanceTimeStep(ms)),
  );
  if (services.length > 0) {
    const operations: Record<Service, string[]> = { kinesis: KINESIS_OPERATIONS, firehose: FIREHOSE_OPERATIONS, kms: KMS_OPERATIONS };
    add(
      'call-fault',
      fc
        .tuple(fc.constantFrom<'throttle' | 'internal-failure'>('throttle', 'internal-failure'), fc.constantFrom(...services), fc.integer({ min: 1, max: 3 }))
        .chain(([f, s, times]) => fc.constantFrom(...operations[s]).map((op) => new CallFaultStep(f, s, op, times))),
    );
  }
  const transitions = [...(streams.length > 0 ? ['stream-updating', 'stream-resharding'] : []), ...(ds === undefined ? [] : ['encryption-enabling', 'encryption-disabling'])];
  if (transitions.length > 0) {
    add(
      'transition-fault',
      fc
        .tuple(fc.constantFrom(...transitions), fc.integer({ min: 1_000, max: 120_000 }), fc.boolean())
        .map(([t, extra, fails]) => new TransitionFaultStep(t, extra, fails)),
    );
  }
  // Last, so that adding it leaves the other arbitraries where they were.
  add('key-policy', key && fc.tuple(key, fc.boolean()).map(([k, deny]) => new KeyPolicyStep(k, deny)));
  if (out.length === 0) throw new RangeError('[kinesis-sse-harness] sseSteps: no step can be drawn with these streams, keys, delivery streams and kinds');
  return out;
}

/** Generates `length` items, and shrinks as an array of 0 to `length` of them does. */
class ShrinkableSequence<T> extends fc.Arbitrary<T[]> {
  readonly #fixed: fc.Arbitrary<T[]>;
  readonly #shorter: fc.Arbitrary<T[]>;
  constructor(item: fc.Arbitrary<T>, length: number) {
    super();
    // Both are arrays of the same item arbitrary: the shorter one shrinks what the fixed one made
    // (same value, same shrinking context), toward fewer items and simpler ones.
    this.#fixed = fc.array(item, { minLength: length, maxLength: length });
    this.#shorter = fc.array(item, { minLength: 0, maxLength: length });
  }
  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T[]> {
    return this.#fixed.generate(mrng, biasFactor);
  }
  canShrinkWithoutContext(value: unknown): value is T[] {
    return this.#shorter.canShrinkWithoutContext(value);
  }
  shrink(value: T[], context: unknown): fc.Stream<fc.Value<T[]>> {
    return this.#shorter.shrink(value, context);
  }
}

/**
 * A sequence of exactly `length` steps drawn from `steps` (as {@link sseSteps} returns them) that
 * shrinks in length as well as in its steps: a failure found after 10,000 steps shrinks to the few
 * that matter. (`fc.array(step, { minLength: n, maxLength: n })` cannot shrink below `n` steps;
 * `fc.commands` shrinks but draws shorter sequences.) Throws a RangeError for a length that is not a
 * whole number from 0 to 1,000,000, or no steps.
 *
 * @example
 * ```ts
 * const scenario: Scenario = { keys: [{ alias: 'alias/k0' }], streams: [{ name: 's0' }] };
 * await fc.assert(fc.asyncProperty(stepSequence(sseSteps(scenario), 2_000), (cmds) => sseModelRun(scenario, cmds)), { numRuns: 10 });
 * ```
 */
export function stepSequence<T>(steps: readonly fc.Arbitrary<T>[], length: number): fc.Arbitrary<T[]> {
  if (!Number.isInteger(length) || length < 0 || length > 1_000_000) {
    throw new RangeError(`[kinesis-sse-harness] stepSequence length must be a whole number from 0 to 1000000; got ${String(length)}`);
  }
  if (!Array.isArray(steps) || steps.length === 0) throw new RangeError('[kinesis-sse-harness] stepSequence needs at least one step arbitrary (see sseSteps)');
  return new ShrinkableSequence<T>(fc.oneof(...steps) as fc.Arbitrary<T>, length);
}

const setups = new WeakMap<Scenario, Map<string, () => SseSetup>>();

/**
 * Runs model-based steps against a fresh world built from `scenario` (see {@link createSseSetup}),
 * checking each answer against the oracle, and restores the stubs afterwards. Pass your own
 * commands too: they receive the same model and real system.
 *
 * @example
 * ```ts
 * const scenario: Scenario = { keys: [{ alias: 'alias/k0' }], streams: [{ name: 's0' }] };
 * await fc.assert(fc.asyncProperty(fc.commands(sseSteps(scenario)), (cmds) => sseModelRun(scenario, cmds)));
 * ```
 */
export async function sseModelRun(scenario: Scenario, commands: Iterable<SseStep>, options?: SseSetupOptions): Promise<void> {
  const setup = setupFor(scenario, options)();
  try {
    await fc.asyncModelRun(() => ({ model: setup.model, real: setup.real }), commands);
  } finally {
    setup.dispose();
  }
}

/** One setup function per scenario and options, so a property's runs share its clients and stubs. */
function setupFor(scenario: Scenario, options: SseSetupOptions = {}): () => SseSetup {
  let byOptions = setups.get(scenario);
  if (byOptions === undefined) {
    byOptions = new Map();
    setups.set(scenario, byOptions);
  }
  const key = `${options.assert !== false}/${options.stubClasses === true}`;
  let make = byOptions.get(key);
  if (make === undefined) {
    make = createSseSetup(scenario, options);
    byOptions.set(key, make);
  }
  return make;
}

/** The longest a duration option can last (a range's max). */
function longest(d: Duration): number {
  return typeof d === 'number' ? d : d.max;
}
