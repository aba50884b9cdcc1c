import type { LegacyOperation } from '../operation';
import { fail, ok } from '../result';
import { validateInput } from '../validate';
import { cmkAdmission, requestedKey } from './create-delivery-stream';
import { encryptionCall } from './encryption-call';
import { beginEnable, sameKey } from './lifecycle';
import { alreadyEnabled, invalidArgument } from './messages';
import { START_MEMBERS } from './shapes';

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
export const startDeliveryStreamEncryption: LegacyOperation = (world, input, ctx) => {
  const invalid = validateInput('firehose', input, START_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const i = input as { DeliveryStreamName: string; DeliveryStreamEncryptionConfigurationInput?: Readonly<Record<string, unknown>> };
  const requested = requestedKey(world, i.DeliveryStreamEncryptionConfigurationInput);
  if (!requested.ok) return requested;
  const key = requested.value;
  const call = encryptionCall(world, i.DeliveryStreamName, ctx);
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
};
