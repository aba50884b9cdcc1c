import { defineOperation } from '../operation';
import { ok } from '../result';
import { LIST_TAGS_FOR_STREAM_INPUT, LIST_TAGS_FOR_STREAM_OUTPUT } from './shapes';
import { findStream } from './streams';
import { tagList } from './tags';

/** The exceptions of ListTagsForStream in the service model. [MODEL] */
const ERRORS = ['AccessDeniedException', 'InvalidArgumentException', 'LimitExceededException', 'ResourceNotFoundException'] as const;

/**
 * Tags per ListTagsForStream page by default (and at most, the model's Limit bound). [MODEL]
 *
 * @example
 * ```ts
 * const limit = input.Limit ?? LIST_TAGS_MAX;
 * ```
 */
export const LIST_TAGS_MAX = 50;

/**
 * ListTagsForStream: the stream's tags sorted by key, after `ExclusiveStartTagKey`, `Limit` at a
 * time (default 50); `HasMoreTags` says whether more follow. [DOC; sorting INF]
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'ListTagsForStream', { StreamName: 'orders', Limit: 10 }, ctx);
 * ```
 */
export const listTagsForStream = defineOperation({
  service: 'kinesis',
  name: 'ListTagsForStream',
  input: LIST_TAGS_FOR_STREAM_INPUT,
  output: LIST_TAGS_FOR_STREAM_OUTPUT,
  errors: ERRORS,
  run(world, input, ctx) {
    const found = findStream(world, input, ctx);
    if (!found.ok) return found;
    const after = input.ExclusiveStartTagKey;
    const all = tagList(found.value.tags).filter((t) => after === undefined || t.Key > after);
    const page = all.slice(0, input.Limit ?? LIST_TAGS_MAX);
    return ok({ Tags: page, HasMoreTags: all.length > page.length });
  },
});
