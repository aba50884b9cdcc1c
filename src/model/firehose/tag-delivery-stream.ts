import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { limitExceeded, tagLimit } from './messages';
import { taggableStream } from './rules';
import { MAX_TAGS, TAG_INPUT, UNIT } from './shapes';

/**
 * TagDeliveryStream: adds tags, or replaces the value of a key the stream has ("If you specify a tag
 * that already exists, the tag value is replaced" [MODEL]); `{}`. At most 50 tags per stream
 * (LimitExceededException, nothing changed); ResourceInUseException unless the stream is ACTIVE.
 * The encryption status does not matter (tagging during ENABLING is fine). A key given twice in one
 * call takes its last value.
 *
 * @example
 * ```ts
 * invoke(world, 'firehose', 'TagDeliveryStream', { DeliveryStreamName: 'd', Tags: [{ Key: 'team', Value: 'payments' }] }, { now });
 * ```
 */
export const tagDeliveryStream = defineOperation({
  service: 'firehose',
  name: 'TagDeliveryStream',
  input: TAG_INPUT,
  output: UNIT,
  errors: ['ResourceNotFoundException', 'ResourceInUseException', 'InvalidArgumentException', 'LimitExceededException'],
  run(world, input, ctx) {
    const target = taggableStream(world, input.DeliveryStreamName, ctx.region);
    if (!target.ok) return target;
    const s = target.value;
    const next = [...s.tags];
    for (const tag of input.Tags) {
      const entry = tag.Value === undefined ? { Key: tag.Key } : { Key: tag.Key, Value: tag.Value };
      const at = next.findIndex((t) => t.Key === tag.Key);
      if (at >= 0) next[at] = entry;
      else next.push(entry);
    }
    if (next.length > MAX_TAGS) return fail(limitExceeded(tagLimit(s.name, world.accountId, MAX_TAGS)));
    s.tags.splice(0, s.tags.length, ...next);
    return ok({});
  },
});
