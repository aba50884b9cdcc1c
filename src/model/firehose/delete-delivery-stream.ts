import type { LegacyOperation } from '../operation';
import { fail, ok } from '../result';
import { validateInput } from '../validate';
import { findStream } from './describe';
import { beginDelete } from './lifecycle';
import { notAvailable, notFound } from './messages';
import { DELETE_MEMBERS } from './shapes';

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
export const deleteDeliveryStream: LegacyOperation = (world, input, ctx) => {
  const invalid = validateInput('firehose', input, DELETE_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const i = input as { DeliveryStreamName: string; AllowForceDelete?: boolean };
  const s = findStream(world, i.DeliveryStreamName, ctx.region);
  if (s === undefined) return fail(notFound(i.DeliveryStreamName, world.accountId));
  if (s.status === 'CREATING') return fail(notAvailable(s.name, world.accountId, s.status));
  const force = i.AllowForceDelete === true;
  if (s.status === 'DELETING') {
    if (force) s.forceDelete = true;
    return ok({});
  }
  beginDelete(world, s, force, ctx.now);
  return ok({});
};
