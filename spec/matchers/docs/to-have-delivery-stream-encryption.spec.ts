// docs/matchers/to-have-delivery-stream-encryption.md: DeliveryStreamEncryptionConfiguration as Describe reports it.
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

it('ENABLING, then ENABLED with the CMK; ENABLING_FAILED when the key is disabled meanwhile', async () => {
  const world = createWorld({ seed: 1 });
  const firehose = mockFirehose(world);
  const client = new FirehoseClient({ region: 'us-east-1' });
  world.firehose.createDeliveryStream('logs');
  world.firehose.createDeliveryStream('audit');
  const key = world.kms.createKey({ alias: 'alias/logs' });
  const start = (DeliveryStreamName: string) =>
    client.send(
      new StartDeliveryStreamEncryptionCommand({
        DeliveryStreamName,
        DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn },
      }),
    );

  await start('logs');
  expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'ENABLING' });
  await vi.advanceTimersByTimeAsync(60_000);
  expect(world).toHaveDeliveryStreamEncryption('logs'); // Status ENABLED
  expect(world).toHaveDeliveryStreamEncryption('logs', { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: 'alias/logs' });

  await start('audit');
  world.kms.disable('alias/logs');
  await vi.advanceTimersByTimeAsync(60_000);
  expect(world).toHaveDeliveryStreamEncryption('audit', {
    Status: 'ENABLING_FAILED',
    FailureDescription: expect.objectContaining({ Type: 'DISABLED_KMS_KEY' }),
  });
  firehose.restore();
});
