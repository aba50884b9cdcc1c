import { defineOperation } from '../operation';
import { ok } from '../result';
import { taggableStream } from './rules';
import { UNIT, UNTAG_INPUT } from './shapes';

/**
 * UntagDeliveryStream: removes the tags with the keys given; a key the stream does not have is
 * ignored ("If you specify a tag that doesn't exist, the operation ignores it" [MODEL]); `{}`.
 * ResourceInUseException unless the stream is ACTIVE; the encryption status does not matter.
 *
 * @example
 * ```ts
 * invoke(world, 'firehose', 'UntagDeliveryStream', { DeliveryStreamName: 'd', TagKeys: ['team'] }, { now });
 * ```
 */
export const untagDeliveryStream = defineOperation({
  service: 'firehose',
  name: 'UntagDeliveryStream',
  input: UNTAG_INPUT,
  output: UNIT,
  errors: ['ResourceNotFoundException', 'ResourceInUseException', 'InvalidArgumentException', 'LimitExceededException'],
  run(world, input, ctx) {
    const target = taggableStream(world, input.DeliveryStreamName, ctx.region);
    if (!target.ok) return target;
    const s = target.value;
    const removed = new Set(input.TagKeys);
    const kept = s.tags.filter((t) => !removed.has(t.Key));
    s.tags.splice(0, s.tags.length, ...kept);
    return ok({});
  },
});
