import type { LegacyOperation } from '../operation';
import { fail, ok } from '../result';
import { validateInput } from '../validate';
import { describeStream, findStream } from './describe';
import { notFound } from './messages';
import { DESCRIBE_MEMBERS } from './shapes';

/**
 * DescribeDeliveryStream: the exact `DeliveryStreamDescription` (a never-encrypted DirectPut
 * stream shows `DeliveryStreamEncryptionConfiguration: { Status: 'DISABLED' }`; Kinesis- and
 * MSK-sourced streams have no encryption configuration and have `Source`; `VersionId` '1',
 * `HasMoreDestinations` false). `Limit` and `ExclusiveStartDestinationId` page the destinations.
 *
 * @example
 * ```ts
 * invoke(world, 'firehose', 'DescribeDeliveryStream', { DeliveryStreamName: 'd' }, { now });
 * ```
 */
export const describeDeliveryStream: LegacyOperation = (world, input, ctx) => {
  const invalid = validateInput('firehose', input, DESCRIBE_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const i = input as { DeliveryStreamName: string; Limit?: number; ExclusiveStartDestinationId?: string };
  const s = findStream(world, i.DeliveryStreamName, ctx.region);
  if (s === undefined) return fail(notFound(i.DeliveryStreamName, world.accountId));
  const description = describeStream(s);
  const start = i.ExclusiveStartDestinationId;
  const after = description.Destinations.filter((d) => start === undefined || String(d['DestinationId']) > start);
  const page = after.slice(0, i.Limit ?? 10_000);
  return ok({ DeliveryStreamDescription: { ...description, Destinations: page, HasMoreDestinations: after.length > page.length } });
};
