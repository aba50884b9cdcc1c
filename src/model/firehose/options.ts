import type { Duration } from '../duration';

/**
 * Firehose options of a world: how long the asynchronous states last, the limits, and what the
 * world does where the reference grades AWS's behaviour inferred or unknown. Every member is
 * optional in `createWorld({ firehose: { ... } })`; the defaults are documented per member with
 * their evidence grade: [DOC]/[MODEL] AWS documentation or API model, [AWS-CODE] code AWS wrote
 * against the real service, [INFERRED]/[UNKNOWN] the world's choice.
 *
 * @example
 * ```ts
 * const world = createWorld({ firehose: { durations: { enabling: 0 }, behaviour: { keepKeyAfterStop: false } } });
 * ```
 */
export interface FirehoseOptions {
  readonly durations: FirehoseDurations;
  readonly limits: FirehoseLimits;
  readonly behaviour: FirehoseBehaviour;
}

/**
 * Virtual-time durations of Firehose transitions, in milliseconds (or `{ min, max }`, drawn from
 * the world's seed per transition). Fault plans can lengthen any of them through
 * `planTransition`.
 *
 * @example
 * ```ts
 * const durations: Partial<FirehoseDurations> = { creating: { min: 10_000, max: 90_000 } };
 * ```
 */
export interface FirehoseDurations {
  /** CREATING → ACTIVE (or CREATING_FAILED). Default 30 000 ms. [INFERRED: "tens of seconds to a couple of minutes"] */
  readonly creating: Duration;
  /** DELETING → gone (or DELETING_FAILED). Default 30 000 ms. [INFERRED: "may remain in the DELETING state for several minutes"] */
  readonly deleting: Duration;
  /** ENABLING → ENABLED (or ENABLING_FAILED) after StartDeliveryStreamEncryption. Default 5 000 ms. [UNKNOWN: undocumented] */
  readonly enabling: Duration;
  /** DISABLING → DISABLED (or DISABLING_FAILED) after StopDeliveryStreamEncryption. Default 5 000 ms. [UNKNOWN: undocumented] */
  readonly disabling: Duration;
  /**
   * How long after the encryption status becomes ENABLED (or DISABLED) records start (or stop)
   * being encrypted: "It can take up to 5 seconds after the encryption status changes to ENABLED
   * before all records written to the Firehose stream are encrypted." Default `{ min: 0, max: 5000 }`,
   * drawn from the seed per transition (plan kind `firehose-encryption-lag`). [MODEL]
   */
  readonly encryptionLag: Duration;
}

/**
 * Firehose limits.
 *
 * @example
 * ```ts
 * const limits: Partial<FirehoseLimits> = { startStopPer24h: 3 };
 * ```
 */
export interface FirehoseLimits {
  /** StartDeliveryStreamEncryption + StopDeliveryStreamEncryption calls combined per delivery stream per rolling 24 hours. Default 25. [DOC] */
  readonly startStopPer24h: number;
  /** Delivery streams one customer-managed KMS key may encrypt; Create or Start past it: LimitExceededException. Default 500. [DOC] */
  readonly deliveryStreamsPerKey: number;
  /** Delivery streams per account and region; CreateDeliveryStream past it: LimitExceededException. Default 5000. [MODEL] */
  readonly deliveryStreamsPerRegion: number;
}

/**
 * A reason a customer-managed key cannot be used, as Firehose would learn it from KMS:
 * `not-found`, `disabled`, `pending-deletion`, `access-denied`, `opt-in-required`, `throttled`,
 * `invalid` (asymmetric, HMAC or AWS-managed key).
 *
 * @example
 * ```ts
 * const p: FirehoseKmsProblem = 'disabled';
 * ```
 */
export type FirehoseKmsProblem = 'not-found' | 'disabled' | 'pending-deletion' | 'access-denied' | 'opt-in-required' | 'throttled' | 'invalid';

/**
 * Behaviours the reference grades inferred or unknown, with the world's defaults.
 *
 * @example
 * ```ts
 * const behaviour: Partial<FirehoseBehaviour> = { startSameConfiguration: 'restart', syncKmsProblems: ['not-found'] };
 * ```
 */
export interface FirehoseBehaviour {
  /**
   * Whether CreateDeliveryStream with KinesisStreamAsSource checks that the source stream exists in
   * the world's Kinesis (InvalidArgumentException if not). Default `false`: the source ARN need not
   * exist. [INFERRED]
   */
  readonly checkSourceStream: boolean;
  /**
   * StartDeliveryStreamEncryption naming the configuration already ENABLED (AWS_OWNED_CMK again, or
   * the same CMK again). `'reject'` (default): InvalidArgumentException, state unchanged ("the
   * firehose backend fails in those cases" [AWS-CODE]). `'restart'`: ENABLING → ENABLED again.
   * `'noop'`: `{}` and nothing changes. [UNKNOWN exception and text]
   */
  readonly startSameConfiguration: 'reject' | 'restart' | 'noop';
  /**
   * StopDeliveryStreamEncryption on a stream that is not encrypted (DISABLED, or ENABLING_FAILED
   * after a first enable). `'reject'` (default): InvalidArgumentException. `'accept'`: DISABLING →
   * DISABLED. [UNKNOWN; AWS's own CloudFormation handler never calls it then]
   */
  readonly stopWhenDisabled: 'reject' | 'accept';
  /** Whether Describe keeps KeyType/KeyARN after DISABLED. Default `true` (floci's claim). [UNKNOWN] */
  readonly keepKeyAfterStop: boolean;
  /**
   * `KeyType: 'AWS_OWNED_CMK'` with a `KeyARN`. `'reject'` (default): InvalidArgumentException.
   * `'ignore'`: the KeyARN is dropped (AWS_OWNED_CMK never shows a KeyARN). [INFERRED]
   */
  readonly awsOwnedWithKeyArn: 'reject' | 'ignore';
  /**
   * What Describe reports as KeyType/KeyARN after a key change ends ENABLING_FAILED (encryption
   * stays on with the old key either way). `'attempted'` (default): the key that failed.
   * `'previous'`: the key still in effect. [UNKNOWN]
   */
  readonly reportAfterFailedKeyChange: 'attempted' | 'previous';
  /**
   * Which KMS problems CreateDeliveryStream and StartDeliveryStreamEncryption answer at once with
   * InvalidKMSResourceException; the others are found when the transition completes and end
   * CREATING_FAILED / ENABLING_FAILED with a FailureDescription. Default `[]` (all asynchronous).
   * [UNKNOWN: the model declares both]
   */
  readonly syncKmsProblems: readonly FirehoseKmsProblem[];
  /**
   * Whether Start/Stop calls rejected after the stream was found (ResourceInUse, InvalidArgument,
   * InvalidKMSResource, LimitExceeded for the key) count toward the 25 per 24 hours. Default `false`.
   * [UNKNOWN]
   */
  readonly countRejectedStartStop: boolean;
  /**
   * Whether records are encrypted while a key change is ENABLING. `'unencrypted'` (default): "You
   * can continue to read and write data ... while the encryption status is ENABLING, but the data is
   * not encrypted" [MODEL, read literally]. `'old-key'`: the old key keeps encrypting until the new
   * one is ENABLED. [INFERRED]
   */
  readonly recordsWhileChangingKey: 'unencrypted' | 'old-key';
  /**
   * The encryption Status Describe shows while a stream created with
   * DeliveryStreamEncryptionConfigurationInput is CREATING. Default `'ENABLING'`; ENABLED once
   * ACTIVE. [INFERRED]
   */
  readonly encryptionStatusWhileCreating: 'ENABLING' | 'ENABLED';
  /** Whether Start/Stop set the stream's LastUpdateTimestamp. Default `true`. [INFERRED: "may change"] */
  readonly encryptionChangeUpdatesTimestamp: boolean;
  /**
   * PutRecord/PutRecordBatch while the stream is DELETING or DELETING_FAILED. `'accept'` (default):
   * "may still accept records". `'reject'`: ResourceNotFoundException. [MODEL "might continue"]
   */
  readonly recordsWhileDeleting: 'accept' | 'reject';
  /**
   * UpdateDestination while the encryption status is ENABLING or DISABLING. `'reject'` (default):
   * ResourceInUseException, as for Start/Stop then. `'accept'`: the update applies. [UNKNOWN: the
   * model declares ResourceInUseException; "the target Firehose stream remains active while the
   * configurations are updated"]
   */
  readonly updateDestinationWhileEncryptionChanging: 'reject' | 'accept';
  /**
   * Whether an accepted Start/Stop moves `VersionId` on. Default `false`: "Each time the destination
   * is updated for a Firehose stream, the version ID is changed" [MODEL], and encryption is not the
   * destination. [INFERRED]
   */
  readonly encryptionChangeMovesVersion: boolean;
}

/**
 * The defaults of {@link FirehoseOptions}.
 *
 * @example
 * ```ts
 * FIREHOSE_DEFAULTS.limits.startStopPer24h; // 25
 * ```
 */
export const FIREHOSE_DEFAULTS: FirehoseOptions = {
  durations: { creating: 30_000, deleting: 30_000, enabling: 5_000, disabling: 5_000, encryptionLag: { min: 0, max: 5_000 } },
  limits: { startStopPer24h: 25, deliveryStreamsPerKey: 500, deliveryStreamsPerRegion: 5_000 },
  behaviour: {
    checkSourceStream: false,
    startSameConfiguration: 'reject',
    stopWhenDisabled: 'reject',
    keepKeyAfterStop: true,
    awsOwnedWithKeyArn: 'reject',
    reportAfterFailedKeyChange: 'attempted',
    syncKmsProblems: [],
    countRejectedStartStop: false,
    recordsWhileChangingKey: 'unencrypted',
    encryptionStatusWhileCreating: 'ENABLING',
    encryptionChangeUpdatesTimestamp: true,
    recordsWhileDeleting: 'accept',
    updateDestinationWhileEncryptionChanging: 'reject',
    encryptionChangeMovesVersion: false,
  },
};

/**
 * The values each behaviour accepts (`'problems'`: an array of {@link FirehoseKmsProblem}).
 *
 * @example
 * ```ts
 * FIREHOSE_CHOICES.stopWhenDisabled; // ['reject', 'accept']
 * ```
 */
export const FIREHOSE_CHOICES: { readonly [K in keyof FirehoseBehaviour]: readonly unknown[] | 'problems' } = {
  checkSourceStream: [true, false],
  startSameConfiguration: ['reject', 'restart', 'noop'],
  stopWhenDisabled: ['reject', 'accept'],
  keepKeyAfterStop: [true, false],
  awsOwnedWithKeyArn: ['reject', 'ignore'],
  reportAfterFailedKeyChange: ['attempted', 'previous'],
  syncKmsProblems: 'problems',
  countRejectedStartStop: [true, false],
  recordsWhileChangingKey: ['unencrypted', 'old-key'],
  encryptionStatusWhileCreating: ['ENABLING', 'ENABLED'],
  encryptionChangeUpdatesTimestamp: [true, false],
  recordsWhileDeleting: ['accept', 'reject'],
  updateDestinationWhileEncryptionChanging: ['reject', 'accept'],
  encryptionChangeMovesVersion: [true, false],
};

/**
 * Every {@link FirehoseKmsProblem}.
 *
 * @example
 * ```ts
 * FIREHOSE_KMS_PROBLEMS.includes('disabled'); // true
 * ```
 */
export const FIREHOSE_KMS_PROBLEMS: readonly FirehoseKmsProblem[] = ['not-found', 'disabled', 'pending-deletion', 'access-denied', 'opt-in-required', 'throttled', 'invalid'];

/**
 * Checks merged Firehose options and returns them; throws a `TypeError` naming the option when a
 * behaviour has a value the world does not know (durations and limits are checked by the world).
 *
 * @example
 * ```ts
 * checkFirehoseOptions({ ...FIREHOSE_DEFAULTS, behaviour: { ...FIREHOSE_DEFAULTS.behaviour, stopWhenDisabled: 'maybe' } }); // throws
 * ```
 */
export function checkFirehoseOptions(options: FirehoseOptions): FirehoseOptions {
  const behaviour = options.behaviour as unknown as Record<string, unknown>;
  for (const [name, choices] of Object.entries(FIREHOSE_CHOICES)) {
    const value = behaviour[name];
    if (choices === 'problems') {
      if (!Array.isArray(value) || !value.every((v) => FIREHOSE_KMS_PROBLEMS.includes(v as FirehoseKmsProblem))) {
        throw new TypeError(
          `[kinesis-sse-harness] firehose.behaviour.${name} must be an array of ${FIREHOSE_KMS_PROBLEMS.map((p) => `'${p}'`).join(', ')}; got ${JSON.stringify(value)}`,
        );
      }
    } else if (!choices.includes(value)) {
      throw new TypeError(
        `[kinesis-sse-harness] firehose.behaviour.${name} must be one of ${choices.map((c) => JSON.stringify(c)).join(', ')}; got ${JSON.stringify(value)}`,
      );
    }
  }
  return options;
}
