// The AWS enum values the matchers accept, for checking what a test passes at run time.
import type {
  DeliveryStreamEncryptionStatus,
  DeliveryStreamStatus,
  EncryptionType,
  KeyType,
  StreamStatus,
  TransitionProperty,
} from '../types';

/**
 * Kinesis `StreamStatus` values.
 *
 * @example
 * ```ts
 * STREAM_STATUSES.includes('ACTIVE'); // true
 * ```
 */
export const STREAM_STATUSES: readonly StreamStatus[] = ['CREATING', 'DELETING', 'ACTIVE', 'UPDATING'];
/**
 * Kinesis `EncryptionType` values.
 *
 * @example
 * ```ts
 * ENCRYPTION_TYPES.includes('KMS'); // true
 * ```
 */
export const ENCRYPTION_TYPES: readonly EncryptionType[] = ['NONE', 'KMS'];
/**
 * Firehose `DeliveryStreamStatus` values.
 *
 * @example
 * ```ts
 * DELIVERY_STREAM_STATUSES.includes('ACTIVE'); // true
 * ```
 */
export const DELIVERY_STREAM_STATUSES: readonly DeliveryStreamStatus[] = ['CREATING', 'CREATING_FAILED', 'DELETING', 'DELETING_FAILED', 'ACTIVE'];
/**
 * Firehose encryption `Status` values.
 *
 * @example
 * ```ts
 * DELIVERY_STREAM_ENCRYPTION_STATUSES.includes('ENABLED'); // true
 * ```
 */
export const DELIVERY_STREAM_ENCRYPTION_STATUSES: readonly DeliveryStreamEncryptionStatus[] = [
  'ENABLED',
  'ENABLING',
  'ENABLING_FAILED',
  'DISABLED',
  'DISABLING',
  'DISABLING_FAILED',
];
/**
 * Firehose `KeyType` values.
 *
 * @example
 * ```ts
 * KEY_TYPES.includes('AWS_OWNED_CMK'); // true
 * ```
 */
export const KEY_TYPES: readonly KeyType[] = ['AWS_OWNED_CMK', 'CUSTOMER_MANAGED_CMK'];
/**
 * The `property` names of trace transitions.
 *
 * @example
 * ```ts
 * TRANSITION_PROPERTIES.includes('KeyState'); // true
 * ```
 */
export const TRANSITION_PROPERTIES: readonly TransitionProperty[] = [
  'StreamStatus',
  'EncryptionType',
  'KeyId',
  'RecordEncryption',
  'DeliveryStreamStatus',
  'EncryptionStatus',
  'KeyInEffect',
  'KeyState',
];
