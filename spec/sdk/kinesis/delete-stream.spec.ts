import {
  CreateStreamCommand,
  DeleteStreamCommand,
  DescribeStreamCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  InvalidArgumentException,
  PutRecordCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  StartStreamEncryptionCommand,
} from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, activeStream, arnOf, body, creationDate, data, expectAwsError, kinesisHarness, rejectionOf, transitions, type KinesisHarness } from '../../../fixtures/kinesis';

describe.each(BINDINGS)('DeleteStream [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  it('answers {} at once; DELETING; gone after durations.deleting, then ResourceNotFoundException [DOC + REAL]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    const out = await h.client.send(new DeleteStreamCommand({ StreamName: 'orders' }));
    expect(body(out)).toStrictEqual({});
    expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('DELETING');
    h.clock.advance(5_000);
    expect(h.world.kinesis.describe('orders')).toBeUndefined();
    expectAwsError(
      await rejectionOf(h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }))),
      ResourceNotFoundException,
      `Stream orders under account ${ACCOUNT} not found.`,
    );
    expect(transitions(h.world, 'StreamStatus')).toStrictEqual([
      'StreamStatus none->CREATING',
      'StreamStatus CREATING->ACTIVE',
      'StreamStatus ACTIVE->DELETING',
      'StreamStatus DELETING->none',
    ]);
  });

  it('deletes a CREATING stream: 200 {}, DescribeStream shows DELETING with Shards [] and EncryptionType NONE [REAL]', async () => {
    h = kinesisHarness({ binding });
    await h.client.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 2 }));
    const out = await h.client.send(new DeleteStreamCommand({ StreamName: 'orders' }));
    expect(out.$metadata.httpStatusCode).toBe(200);
    const d = await h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }));
    expect(body(d)).toStrictEqual({
      StreamDescription: {
        StreamName: 'orders',
        StreamARN: arnOf('orders'),
        StreamStatus: 'DELETING',
        StreamModeDetails: { StreamMode: 'PROVISIONED' },
        Shards: [],
        HasMoreShards: false,
        RetentionPeriodHours: 24,
        StreamCreationTimestamp: creationDate(),
        EnhancedMonitoring: [{ ShardLevelMetrics: [] }],
        EncryptionType: 'NONE',
      },
    });
    h.clock.advance(60_000);
    expect(h.world.kinesis.describe('orders')).toBeUndefined();
    expect(transitions(h.world, 'StreamStatus')).not.toContain('StreamStatus CREATING->ACTIVE');
  });

  it('deletes an UPDATING stream and cancels the pending encryption change', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    await h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    await h.client.send(new DeleteStreamCommand({ StreamARN: arnOf('orders') }));
    h.clock.advance(60_000);
    expect(transitions(h.world, 'StreamStatus')).toStrictEqual([
      'StreamStatus none->CREATING',
      'StreamStatus CREATING->ACTIVE',
      'StreamStatus ACTIVE->UPDATING',
      'StreamStatus UPDATING->DELETING',
      'StreamStatus DELETING->none',
    ]);
    expect(transitions(h.world, 'RecordEncryption')).toStrictEqual([]);
  });

  it('while DELETING the stream still takes writes and reads [DOC]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    const it = await h.client.send(new GetShardIteratorCommand({ StreamName: 'orders', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }));
    await h.client.send(new DeleteStreamCommand({ StreamName: 'orders' }));
    await h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'k', Data: data() }));
    const got = await h.client.send(new GetRecordsCommand({ ShardIterator: it.ShardIterator! }));
    expect(got.Records).toHaveLength(1);
  });

  it('a stream already DELETING is ResourceInUseException `... instead in state DELETING` [UNKNOWN]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    await h.client.send(new DeleteStreamCommand({ StreamName: 'orders' }));
    expectAwsError(
      await rejectionOf(h.client.send(new DeleteStreamCommand({ StreamName: 'orders' }))),
      ResourceInUseException,
      `Stream orders under account ${ACCOUNT} not ACTIVE, instead in state DELETING`,
    );
  });

  it('an unknown stream is ResourceNotFoundException; no identifier is InvalidArgumentException', async () => {
    h = kinesisHarness({ binding });
    expectAwsError(
      await rejectionOf(h.client.send(new DeleteStreamCommand({ StreamName: 'nope', EnforceConsumerDeletion: true }))),
      ResourceNotFoundException,
      `Stream nope under account ${ACCOUNT} not found.`,
    );
    expectAwsError(await rejectionOf(h.client.send(new DeleteStreamCommand({}))), InvalidArgumentException, 'Either StreamName or StreamARN must be provided.');
  });

  it('a name can be used again once the stream is gone; its limits start afresh', async () => {
    h = kinesisHarness({ binding, kinesis: { limits: { keyApplicationsPer24h: 1 } } });
    await activeStream(h, 'orders');
    await h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    await h.client.send(new DeleteStreamCommand({ StreamName: 'orders' }));
    h.clock.advance(5_000);
    await activeStream(h, 'orders');
    expect(h.world.kinesis.describe('orders')).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'NONE' });
    expect(h.world.kinesis.limits('orders').keyApplications.used).toBe(0);
  });
});
