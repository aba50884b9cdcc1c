// The example docs/firehose.md shows: testing code that turns on Firehose SSE and waits for it,
// with vitest's fake timers driving the world's time.
import { DescribeDeliveryStreamCommand, FirehoseClient, PutRecordCommand, StartDeliveryStreamEncryptionCommand } from '@aws-sdk/client-firehose';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createWorld, mockFirehose } from 'kinesis-sse-harness';

// The code under test: start encryption with a CMK, then poll until it is ENABLED or has failed.
async function encryptDeliveryStream(client: FirehoseClient, name: string, keyArn: string): Promise<void> {
  await client.send(
    new StartDeliveryStreamEncryptionCommand({
      DeliveryStreamName: name,
      DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: keyArn },
    }),
  );
  for (;;) {
    const { DeliveryStreamDescription } = await client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: name }));
    const encryption = DeliveryStreamDescription?.DeliveryStreamEncryptionConfiguration;
    if (encryption?.Status === 'ENABLED') return;
    if (encryption?.Status === 'ENABLING_FAILED') {
      throw new Error(`${encryption.FailureDescription?.Type}: ${encryption.FailureDescription?.Details}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

it('waits for ENABLED; records are encrypted within 5 seconds after', async () => {
  const world = createWorld({ accountId: '123456789012', region: 'us-east-1', seed: 1 });
  const firehose = mockFirehose(world);
  try {
    const key = world.kms.createKey({ alias: 'alias/orders' });
    world.firehose.createDeliveryStream('orders');
    const client = new FirehoseClient({ region: 'us-east-1' });

    const done = encryptDeliveryStream(client, 'orders', key.Arn);
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(done).resolves.toBeUndefined();
    expect(world.firehose.describe('orders')?.DeliveryStreamEncryptionConfiguration).toStrictEqual({
      KeyARN: key.Arn,
      KeyType: 'CUSTOMER_MANAGED_CMK',
      Status: 'ENABLED',
    });
    expect(world.kms.grants(key.Arn)).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(5_000);
    const put = await client.send(new PutRecordCommand({ DeliveryStreamName: 'orders', Record: { Data: new TextEncoder().encode('{}') } }));
    expect(put.Encrypted).toBe(true);
  } finally {
    firehose.restore();
  }
});

it('surfaces ENABLING_FAILED when KMS refuses the key; encryption never turned on', async () => {
  const world = createWorld({ seed: 1 });
  const firehose = mockFirehose(world);
  try {
    const key = world.kms.createKey();
    world.kms.disable(key.KeyId);
    world.firehose.createDeliveryStream('orders');

    const done = encryptDeliveryStream(new FirehoseClient({ region: 'us-east-1' }), 'orders', key.Arn);
    const outcome = expect(done).rejects.toThrow(`DISABLED_KMS_KEY: ${key.Arn} is disabled.`);
    await vi.advanceTimersByTimeAsync(10_000);
    await outcome;
    expect(world.firehose.keyInEffect('orders')).toBeUndefined();
  } finally {
    firehose.restore();
  }
});
