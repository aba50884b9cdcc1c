import {
  DescribeStreamSummaryCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  InternalFailureException,
  KinesisClient,
  KMSThrottlingException,
  PutRecordCommand,
  StartStreamEncryptionCommand,
  waitUntilStreamExists,
} from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorld, mockKinesis } from '../../../src/index';
import { installFaults } from '../../../src/model/faults';
import { BINDINGS, activeStream, data, expectAwsError, kinesisHarness, rejectionOf, T0, type KinesisHarness } from '../../../fixtures/kinesis';

describe.each(BINDINGS)('mockKinesis stub [%s]', (binding) => {
  let h: KinesisHarness | undefined;
  afterEach(() => {
    h?.restore();
    h = undefined;
    vi.useRealTimers();
  });

  it('.on(StartStreamEncryptionCommand).rejectsOnce(...) overrides the world once, then the world answers again', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    h.stub.on(StartStreamEncryptionCommand).rejectsOnce(new KMSThrottlingException({ message: 'slow down', $metadata: { httpStatusCode: 400 } }));
    const start = new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
    expectAwsError(await rejectionOf(h.client.send(start)), KMSThrottlingException, 'slow down');
    expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('ACTIVE');
    await h.client.send(start);
    expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('UPDATING');
    expect(h.stub.commandCalls(StartStreamEncryptionCommand)).toHaveLength(2);
  });

  it('a server fault (fault plan internal-failure) is InternalFailureException, $fault server, status 500; the world is unchanged [MODEL + REAL status]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    installFaults(h.world.model, [{ kind: 'internal-failure', service: 'kinesis', operation: 'PutRecord' }], h.clock.now());
    expectAwsError(await rejectionOf(h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'p', Data: data() }))), InternalFailureException, 'Internal Service Failure', 500);
    expect(h.world.kinesis.records('orders')).toStrictEqual([]);
    await h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'p', Data: data() }));
    expect(h.world.kinesis.records('orders')).toHaveLength(1);
  });

  it('outputs are fresh copies: mutating one touches neither the world nor a later output', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    await h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'p', Data: data('abc') }));
    const a = await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }));
    a.StreamDescriptionSummary!.EncryptionType = 'KMS';
    a.StreamDescriptionSummary!.EnhancedMonitoring![0]!.ShardLevelMetrics!.push('ALL');
    a.StreamDescriptionSummary!.StreamModeDetails!.StreamMode = 'ON_DEMAND';
    const b = await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }));
    expect(b.StreamDescriptionSummary).toMatchObject({ EncryptionType: 'NONE', EnhancedMonitoring: [{ ShardLevelMetrics: [] }], StreamModeDetails: { StreamMode: 'PROVISIONED' } });
    expect(b).not.toBe(a);
    expect(b.$metadata).not.toBe(a.$metadata);
    const it = (await h.client.send(new GetShardIteratorCommand({ StreamName: 'orders', ShardId: '0', ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
    const first = await h.client.send(new GetRecordsCommand({ ShardIterator: it }));
    first.Records![0]!.Data!.fill(0);
    const second = await h.client.send(new GetRecordsCommand({ ShardIterator: it }));
    expect(second.Records![0]!.Data).toStrictEqual(data('abc'));
  });
});

// Send level only: the waiter runs on vitest fake timers against a client the test builds itself
// (no harness), which is how the send-level stub is used with fake time. Through the transport,
// waiters go through the SDK's own polling and the first call's config read (wire-protocol.md §6):
// their specs live with the transport.
describe('mockKinesis stub under vitest fake timers [send]', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('the SDK waiter waitUntilStreamExists resolves only once a Start’s UPDATING is over, under vitest fake timers [SDK]', async () => {
    vi.useFakeTimers({ now: T0 });
    const world = createWorld({ seed: 1, kinesis: { durations: { updating: 25_000 } } });
    const stub = mockKinesis(world);
    try {
      const client = new KinesisClient({ region: 'us-east-1' });
      world.kinesis.createStream('orders');
      await client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
      let settled = false;
      const waiting = waitUntilStreamExists({ client, maxWaitTime: 300 }, { StreamName: 'orders' }).finally(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(20_000);
      expect(settled).toBe(false);
      expect(world.kinesis.describe('orders')?.StreamStatus).toBe('UPDATING');
      await vi.advanceTimersByTimeAsync(200_000);
      const result = await waiting;
      expect(result.state).toBe('SUCCESS');
      expect(world.kinesis.describe('orders')).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'KMS' });
      expect(stub.commandCalls(StartStreamEncryptionCommand)).toHaveLength(1);
    } finally {
      stub.restore();
    }
  });
});
