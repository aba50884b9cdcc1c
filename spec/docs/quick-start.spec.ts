import {
  DescribeStreamSummaryCommand,
  KinesisClient,
  StartStreamEncryptionCommand,
  waitUntilStreamExists,
} from '@aws-sdk/client-kinesis';
import { afterEach, expect, it, vi } from 'vitest';
import { useWorld } from 'kinesis-sse-harness';
import 'kinesis-sse-harness/vitest'; // the matchers, and the world released after each test (or in setupFiles)

// The code under test: turn encryption on and wait until the stream is ACTIVE again.
async function encryptStream(client: KinesisClient, StreamName: string, KeyId: string): Promise<void> {
  await client.send(new StartStreamEncryptionCommand({ StreamName, EncryptionType: 'KMS', KeyId }));
  await waitUntilStreamExists({ client, maxWaitTime: 300 }, { StreamName });
}

afterEach(() => vi.useRealTimers());

it('encrypts the stream and waits out UPDATING in virtual time', async () => {
  vi.useFakeTimers();
  // A world with the SDK clients bound to it, released after the test even if an assertion fails.
  const { world } = useWorld({ accountId: '123456789012', region: 'us-east-1', seed: 1 });
  world.kinesis.createStream('orders', { active: true });
  world.kms.createKey({ alias: 'alias/orders' });

  const client = new KinesisClient({ region: 'us-east-1' });
  const done = encryptStream(client, 'orders', 'alias/orders');
  await vi.advanceTimersByTimeAsync(60_000); // the waiter polls every 10 s; UPDATING lasts 5 s
  await done;

  const { StreamDescriptionSummary } = await client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }));
  expect(StreamDescriptionSummary).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'KMS', KeyId: 'alias/orders' });
  const statuses = world.trace.flatMap((e) => (e.kind === 'transition' && e.property === 'StreamStatus' ? [`${e.from}->${e.to}`] : []));
  expect(statuses).toEqual(['none->ACTIVE', 'ACTIVE->UPDATING', 'UPDATING->ACTIVE']);
});
