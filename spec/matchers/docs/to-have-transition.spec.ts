// docs/matchers/to-have-transition.md: the trace holds a change of state of a stream, delivery stream or key.
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

it('the stream went through UPDATING and the key was disabled afterwards', async () => {
  const world = createWorld({ seed: 1 });
  const kinesis = mockKinesis(world);
  world.kinesis.createStream('orders');
  world.kms.createKey({ alias: 'alias/orders' });
  const before = Date.now();

  await new KinesisClient({ region: 'us-east-1' }).send(
    new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/orders' }),
  );
  await vi.advanceTimersByTimeAsync(60_000);
  world.kms.disable('alias/orders');

  expect(world).toHaveTransition('orders', { property: 'StreamStatus', from: 'ACTIVE', to: 'UPDATING', since: before });
  expect(world).toHaveTransition('orders', { property: 'StreamStatus', from: 'UPDATING', to: 'ACTIVE' });
  expect(world).toHaveTransition('orders', { property: 'KeyId', to: 'alias/orders' });
  expect(world).toHaveTransition('alias/orders', { property: 'KeyState', from: 'Enabled', to: 'Disabled' });
  expect(world).not.toHaveTransition('orders', { property: 'StreamStatus', to: expect.stringMatching(/DELET/) });
  kinesis.restore();
});
