import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { TAG_RESOURCE_INPUT, UNIT } from './shapes';
import { addTags, resolveResource } from './tags';

/** The exceptions of TagResource in the service model. [MODEL] */
const ERRORS = ['AccessDeniedException', 'InvalidArgumentException', 'LimitExceededException', 'ResourceInUseException', 'ResourceNotFoundException'] as const;

/**
 * TagResource: AddTagsToStream by ARN, for a stream or a consumer
 * (`<stream ARN>/consumer/<name>:<seconds>`), with the same rules; `{}`.
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'TagResource', { ResourceARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders', Tags: { team: 'a' } }, ctx);
 * ```
 */
export const tagResource = defineOperation({
  service: 'kinesis',
  name: 'TagResource',
  input: TAG_RESOURCE_INPUT,
  output: UNIT,
  errors: ERRORS,
  run(world, input, ctx) {
    const resource = resolveResource(world, input.ResourceARN, ctx);
    if (!resource.ok) return resource;
    const refused = addTags(resource.value.tags, input.Tags, resource.value.stream);
    return refused === undefined ? ok({}) : fail(refused);
  },
});
