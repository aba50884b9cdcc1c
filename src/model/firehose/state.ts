import { formatArn } from '../arn';
import type { Pending } from '../pending';
import type { DELIVERY_STREAM_ENCRYPTION_STATUSES, DELIVERY_STREAM_STATUSES, FIREHOSE_KEY_TYPES } from '../vocabulary';
import { createRollingWindow, DAY_MS, type RollingWindow } from '../rolling-window';
import { DeliveryStreamIndex } from './stream-index';
import type { DestinationDescription } from './describe';
import type { SourceDescription } from './shapes';

/**
 * Where a delivery stream's records come from. SSE is possible only for `DirectPut`. [MODEL]
 *
 * @example
 * ```ts
 * const t: DeliveryStreamType = 'KinesisStreamAsSource';
 * ```
 */
export type DeliveryStreamType = 'DirectPut' | 'KinesisStreamAsSource' | 'MSKAsSource' | 'DatabaseAsSource';

/**
 * The five delivery-stream statuses. [MODEL]
 *
 * @example
 * ```ts
 * const s: DeliveryStreamStatus = 'CREATING_FAILED';
 * ```
 */
export type DeliveryStreamStatus = (typeof DELIVERY_STREAM_STATUSES)[number];

/**
 * The six encryption statuses of `DeliveryStreamEncryptionConfiguration.Status`. [MODEL]
 *
 * @example
 * ```ts
 * const s: DeliveryStreamEncryptionStatus = 'ENABLING_FAILED';
 * ```
 */
export type DeliveryStreamEncryptionStatus = (typeof DELIVERY_STREAM_ENCRYPTION_STATUSES)[number];

/**
 * The two key types. [MODEL]
 *
 * @example
 * ```ts
 * const t: FirehoseKeyType = 'AWS_OWNED_CMK';
 * ```
 */
export type FirehoseKeyType = (typeof FIREHOSE_KEY_TYPES)[number];

/**
 * A key a delivery stream encrypts with: an AWS-owned key (no ARN, ever) or a customer-managed
 * key by its key ARN.
 *
 * @example
 * ```ts
 * const k: FirehoseKey = { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' };
 * ```
 */
export interface FirehoseKey {
  readonly KeyType: FirehoseKeyType;
  readonly KeyARN?: string;
}

/**
 * Why a create, delete or encryption change failed. `Type` is typed as a string, as the SDK does:
 * real AWS emits values outside the modelled enum (e.g. `CREATE_PRIVATE_LINK_FAILED`).
 *
 * @example
 * ```ts
 * const f: FailureDescription = { Type: 'DISABLED_KMS_KEY', Details: 'arn:aws:kms:...:key/... is disabled.' };
 * ```
 */
export interface FailureDescription {
  readonly Type: string;
  readonly Details: string;
}

/**
 * The encryption configuration as Describe reports it (mutable inside the model).
 *
 * @example
 * ```ts
 * const c: EncryptionConfiguration = { Status: 'ENABLED', KeyType: 'AWS_OWNED_CMK' };
 * ```
 */
export interface EncryptionConfiguration {
  Status: DeliveryStreamEncryptionStatus;
  KeyType?: FirehoseKeyType;
  KeyARN?: string;
  FailureDescription?: FailureDescription;
}

/**
 * One record a delivery stream accepted, for inspection (`world.firehose.records(name)`).
 *
 * @example
 * ```ts
 * const r: FirehoseRecordInfo = { DeliveryStreamARN: arn, RecordId: 'Rj...', time: 0, encrypted: false, size: 12 };
 * ```
 */
export interface FirehoseRecordInfo {
  readonly DeliveryStreamARN: string;
  readonly RecordId: string;
  /** Virtual time of the PutRecord/PutRecordBatch call, epoch ms. */
  readonly time: number;
  /** The `Encrypted` the call answered. */
  readonly encrypted: boolean;
  /** The key that encrypted it, when encrypted. */
  readonly KeyType?: FirehoseKeyType;
  readonly KeyARN?: string;
  /** Size of the data in bytes. */
  readonly size: number;
}

/**
 * A record a delivery stream keeps, in as little memory as a long run needs (a view makes the
 * {@link FirehoseRecordInfo} from it): the RecordId is not kept but drawn again from the state the
 * world's id generator had when the call drew it (`recordIdAt` in records.ts), and the key is the
 * stream's own (immutable) key object.
 *
 * @example
 * ```ts
 * const r: StoredFirehoseRecord = { idState: 0, time: 0, size: 12, key: undefined };
 * ```
 */
export interface StoredFirehoseRecord {
  /** The id generator's state before the RecordId was drawn, as a signed 32-bit integer. */
  readonly idState: number;
  /** Virtual time of the PutRecord/PutRecordBatch call, epoch ms. */
  readonly time: number;
  /** Size of the data in bytes. */
  readonly size: number;
  /** The key that encrypted it; undefined when it was not encrypted. */
  readonly key: FirehoseKey | undefined;
}

/**
 * A tag of a delivery stream.
 *
 * @example
 * ```ts
 * const t: FirehoseTag = { Key: 'team', Value: 'payments' };
 * ```
 */
export interface FirehoseTag {
  readonly Key: string;
  readonly Value?: string;
}

/**
 * A delivery stream in the world. Mutated only by the Firehose model.
 *
 * @example
 * ```ts
 * const s: DeliveryStream | undefined = world.firehose.deliveryStreams.get(arn);
 * ```
 */
export interface DeliveryStream {
  readonly name: string;
  readonly arn: string;
  readonly region: string;
  readonly type: DeliveryStreamType;
  status: DeliveryStreamStatus;
  /** Stream-level FailureDescription (CREATING_FAILED, DELETING_FAILED). */
  failure?: FailureDescription;
  readonly createTimestamp: number;
  lastUpdateTimestamp?: number;
  versionId: number;
  /** Describe's `Source`, for non-DirectPut streams. */
  readonly source?: SourceDescription;
  /** Describe's `Destinations` (UpdateDestination replaces an entry). */
  readonly destinations: DestinationDescription[];
  /** The reported encryption configuration; absent for every non-DirectPut stream. */
  encryption?: EncryptionConfiguration;
  /** The key in effect: what encrypts records when encryption is on (apart from the key reported). */
  keyInEffect?: FirehoseKey;
  /** The grant this stream holds on the CMK in effect. */
  grantId?: string;
  /** The key being enabled by a pending ENABLING (or CREATING with SSE). */
  target?: FirehoseKey;
  /** The key records are encrypted with right now; undefined: records are not encrypted. */
  recordKey?: FirehoseKey;
  /** The pending CREATING/ENABLING/DISABLING/DELETING transition. */
  transition?: Pending;
  /** The pending change of record encryption (the ≤ 5 s lag). */
  lag?: Pending;
  /** Whether the pending deletion may ignore a grant that cannot be retired. */
  forceDelete?: boolean;
  /** The stream's tags in the order they were first added (TagDeliveryStream replaces a value in place). */
  readonly tags: FirehoseTag[];
  /** The records kept, oldest first (see `retain.records`). */
  readonly records: StoredFirehoseRecord[];
}

/**
 * The Firehose part of the world. Delivery streams are keyed by their ARN (in a map that also
 * indexes them per region and per CMK, see `DeliveryStreamIndex`).
 *
 * @example
 * ```ts
 * world.firehose.deliveryStreams.size;
 * ```
 */
export interface FirehoseState {
  readonly deliveryStreams: Map<string, DeliveryStream>;
  /** Start+Stop calls per delivery stream ARN in the rolling 24 hours. */
  readonly startStop: RollingWindow;
}

/**
 * An empty {@link FirehoseState}.
 *
 * @example
 * ```ts
 * createFirehoseState();
 * ```
 */
export function createFirehoseState(): FirehoseState {
  return { deliveryStreams: new DeliveryStreamIndex(), startStop: createRollingWindow(DAY_MS) };
}

/**
 * The ARN of delivery stream `name` in `region` of `account`.
 *
 * @example
 * ```ts
 * deliveryStreamArn('orders', 'us-east-1', '123456789012');
 * // 'arn:aws:firehose:us-east-1:123456789012:deliverystream/orders'
 * ```
 */
export function deliveryStreamArn(name: string, region: string, account: string): string {
  return formatArn('firehose', region, account, `deliverystream/${name}`);
}
