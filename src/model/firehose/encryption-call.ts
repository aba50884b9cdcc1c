import type { CallContext } from '../context';
import type { ServiceError } from '../errors';
import { fail, ok, type Result } from '../result';
import type { ModelWorld } from '../world';
import { findStream } from './describe';
import { countStartStop, startStopUsed } from './lifecycle';
import { encryptionInProgress, limitExceeded, notAvailable, notFound, notPermittedOnType, startStopLimit } from './messages';
import type { DeliveryStream } from './state';

/**
 * A StartDeliveryStreamEncryption or StopDeliveryStreamEncryption call that passed the checks both
 * share: `reject` answers an error found afterwards (counting it toward the 25 per 24 hours when
 * `behaviour.countRejectedStartStop` is on), `accept` counts the call and stamps
 * `LastUpdateTimestamp` (per `behaviour.encryptionChangeUpdatesTimestamp`).
 *
 * @example
 * ```ts
 * const call = encryptionCall(world, 'orders', ctx);
 * if (!call.ok) return call;
 * call.value.accept();
 * ```
 */
export interface EncryptionCall {
  readonly stream: DeliveryStream;
  reject(error: ServiceError): Result<never>;
  accept(): void;
}

/**
 * The checks StartDeliveryStreamEncryption and StopDeliveryStreamEncryption share, in order: the
 * delivery stream exists (ResourceNotFoundException, N-1); fewer than `limits.startStopPer24h`
 * calls in the rolling 24 hours (LimitExceededException, never counted itself); it is a DirectPut
 * stream (InvalidArgumentException); it is ACTIVE and no encryption change is in progress
 * (ResourceInUseException).
 *
 * @example
 * ```ts
 * const call = encryptionCall(world, 'orders', { now, region: 'us-east-1' });
 * ```
 */
export function encryptionCall(world: ModelWorld, name: string, ctx: CallContext): Result<EncryptionCall> {
  const s = findStream(world, name, ctx.region);
  const account = world.accountId;
  if (s === undefined) return fail(notFound(name, account));
  const behaviour = world.firehoseOptions.behaviour;
  const call: EncryptionCall = {
    stream: s,
    reject(error) {
      if (behaviour.countRejectedStartStop) countStartStop(world, s.arn, ctx.now);
      return fail(error);
    },
    accept() {
      countStartStop(world, s.arn, ctx.now);
      if (behaviour.encryptionChangeUpdatesTimestamp) s.lastUpdateTimestamp = ctx.now;
    },
  };
  const limit = world.firehoseOptions.limits.startStopPer24h;
  if (startStopUsed(world, s.arn, ctx.now) >= limit) return fail(limitExceeded(startStopLimit(s.name, account, limit)));
  if (s.type !== 'DirectPut' || s.encryption === undefined) return call.reject(notPermittedOnType(s.type));
  if (s.status !== 'ACTIVE') return call.reject(notAvailable(s.name, account, s.status));
  const status = s.encryption.Status;
  if (status === 'ENABLING' || status === 'DISABLING') return call.reject(encryptionInProgress(s.name, account, status));
  return ok(call);
}
