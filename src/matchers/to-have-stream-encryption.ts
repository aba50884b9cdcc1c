import { ENCRYPTION_TYPES } from './internal/enums';
import { lookUpStream } from './internal/resource';
import { expectationResult } from './internal/results';
import { asWorld, checkEnum, checkName, checkOptions } from './internal/world';
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
  const found = lookUpStream(world, stream);
  const summary = found.description;
  const actual =
    summary === undefined
      ? undefined
      : {
          ...(summary.EncryptionType === undefined ? {} : { EncryptionType: summary.EncryptionType }),
          ...(summary.KeyId === undefined ? {} : { KeyId: summary.KeyId }),
        };
  return expectationResult(this, NAME, found, { actual, expected: want, keyMember: 'KeyId' });
}
