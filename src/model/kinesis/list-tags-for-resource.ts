import { defineOperation } from '../operation';
import { ok } from '../result';
import { LIST_TAGS_FOR_RESOURCE_INPUT, LIST_TAGS_FOR_RESOURCE_OUTPUT } from './shapes';
import { resolveResource, tagList } from './tags';

/** The exceptions of ListTagsForResource in the service model. [MODEL] */
const ERRORS = ['AccessDeniedException', 'InvalidArgumentException', 'LimitExceededException', 'ResourceNotFoundException'] as const;

/**
 * ListTagsForResource: every tag of a stream or a consumer, sorted by key (no pagination in the
 * service model). [MODEL; sorting INF]
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'ListTagsForResource', { ResourceARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders' }, ctx);
 * ```
 */
export const listTagsForResource = defineOperation({
  service: 'kinesis',
  name: 'ListTagsForResource',
  input: LIST_TAGS_FOR_RESOURCE_INPUT,
  output: LIST_TAGS_FOR_RESOURCE_OUTPUT,
  errors: ERRORS,
  run(world, input, ctx) {
    const resource = resolveResource(world, input.ResourceARN, ctx);
    if (!resource.ok) return resource;
    return ok({ Tags: tagList(resource.value.tags) });
  },
});
