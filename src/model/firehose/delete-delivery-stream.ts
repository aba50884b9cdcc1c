import { defineOperation } from '../operation';
import { ok } from '../result';
import { beginDelete } from './lifecycle';
import { checkDelete } from './rules';
import { DELETE_INPUT, UNIT } from './shapes';

/**
 * DeleteDeliveryStream: from ACTIVE, CREATING_FAILED, DELETING_FAILED (or DELETING: no change) to
 * DELETING, then gone after `durations.deleting` — or DELETING_FAILED with a stream-level
 * FailureDescription `RETIRE_KMS_GRANT_FAILED` when the CMK grant cannot be retired, unless
 * `AllowForceDelete` is true. ResourceInUseException while CREATING.
 *
 * @example
 * ```ts
 * invoke(world, 'firehose', 'DeleteDeliveryStream', { DeliveryStreamName: 'd', AllowForceDelete: true }, { now });
 * ```
 */
export const deleteDeliveryStream = defineOperation({
  service: 'firehose',
  name: 'DeleteDeliveryStream',
  input: DELETE_INPUT,
  output: UNIT,
  errors: ['ResourceInUseException', 'ResourceNotFoundException'],
  run(world, input, ctx) {
    const checked = checkDelete(world, input.DeliveryStreamName, ctx.region);
    if (!checked.ok) return checked;
    const s = checked.value;
    const force = input.AllowForceDelete === true;
    if (s.status === 'DELETING') {
      if (force) s.forceDelete = true;
      return ok({});
    }
    beginDelete(world, s, force, ctx.now);
    return ok({});
  },
});
