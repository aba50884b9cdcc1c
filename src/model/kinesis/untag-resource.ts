import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { UNIT, UNTAG_RESOURCE_INPUT } from './shapes';
import { removeTags, resolveResource } from './tags';

/** The exceptions of UntagResource in the service model. [MODEL] */
const ERRORS = ['AccessDeniedException', 'InvalidArgumentException', 'LimitExceededException', 'ResourceInUseException', 'ResourceNotFoundException'] as const;

/**
 * UntagResource: RemoveTagsFromStream by ARN, for a stream or a consumer; `{}`.
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'UntagResource', { ResourceARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders', TagKeys: ['team'] }, ctx);
 * ```
 */
export const untagResource = defineOperation({
  service: 'kinesis',
  name: 'UntagResource',
  input: UNTAG_RESOURCE_INPUT,
  output: UNIT,
  errors: ERRORS,
  run(world, input, ctx) {
    const resource = resolveResource(world, input.ResourceARN, ctx);
    if (!resource.ok) return resource;
    const refused = removeTags(resource.value.tags, input.TagKeys, resource.value.stream);
    return refused === undefined ? ok({}) : fail(refused);
  },
});
