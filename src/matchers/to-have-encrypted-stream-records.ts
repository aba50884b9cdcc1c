import { lookUpStream } from './internal/resource';
import { equalsOf, recordsResult } from './internal/results';
import { asWorld, checkName, checkOptions, checkSince, sameKey } from './internal/world';
import type { EncryptedStreamRecordsOptions, SseMatcherContext, SseMatcherResult } from './types';

const NAME = 'toHaveEncryptedStreamRecords';

/**
 * Passes when at least one record was written to the stream (at or after `options.since`) and every
 * such record was encrypted, with `options.KeyId` when given (any name of the same KMS key).
 *
 * Kinesis starts encrypting records up to 5 seconds after the stream is ACTIVE again (the world's
 * `kinesis.durations.encryptionLag`), so `since` is usually "ACTIVE + 5 s". With no record in the
 * window the matcher fails: an empty window proves nothing.
 *
 * @param received - the world (`expect(world)`).
 * @param stream - the stream's name or ARN.
 * @param options - `{ since?, KeyId? }`.
 * @returns the runner's matcher result; the failure message lists the records that were not
 *   encrypted (as expected) and the stream's recent trace.
 *
 * @example
 * ```ts
 * expect(world).toHaveEncryptedStreamRecords('orders', { since: activeAt + 5_000, KeyId: 'alias/orders' });
 * expect(world).not.toHaveEncryptedStreamRecords('orders'); // some record went out unencrypted
 * ```
 */
export function toHaveEncryptedStreamRecords(
  this: SseMatcherContext,
  received: unknown,
  stream: string,
  options?: EncryptedStreamRecordsOptions,
): SseMatcherResult {
  const world = asWorld(received, NAME);
  checkName(stream, 'stream', NAME);
  checkOptions(options, ['since', 'KeyId'], 'options', NAME);
  const since = options?.since;
  checkSince(since, NAME);
  const wantKey = options?.KeyId;
  const equals = equalsOf(this);
  return recordsResult(this, NAME, lookUpStream(world, stream), {
    records: world.kinesis.records(stream, since === undefined ? undefined : { since }),
    dropped: world.kinesis.droppedRecords(stream),
    since,
    asExpected: (r) => r.encrypted && (wantKey === undefined || sameKey(world, r.KeyId, wantKey, equals)),
    key: wantKey,
    name: (r) => `${r.ShardId} ${r.SequenceNumber}`,
    keyOf: (r) => r.KeyId,
  });
}
