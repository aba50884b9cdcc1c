// docs/matchers/to-have-encrypted-delivery-stream-records.md: every record a delivery stream accepted since a time was encrypted.
import { FirehoseClient, PutRecordBatchCommand, StartDeliveryStreamEncryptionCommand } from '@aws-sdk/client-firehose';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createWorld, mockFirehose } from 'kinesis-sse-harness';
import 'kinesis-sse-harness/vitest';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

it('records put after ENABLED (and the lag) are encrypted with the AWS owned key', async () => {
  const world = createWorld({ seed: 1 });
  const firehose = mockFirehose(world);
  const client = new FirehoseClient({ region: 'us-east-1' });
  world.firehose.createDeliveryStream('logs');
  const batch = () =>
    client.send(new PutRecordBatchCommand({ DeliveryStreamName: 'logs', Records: [{ Data: new Uint8Array([1]) }, { Data: new Uint8Array([2]) }] }));

  await batch(); // before encryption
  await client.send(
    new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'logs', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } }),
  );
  await vi.advanceTimersByTimeAsync(60_000);
  const since = Date.now();
  await batch();

  expect(world).toHaveEncryptedDeliveryStreamRecords('logs', { since, KeyType: 'AWS_OWNED_CMK' });
  expect(world).not.toHaveEncryptedDeliveryStreamRecords('logs'); // the first batch was not
  firehose.restore();
});
