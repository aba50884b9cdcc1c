import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { ADD_TAGS_TO_STREAM_INPUT, UNIT } from './shapes';
import { findStream } from './streams';
import { addTags } from './tags';

/** The exceptions of AddTagsToStream in the service model. [MODEL] */
const ERRORS = ['AccessDeniedException', 'InvalidArgumentException', 'LimitExceededException', 'ResourceInUseException', 'ResourceNotFoundException'] as const;

/**
 * AddTagsToStream: adds or overwrites tags, in any state of the stream [INF]; `{}`. More than 50
 * tags after the call, a key outside 1–128 characters or characters Kinesis refuses are rejected
 * and nothing changes (see `tags.ts`).
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'AddTagsToStream', { StreamName: 'orders', Tags: { team: 'payments' } }, ctx);
 * ```
 */
export const addTagsToStream = defineOperation({
  service: 'kinesis',
  name: 'AddTagsToStream',
  input: ADD_TAGS_TO_STREAM_INPUT,
  output: UNIT,
  errors: ERRORS,
  run(world, input, ctx) {
    const found = findStream(world, input, ctx);
    if (!found.ok) return found;
    const refused = addTags(found.value.tags, input.Tags, found.value);
    return refused === undefined ? ok({}) : fail(refused);
  },
});
