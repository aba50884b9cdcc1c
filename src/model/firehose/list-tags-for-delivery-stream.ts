import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { findStream } from './describe';
import { notFound } from './messages';
import { LIST_TAGS_INPUT, LIST_TAGS_OUTPUT, MAX_TAGS } from './shapes';

/**
 * ListTagsForDeliveryStream: the stream's tags in the order they were added, `Limit` (1..50,
 * default all) at a time, starting after the tag whose key is `ExclusiveStartTagKey`;
 * `HasMoreTags` when tags are left. A start key the stream does not have gives an empty page
 * [INFERRED, as moto]. Any status, any encryption status.
 *
 * @example
 * ```ts
 * invoke(world, 'firehose', 'ListTagsForDeliveryStream', { DeliveryStreamName: 'd', Limit: 10 }, { now });
 * // { ok: true, value: { Tags: [{ Key: 'team', Value: 'payments' }], HasMoreTags: false } }
 * ```
 */
export const listTagsForDeliveryStream = defineOperation({
  service: 'firehose',
  name: 'ListTagsForDeliveryStream',
  input: LIST_TAGS_INPUT,
  output: LIST_TAGS_OUTPUT,
  errors: ['ResourceNotFoundException', 'InvalidArgumentException', 'LimitExceededException'],
  run(world, input, ctx) {
    const s = findStream(world, input.DeliveryStreamName, ctx.region);
    if (s === undefined) return fail(notFound(input.DeliveryStreamName, world.accountId));
    const start = input.ExclusiveStartTagKey;
    const at = start === undefined ? -1 : s.tags.findIndex((t) => t.Key === start);
    const after = start === undefined ? s.tags : at < 0 ? [] : s.tags.slice(at + 1);
    const page = after.slice(0, input.Limit ?? MAX_TAGS);
    return ok({ Tags: page.map((t) => ({ ...t })), HasMoreTags: after.length > page.length });
  },
});
