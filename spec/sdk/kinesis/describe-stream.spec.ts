import { DescribeStreamCommand, InvalidArgumentException, PutRecordCommand, ResourceNotFoundException, ValidationException } from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, activeStream, arnOf, body, creationDate, data, encryptStream, expectAwsError, kinesisHarness, rejectionOf, type KinesisHarness } from '../../../fixtures/kinesis';

describe.each(BINDINGS)('DescribeStream [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  it('an ACTIVE unencrypted stream: the full form, EncryptionType NONE and no KeyId [REAL]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    const out = await h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }));
    expect(body(out)).toStrictEqual({
      StreamDescription: {
        StreamName: 'orders',
        StreamARN: arnOf('orders'),
        StreamStatus: 'ACTIVE',
        StreamModeDetails: { StreamMode: 'PROVISIONED' },
        Shards: [
          {
            ShardId: 'shardId-000000000000',
            HashKeyRange: { StartingHashKey: '0', EndingHashKey: '340282366920938463463374607431768211455' },
            SequenceNumberRange: { StartingSequenceNumber: h.world.model.kinesis.streams.get(arnOf('orders'))!.shards[0]!.startingSequenceNumber },
          },
        ],
        HasMoreShards: false,
        RetentionPeriodHours: 24,
        StreamCreationTimestamp: creationDate(),
        EnhancedMonitoring: [{ ShardLevelMetrics: [] }],
        EncryptionType: 'NONE',
      },
    });
  });

  it('an encrypted stream shows EncryptionType KMS and its KeyId', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    await encryptStream(h, 'orders');
    const out = await h.client.send(new DescribeStreamCommand({ StreamARN: arnOf('orders') }));
    expect(out.StreamDescription).toMatchObject({ EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
  });

  it('pages shards with Limit and ExclusiveStartShardId; at most 100 per call [DOC]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders', 120);
    const ids = async (input: { Limit?: number; ExclusiveStartShardId?: string }) => {
      const d = (await h.client.send(new DescribeStreamCommand({ StreamName: 'orders', ...input }))).StreamDescription!;
      return { ids: d.Shards!.map((s) => s.ShardId), more: d.HasMoreShards };
    };
    const first = await ids({});
    expect(first.ids).toHaveLength(100);
    expect(first.more).toBe(true);
    expect((await ids({ Limit: 10000 })).ids).toHaveLength(100);
    const two = await ids({ Limit: 2, ExclusiveStartShardId: 'shardId-000000000117' });
    expect(two).toStrictEqual({ ids: ['shardId-000000000118', 'shardId-000000000119'], more: false });
    expect(await ids({ Limit: 1, ExclusiveStartShardId: 'shardId-000000000005' })).toStrictEqual({ ids: ['shardId-000000000006'], more: true });
  });

  it('shows shards while UPDATING, and the stream keeps taking writes [DOC]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders', 2);
    const { StartStreamEncryptionCommand } = await import('@aws-sdk/client-kinesis');
    await h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    const d = await h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }));
    expect(d.StreamDescription?.StreamStatus).toBe('UPDATING');
    expect(d.StreamDescription?.Shards).toHaveLength(2);
    await h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'p', Data: data() }));
  });

  it('validates Limit (1–10000) and ExclusiveStartShardId; unknown stream and no identifier as AWS', async () => {
    h = kinesisHarness({ binding });
    expectAwsError(
      await rejectionOf(h.client.send(new DescribeStreamCommand({ StreamName: 'orders', Limit: 0, ExclusiveStartShardId: 'bad id' }))),
      ValidationException,
      "2 validation errors detected: Value 'bad id' at 'exclusiveStartShardId' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
        "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    expectAwsError(
      await rejectionOf(h.client.send(new DescribeStreamCommand({ StreamName: 'orders', Limit: 10001 }))),
      ValidationException,
      "1 validation error detected: Value '10001' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10000",
    );
    expectAwsError(await rejectionOf(h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }))), ResourceNotFoundException, `Stream orders under account ${ACCOUNT} not found.`);
    expectAwsError(await rejectionOf(h.client.send(new DescribeStreamCommand({}))), InvalidArgumentException, 'Either StreamName or StreamARN must be provided.');
  });
});
