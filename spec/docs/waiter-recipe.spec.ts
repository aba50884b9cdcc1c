import { DescribeStreamCommand, KinesisClient, StartStreamEncryptionCommand, waitUntilStreamExists } from '@aws-sdk/client-kinesis';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createWorld, mockKinesis, type KinesisStub, type World } from 'kinesis-sse-harness';

let world: World;
let kinesis: KinesisStub;

beforeEach(() => {
  vi.useFakeTimers(); // fakes Date too, so the world and the waiter's deadline follow the fake clock
  world = createWorld({ seed: 7, kinesis: { durations: { updating: 45_000 } } });
  kinesis = mockKinesis(world);
  world.kinesis.createStream('orders', { active: true });
});

afterEach(() => {
  kinesis.restore();
  vi.useRealTimers();
});

it('waitUntilStreamExists resolves once UPDATING is over', async () => {
  const client = new KinesisClient({ region: 'us-east-1' });
  const start = Date.now();
  await client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));

  const waiting = waitUntilStreamExists({ client, maxWaitTime: 600 }, { StreamName: 'orders' });
  await vi.advanceTimersByTimeAsync(120_000);
  await expect(waiting).resolves.toMatchObject({ state: 'SUCCESS' });

  // The waiter polled DescribeStream (not the Summary): at once, 10 s later, then with jittered backoff,
  // and it saw UPDATING until the stream was ACTIVE again 45 s after the Start.
  const polls = kinesis.commandCalls(DescribeStreamCommand);
  expect(polls.length).toBeGreaterThanOrEqual(3);
  const statuses = await Promise.all(polls.map(async (c) => (await c.returnValue).StreamDescription?.StreamStatus));
  expect(statuses.at(-1)).toBe('ACTIVE');
  expect(statuses.slice(0, -1).every((s) => s === 'UPDATING')).toBe(true);
  expect(world.now() - start).toBeLessThanOrEqual(120_000);
});

it('times out with the SDK\'s TimeoutError when the stream never leaves UPDATING in time', async () => {
  const client = new KinesisClient({ region: 'us-east-1' });
  await client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
  const waiting = waitUntilStreamExists({ client, maxWaitTime: 30, minDelay: 5, maxDelay: 10 }, { StreamName: 'orders' });
  const outcome = expect(waiting).rejects.toMatchObject({ name: 'TimeoutError' });
  await vi.advanceTimersByTimeAsync(60_000);
  await outcome;
});
