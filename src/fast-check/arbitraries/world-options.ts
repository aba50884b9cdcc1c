import * as fc from 'fast-check';
import type { Duration } from '../../model/duration';
import type { FirehoseBehaviour, FirehoseKmsProblem } from '../../model/firehose/options';
import type { KinesisBehaviour } from '../../model/kinesis/options';
import type { ModelWorldOptions } from '../../model/world';
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
  /** `aws` (default): the documented limits; `small`: limits drawn from 1 to the documented one, so tests reach them. */
  readonly limits?: 'aws' | 'small';
  /** `any` (default): each behaviour AWS does not document drawn from its choices; `default`: the world's defaults. */
  readonly behaviours?: 'any' | 'default';
  /** The services whose options are drawn (the others keep their defaults). Default both. */
  readonly services?: readonly ('kinesis' | 'firehose')[];
}

const SECOND = 1_000;
const MINUTE = 60_000;

/** A fixed duration or a `{ min, max }` range within `[lo, hi]` milliseconds. */
function duration(lo: number, hi: number): fc.Arbitrary<Duration> {
  const fixed = fc.integer({ min: lo, max: hi });
  const range = fc.tuple(fixed, fixed).map(([a, b]): Duration => ({ min: Math.min(a, b), max: Math.max(a, b) }));
  return choice({ arbitrary: fixed, weight: 3 }, { arbitrary: range, weight: 1 });
}

/** "It can take up to 5 seconds after ... before all records ... are encrypted." */
const encryptionLag: fc.Arbitrary<Duration> = fc.integer({ min: 0, max: 5 * SECOND }).map((max): Duration => ({ min: 0, max }));

const kinesisBehaviour = {
  stopWhenUnencrypted: fc.constantFrom('accept', 'reject'),
  stopWithOtherKey: fc.constantFrom('accept', 'reject'),
  startSameKey: fc.constantFrom('update', 'noop', 'reject'),
  describeWhileUpdating: fc.constantFrom('new', 'old', 'key-first'),
  nameAndArnDisagree: fc.constantFrom('arn', 'reject'),
  dataKeyCacheMs: choice(fc.constant(0), fc.integer({ min: 0, max: 5 * MINUTE })),
  recordSizeModel: fc.constantFrom('classic', 'large-records'),
  wrongKeySpec: fc.constantFrom('invalid-argument', 'kms-invalid-state'),
  getRecordsChecksKey: fc.boolean(),
} satisfies { readonly [K in keyof KinesisBehaviour]-?: fc.Arbitrary<KinesisBehaviour[K]> };

const KMS_PROBLEMS: readonly FirehoseKmsProblem[] = ['not-found', 'disabled', 'pending-deletion', 'access-denied', 'opt-in-required', 'throttled', 'invalid'];

const firehoseBehaviour = {
  checkSourceStream: fc.boolean(),
  startSameConfiguration: fc.constantFrom('reject', 'restart', 'noop'),
  stopWhenDisabled: fc.constantFrom('reject', 'accept'),
  keepKeyAfterStop: fc.boolean(),
  awsOwnedWithKeyArn: fc.constantFrom('reject', 'ignore'),
  reportAfterFailedKeyChange: fc.constantFrom('attempted', 'previous'),
  syncKmsProblems: fc.subarray([...KMS_PROBLEMS]),
  countRejectedStartStop: fc.boolean(),
  recordsWhileChangingKey: fc.constantFrom('unencrypted', 'old-key'),
  encryptionStatusWhileCreating: fc.constantFrom('ENABLING', 'ENABLED'),
  encryptionChangeUpdatesTimestamp: fc.boolean(),
  recordsWhileDeleting: fc.constantFrom('accept', 'reject'),
} satisfies { readonly [K in keyof FirehoseBehaviour]-?: fc.Arbitrary<FirehoseBehaviour[K]> };

function record<T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> {
  return fc.record(model, { noNullPrototype: true }) as fc.Arbitrary<T>;
}

/**
 * World options ({@link ModelWorldOptions}, what `createWorld` takes besides the clock): a seed,
 * transition durations drawn from realistic ranges (Kinesis UPDATING 1 s to 3 min, CREATING 5 to 90
 * s; Firehose ENABLING/DISABLING 1 s to 2 min, CREATING 10 s to 3 min; record-encryption lag up to
 * the documented 5 s), limits (the documented ones, or small ones to reach them), and every
 * behaviour the reference grades inferred or unknown drawn from its choices, so a property holds
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
  const services = constraints.services ?? ['kinesis', 'firehose'];
  const kinesisOn = services.includes('kinesis');
  const firehoseOn = services.includes('firehose');
  const optional = <T>(on: boolean, arb: () => fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => (on ? arb() : fc.constant(undefined));
  const perLimit = (most: number): fc.Arbitrary<number> => fc.integer({ min: 1, max: most });
  return record({
    seed: constraints.seed === undefined ? fc.integer({ min: 0, max: 0x7fffffff }) : fc.constant(constraints.seed),
    region: fc.constantFrom(...regions),
    kinesisDurations: optional(kinesisOn && durations === 'realistic', () =>
      record({ creating: duration(5 * SECOND, 90 * SECOND), updating: duration(SECOND, 3 * MINUTE), deleting: duration(SECOND, MINUTE), encryptionLag }),
    ),
    kinesisLimits: optional(kinesisOn && limits === 'small', () => record({ keyApplicationsPer24h: perLimit(25), stopsPer24h: perLimit(25), creatingStreams: perLimit(5) })),
    kinesisBehaviour: optional(kinesisOn && behaviours === 'any', () => record(kinesisBehaviour)),
    firehoseDurations: optional(firehoseOn && durations === 'realistic', () =>
      record({
        creating: duration(10 * SECOND, 3 * MINUTE),
        deleting: duration(10 * SECOND, 5 * MINUTE),
        enabling: duration(SECOND, 2 * MINUTE),
        disabling: duration(SECOND, 2 * MINUTE),
        encryptionLag,
      }),
    ),
    firehoseLimits: optional(firehoseOn && limits === 'small', () => record({ startStopPer24h: perLimit(25) })),
    firehoseBehaviour: optional(firehoseOn && behaviours === 'any', () => record(firehoseBehaviour)),
  }).map((d): ModelWorldOptions => {
    const kinesis = {
      ...(d.kinesisDurations === undefined ? {} : { durations: d.kinesisDurations }),
      ...(d.kinesisLimits === undefined ? {} : { limits: d.kinesisLimits }),
      ...(d.kinesisBehaviour === undefined ? {} : { behaviour: d.kinesisBehaviour }),
    };
    const firehose = {
      ...(d.firehoseDurations === undefined ? {} : { durations: d.firehoseDurations }),
      ...(d.firehoseLimits === undefined ? {} : { limits: d.firehoseLimits }),
      ...(d.firehoseBehaviour === undefined ? {} : { behaviour: d.firehoseBehaviour }),
    };
    return {
      seed: d.seed,
      accountId: constraints.accountId ?? '123456789012',
      region: d.region,
      ...(Object.keys(kinesis).length === 0 ? {} : { kinesis }),
      ...(Object.keys(firehose).length === 0 ? {} : { firehose }),
    };
  });
}
