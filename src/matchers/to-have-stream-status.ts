import { STREAM_STATUSES } from './internal/enums';
import { lookUpStream } from './internal/resource';
import { statusResult } from './internal/results';
import { asWorld, checkEnum, checkName } from './internal/world';
import type { Matchable, SseMatcherContext, SseMatcherResult, StreamStatus } from './types';

const NAME = 'toHaveStreamStatus';

/**
 * Passes when the stream (name or ARN) exists and DescribeStreamSummary reports `status` as its
 * `StreamStatus`, read at the world's current virtual time.
 *
 * @param received - the world (`expect(world)`).
 * @param stream - the stream's name or ARN.
 * @param status - `CREATING`, `ACTIVE`, `UPDATING` or `DELETING`, or an asymmetric matcher.
 * @returns the runner's matcher result; the failure message shows the stream's recent trace.
 *
 * @example
 * ```ts
 * expect(world).toHaveStreamStatus('orders', 'ACTIVE');
 * expect(world).not.toHaveStreamStatus('orders', 'UPDATING');
 * ```
 */
export function toHaveStreamStatus(this: SseMatcherContext, received: unknown, stream: string, status: Matchable<StreamStatus>): SseMatcherResult {
  const world = asWorld(received, NAME);
  checkName(stream, 'stream', NAME);
  checkEnum(status, STREAM_STATUSES, 'status', NAME);
  return statusResult(this, NAME, lookUpStream(world, stream), status);
}
