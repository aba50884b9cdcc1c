// docs/matchers/to-have-delivery-stream-key-in-effect.md: the key that actually encrypts, not the one reported.
import { FirehoseClient, StartDeliveryStreamEncryptionCommand } from '@aws-sdk/client-firehose';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createWorld, mockFirehose } from 'kinesis-sse-harness';
import 'kinesis-sse-harness/vitest';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

it('while ENABLING, Describe already names the CMK but no key is in effect yet', async () => {
  const world = createWorld({ seed: 1, firehose: { durations: { enabling: 5_000 } } });
  const firehose = mockFirehose(world);
  world.firehose.createDeliveryStream('logs');
  const key = world.kms.createKey({ alias: 'alias/logs' });

  await new FirehoseClient({ region: 'us-east-1' }).send(
    new StartDeliveryStreamEncryptionCommand({
      DeliveryStreamName: 'logs',
      DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn },
    }),
  );
  expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'ENABLING', KeyARN: key.Arn });
  expect(world).not.toHaveDeliveryStreamKeyInEffect('logs'); // records still go out unencrypted

  await vi.advanceTimersByTimeAsync(5_000);
  expect(world).toHaveDeliveryStreamKeyInEffect('logs', { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: 'alias/logs' });
  firehose.restore();
});
