import { defineOperation } from '../operation';
import { ok } from '../result';
import { describeSummary } from './describe';
import { DESCRIBE_STREAM_SUMMARY_INPUT, DESCRIBE_STREAM_SUMMARY_OUTPUT } from './shapes';
import { findStream } from './streams';

/** The exceptions of DescribeStreamSummary in the service model. [MODEL] */
const ERRORS = ['AccessDeniedException', 'InvalidArgumentException', 'LimitExceededException', 'ResourceNotFoundException'] as const;

/**
 * DescribeStreamSummary: the StreamDescriptionSummary (no shards; OpenShardCount, ConsumerCount
 * 0), with EncryptionType and KeyId exactly as DescribeStream shows them.
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'DescribeStreamSummary', { StreamARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders' }, ctx);
 * ```
 */
export const describeStreamSummary = defineOperation({
  service: 'kinesis',
  name: 'DescribeStreamSummary',
  input: DESCRIBE_STREAM_SUMMARY_INPUT,
  output: DESCRIBE_STREAM_SUMMARY_OUTPUT,
  errors: ERRORS,
  run(world, input, ctx) {
    const found = findStream(world, input, ctx);
    if (!found.ok) return found;
    return ok({ StreamDescriptionSummary: describeSummary(found.value) });
  },
});
