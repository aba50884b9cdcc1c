import { KinesisClient, PutRecordCommand, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import { afterEach, expect, it } from 'vitest';
import { createWorld, mockKinesis, RETAIN_BOUNDED, virtualClock } from 'kinesis-sse-harness';
import 'kinesis-sse-harness/vitest';

const HOUR = 3_600_000;
let restore = (): void => {};
afterEach(() => restore());

it('runs two virtual days of writes in bounded memory', async () => {
  const clock = virtualClock(Date.UTC(2026, 0, 1));
  // The latest 10,000 trace entries, only records a reader could still get, no stub call history.
  const world = createWorld({ clock, retain: RETAIN_BOUNDED });
  world.kms.createKey({ alias: 'alias/orders' });
  world.kinesis.createStream('orders');
  const client = new KinesisClient({ region: 'us-east-1' });
  restore = mockKinesis(world, { client }).restore;
  await client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/orders' }));

  for (let i = 0; i < 20_000; i++) {
    await client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: `p${i % 16}`, Data: Buffer.from(`order ${i}`) }));
    clock.advance(10_000); // 20,000 writes over about 55 hours
  }

  expect(world.trace).toHaveLength(10_000);
  expect(world.traceLog.droppedNote()).toMatch(/^\(\d{1,3}(,\d{3})* earlier trace entries dropped by retain.traceEntries = 10000\)$/);
  // Records past the stream's 24-hour retention are gone, as GetRecords would not return them.
  expect(world.kinesis.droppedRecords('orders').count).toBeGreaterThan(10_000);
  // Matchers judge what was kept; a window that reaches dropped records is refused, not guessed.
  expect(world).toHaveEncryptedStreamRecords('orders', { since: clock.now() - HOUR });
  expect(() => expect(world).toHaveEncryptedStreamRecords('orders')).toThrow(/cannot tell/);
}, 120_000);
