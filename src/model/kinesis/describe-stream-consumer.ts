import { defineOperation } from '../operation';
import { ok } from '../result';
import { consumerShape, findConsumer } from './consumers';
import { CONSUMER_REF_INPUT, DESCRIBE_STREAM_CONSUMER_OUTPUT } from './shapes';

/** The exceptions of DescribeStreamConsumer in the service model. [MODEL] */
const ERRORS = ['InvalidArgumentException', 'LimitExceededException', 'ResourceNotFoundException'] as const;

/**
 * DescribeStreamConsumer: a consumer by ConsumerARN, or by StreamARN and ConsumerName, with its
 * StreamARN; CREATING, ACTIVE or DELETING. [MODEL]
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'DescribeStreamConsumer', { StreamARN: arn, ConsumerName: 'analytics' }, ctx);
 * ```
 */
export const describeStreamConsumer = defineOperation({
  service: 'kinesis',
  name: 'DescribeStreamConsumer',
  input: CONSUMER_REF_INPUT,
  output: DESCRIBE_STREAM_CONSUMER_OUTPUT,
  errors: ERRORS,
  run(world, input, ctx) {
    const found = findConsumer(world, input, ctx);
    if (!found.ok) return found;
    return ok({ ConsumerDescription: { ...consumerShape(found.value.consumer), StreamARN: found.value.stream.arn } });
  },
});
