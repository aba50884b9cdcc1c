// Spec-only helpers for the matcher specs: a world on a virtual clock, and failure messages without
// colours (vitest colours them or not depending on the terminal and CI; the snapshots must not).
import { createWorld, virtualClock, type VirtualClock, type World, type WorldOptions } from '../../src/index';

/** 2026-01-01T00:00:00.000Z: where every matcher spec's virtual clock starts. */
export const T0 = Date.UTC(2026, 0, 1);

/** A world on a virtual clock starting at {@link T0}, with fixed durations so messages are stable. */
export function setup(options: Omit<WorldOptions, 'clock'> = {}): { world: World; clock: VirtualClock } {
  const clock = virtualClock(T0);
  const world = createWorld({
    seed: 7,
    ...options,
    kinesis: { ...options.kinesis, durations: { updating: 5_000, encryptionLag: 2_000, ...options.kinesis?.durations } },
    firehose: { ...options.firehose, durations: { enabling: 5_000, disabling: 5_000, encryptionLag: 2_000, ...options.firehose?.durations } },
    clock,
  });
  return { world, clock };
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Runs `assertion`; when it throws, rethrows an Error with the same message minus colour codes, for
 * `toThrowErrorMatchingInlineSnapshot`. When it does not throw, neither does the returned function.
 */
export function uncoloured(assertion: () => void): () => void {
  return () => {
    try {
      assertion();
    } catch (e) {
      throw new Error((e as Error).message.replace(ANSI, ''));
    }
  };
}

/**
 * The uncoloured failure message of `assertion`, for specs that check a part of it rather than pin it
 * whole; fails the spec when the assertion passes.
 */
export function failureOf(assertion: () => void): string {
  try {
    uncoloured(assertion)();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the assertion passed; a failure was expected');
}

/** Calls the world like the SDK would, and fails the spec when the call is refused. */
export function call(world: World, service: 'kinesis' | 'firehose' | 'kms', operation: string, input: unknown): unknown {
  const r = world.call(service, operation, input);
  if (!r.ok) throw new Error(`${service}.${operation} was refused: ${r.error.type}: ${r.error.message}`);
  return r.value;
}

/** Turns encryption on for a Kinesis stream. */
export function startStreamEncryption(world: World, StreamName: string, KeyId: string): void {
  call(world, 'kinesis', 'StartStreamEncryption', { StreamName, EncryptionType: 'KMS', KeyId });
}

/** Turns encryption off for a Kinesis stream. */
export function stopStreamEncryption(world: World, StreamName: string, KeyId: string): void {
  call(world, 'kinesis', 'StopStreamEncryption', { StreamName, EncryptionType: 'KMS', KeyId });
}

/** Turns encryption on for a delivery stream: with the AWS-owned key, or with a CMK. */
export function startDeliveryStreamEncryption(
  world: World,
  DeliveryStreamName: string,
  config: { KeyType: 'AWS_OWNED_CMK' } | { KeyType: 'CUSTOMER_MANAGED_CMK'; KeyARN: string },
): void {
  call(world, 'firehose', 'StartDeliveryStreamEncryption', { DeliveryStreamName, DeliveryStreamEncryptionConfigurationInput: config });
}

/** Writes one record to a Kinesis stream. */
export function putRecord(world: World, StreamName: string, PartitionKey = 'pk'): void {
  call(world, 'kinesis', 'PutRecord', { StreamName, PartitionKey, Data: new TextEncoder().encode('x') });
}

/** Writes one record to a delivery stream. */
export function putDeliveryRecord(world: World, DeliveryStreamName: string): void {
  call(world, 'firehose', 'PutRecord', { DeliveryStreamName, Record: { Data: new TextEncoder().encode('x') } });
}
