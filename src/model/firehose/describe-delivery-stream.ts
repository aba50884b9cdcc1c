import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { describeStream, findStream } from './describe';
import { notFound } from './messages';
import { DESCRIBE_INPUT, DESCRIBE_OUTPUT } from './shapes';

/**
 * DescribeDeliveryStream: the exact `DeliveryStreamDescription` (a never-encrypted DirectPut
 * stream shows `DeliveryStreamEncryptionConfiguration: { Status: 'DISABLED' }`; Kinesis- and
 * MSK-sourced streams have no encryption configuration and have `Source`; `VersionId` '1' at
 * creation, one more per UpdateDestination; `HasMoreDestinations` false). `Limit` and `ExclusiveStartDestinationId` page the destinations.
 *
 * @example
 * ```ts
 * invoke(world, 'firehose', 'DescribeDeliveryStream', { DeliveryStreamName: 'd' }, { now });
 * ```
 */
export const describeDeliveryStream = defineOperation({
  service: 'firehose',
  name: 'DescribeDeliveryStream',
  input: DESCRIBE_INPUT,
  output: DESCRIBE_OUTPUT,
  errors: ['ResourceNotFoundException'],
  run(world, input, ctx) {
    const s = findStream(world, input.DeliveryStreamName, ctx.region);
    if (s === undefined) return fail(notFound(input.DeliveryStreamName, world.accountId));
    const description = describeStream(s);
    const start = input.ExclusiveStartDestinationId;
    const after = description.Destinations.filter((d) => start === undefined || d.DestinationId > start);
    const page = after.slice(0, input.Limit ?? 10_000);
    return ok({ DeliveryStreamDescription: { ...description, Destinations: page, HasMoreDestinations: after.length > page.length } });
  },
});
