import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { REMOVE_TAGS_FROM_STREAM_INPUT, UNIT } from './shapes';
import { findStream } from './streams';
import { removeTags } from './tags';

/** The exceptions of RemoveTagsFromStream in the service model. [MODEL] */
const ERRORS = ['AccessDeniedException', 'InvalidArgumentException', 'LimitExceededException', 'ResourceInUseException', 'ResourceNotFoundException'] as const;

/**
 * RemoveTagsFromStream: removes the tags with those keys (keys the stream does not carry are
 * ignored) [INF]; `{}`.
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'RemoveTagsFromStream', { StreamName: 'orders', TagKeys: ['team'] }, ctx);
 * ```
 */
export const removeTagsFromStream = defineOperation({
  service: 'kinesis',
  name: 'RemoveTagsFromStream',
  input: REMOVE_TAGS_FROM_STREAM_INPUT,
  output: UNIT,
  errors: ERRORS,
  run(world, input, ctx) {
    const found = findStream(world, input, ctx);
    if (!found.ok) return found;
    const refused = removeTags(found.value.tags, input.TagKeys, found.value);
    return refused === undefined ? ok({}) : fail(refused);
  },
});
