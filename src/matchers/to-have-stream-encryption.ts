import { concernsStream, expectedLine, formatTraceSlice, message, receivedLine, streamArn } from './internal/format';
import { ENCRYPTION_TYPES } from './internal/enums';
import { asWorld, checkEnum, checkName, checkOptions, sameKey, sameKeyNote } from './internal/world';
import type { SseMatcherContext, SseMatcherResult, StreamEncryptionExpectation } from './types';

const NAME = 'toHaveStreamEncryption';

/**
 * Passes when the stream (name or ARN) exists and DescribeStreamSummary reports the expected
 * encryption; with no expectation, when the stream is encrypted (`EncryptionType: 'KMS'`).
 *
 * `KeyId` matches the string AWS reports, or any other name of the same KMS key in the world (key id,
 * key ARN, alias name, alias ARN, as the alias points now). During UPDATING, what Describe reports
 * follows the world's `kinesis.behaviour.describeWhileUpdating` option.
 *
 * @param received - the world (`expect(world)`).
 * @param stream - the stream's name or ARN.
 * @param expected - `{ EncryptionType?, KeyId? }`; members left out are not checked.
 * @returns the runner's matcher result; the failure message shows the stream's recent trace.
 *
 * @example
 * ```ts
 * expect(world).toHaveStreamEncryption('orders'); // encrypted with some key
 * expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'KMS', KeyId: 'alias/orders' });
 * expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'NONE' });
 * ```
 */
export function toHaveStreamEncryption(
  this: SseMatcherContext,
  received: unknown,
  stream: string,
  expected?: StreamEncryptionExpectation,
): SseMatcherResult {
  const world = asWorld(received, NAME);
  checkName(stream, 'stream', NAME);
  checkOptions(expected, ['EncryptionType', 'KeyId'], 'expectation', NAME);
  const want: StreamEncryptionExpectation = expected ?? { EncryptionType: 'KMS' };
  if (want.EncryptionType !== undefined) checkEnum(want.EncryptionType, ENCRYPTION_TYPES, 'EncryptionType', NAME);
  const summary = world.kinesis.describe(stream);
  const actual =
    summary === undefined
      ? undefined
      : {
          ...(summary.EncryptionType === undefined ? {} : { EncryptionType: summary.EncryptionType }),
          ...(summary.KeyId === undefined ? {} : { KeyId: summary.KeyId }),
        };
  const pass =
    summary !== undefined &&
    (want.EncryptionType === undefined || this.equals(summary.EncryptionType, want.EncryptionType)) &&
    (want.KeyId === undefined || sameKey(world, summary.KeyId, want.KeyId, (a, b) => this.equals(a, b)));
  const arn = summary?.StreamARN ?? streamArn(world, stream);
  const trace = world.trace.slice();
  return {
    pass,
    actual,
    expected: want,
    message: () =>
      message(
        this,
        NAME,
        'stream, expected',
        [
          summary === undefined ? `Stream: ${stream}` : `Stream: ${stream} (${summary.StreamStatus})`,
          expectedLine(this, want),
          summary === undefined ? 'Received: the stream does not exist' : receivedLine(this, actual),
          ...sameKeyNote(world, summary?.KeyId, want.KeyId),
        ],
        formatTraceSlice(trace, concernsStream(arn), 'Trace of the stream'),
      ),
  };
}
