import type { TransitionProperty } from '../vocabulary';
import type { Pending } from '../pending';
import { appendTrace, type ModelWorld } from '../world';
import { keyLabel } from './keys';
import { noteKeys } from './stream-index';
import type { DeliveryStream, DeliveryStreamEncryptionStatus, DeliveryStreamStatus, FailureDescription, FirehoseKey } from './state';

/*
 * The status transitions of a delivery stream: each setter changes one property and traces it
 * when it changes, so every change the model makes appears in the trace the same way.
 */

/**
 * Appends a Firehose `transition` entry of the stream to the trace.
 *
 * @example
 * ```ts
 * traceTransition(world, stream, 'DeliveryStreamStatus', 'none', 'CREATING', now);
 * ```
 */
export function traceTransition(world: ModelWorld, s: DeliveryStream, property: TransitionProperty, from: string, to: string, at: number, detail?: string): void {
  appendTrace(world, {
    kind: 'transition',
    time: at,
    service: 'firehose',
    resource: s.arn,
    property,
    from,
    to,
    ...(detail === undefined ? {} : { detail }),
  });
}

/**
 * The parts of a transition's `detail` that are there (a fault plan's label, a failure, grants), joined.
 *
 * @example
 * ```ts
 * joinDetail(undefined, 'grant g-1 created'); // 'grant g-1 created'
 * ```
 */
export function joinDetail(...parts: readonly (string | undefined)[]): string | undefined {
  const present = parts.filter((p): p is string => p !== undefined);
  return present.length === 0 ? undefined : present.join('; ');
}

/**
 * A FailureDescription as a transition's detail shows it.
 *
 * @example
 * ```ts
 * failureText({ Type: 'DISABLED_KMS_KEY', Details: 'k is disabled.' }); // 'DISABLED_KMS_KEY: k is disabled.'
 * ```
 */
export function failureText(failure: FailureDescription): string {
  return `${failure.Type}: ${failure.Details}`;
}

/**
 * The FailureDescription of a transition a fault plan fails, if it does.
 *
 * @example
 * ```ts
 * planFailure({ type: 'UNKNOWN_ERROR', details: 'x' }); // { Type: 'UNKNOWN_ERROR', Details: 'x' }
 * ```
 */
export function planFailure(failure: { readonly type: string; readonly details: string } | undefined): FailureDescription | undefined {
  return failure === undefined ? undefined : { Type: failure.type, Details: failure.details };
}

/**
 * Sets `DeliveryStreamStatus`, tracing the change.
 *
 * @example
 * ```ts
 * setStatus(world, stream, 'ACTIVE', at);
 * ```
 */
export function setStatus(world: ModelWorld, s: DeliveryStream, to: DeliveryStreamStatus, at: number, detail?: string): void {
  const from = s.status;
  s.status = to;
  if (from !== to) traceTransition(world, s, 'DeliveryStreamStatus', from, to, at, detail);
}

/**
 * Sets the encryption configuration Describe reports (status, key, failure), tracing
 * `EncryptionStatus` when the status changes.
 *
 * @example
 * ```ts
 * setEncryption(world, stream, 'ENABLING', { KeyType: 'AWS_OWNED_CMK' }, now);
 * ```
 */
export function setEncryption(
  world: ModelWorld,
  s: DeliveryStream,
  to: DeliveryStreamEncryptionStatus,
  key: FirehoseKey | undefined,
  at: number,
  failure?: FailureDescription,
  label?: string,
): void {
  const from = s.encryption?.Status ?? 'none';
  s.encryption = {
    Status: to,
    ...(key === undefined ? {} : { KeyType: key.KeyType }),
    ...(key?.KeyARN === undefined ? {} : { KeyARN: key.KeyARN }),
    ...(failure === undefined ? {} : { FailureDescription: failure }),
  };
  if (from !== to) traceTransition(world, s, 'EncryptionStatus', from, to, at, joinDetail(label, failure === undefined ? undefined : failureText(failure)));
}

/**
 * Sets the key in effect (undefined: none), tracing `KeyInEffect` when it changes.
 *
 * @example
 * ```ts
 * setKeyInEffect(world, stream, { KeyType: 'AWS_OWNED_CMK' }, at);
 * ```
 */
export function setKeyInEffect(world: ModelWorld, s: DeliveryStream, key: FirehoseKey | undefined, at: number, detail?: string): void {
  const from = keyLabel(s.keyInEffect);
  if (key === undefined) delete s.keyInEffect;
  else s.keyInEffect = key;
  noteKeys(world.firehose.deliveryStreams, s);
  const to = keyLabel(key);
  if (from !== to) traceTransition(world, s, 'KeyInEffect', from, to, at, detail);
}

/**
 * Sets the key records are encrypted with from now on (undefined: not encrypted), tracing
 * `RecordEncryption` when the `Encrypted` flag changes.
 *
 * @example
 * ```ts
 * setRecordKey(world, stream, { KeyType: 'AWS_OWNED_CMK' }, now);
 * ```
 */
export function setRecordKey(world: ModelWorld, s: DeliveryStream, key: FirehoseKey | undefined, at: number, label?: string): void {
  const from = s.recordKey !== undefined;
  if (key === undefined) delete s.recordKey;
  else s.recordKey = key;
  const to = key !== undefined;
  if (from !== to) traceTransition(world, s, 'RecordEncryption', String(from), String(to), at, joinDetail(keyLabel(key), label));
}

function cancel(p: Pending | undefined): void {
  if (p !== undefined) p.cancelled = true;
}

/**
 * Cancels the pending change of record encryption (the ≤ 5 s lag), if any.
 *
 * @example
 * ```ts
 * cancelLag(stream);
 * ```
 */
export function cancelLag(s: DeliveryStream): void {
  cancel(s.lag);
  delete s.lag;
}

/**
 * Cancels the stream's pending status or encryption transition, if any.
 *
 * @example
 * ```ts
 * cancelTransition(stream);
 * ```
 */
export function cancelTransition(s: DeliveryStream): void {
  cancel(s.transition);
  delete s.transition;
}

/**
 * Applies a stream's pending transition now instead of when it is due (test setup through the
 * world view).
 *
 * @example
 * ```ts
 * completeNow(stream, now);
 * ```
 */
export function completeNow(s: DeliveryStream, now: number): void {
  const pending = s.transition;
  if (pending === undefined) return;
  pending.cancelled = true;
  pending.apply(now);
}
