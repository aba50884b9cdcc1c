// A vitest 4 ESM user: useWorld() binding the SDK clients (released after each test by the setup entry, even
// when the test fails), fake timers moving the world, the matchers.
import { DescribeStreamSummaryCommand, KinesisClient, PutRecordCommand, StartStreamEncryptionCommand, waitUntilStreamExists } from '@aws-sdk/client-kinesis';
import { useWorld } from 'kinesis-sse-harness';
import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
});

it('encrypts a stream and waits out UPDATING in virtual time', async () => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
  const { world } = useWorld({ seed: 1 });
  world.kinesis.createStream('orders');
  world.kms.createKey({ alias: 'alias/orders' });
  const client = new KinesisClient({ region: 'us-east-1' });

  await client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/orders' }));
  expect(world).toHaveStreamStatus('orders', 'UPDATING');
  const waited = waitUntilStreamExists({ client, maxWaitTime: 300 }, { StreamName: 'orders' });
  await vi.advanceTimersByTimeAsync(60_000);
  await waited;
  await client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'k', Data: new TextEncoder().encode('x') }));

  const { StreamDescriptionSummary } = await client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }));
  expect(StreamDescriptionSummary?.EncryptionType).toBe('KMS');
  expect(world).toHaveStreamStatus('orders', 'ACTIVE');
  expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'KMS', KeyId: 'alias/orders' });
  expect(world).toHaveEncryptedStreamRecords('orders', { KeyId: 'alias/orders' });
  expect(world).toHaveStayedWithinStreamEncryptionLimits('orders');
  expect(world).toHaveTransition('orders', { property: 'StreamStatus', from: 'UPDATING', to: 'ACTIVE' });
  expect(() => expect(world).toHaveStreamStatus('orders', 'UPDATING')).toThrow(/Trace of the stream/);

});

it('rejects with instances of the classes this project imported', async () => {
  const { KinesisServiceException, ResourceInUseException } = await import('@aws-sdk/client-kinesis');
  const { world } = useWorld({ seed: 3 });
  world.kinesis.createStream('busy', { active: false });
  const err = await new KinesisClient({ region: 'us-east-1' })
    .send(new StartStreamEncryptionCommand({ StreamName: 'busy', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }))
    .catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ResourceInUseException);
  expect(err).toBeInstanceOf(KinesisServiceException);
  expect(Object.getPrototypeOf(err)).toBe(ResourceInUseException.prototype);
  expect((err as Error).message).toBe('Stream busy under account 123456789012 not ACTIVE, instead in state CREATING');
});
