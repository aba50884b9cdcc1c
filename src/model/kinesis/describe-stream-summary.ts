import type { LegacyOperation } from '../operation';
import { fail, ok } from '../result';
import { describeSummary } from './describe';
import { fields, STREAM_IDENTIFIERS, validateKinesis } from './shapes';
import { findStream } from './streams';

/**
 * DescribeStreamSummary: the StreamDescriptionSummary (no shards; OpenShardCount, ConsumerCount
 * 0), with EncryptionType and KeyId exactly as DescribeStream shows them.
 *
 * @example
 * ```ts
 * describeStreamSummary(world, { StreamARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders' }, ctx);
 * ```
 */
export const describeStreamSummary: LegacyOperation = (world, input, ctx) => {
  const invalid = validateKinesis(input, STREAM_IDENTIFIERS);
  if (invalid !== undefined) return fail(invalid);
  const found = findStream(world, fields(input), ctx);
  if (!found.ok) return found;
  return ok({ StreamDescriptionSummary: describeSummary(found.value) });
};
