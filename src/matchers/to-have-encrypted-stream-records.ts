import { concernsStream, formatTraceSlice, message, offset, traceStart, streamArn } from './internal/format';
import { asWorld, checkName, checkOptions, checkSince, sameKey } from './internal/world';
import type { EncryptedStreamRecordsOptions, SseMatcherContext, SseMatcherResult } from './types';

const NAME = 'toHaveEncryptedStreamRecords';
const SHOWN = 5;


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
  const summary = world.kinesis.describe(stream);
  const records = summary === undefined ? [] : world.kinesis.records(stream).filter((r) => since === undefined || r.time >= since);
  const equals = (a: unknown, b: unknown): boolean => this.equals(a, b);
  const bad = records.filter((r) => !r.encrypted || (wantKey !== undefined && !sameKey(world, r.KeyId, wantKey, equals)));
  const pass = records.length > 0 && bad.length === 0;
  const arn = summary?.StreamARN ?? streamArn(world, stream);
  const trace = world.trace.slice();
  const start = traceStart(trace);
  const when = since === undefined ? '' : ` since ${offset(since, start)}`;
  const withKey = wantKey === undefined ? '' : ` with ${this.utils.printExpected(wantKey)}`;
  const body = (): string[] => {
    if (summary === undefined) return [`Stream: ${stream}`, 'Received: the stream does not exist'];
    if (records.length === 0) return [`Stream: ${stream}`, `No record was written to the stream${when}.`];
    if (bad.length === 0) return [`Stream: ${stream}`, records.length === 1 ? `The one record written${when} was encrypted${withKey}.` : `All ${records.length} records written${when} were encrypted${withKey}.`];
    return [
      `Stream: ${stream}`,
      `${bad.length} of ${records.length} record${records.length === 1 ? '' : 's'} written${when} ${bad.length === 1 ? 'was' : 'were'} not encrypted${withKey}:`,
      ...bad
        .slice(0, SHOWN)
        .map(
          (r) =>
            `  ${offset(r.time, start)} ${r.ShardId} ${r.SequenceNumber}: ${r.encrypted ? `encrypted with ${this.utils.printReceived(r.KeyId)}` : 'not encrypted'}`,
        ),
      ...(bad.length > SHOWN ? [`  … and ${bad.length - SHOWN} more`] : []),
    ];
  };
  return {
    pass,
    message: () => message(this, NAME, 'stream, options', body(), formatTraceSlice(trace, concernsStream(arn), 'Trace of the stream')),
  };
}
