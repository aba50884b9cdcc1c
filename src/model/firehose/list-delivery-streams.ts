import { defineOperation } from '../operation';
import { ok } from '../result';
import { streamsInRegion } from './describe';
import { LIST_INPUT, LIST_OUTPUT } from './shapes';

/**
 * ListDeliveryStreams: the names of the caller's region, alphabetical, at most `Limit` (default
 * 10) after `ExclusiveStartDeliveryStreamName`, optionally of one `DeliveryStreamType`, with
 * `HasMoreDeliveryStreams`. Streams in every status are listed.
 *
 * @example
 * ```ts
 * invoke(world, 'firehose', 'ListDeliveryStreams', { Limit: 2 }, { now });
 * // { ok: true, value: { DeliveryStreamNames: ['a', 'b'], HasMoreDeliveryStreams: true } }
 * ```
 */
export const listDeliveryStreams = defineOperation({
  service: 'firehose',
  name: 'ListDeliveryStreams',
  input: LIST_INPUT,
  output: LIST_OUTPUT,
  errors: [],
  run(world, input, ctx) {
    const limit = input.Limit ?? 10;
    const names = streamsInRegion(world, ctx.region).filter(
      (s) => (input.DeliveryStreamType === undefined || s.type === input.DeliveryStreamType) && (input.ExclusiveStartDeliveryStreamName === undefined || s.name > input.ExclusiveStartDeliveryStreamName),
    );
    return ok({ DeliveryStreamNames: names.slice(0, limit).map((s) => s.name), HasMoreDeliveryStreams: names.length > limit });
  },
});
