import { expectTypeOf, it } from 'vitest';
import type {
  DeliveryStreamEncryptionStatus as ModelEncryptionStatus,
  DeliveryStreamStatus as ModelDeliveryStreamStatus,
  FirehoseKeyType,
  KeyCondition,
  KeyState,
  Service,
  TransitionEntry,
} from '../../src/index';
import type {
  DeliveryStreamEncryptionStatus,
  DeliveryStreamStatus,
  EncryptionType,
  KeyType,
  StreamStatus,
  TransitionProperty,
} from '../../src/matchers/index';
import type { StreamStatus as ModelStreamStatus } from '../../src/model/kinesis/state';
import type {
  DELIVERY_STREAM_ENCRYPTION_STATUSES,
  DELIVERY_STREAM_STATUSES,
  ENCRYPTION_TYPES,
  FIREHOSE_KEY_TYPES,
  KEY_CONDITIONS,
  KEY_STATES,
  SERVICES,
  STREAM_STATUSES,
  TRANSITION_PROPERTIES,
} from '../../src/model/vocabulary';

// Checked by `npm run typecheck` (tsc reads the specs): the types the model and the matchers name
// are exactly the vocabulary's lists, so none can drift from src/model/vocabulary.ts.
type Of<L extends readonly string[]> = L[number];

it('the model and matcher types are the vocabulary’s lists', () => {
  expectTypeOf<StreamStatus>().toEqualTypeOf<Of<typeof STREAM_STATUSES>>();
  expectTypeOf<ModelStreamStatus>().toEqualTypeOf<Of<typeof STREAM_STATUSES>>();
  expectTypeOf<EncryptionType>().toEqualTypeOf<Of<typeof ENCRYPTION_TYPES>>();
  expectTypeOf<DeliveryStreamStatus>().toEqualTypeOf<Of<typeof DELIVERY_STREAM_STATUSES>>();
  expectTypeOf<ModelDeliveryStreamStatus>().toEqualTypeOf<Of<typeof DELIVERY_STREAM_STATUSES>>();
  expectTypeOf<DeliveryStreamEncryptionStatus>().toEqualTypeOf<Of<typeof DELIVERY_STREAM_ENCRYPTION_STATUSES>>();
  expectTypeOf<ModelEncryptionStatus>().toEqualTypeOf<Of<typeof DELIVERY_STREAM_ENCRYPTION_STATUSES>>();
  expectTypeOf<KeyType>().toEqualTypeOf<Of<typeof FIREHOSE_KEY_TYPES>>();
  expectTypeOf<FirehoseKeyType>().toEqualTypeOf<Of<typeof FIREHOSE_KEY_TYPES>>();
  expectTypeOf<KeyState>().toEqualTypeOf<Of<typeof KEY_STATES>>();
  expectTypeOf<KeyCondition>().toEqualTypeOf<Of<typeof KEY_CONDITIONS>>();
  expectTypeOf<Service>().toEqualTypeOf<Of<typeof SERVICES>>();
  expectTypeOf<TransitionProperty>().toEqualTypeOf<Of<typeof TRANSITION_PROPERTIES>>();
  expectTypeOf<TransitionEntry['property']>().toEqualTypeOf<Of<typeof TRANSITION_PROPERTIES>>();
});
