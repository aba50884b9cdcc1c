import * as fc from 'fast-check';
import type { Duration } from '../../model/duration';
import {
  FIREHOSE_CHOICES,
  FIREHOSE_DEFAULTS,
  FIREHOSE_KMS_PROBLEMS,
  type FirehoseBehaviour,
  type FirehoseDurations,
  type FirehoseLimits,
} from '../../model/firehose/options';
import { KINESIS_CHOICES, KINESIS_DEFAULTS, type KinesisBehaviour, type KinesisDurations, type KinesisLimits } from '../../model/kinesis/options';
import { KMS_DEFAULTS, type KmsBehaviour } from '../../model/kms/options';
import type { ModelWorldOptions } from '../../model/world';
import { SERVICES } from '../../model/vocabulary';
import { choice } from './choice';

/**
 * Constraints of {@link worldOptions}.
 *
 * @example
 * ```ts
 * const c: WorldOptionsConstraints = { seed: 42, limits: 'small', behaviours: 'default' };
 * ```
 */
export interface WorldOptionsConstraints {
  /** A fixed seed, or drawn (default). */
  readonly seed?: number;
  /** Default `123456789012`. */
  readonly accountId?: string;
  /** A region, or several to draw from. Default `us-east-1`. */
  readonly region?: string | readonly string[];
  /** `realistic` (default): transition durations drawn from realistic ranges; `default`: the world's defaults. */
  readonly durations?: 'realistic' | 'default';
  /**
   * `aws` (default): the documented limits; `small`: every limit drawn from 1 up to a few (the
   * 24-hour limits up to the documented 25), so tests reach them. Small limits hold for the
   * scenario's setup too: a scenario that starts with more streams encrypted than a drawn
   * `limitScope: 'account'` allows, or more delivery streams on one key than
   * `deliveryStreamsPerKey`, cannot be set up, and {@link runScenario} says which.
   */
  readonly limits?: 'aws' | 'small';
  /**
   * `any` (default): every behaviour option (what AWS does not document, or documents as new)
   * drawn from its choices, Kinesis `limitScope` included; `default`: the world's defaults.
   */
  readonly behaviours?: 'any' | 'default';
  /** The services whose options are drawn (the others keep their defaults). Default all three. */
  readonly services?: readonly ('kinesis' | 'firehose' | 'kms')[];
}

const SECOND = 1_000;
const MINUTE = 60_000;

/** A fixed duration or a `{ min, max }` range within `[lo, hi]` milliseconds. */
function duration(lo: number, hi: number): fc.Arbitrary<Duration> {
  const fixed = fc.integer({ min: lo, max: hi });
  const range = fc.tuple(fixed, fixed).map(([a, b]): Duration => ({ min: Math.min(a, b), max: Math.max(a, b) }));
  return choice({ arbitrary: fixed, weight: 3 }, { arbitrary: range, weight: 1 });
}

/**
 * One of an option's choices, the world's default first, so the arbitrary shrinks to the default.
 * The choices are the model's own table (`KINESIS_CHOICES`, `FIREHOSE_CHOICES`): an option that
 * gains a choice is drawn with it at once.
 */
function oneOf<T>(defaultValue: T, choices: readonly unknown[]): fc.Arbitrary<T> {
  return fc.constantFrom(defaultValue, ...(choices.filter((c) => c !== defaultValue) as T[]));
}

function kinesisChoice<K extends keyof KinesisBehaviour>(name: K): fc.Arbitrary<KinesisBehaviour[K]> {
  return oneOf(KINESIS_DEFAULTS.behaviour[name], KINESIS_CHOICES[`behaviour.${name}`] ?? [KINESIS_DEFAULTS.behaviour[name]]);
}

function firehoseChoice<K extends Exclude<keyof FirehoseBehaviour, 'syncKmsProblems'>>(name: K): fc.Arbitrary<FirehoseBehaviour[K]> {
  const choices = FIREHOSE_CHOICES[name];
  return oneOf(FIREHOSE_DEFAULTS.behaviour[name], choices === 'problems' ? [] : choices);
}

/** "It can take up to 5 seconds after ... before all records ... are encrypted." */
const encryptionLag: fc.Arbitrary<Duration> = fc.integer({ min: 0, max: 5 * SECOND }).map((max): Duration => ({ min: 0, max }));

// The `satisfies` clauses make the compiler list every option: a new one in src/model/*/options.ts
// does not compile here until it is drawn.
const kinesisDurations = {
  creating: duration(5 * SECOND, 90 * SECOND),
  updating: duration(SECOND, 3 * MINUTE),
  deleting: duration(SECOND, MINUTE),
  encryptionLag,
  resharding: duration(SECOND, 3 * MINUTE),
  consumerCreating: duration(SECOND, MINUTE),
  consumerDeleting: duration(SECOND, MINUTE),
} satisfies { readonly [K in keyof KinesisDurations]-?: fc.Arbitrary<KinesisDurations[K]> };

/** Small limits (all but `limitScope`, a behaviour drawn with the others). */
const kinesisLimits = {
  keyApplicationsPer24h: fc.integer({ min: 1, max: KINESIS_DEFAULTS.limits.keyApplicationsPer24h }),
  stopsPer24h: fc.integer({ min: 1, max: KINESIS_DEFAULTS.limits.stopsPer24h }),
  creatingStreams: fc.integer({ min: 1, max: KINESIS_DEFAULTS.limits.creatingStreams }),
  shardLimit: fc.integer({ min: 1, max: 10 }),
  onDemandStreamCountLimit: fc.integer({ min: 1, max: KINESIS_DEFAULTS.limits.onDemandStreamCountLimit }),
  reshardsPer24h: fc.integer({ min: 1, max: KINESIS_DEFAULTS.limits.reshardsPer24h }),
  consumersPerStream: fc.integer({ min: 1, max: KINESIS_DEFAULTS.limits.consumersPerStream }),
} satisfies { readonly [K in Exclude<keyof KinesisLimits, 'limitScope'>]-?: fc.Arbitrary<KinesisLimits[K]> };

const kinesisBehaviour = {
  stopWhenUnencrypted: kinesisChoice('stopWhenUnencrypted'),
  stopWithOtherKey: kinesisChoice('stopWithOtherKey'),
  startSameKey: kinesisChoice('startSameKey'),
  describeWhileUpdating: kinesisChoice('describeWhileUpdating'),
  nameAndArnDisagree: kinesisChoice('nameAndArnDisagree'),
  // "Kinesis re-calls KMS about every 5 minutes": from 0 (every write checks) to 5 minutes.
  dataKeyCacheMs: choice(fc.constant(KINESIS_DEFAULTS.behaviour.dataKeyCacheMs), fc.integer({ min: 0, max: 5 * MINUTE })),
  recordSizeModel: kinesisChoice('recordSizeModel'),
  wrongKeySpec: kinesisChoice('wrongKeySpec'),
  getRecordsChecksKey: kinesisChoice('getRecordsChecksKey'),
} satisfies { readonly [K in keyof KinesisBehaviour]-?: fc.Arbitrary<KinesisBehaviour[K]> };

const limitScope: fc.Arbitrary<KinesisLimits['limitScope']> = oneOf(KINESIS_DEFAULTS.limits.limitScope, KINESIS_CHOICES['limits.limitScope'] ?? []);

const firehoseDurations = {
  creating: duration(10 * SECOND, 3 * MINUTE),
  deleting: duration(10 * SECOND, 5 * MINUTE),
  enabling: duration(SECOND, 2 * MINUTE),
  disabling: duration(SECOND, 2 * MINUTE),
  encryptionLag,
} satisfies { readonly [K in keyof FirehoseDurations]-?: fc.Arbitrary<FirehoseDurations[K]> };

const firehoseLimits = {
  startStopPer24h: fc.integer({ min: 1, max: FIREHOSE_DEFAULTS.limits.startStopPer24h }),
  deliveryStreamsPerKey: fc.integer({ min: 1, max: 5 }),
  deliveryStreamsPerRegion: fc.integer({ min: 1, max: 10 }),
} satisfies { readonly [K in keyof FirehoseLimits]-?: fc.Arbitrary<FirehoseLimits[K]> };

const firehoseBehaviour = {
  checkSourceStream: firehoseChoice('checkSourceStream'),
  startSameConfiguration: firehoseChoice('startSameConfiguration'),
  stopWhenDisabled: firehoseChoice('stopWhenDisabled'),
  keepKeyAfterStop: firehoseChoice('keepKeyAfterStop'),
  awsOwnedWithKeyArn: firehoseChoice('awsOwnedWithKeyArn'),
  reportAfterFailedKeyChange: firehoseChoice('reportAfterFailedKeyChange'),
  syncKmsProblems: fc.subarray([...FIREHOSE_KMS_PROBLEMS]),
  countRejectedStartStop: firehoseChoice('countRejectedStartStop'),
  recordsWhileChangingKey: firehoseChoice('recordsWhileChangingKey'),
  encryptionStatusWhileCreating: firehoseChoice('encryptionStatusWhileCreating'),
  encryptionChangeUpdatesTimestamp: firehoseChoice('encryptionChangeUpdatesTimestamp'),
  recordsWhileDeleting: firehoseChoice('recordsWhileDeleting'),
  updateDestinationWhileEncryptionChanging: firehoseChoice('updateDestinationWhileEncryptionChanging'),
  encryptionChangeMovesVersion: firehoseChoice('encryptionChangeMovesVersion'),
} satisfies { readonly [K in keyof FirehoseBehaviour]-?: fc.Arbitrary<FirehoseBehaviour[K]> };

const kmsBehaviour = {
  currentKeyMaterialId: oneOf(KMS_DEFAULTS.behaviour.currentKeyMaterialId, [true, false]),
} satisfies { readonly [K in keyof KmsBehaviour]-?: fc.Arbitrary<KmsBehaviour[K]> };

function record<T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> {
  return fc.record(model, { noNullPrototype: true }) as fc.Arbitrary<T>;
}

/** `{ durations, limits, behaviour }` with the sections that were drawn (absent ones keep the world's defaults). */
function section<T extends Readonly<Record<string, object | undefined>>>(parts: T): { readonly [K in keyof T]?: Exclude<T[K], undefined> } | undefined {
  const out = Object.fromEntries(Object.entries(parts).filter(([, v]) => v !== undefined && Object.keys(v).length > 0));
  return Object.keys(out).length === 0 ? undefined : (out as { readonly [K in keyof T]?: Exclude<T[K], undefined> });
}

/**
 * World options ({@link ModelWorldOptions}, what `createWorld` takes besides the clock): a seed,
 * transition durations drawn from realistic ranges (Kinesis UPDATING 1 s to 3 min, CREATING 5 to 90
 * s; Firehose ENABLING/DISABLING 1 s to 2 min, CREATING 10 s to 3 min; record-encryption lag up to
 * the documented 5 s), limits (the documented ones, or small ones to reach them: every Kinesis and
 * Firehose limit), and every behaviour option of Kinesis, Firehose and KMS drawn from its choices
 * (the model's own tables of choices, so a new choice is drawn at once), so a property holds
 * whatever AWS really does there. Shrinks towards the world's defaults. Records have an ordinary
 * prototype.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(worldOptions(), (options) => { createWorld(options); return true; }));
 * ```
 */
export function worldOptions(constraints: WorldOptionsConstraints = {}): fc.Arbitrary<ModelWorldOptions> {
  const regions = constraints.region === undefined ? ['us-east-1'] : typeof constraints.region === 'string' ? [constraints.region] : constraints.region;
  if (regions.length === 0) throw new RangeError('[kinesis-sse-harness] worldOptions region list must not be empty');
  const durations = constraints.durations ?? 'realistic';
  const limits = constraints.limits ?? 'aws';
  const behaviours = constraints.behaviours ?? 'any';
  for (const [name, value, allowed] of [
    ['durations', durations, ['realistic', 'default']],
    ['limits', limits, ['aws', 'small']],
    ['behaviours', behaviours, ['any', 'default']],
  ] as const) {
    if (!(allowed as readonly string[]).includes(value)) {
      throw new RangeError(`[kinesis-sse-harness] worldOptions ${name} must be ${allowed.map((a) => `'${a}'`).join(' or ')}; got ${JSON.stringify(value)}`);
    }
  }
  const services = constraints.services ?? SERVICES;
  const unknown = services.find((s) => !(SERVICES as readonly string[]).includes(s));
  if (unknown !== undefined) throw new RangeError(`[kinesis-sse-harness] worldOptions services must be among ${SERVICES.map((s) => `'${s}'`).join(', ')}; got ${JSON.stringify(unknown)}`);
  const kinesisOn = services.includes('kinesis');
  const firehoseOn = services.includes('firehose');
  const kmsOn = services.includes('kms');
  const realistic = durations === 'realistic';
  const small = limits === 'small';
  const any = behaviours === 'any';
  const optional = <T>(on: boolean, arb: () => fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => (on ? arb() : fc.constant(undefined));
  return record({
    seed: constraints.seed === undefined ? fc.integer({ min: 0, max: 0x7fffffff }) : fc.constant(constraints.seed),
    region: fc.constantFrom(...regions),
    kinesisDurations: optional(kinesisOn && realistic, () => record(kinesisDurations)),
    kinesisLimits: optional(kinesisOn && small, () => record(kinesisLimits)),
    kinesisLimitScope: optional(kinesisOn && any, () => limitScope),
    kinesisBehaviour: optional(kinesisOn && any, () => record(kinesisBehaviour)),
    firehoseDurations: optional(firehoseOn && realistic, () => record(firehoseDurations)),
    firehoseLimits: optional(firehoseOn && small, () => record(firehoseLimits)),
    firehoseBehaviour: optional(firehoseOn && any, () => record(firehoseBehaviour)),
    kmsBehaviour: optional(kmsOn && any, () => record(kmsBehaviour)),
  }).map((d): ModelWorldOptions => {
    const kinesisLimitsDrawn =
      d.kinesisLimits === undefined && d.kinesisLimitScope === undefined ? undefined : { ...d.kinesisLimits, ...(d.kinesisLimitScope === undefined ? {} : { limitScope: d.kinesisLimitScope }) };
    const kinesis = section({ durations: d.kinesisDurations, limits: kinesisLimitsDrawn, behaviour: d.kinesisBehaviour });
    const firehose = section({ durations: d.firehoseDurations, limits: d.firehoseLimits, behaviour: d.firehoseBehaviour });
    const kms = section({ behaviour: d.kmsBehaviour });
    return {
      seed: d.seed,
      accountId: constraints.accountId ?? '123456789012',
      region: d.region,
      ...(kinesis === undefined ? {} : { kinesis }),
      ...(firehose === undefined ? {} : { firehose }),
      ...(kms === undefined ? {} : { kms }),
    };
  });
}
