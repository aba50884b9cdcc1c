import type { ServiceError } from '../errors';
import type { Operation } from '../operation';
import { fail, ok, type Result } from '../result';
import { validateInput } from '../validate';
import { cmkAdmission, requestedKey } from './create-delivery-stream';
import { findStream } from './describe';
import { beginEnable, countStartStop, sameKey, startStopUsed } from './lifecycle';
import { alreadyEnabled, encryptionInProgress, invalidArgument, limitExceeded, notAvailable, notFound, notPermittedOnType, startStopLimit } from './messages';
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
export const startDeliveryStreamEncryption: Operation = (world, input, ctx) => {
  const invalid = validateInput('firehose', input, START_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const i = input as { DeliveryStreamName: string; DeliveryStreamEncryptionConfigurationInput?: Readonly<Record<string, unknown>> };
  const requested = requestedKey(world, i.DeliveryStreamEncryptionConfigurationInput);
  if (!requested.ok) return requested;
  const key = requested.value;
  const s = findStream(world, i.DeliveryStreamName, ctx.region);
  if (s === undefined) return fail(notFound(i.DeliveryStreamName, world.accountId));
  const account = world.accountId;
  const reject = (error: ServiceError): Result<never> => {
    if (world.firehoseOptions.behaviour.countRejectedStartStop) countStartStop(world, s.arn, ctx.now);
    return fail(error);
  };
  const limit = world.firehoseOptions.limits.startStopPer24h;
  if (startStopUsed(world, s.arn, ctx.now) >= limit) return fail(limitExceeded(startStopLimit(s.name, account, limit)));
  if (s.type !== 'DirectPut' || s.encryption === undefined) return reject(notPermittedOnType(s.type));
  if (s.status !== 'ACTIVE') return reject(notAvailable(s.name, account, s.status));
  const status = s.encryption.Status;
  if (status === 'ENABLING' || status === 'DISABLING') return reject(encryptionInProgress(s.name, account, status));
  const same = world.firehoseOptions.behaviour.startSameConfiguration;
  if (status === 'ENABLED' && sameKey(s.keyInEffect, key)) {
    if (same === 'reject') return reject(invalidArgument(alreadyEnabled(s.name, key.KeyType, key.KeyARN)));
    if (same === 'noop') {
      countStartStop(world, s.arn, ctx.now);
      return ok({});
    }
  }
  const refused = cmkAdmission(world, key, s.arn, ctx.now, s.region);
  if (refused !== undefined) return reject(refused);
  countStartStop(world, s.arn, ctx.now);
  if (world.firehoseOptions.behaviour.encryptionChangeUpdatesTimestamp) s.lastUpdateTimestamp = ctx.now;
  beginEnable(world, s, key, ctx.now);
  return ok({});
};
