import type { LegacyOperation } from '../operation';
import { fail, ok } from '../result';
import { validateInput } from '../validate';
import { LIST_MEMBERS } from './shapes';

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
export const listDeliveryStreams: LegacyOperation = (world, input, ctx) => {
  const invalid = validateInput('firehose', input, LIST_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const i = input as { Limit?: number; DeliveryStreamType?: string; ExclusiveStartDeliveryStreamName?: string };
  const limit = i.Limit ?? 10;
  const names: string[] = [];
  for (const s of world.firehose.deliveryStreams.values()) {
    if (s.region !== ctx.region) continue;
    if (i.DeliveryStreamType !== undefined && s.type !== i.DeliveryStreamType) continue;
    if (i.ExclusiveStartDeliveryStreamName !== undefined && s.name <= i.ExclusiveStartDeliveryStreamName) continue;
    names.push(s.name);
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return ok({ DeliveryStreamNames: names.slice(0, limit), HasMoreDeliveryStreams: names.length > limit });
};
