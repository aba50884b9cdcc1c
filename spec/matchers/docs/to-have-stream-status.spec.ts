// docs/matchers/to-have-stream-status.md: the stream's StreamStatus, read at the world's virtual time.
import { KinesisClient, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createWorld, mockKinesis } from 'kinesis-sse-harness';
import 'kinesis-sse-harness/vitest';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

it('the stream is UPDATING after StartStreamEncryption, ACTIVE again once the update is done', async () => {
  const world = createWorld({ seed: 1, kinesis: { durations: { updating: 5_000 } } });
  const kinesis = mockKinesis(world);
  world.kinesis.createStream('orders');
  world.kms.createKey({ alias: 'alias/orders' });

  await new KinesisClient({ region: 'us-east-1' }).send(
    new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/orders' }),
  );
  expect(world).toHaveStreamStatus('orders', 'UPDATING');

  await vi.advanceTimersByTimeAsync(5_000);
  expect(world).toHaveStreamStatus('orders', 'ACTIVE');
  expect(world).not.toHaveStreamStatus('orders', 'UPDATING');
  expect(world).not.toHaveStreamStatus('payments', 'ACTIVE'); // no such stream
  kinesis.restore();
});
