import type { ServiceError } from '../errors';
import type { Operation } from '../operation';
import { fail, ok, type Result } from '../result';
import { validateInput } from '../validate';
import { findStream } from './describe';
import { beginDisable, countStartStop, startStopUsed } from './lifecycle';
import { encryptionInProgress, invalidArgument, limitExceeded, notAvailable, notEncrypted, notFound, notPermittedOnType, startStopLimit } from './messages';
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
export const stopDeliveryStreamEncryption: Operation = (world, input, ctx) => {
  const invalid = validateInput('firehose', input, STOP_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const i = input as { DeliveryStreamName: string };
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
  if (s.keyInEffect === undefined && world.firehoseOptions.behaviour.stopWhenDisabled === 'reject') {
    return reject(invalidArgument(notEncrypted(s.name)));
  }
  countStartStop(world, s.arn, ctx.now);
  if (world.firehoseOptions.behaviour.encryptionChangeUpdatesTimestamp) s.lastUpdateTimestamp = ctx.now;
  beginDisable(world, s, ctx.now);
  return ok({});
};
