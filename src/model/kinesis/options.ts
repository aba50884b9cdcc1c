import type { Duration } from '../duration';

/**
 * Kinesis Data Streams options of a world: how long the asynchronous states last, the limits, and
 * what the world does where the reference grades AWS's behaviour inferred or unknown.
 * Every member is optional in `createWorld`; the defaults are documented per member and in
 * docs/kinesis.md.
 *
 * @example
 * ```ts
 * const world = createWorld({ kinesis: { durations: { updating: 2_000 }, behaviour: { stopWhenUnencrypted: 'reject' } } });
 * ```
 */
export interface KinesisOptions {
  readonly durations: KinesisDurations;
  readonly limits: KinesisLimits;
  readonly behaviour: KinesisBehaviour;
}

/**
 * Virtual-time durations of Kinesis transitions, in milliseconds (or `{ min, max }`, drawn from the seed).
 *
 * @example
 * ```ts
 * const durations: Partial<KinesisDurations> = { updating: { min: 2_000, max: 30_000 } };
 * ```
 */
export interface KinesisDurations {
  /** CREATING → ACTIVE. Default 10 000 ms. */
  readonly creating: Duration;
  /** UPDATING → ACTIVE after Start/StopStreamEncryption ("a few seconds, can take minutes"). Default 5 000 ms. */
  readonly updating: Duration;
  /** DELETING → gone. Default 5 000 ms. */
  readonly deleting: Duration;
  /**
   * How long after a stream returns to ACTIVE its records start (after Start) or stop (after
   * Stop) being encrypted: AWS documents "up to 5 seconds". Default `{ min: 0, max: 5000 }`, drawn
   * from the seed per transition.
   */
  readonly encryptionLag: Duration;
  /** UPDATING → ACTIVE after UpdateShardCount ("a few minutes" for large streams). Default 10 000 ms. [UNKNOWN] */
  readonly resharding: Duration;
  /** A consumer's CREATING → ACTIVE after RegisterStreamConsumer. Default 5 000 ms. [UNKNOWN] */
  readonly consumerCreating: Duration;
  /** A consumer's DELETING → gone after DeregisterStreamConsumer. Default 5 000 ms. [UNKNOWN] */
  readonly consumerDeleting: Duration;
}

/**
 * Kinesis limits.
 *
 * @example
 * ```ts
 * const limits: Partial<KinesisLimits> = { keyApplicationsPer24h: 3, limitScope: 'account' };
 * ```
 */
export interface KinesisLimits {
  /** Successful StartStreamEncryption applications of a new key per rolling 24 hours. Default 25. [DOC] */
  readonly keyApplicationsPer24h: number;
  /** Successful StopStreamEncryption calls per rolling 24 hours. Default 25. [DOC] */
  readonly stopsPer24h: number;
  /**
   * Whether those two limits count per stream or per account and region. Default `'stream'`.
   * [UNKNOWN]
   */
  readonly limitScope: 'stream' | 'account';
  /**
   * Streams that may be CREATING or DELETING at once per account and region; CreateStream beyond
   * it is LimitExceededException. Default 5. [DOC]
   */
  readonly creatingStreams: number;
  /** Open shards per account and region (an ON_DEMAND stream counts 4). Default 500. [DOC] */
  readonly shardLimit: number;
  /** ON_DEMAND streams per account and region, as DescribeLimits reports it. Default 50. [DOC] */
  readonly onDemandStreamCountLimit: number;
  /** Successful UpdateShardCount calls per stream per rolling 24 hours. Default 10. [DOC] */
  readonly reshardsPer24h: number;
  /** Consumers registered to one stream at once. Default 20. [DOC] */
  readonly consumersPerStream: number;
}

/**
 * Behaviours the reference grades inferred or unknown, with the world's defaults.
 *
 * @example
 * ```ts
 * const behaviour: Partial<KinesisBehaviour> = { describeWhileUpdating: 'old', dataKeyCacheMs: 300_000 };
 * ```
 */
export interface KinesisBehaviour {
  /**
   * StopStreamEncryption on a stream that is not encrypted. `'accept'` (default): the stream goes
   * UPDATING and back to ACTIVE unencrypted, as kinesis-mock and moto do (it counts as a stop).
   * `'reject'`: InvalidArgumentException `Stream <n> under account <a> is not encrypted with KMS.`
   * [UNKNOWN]
   */
  readonly stopWhenUnencrypted: 'accept' | 'reject';
  /**
   * StopStreamEncryption naming a KeyId that is not the stream's key (neither the same string nor
   * a form of the same KMS key). `'accept'` (default) or `'reject'` (InvalidArgumentException).
   * [UNKNOWN]
   */
  readonly stopWithOtherKey: 'accept' | 'reject';
  /**
   * StartStreamEncryption naming the KMS key the stream is already encrypted with (in any KeyId
   * form). `'update'` (default): UPDATING again with the new KeyId text, not counted as a new key
   * application. `'noop'`: `{}` and nothing changes. `'reject'`: InvalidArgumentException. [UNKNOWN]
   */
  readonly startSameKey: 'update' | 'noop' | 'reject';
  /**
   * What DescribeStream(Summary) shows for EncryptionType/KeyId while UPDATING. `'new'` (default,
   * kinesis-mock): the new values at once. `'old'`: the old values until ACTIVE. `'key-first'`
   * (ferrokinesis): the new KeyId at once, the new EncryptionType at ACTIVE. [UNKNOWN]
   */
  readonly describeWhileUpdating: 'new' | 'old' | 'key-first';
  /**
   * When both StreamName and StreamARN are given and name different streams. `'arn'` (default,
   * kinesis-mock): the ARN wins. `'reject'`: InvalidArgumentException. [UNKNOWN]
   */
  readonly nameAndArnDisagree: 'arn' | 'reject';
  /**
   * How long Kinesis keeps using a data key before it asks KMS again ("Kinesis re-calls KMS about
   * every 5 minutes"), i.e. how long writes to an encrypting stream keep succeeding after its key
   * became unusable, counted from the last time the key was checked. Default 0: every write
   * checks the key, so the next write after a disable fails. [INF]
   */
  readonly dataKeyCacheMs: number;
  /**
   * Which record-size model the world follows. `'classic'` (default; what real AWS has answered,
   * [REAL]): `Data` at most 1 048 576 bytes (ValidationException), a PutRecords request at most
   * 5 MiB of data and partition keys (InvalidArgumentException `Records size exceeds 5 MB limit`).
   * `'large-records'` (the newest service model, [MODEL]): `Data` at most 10 485 760 bytes, each
   * record's data and partition key within the stream's `MaxRecordSizeInKiB` (default 1024), a
   * PutRecords request at most 10 MiB.
   */
  readonly recordSizeModel: 'classic' | 'large-records';
  /**
   * StartStreamEncryption naming a KMS key that cannot make data keys (asymmetric, HMAC, or not
   * ENCRYPT_DECRYPT). `'invalid-argument'` (default): InvalidArgumentException. `'kms-invalid-state'`:
   * KMSInvalidStateException. [UNKNOWN]
   */
  readonly wrongKeySpec: 'invalid-argument' | 'kms-invalid-state';
  /**
   * Whether GetRecords fails with the KMS exception when a record it would return is encrypted
   * with a key that is now unusable (the consumer cannot decrypt). Default `true`. [INF]
   */
  readonly getRecordsChecksKey: boolean;
}

/**
 * The defaults of {@link KinesisOptions}.
 *
 * @example
 * ```ts
 * KINESIS_DEFAULTS.limits.keyApplicationsPer24h; // 25
 * ```
 */
export const KINESIS_DEFAULTS: KinesisOptions = {
  durations: { creating: 10_000, updating: 5_000, deleting: 5_000, encryptionLag: { min: 0, max: 5_000 }, resharding: 10_000, consumerCreating: 5_000, consumerDeleting: 5_000 },
  limits: {
    keyApplicationsPer24h: 25,
    stopsPer24h: 25,
    limitScope: 'stream',
    creatingStreams: 5,
    shardLimit: 500,
    onDemandStreamCountLimit: 50,
    reshardsPer24h: 10,
    consumersPerStream: 20,
  },
  behaviour: {
    stopWhenUnencrypted: 'accept',
    stopWithOtherKey: 'accept',
    startSameKey: 'update',
    describeWhileUpdating: 'new',
    nameAndArnDisagree: 'arn',
    dataKeyCacheMs: 0,
    recordSizeModel: 'classic',
    wrongKeySpec: 'invalid-argument',
    getRecordsChecksKey: true,
  },
};

/**
 * The allowed values of every Kinesis option that is a choice, by `section.option` path.
 *
 * @example
 * ```ts
 * KINESIS_CHOICES['behaviour.startSameKey']; // ['update', 'noop', 'reject']
 * ```
 */
export const KINESIS_CHOICES: Readonly<Record<string, readonly unknown[]>> = {
  'limits.limitScope': ['stream', 'account'],
  'behaviour.stopWhenUnencrypted': ['accept', 'reject'],
  'behaviour.stopWithOtherKey': ['accept', 'reject'],
  'behaviour.startSameKey': ['update', 'noop', 'reject'],
  'behaviour.describeWhileUpdating': ['new', 'old', 'key-first'],
  'behaviour.nameAndArnDisagree': ['arn', 'reject'],
  'behaviour.recordSizeModel': ['classic', 'large-records'],
  'behaviour.wrongKeySpec': ['invalid-argument', 'kms-invalid-state'],
  'behaviour.getRecordsChecksKey': [true, false],
};

/**
 * Checks the values of merged Kinesis options (the world checks names, durations and numbers) and
 * returns them; throws a `TypeError` naming the option when a value is not one of its choices.
 *
 * @example
 * ```ts
 * checkKinesisOptions({ ...KINESIS_DEFAULTS, behaviour: { ...KINESIS_DEFAULTS.behaviour, startSameKey: 'noop' } });
 * ```
 */
export function checkKinesisOptions(options: KinesisOptions): KinesisOptions {
  const sections = options as unknown as Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  for (const [path, choices] of Object.entries(KINESIS_CHOICES)) {
    const [section, key] = path.split('.') as [string, string];
    const value = sections[section]?.[key];
    if (!choices.includes(value)) {
      throw new TypeError(
        `[kinesis-sse-harness] kinesis.${path} must be one of ${choices.map((c) => JSON.stringify(c)).join(', ')}; got ${JSON.stringify(value)}`,
      );
    }
  }
  const cache = options.behaviour.dataKeyCacheMs;
  if (typeof cache !== 'number' || !Number.isFinite(cache) || cache < 0) {
    throw new TypeError(`[kinesis-sse-harness] kinesis.behaviour.dataKeyCacheMs must be a number of milliseconds >= 0; got ${JSON.stringify(cache)}`);
  }
  return options;
}
