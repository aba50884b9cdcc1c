import { schedule } from '../pending';
import { planTransition } from '../transition-plan';
import type { ModelWorld } from '../world';
import type { Encryption, KinesisStream, ReportedEncryption } from './state';
import { setStatus, traceTransition } from './streams';

/**
 * How a stream's encryption changes over time:
 *
 * 1. Start/Stop is accepted: the stream goes ACTIVE → UPDATING, its setting is the new one, and
 *    Describe shows what `behaviour.describeWhileUpdating` says.
 * 2. After `durations.updating` (plan kind `stream-updating`) it is ACTIVE again and Describe
 *    shows the new setting (or, if a fault plan fails the transition, the old one again).
 * 3. After `durations.encryptionLag` more (plan kind `encryption-lag`) records written to it
 *    start (or stop) being encrypted: a `RecordEncryption` transition.
 */

/**
 * Sets what Describe reports and traces `EncryptionType` and `KeyId` changes (`none` for absent).
 *
 * @example
 * ```ts
 * setReported(world, stream, { type: 'KMS', keyId: 'alias/aws/kinesis' }, now);
 * ```
 */
function setReported(world: ModelWorld, stream: KinesisStream, to: ReportedEncryption, at: number, detail?: string): void {
  const from = stream.reported;
  stream.reported = to.keyId === undefined ? { type: to.type } : { type: to.type, keyId: to.keyId };
  if (from.type !== to.type) traceTransition(world, at, stream.arn, 'EncryptionType', from.type, to.type, detail);
  if (from.keyId !== to.keyId) traceTransition(world, at, stream.arn, 'KeyId', from.keyId ?? 'none', to.keyId ?? 'none', detail);
}

function encryptionLabel(e: Encryption): string {
  return e.type === 'KMS' ? `KMS ${e.keyId}` : 'NONE';
}

/**
 * Sets how records written from now on are encrypted, and traces it as `RecordEncryption`.
 *
 * @example
 * ```ts
 * setRecordEncryption(world, stream, { type: 'KMS', keyId: 'alias/aws/kinesis' }, at);
 * ```
 */
export function setRecordEncryption(world: ModelWorld, stream: KinesisStream, to: Encryption, at: number): void {
  const from = stream.recordEncryption;
  stream.recordEncryption = to;
  stream.lag = undefined;
  stream.dataKey = undefined;
  traceTransition(world, at, stream.arn, 'RecordEncryption', from.type, to.type, `${encryptionLabel(from)} -> ${encryptionLabel(to)}`);
}

/**
 * Applies at once a record-encryption flip still waiting in its lag window (so a new change
 * starts from the setting records are really written with).
 *
 * @example
 * ```ts
 * flushLag(world, stream, now);
 * ```
 */
function flushLag(world: ModelWorld, stream: KinesisStream, now: number): void {
  const lag = stream.lag;
  if (lag === undefined) return;
  lag.pending.cancelled = true;
  setRecordEncryption(world, stream, lag.to, now);
}

/**
 * Cancels whatever is pending on a stream (an encryption change, a record-encryption flip, its
 * creation, a resharding), e.g. when it is deleted.
 *
 * @example
 * ```ts
 * cancelPending(stream);
 * ```
 */
export function cancelPending(stream: KinesisStream): void {
  if (stream.update !== undefined) stream.update.pending.cancelled = true;
  if (stream.lag !== undefined) stream.lag.pending.cancelled = true;
  if (stream.lifecycle !== undefined) stream.lifecycle.cancelled = true;
  if (stream.reshard !== undefined) stream.reshard.pending.cancelled = true;
  stream.reshard = undefined;
  stream.update = undefined;
  stream.lag = undefined;
  stream.lifecycle = undefined;
}

/**
 * Starts an accepted encryption change on an ACTIVE stream (see the module comment).
 *
 * @example
 * ```ts
 * beginEncryptionUpdate(world, stream, { type: 'KMS', keyId: 'alias/aws/kinesis' }, now);
 * ```
 */
export function beginEncryptionUpdate(world: ModelWorld, stream: KinesisStream, to: Encryption, now: number): void {
  flushLag(world, stream, now);
  const from = stream.encryption;
  stream.encryption = to;
  setStatus(world, stream, 'UPDATING', now);
  const mode = world.kinesisOptions.behaviour.describeWhileUpdating;
  if (mode === 'new') setReported(world, stream, to, now);
  else if (mode === 'key-first' && to.type === 'KMS') setReported(world, stream, { type: stream.reported.type, keyId: to.keyId }, now);

  const plan = planTransition(world, { service: 'kinesis', resource: stream.arn, kind: 'stream-updating', now }, world.kinesisOptions.durations.updating);
  const pending = schedule(world.pending, now + plan.delay, `kinesis ${stream.name} UPDATING->ACTIVE`, (at) => {
    stream.update = undefined;
    if (plan.failure !== undefined) {
      const detail = `${plan.label ?? 'fault'}: ${plan.failure.type}: ${plan.failure.details}; encryption left as it was`;
      stream.encryption = from;
      setStatus(world, stream, 'ACTIVE', at, detail);
      setReported(world, stream, from, at, detail);
      return;
    }
    setStatus(world, stream, 'ACTIVE', at, plan.label);
    setReported(world, stream, to, at);
    const current = stream.recordEncryption;
    if (current.type === to.type && (current.type === 'NONE' || current.keyId === (to as { keyId: string }).keyId)) return;
    const lag = planTransition(world, { service: 'kinesis', resource: stream.arn, kind: 'encryption-lag', now: at }, world.kinesisOptions.durations.encryptionLag);
    const flip = schedule(world.pending, at + lag.delay, `kinesis ${stream.name} records ${encryptionLabel(to)}`, (flipAt) => {
      setRecordEncryption(world, stream, to, flipAt);
    });
    stream.lag = { to, pending: flip };
  });
  stream.update = { from, to, pending };
}
