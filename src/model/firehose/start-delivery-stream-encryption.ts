import { defineOperation } from '../operation';
import { ok } from '../result';
import { beginEnable } from './encryption';
import { sameKey } from './keys';
import { alreadyEnabled, invalidArgument } from './messages';
import { cmkAdmission, encryptionCall, requestedKey } from './rules';
import { START_INPUT, UNIT } from './shapes';

/**
 * StartDeliveryStreamEncryption: `{}` at once, encryption status ENABLING, then ENABLED (records
 * encrypted after the ≤ 5 s lag) or ENABLING_FAILED with a FailureDescription decided from the
 * key's state when the transition completes. Without input: the AWS-owned key. On a stream already
 * encrypted it changes the key; a failed change leaves the old key in effect. DirectPut only;
 * ResourceInUse while CREATING, ENABLING or DISABLING; 25 Start+Stop per stream per 24 hours;
 * 500 streams per CMK.
 *
 * @example
 * ```ts
 * invoke(world, 'firehose', 'StartDeliveryStreamEncryption', { DeliveryStreamName: 'd',
 *   DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: keyArn } }, { now });
 * ```
 */
export const startDeliveryStreamEncryption = defineOperation({
  service: 'firehose',
  name: 'StartDeliveryStreamEncryption',
  input: START_INPUT,
  output: UNIT,
  errors: ['ResourceNotFoundException', 'ResourceInUseException', 'InvalidArgumentException', 'LimitExceededException', 'InvalidKMSResourceException'],
  run(world, input, ctx) {
    const requested = requestedKey(world, input.DeliveryStreamEncryptionConfigurationInput);
    if (!requested.ok) return requested;
    const key = requested.value;
    const call = encryptionCall(world, input.DeliveryStreamName, ctx);
    if (!call.ok) return call;
    const { stream: s, reject, accept } = call.value;
    if (s.encryption?.Status === 'ENABLED' && sameKey(s.keyInEffect, key)) {
      const same = world.firehoseOptions.behaviour.startSameConfiguration;
      if (same === 'reject') return reject(invalidArgument(alreadyEnabled(s.name, key.KeyType, key.KeyARN)));
      if (same === 'noop') {
        accept();
        return ok({});
      }
    }
    const refused = cmkAdmission(world, key, s.arn, ctx.now, s.region);
    if (refused !== undefined) return reject(refused);
    accept();
    beginEnable(world, s, key, ctx.now);
    return ok({});
  },
});
