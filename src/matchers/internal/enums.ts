// The AWS enum values the matchers accept, for checking what a test passes at run time: the
// model's own lists (src/model/vocabulary.ts), never restated here, so a value the model emits is
// one the matchers accept.
export {
  DELIVERY_STREAM_ENCRYPTION_STATUSES,
  DELIVERY_STREAM_STATUSES,
  ENCRYPTION_TYPES,
  FIREHOSE_KEY_TYPES as KEY_TYPES,
  STREAM_STATUSES,
  TRANSITION_PROPERTIES,
} from '../../model/vocabulary';
