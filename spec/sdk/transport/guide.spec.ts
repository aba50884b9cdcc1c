// The example docs/transport.md shows: code under test that builds its own client and handles
// LimitExceededException, tested through the transport so the SDK's own retries run, in fake time.
import { KinesisClient, LimitExceededException, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createWorld, installFaults, mockKinesis, type KinesisStub, type World } from 'kinesis-sse-harness';

// The code under test: it builds its own client, and reports a throttle instead of throwing.
async function rotateKey(name: string, keyId: string): Promise<'rotated' | 'throttled'> {
  const client = new KinesisClient({});
  try {
    await client.send(new StartStreamEncryptionCommand({ StreamName: name, EncryptionType: 'KMS', KeyId: keyId }));
    return 'rotated';
  } catch (e) {
    if (e instanceof LimitExceededException) return 'throttled';
    throw e;
  }
}

let world: World;
let kinesis: KinesisStub;

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
  world = createWorld({ seed: 1 });
  // transport: the SDK's serializer, signer, retry strategy and deserializer run around the world.
  kinesis = mockKinesis(world, { transport: true });
  world.kinesis.createStream('orders');
});
afterEach(() => {
  kinesis.restore();
  vi.useRealTimers();
});

it('a throttle the SDK retries away is invisible to the caller, after the backoff', async () => {
  installFaults(world, [{ kind: 'throttle', service: 'kinesis', operation: 'StartStreamEncryption', times: 2 }]);
  const result = rotateKey('orders', 'alias/aws/kinesis');
  await vi.advanceTimersByTimeAsync(3_000); // the SDK waits up to 1 s, then up to 2 s, on setTimeout
  await expect(result).resolves.toBe('rotated');
  const attempts = world.trace.filter((e) => e.kind === 'call' && e.operation === 'StartStreamEncryption');
  expect(attempts.map((e) => e.kind === 'call' && e.attempt)).toStrictEqual([1, 2, 3]);
});

it('a throttle on every attempt of one call reaches the caller after 3 attempts', async () => {
  installFaults(world, [{ kind: 'throttle', service: 'kinesis', operation: 'StartStreamEncryption', per: 'invocation' }]);
  const result = rotateKey('orders', 'alias/aws/kinesis');
  await vi.advanceTimersByTimeAsync(3_000);
  await expect(result).resolves.toBe('throttled');
  expect(world.kinesis.describe('orders')?.EncryptionType).toBe('NONE');
});
