// mockFirehose from an ESM vitest project: Start/StopDeliveryStreamEncryption through the SDK, the matchers on the world.
import { DescribeDeliveryStreamCommand, FirehoseClient, StartDeliveryStreamEncryptionCommand } from '@aws-sdk/client-firehose';
import { createWorld, mockFirehose, mockKms } from 'kinesis-sse-harness';
import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
});

it('turns encryption on with a customer managed key', async () => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
  const world = createWorld({ seed: 2 });
  const firehose = mockFirehose(world);
  const kms = mockKms(world);
  world.firehose.createDeliveryStream('logs');
  const key = world.kms.createKey({ alias: 'alias/logs' });
  const client = new FirehoseClient({ region: 'us-east-1' });

  await client.send(
    new StartDeliveryStreamEncryptionCommand({
      DeliveryStreamName: 'logs',
      DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn },
    }),
  );
  expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'ENABLING' });
  await vi.advanceTimersByTimeAsync(60_000);

  const { DeliveryStreamDescription } = await client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'logs' }));
  expect(DeliveryStreamDescription?.DeliveryStreamEncryptionConfiguration?.Status).toBe('ENABLED');
  expect(world).toHaveDeliveryStreamStatus('logs', 'ACTIVE');
  expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'ENABLED', KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: 'alias/logs' });
  expect(world).toHaveDeliveryStreamKeyInEffect('logs', { KeyARN: key.Arn });
  expect({ world }).toEqual({ world: expect.toHaveDeliveryStreamKeyInEffect('logs') });

  firehose.restore();
  kms.restore();
});
