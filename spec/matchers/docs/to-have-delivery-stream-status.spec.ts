// docs/matchers/to-have-delivery-stream-status.md: the delivery stream's DeliveryStreamStatus.
import { DeleteDeliveryStreamCommand, FirehoseClient } from '@aws-sdk/client-firehose';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createWorld, mockFirehose } from 'kinesis-sse-harness';
import 'kinesis-sse-harness/vitest';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

it('CREATING until the delivery stream is ready, DELETING after DeleteDeliveryStream', async () => {
  const world = createWorld({ seed: 1, firehose: { durations: { creating: 30_000, deleting: 30_000 } } });
  const firehose = mockFirehose(world);
  world.firehose.createDeliveryStream('logs', { active: false });

  expect(world).toHaveDeliveryStreamStatus('logs', 'CREATING');
  await vi.advanceTimersByTimeAsync(30_000);
  expect(world).toHaveDeliveryStreamStatus('logs', 'ACTIVE');

  await new FirehoseClient({ region: 'us-east-1' }).send(new DeleteDeliveryStreamCommand({ DeliveryStreamName: 'logs' }));
  expect(world).toHaveDeliveryStreamStatus('logs', 'DELETING');
  await vi.advanceTimersByTimeAsync(30_000);
  expect(world).not.toHaveDeliveryStreamStatus('logs', expect.any(String)); // gone
  firehose.restore();
});
