import type { Duration } from '../duration';

/**
 * Kinesis Data Streams options of a world: how long the asynchronous states last, the limits, and
 * what the world does where the reference grades AWS's behaviour inferred or unknown.
 * Every member is optional in {@link createWorld}; the defaults are documented per member.
 */
export interface KinesisOptions {
  readonly durations: KinesisDurations;
  readonly limits: KinesisLimits;
  readonly behaviour: KinesisBehaviour;
}

/** Virtual-time durations of Kinesis transitions, in milliseconds (or `{ min, max }`, drawn from the seed). */
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
}

/** Kinesis limits. */
export interface KinesisLimits {
  /** Successful StartStreamEncryption applications of a new key per rolling 24 hours. Default 25. [DOC] */
  readonly keyApplicationsPer24h: number;
  /** Successful StopStreamEncryption calls per rolling 24 hours. Default 25. [DOC] */
  readonly stopsPer24h: number;
  /** Whether those two limits count per stream or per account. Default `'stream'`. [UNKNOWN] */
  readonly limitScope: 'stream' | 'account';
  /** Streams that may be CREATING at once per account. Default 5. [DOC] */
  readonly creatingStreams: number;
}

/** Behaviours the reference grades inferred or unknown, with the world's defaults. */
export interface KinesisBehaviour {
  /**
   * StopStreamEncryption on a stream that is not encrypted. `'accept'` (default): the stream goes
   * UPDATING and back to ACTIVE unencrypted, as kinesis-mock and moto do. `'reject'`:
   * InvalidArgumentException `Stream <n> under account <a> is not encrypted with KMS.` [UNKNOWN]
   */
  readonly stopWhenUnencrypted: 'accept' | 'reject';
  /**
   * StopStreamEncryption naming a KeyId other than the stream's. `'accept'` (default) or `'reject'`
   * (InvalidArgumentException). [UNKNOWN]
   */
  readonly stopWithOtherKey: 'accept' | 'reject';
  /**
   * StartStreamEncryption repeating the stream's current KeyId. `'update'` (default): UPDATING
   * again, not counted as a new key application. `'noop'`: `{}` and nothing changes. `'reject'`:
   * InvalidArgumentException. [UNKNOWN]
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
   * How long a data key stays cached after its KMS key is disabled, i.e. how long writes keep
   * succeeding ("Kinesis re-calls KMS about every 5 minutes"). Default 0: the next write fails. [INF]
   */
  readonly dataKeyCacheMs: number;
}

/** The defaults of {@link KinesisOptions}. */
export const KINESIS_DEFAULTS: KinesisOptions = {
  durations: { creating: 10_000, updating: 5_000, deleting: 5_000, encryptionLag: { min: 0, max: 5_000 } },
  limits: { keyApplicationsPer24h: 25, stopsPer24h: 25, limitScope: 'stream', creatingStreams: 5 },
  behaviour: {
    stopWhenUnencrypted: 'accept',
    stopWithOtherKey: 'accept',
    startSameKey: 'update',
    describeWhileUpdating: 'new',
    nameAndArnDisagree: 'arn',
    dataKeyCacheMs: 0,
  },
};
