// The example docs/kinesis.md shows: testing code that turns on Kinesis SSE, waits out UPDATING and
// checks that records are encrypted, with vitest's fake timers driving the world's time.
import {
  DescribeStreamSummaryCommand,
  KinesisClient,
  KMSDisabledException,
  PutRecordCommand,
  ResourceInUseException,
  StartStreamEncryptionCommand,
} from '@aws-sdk/client-kinesis';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createWorld, mockKinesis } from 'kinesis-sse-harness';

// The code under test: start encryption, then poll until the stream is ACTIVE again.
async function encryptStream(client: KinesisClient, name: string, keyId: string): Promise<void> {
  await client.send(new StartStreamEncryptionCommand({ StreamName: name, EncryptionType: 'KMS', KeyId: keyId }));
  for (;;) {
    const { StreamDescriptionSummary } = await client.send(new DescribeStreamSummaryCommand({ StreamName: name }));
    if (StreamDescriptionSummary?.StreamStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

it('encrypts the stream; records written after the lag say KMS, earlier ones do not', async () => {
  const world = createWorld({ accountId: '123456789012', region: 'us-east-1', seed: 1 });
  const kinesis = mockKinesis(world);
  try {
    const key = world.kms.createKey({ alias: 'alias/orders' });
    world.kinesis.createStream('orders');
    const client = new KinesisClient({ region: 'us-east-1' });
    const put = () => client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'p', Data: new Uint8Array([1]) }));

    const done = encryptStream(client, 'orders', 'alias/orders');
    await put(); // written while UPDATING: not yet encrypted
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(done).resolves.toBeUndefined();
    expect(world.kinesis.describe('orders')).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'KMS', KeyId: 'alias/orders' });

    await vi.advanceTimersByTimeAsync(5_000); // past the "up to 5 seconds" after ACTIVE
    expect((await put()).EncryptionType).toBe('KMS');
    expect(world.kinesis.records('orders').map((r) => r.encrypted)).toStrictEqual([false, true]);

    // a second Start while UPDATING is refused as AWS refuses it
    await client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: key.Arn }));
    await expect(client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: key.Arn }))).rejects.toThrow(
      ResourceInUseException,
    );
  } finally {
    kinesis.restore();
  }
});

it('a key disabled after encryption started makes the next write fail with KMSDisabledException', async () => {
  const world = createWorld({ seed: 1 });
  const kinesis = mockKinesis(world);
  try {
    const key = world.kms.createKey();
    world.kinesis.createStream('orders');
    const client = new KinesisClient({ region: 'us-east-1' });
    const done = encryptStream(client, 'orders', key.KeyId);
    await vi.advanceTimersByTimeAsync(15_000);
    await done;

    world.kms.disable(key.KeyId);
    const error = await client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'p', Data: new Uint8Array([1]) })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KMSDisabledException);
    expect((error as KMSDisabledException).message).toBe(`${key.Arn} is disabled.`);
  } finally {
    kinesis.restore();
  }
});
