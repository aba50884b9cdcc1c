import type { LegacyOperation } from '../operation';
import { fail, ok } from '../result';
import { validateInput } from '../validate';
import { encryptionCall } from './encryption-call';
import { beginDisable } from './lifecycle';
import { invalidArgument, notEncrypted } from './messages';
import { STOP_MEMBERS } from './shapes';

/**
 * StopDeliveryStreamEncryption: `{}` at once, encryption status DISABLING, then DISABLED (records
 * unencrypted after the ≤ 5 s lag; the CMK grant retired) or DISABLING_FAILED
 * (`RETIRE_KMS_GRANT_FAILED` when the grant cannot be retired). DirectPut only; ResourceInUse
 * while CREATING, ENABLING or DISABLING; counts toward the 25 Start+Stop per 24 hours. On a stream
 * that is not encrypted: `behaviour.stopWhenDisabled`.
 *
 * @example
 * ```ts
 * invoke(world, 'firehose', 'StopDeliveryStreamEncryption', { DeliveryStreamName: 'd' }, { now });
 * ```
 */
export const stopDeliveryStreamEncryption: LegacyOperation = (world, input, ctx) => {
  const invalid = validateInput('firehose', input, STOP_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const i = input as { DeliveryStreamName: string };
  const call = encryptionCall(world, i.DeliveryStreamName, ctx);
  if (!call.ok) return call;
  const { stream: s, reject, accept } = call.value;
  if (s.keyInEffect === undefined && world.firehoseOptions.behaviour.stopWhenDisabled === 'reject') {
    return reject(invalidArgument(notEncrypted(s.name)));
  }
  accept();
  beginDisable(world, s, ctx.now);
  return ok({});
};
