// docs/matchers/to-have-encrypted-stream-records.md: every record written since a virtual time was encrypted.
import { KinesisClient, PutRecordCommand, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createWorld, mockKinesis } from 'kinesis-sse-harness';
import 'kinesis-sse-harness/vitest';

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

it('records are encrypted from 5 seconds after the stream is ACTIVE again', async () => {
  const world = createWorld({ seed: 1, kinesis: { durations: { updating: 5_000 } } });
  const kinesis = mockKinesis(world);
  const client = new KinesisClient({ region: 'us-east-1' });
  const put = () => client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'p', Data: new Uint8Array([1]) }));
  world.kinesis.createStream('orders');
  world.kms.createKey({ alias: 'alias/orders' });

  await client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/orders' }));
  await put(); // while UPDATING: not encrypted
  await vi.advanceTimersByTimeAsync(5_000); // ACTIVE again
  const active = Date.now();
  await vi.advanceTimersByTimeAsync(5_000); // AWS: "up to 5 seconds" until every record is encrypted
  await put();
  await put();

  expect(world).toHaveEncryptedStreamRecords('orders', { since: active + 5_000, KeyId: 'alias/orders' });
  expect(world).not.toHaveEncryptedStreamRecords('orders'); // the first record was not encrypted
  kinesis.restore();
});
