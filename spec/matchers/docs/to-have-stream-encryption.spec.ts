// docs/matchers/to-have-stream-encryption.md: what DescribeStreamSummary says about the stream's encryption.
import { KinesisClient, StartStreamEncryptionCommand, StopStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createWorld, mockKinesis } from 'kinesis-sse-harness';
import 'kinesis-sse-harness/vitest';

// The code under test: move a stream to a new key.
async function rotateKey(client: KinesisClient, StreamName: string, KeyId: string): Promise<void> {
  await client.send(new StartStreamEncryptionCommand({ StreamName, EncryptionType: 'KMS', KeyId }));
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

it('is encrypted with the new key, whatever name the test uses for it', async () => {
  const world = createWorld({ seed: 1 });
  const kinesis = mockKinesis(world);
  const client = new KinesisClient({ region: 'us-east-1' });
  world.kinesis.createStream('orders');
  world.kms.createKey({ alias: 'alias/old' });
  const next = world.kms.createKey({ alias: 'alias/next' });

  expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'NONE' });
  await rotateKey(client, 'orders', 'alias/old');
  await vi.advanceTimersByTimeAsync(60_000);
  await rotateKey(client, 'orders', 'alias/next');
  await vi.advanceTimersByTimeAsync(60_000);

  expect(world).toHaveStreamEncryption('orders'); // encrypted, with some key
  expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'KMS', KeyId: 'alias/next' }); // as reported
  expect(world).toHaveStreamEncryption('orders', { KeyId: next.Arn }); // the same key by its ARN
  expect(world).not.toHaveStreamEncryption('orders', { KeyId: 'alias/old' });

  await client.send(new StopStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/next' }));
  await vi.advanceTimersByTimeAsync(60_000);
  expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'NONE' });
  kinesis.restore();
});
