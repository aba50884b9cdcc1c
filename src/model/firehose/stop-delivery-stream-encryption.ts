import { defineOperation } from '../operation';
import { ok } from '../result';
import { beginDisable } from './encryption';
import { invalidArgument, notEncrypted } from './messages';
import { encryptionCall } from './rules';
import { STOP_INPUT, UNIT } from './shapes';

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
export const stopDeliveryStreamEncryption = defineOperation({
  service: 'firehose',
  name: 'StopDeliveryStreamEncryption',
  input: STOP_INPUT,
  output: UNIT,
  errors: ['ResourceNotFoundException', 'ResourceInUseException', 'InvalidArgumentException', 'LimitExceededException'],
  run(world, input, ctx) {
    const call = encryptionCall(world, input.DeliveryStreamName, ctx);
    if (!call.ok) return call;
    const { stream: s, reject, accept } = call.value;
    if (s.keyInEffect === undefined && world.firehoseOptions.behaviour.stopWhenDisabled === 'reject') {
      return reject(invalidArgument(notEncrypted(s.name)));
    }
    accept();
    beginDisable(world, s, ctx.now);
    return ok({});
  },
});
