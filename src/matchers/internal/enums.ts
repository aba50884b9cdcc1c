// The AWS enum values the matchers accept, for checking what a test passes at run time.
import type {
  DeliveryStreamEncryptionStatus,
  DeliveryStreamStatus,
  EncryptionType,
  KeyType,
  StreamStatus,
  TransitionProperty,
} from '../types';

export const STREAM_STATUSES: readonly StreamStatus[] = ['CREATING', 'DELETING', 'ACTIVE', 'UPDATING'];
export const ENCRYPTION_TYPES: readonly EncryptionType[] = ['NONE', 'KMS'];
export const DELIVERY_STREAM_STATUSES: readonly DeliveryStreamStatus[] = ['CREATING', 'CREATING_FAILED', 'DELETING', 'DELETING_FAILED', 'ACTIVE'];
export const DELIVERY_STREAM_ENCRYPTION_STATUSES: readonly DeliveryStreamEncryptionStatus[] = [
  'ENABLED',
  'ENABLING',
  'ENABLING_FAILED',
  'DISABLED',
  'DISABLING',
  'DISABLING_FAILED',
];
export const KEY_TYPES: readonly KeyType[] = ['AWS_OWNED_CMK', 'CUSTOMER_MANAGED_CMK'];
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
