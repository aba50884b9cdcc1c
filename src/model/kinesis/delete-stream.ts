import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { dropConsumers } from './consumers';
import { beginDeletion } from './lifecycle';
import { streamHasConsumers } from './messages';
import { deletionProblem } from './rules';
import { DELETE_STREAM_INPUT, UNIT } from './shapes';
import { findStream } from './streams';

/** The exceptions of DeleteStream in the service model. [MODEL] */
const ERRORS = ['AccessDeniedException', 'InvalidArgumentException', 'LimitExceededException', 'ResourceInUseException', 'ResourceNotFoundException'] as const;

/**
 * DeleteStream: `{}` at once; the stream is DELETING (Shards `[]`) and gone after
 * `durations.deleting`. Works on ACTIVE, UPDATING (the pending encryption change is cancelled)
 * and CREATING streams [REAL for CREATING]. A stream already DELETING is ResourceInUseException
 * `... not ACTIVE, instead in state DELETING` [UNKNOWN: our choice]. A stream with registered
 * consumers (not DELETING) is ResourceInUseException unless `EnforceConsumerDeletion: true`, which
 * removes them with the stream [DOC; UNKNOWN text].
 *
 * @example
 * ```ts
 * invoke(world, 'kinesis', 'DeleteStream', { StreamName: 'orders' }, ctx);
 * ```
 */
export const deleteStream = defineOperation({
  service: 'kinesis',
  name: 'DeleteStream',
  input: DELETE_STREAM_INPUT,
  output: UNIT,
  errors: ERRORS,
  run(world, input, ctx) {
    const found = findStream(world, input, ctx);
    if (!found.ok) return found;
    const stream = found.value;
    const problem = deletionProblem(stream);
    if (problem !== undefined) return fail(problem);
    if (stream.consumers.some((c) => c.status !== 'DELETING') && input.EnforceConsumerDeletion !== true) {
      return fail(streamHasConsumers(stream.name, stream.account));
    }
    dropConsumers(world, stream, ctx.now);
    beginDeletion(world, stream, ctx.now);
    return ok({});
  },
});
