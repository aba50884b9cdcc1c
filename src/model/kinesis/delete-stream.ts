import type { LegacyOperation } from '../operation';
import { fail, ok } from '../result';
import type { Members } from '../validate';
import { streamNotActive } from './messages';
import { beginDeletion } from './lifecycle';
import { fields, STREAM_ARN, STREAM_ID, STREAM_NAME, validateKinesis } from './shapes';
import { findStream } from './streams';

/**
 * DeleteStream's members.
 *
 * @example
 * ```ts
 * validateKinesis({ StreamName: 'orders' }, DELETE_STREAM_MEMBERS); // undefined
 * ```
 */
export const DELETE_STREAM_MEMBERS: Members = {
  EnforceConsumerDeletion: { type: 'boolean' },
  StreamARN: STREAM_ARN,
  StreamId: STREAM_ID,
  StreamName: STREAM_NAME,
};

/**
 * DeleteStream: `{}` at once; the stream is DELETING (Shards `[]`) and gone after
 * `durations.deleting`. Works on ACTIVE, UPDATING (the pending encryption change is cancelled)
 * and CREATING streams [REAL for CREATING]. A stream already DELETING is ResourceInUseException
 * `... not ACTIVE, instead in state DELETING` [UNKNOWN: our choice].
 *
 * @example
 * ```ts
 * deleteStream(world, { StreamName: 'orders' }, ctx);
 * ```
 */
export const deleteStream: LegacyOperation = (world, input, ctx) => {
  const invalid = validateKinesis(input, DELETE_STREAM_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const found = findStream(world, fields(input), ctx);
  if (!found.ok) return found;
  const stream = found.value;
  if (stream.status === 'DELETING') return fail(streamNotActive(stream.name, stream.account, stream.status));
  beginDeletion(world, stream, ctx.now);
  return ok({});
};
