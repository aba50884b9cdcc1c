import { DescribeStreamCommand, DescribeStreamSummaryCommand, InvalidArgumentException, ResourceNotFoundException, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, activeStream, arnOf, body, creationDate, expectAwsError, kinesisHarness, rejectionOf, type KinesisHarness } from '../../../fixtures/kinesis';

describe.each(BINDINGS)('DescribeStreamSummary [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  it('the exact summary of an encrypted stream; world.kinesis.describe is the same shape with epoch ms', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders', 2);
    const key = h.world.kms.createKey();
    await h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: key.Arn }));
    h.clock.advance(5_000);
    const out = await h.client.send(new DescribeStreamSummaryCommand({ StreamARN: arnOf('orders') }));
    const expected = {
      StreamName: 'orders',
      StreamARN: arnOf('orders'),
      StreamStatus: 'ACTIVE',
      StreamModeDetails: { StreamMode: 'PROVISIONED' },
      RetentionPeriodHours: 24,
      StreamCreationTimestamp: creationDate(),
      EnhancedMonitoring: [{ ShardLevelMetrics: [] }],
      EncryptionType: 'KMS',
      KeyId: key.Arn,
      OpenShardCount: 2,
      ConsumerCount: 0,
    };
    expect(body(out)).toStrictEqual({ StreamDescriptionSummary: expected });
    expect(h.world.kinesis.describe('orders')).toStrictEqual({ ...expected, StreamCreationTimestamp: creationDate().getTime() });
  });

  it('agrees with DescribeStream on every common field, in every state [REAL]', async () => {
    h = kinesisHarness({ binding });
    const compare = async (): Promise<void> => {
      const s = (await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }))).StreamDescriptionSummary!;
      const d = (await h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }))).StreamDescription!;
      for (const k of ['StreamName', 'StreamARN', 'StreamStatus', 'StreamModeDetails', 'RetentionPeriodHours', 'StreamCreationTimestamp', 'EnhancedMonitoring', 'EncryptionType', 'KeyId'] as const) {
        expect(s[k]).toStrictEqual(d[k]);
      }
      expect(s.OpenShardCount).toBe(d.Shards!.length);
    };
    h.world.kinesis.createStream('orders', { active: false, shardCount: 3 });
    await compare();
    h.clock.advance(10_000);
    await compare();
    await h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    await compare();
    h.clock.advance(5_000);
    await compare();
  });

  it('while CREATING: OpenShardCount 0 and EncryptionType NONE, no KeyId', async () => {
    h = kinesisHarness({ binding });
    h.world.kinesis.createStream('orders', { active: false, shardCount: 2 });
    const s = (await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }))).StreamDescriptionSummary!;
    expect(s).toMatchObject({ StreamStatus: 'CREATING', OpenShardCount: 0, EncryptionType: 'NONE' });
    expect(s).not.toHaveProperty('KeyId');
  });

  it('unknown stream, no identifier', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    expectAwsError(await rejectionOf(h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'other' }))), ResourceNotFoundException, `Stream other under account ${ACCOUNT} not found.`);
    expectAwsError(await rejectionOf(h.client.send(new DescribeStreamSummaryCommand({}))), InvalidArgumentException, 'Either StreamName or StreamARN must be provided.');
  });
});
