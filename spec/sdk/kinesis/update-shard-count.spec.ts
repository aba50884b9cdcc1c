import {
  DescribeStreamCommand,
  DescribeStreamSummaryCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  InvalidArgumentException,
  LimitExceededException,
  PutRecordCommand,
  ResourceInUseException,
  StartStreamEncryptionCommand,
  StopStreamEncryptionCommand,
  UpdateShardCountCommand,
  ValidationException,
  CreateStreamCommand,
} from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  BINDINGS,
  FIXED_DURATIONS,
  activeStream,
  arnOf,
  body,
  data,
  encryptStream,
  expectAwsError,
  kinesisHarness,
  rejectedWithoutChange,
  rejectionOf,
  transitions,
  type KinesisHarness,
} from '../../../fixtures/kinesis';

const RESHARDING = 10_000;
const update = (target: number, name = 'orders') => new UpdateShardCountCommand({ StreamName: name, TargetShardCount: target, ScalingType: 'UNIFORM_SCALING' });

describe.each(BINDINGS)('UpdateShardCount [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  it('answers at once, UPDATING for durations.resharding, then the parents closed and the children open with their parents [DOC]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders', 1);
    const out = await h.client.send(update(2));
    expect(body(out)).toStrictEqual({ StreamName: 'orders', CurrentShardCount: 1, TargetShardCount: 2, StreamARN: arnOf('orders') });
    expect(h.world.kinesis.describe('orders')).toMatchObject({ StreamStatus: 'UPDATING', OpenShardCount: 1 });
    h.clock.advance(RESHARDING - 1);
    expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('UPDATING');
    h.clock.advance(1);
    expect(h.world.kinesis.describe('orders')).toMatchObject({ StreamStatus: 'ACTIVE', OpenShardCount: 2 });
    const shards = (await h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }))).StreamDescription!.Shards!;
    expect(shards.map((s) => s.ShardId)).toStrictEqual(['shardId-000000000000', 'shardId-000000000001', 'shardId-000000000002']);
    expect(shards[0]!.SequenceNumberRange!.EndingSequenceNumber).toMatch(/^\d{56}$/);
    expect(BigInt(shards[0]!.SequenceNumberRange!.EndingSequenceNumber!) > BigInt(shards[0]!.SequenceNumberRange!.StartingSequenceNumber!)).toBe(true);
    expect(shards[1]).toStrictEqual({
      ShardId: 'shardId-000000000001',
      ParentShardId: 'shardId-000000000000',
      HashKeyRange: { StartingHashKey: '0', EndingHashKey: '170141183460469231731687303715884105727' },
      SequenceNumberRange: { StartingSequenceNumber: expect.stringMatching(/^\d{56}$/) },
    });
    expect(shards[2]).toMatchObject({ ParentShardId: 'shardId-000000000000', HashKeyRange: { StartingHashKey: '170141183460469231731687303715884105728' } });
    expect(shards[2]).not.toHaveProperty('AdjacentParentShardId');
    expect(transitions(h.world, 'StreamStatus').slice(-2)).toStrictEqual(['StreamStatus ACTIVE->UPDATING', 'StreamStatus UPDATING->ACTIVE']);

    // Halving merges: each child names two parents.
    await h.client.send(update(1));
    h.clock.advance(RESHARDING);
    const merged = (await h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }))).StreamDescription!.Shards!.at(-1)!;
    expect(merged).toMatchObject({ ShardId: 'shardId-000000000003', ParentShardId: 'shardId-000000000001', AdjacentParentShardId: 'shardId-000000000002' });
    expect(merged.HashKeyRange).toStrictEqual({ StartingHashKey: '0', EndingHashKey: '340282366920938463463374607431768211455' });
  });

  it('resharding during a rotation: Start/Stop while UPDATING are ResourceInUseException; the new shards carry the stream encryption (records read back KMS)', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders', 2);
    await encryptStream(h, 'orders');
    await h.client.send(update(4));
    const key = h.world.kms.createKey();
    expectAwsError(
      await rejectedWithoutChange(h, h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: key.Arn }))),
      ResourceInUseException,
      `Stream orders under account ${ACCOUNT} not ACTIVE, instead in state UPDATING`,
    );
    expectAwsError(
      await rejectionOf(h.client.send(new StopStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }))),
      ResourceInUseException,
      `Stream orders under account ${ACCOUNT} not ACTIVE, instead in state UPDATING`,
    );
    // Written while UPDATING: to the old shards, encrypted.
    const during = await h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'p', Data: data('during') }));
    expect(during).toMatchObject({ EncryptionType: 'KMS' });
    expect(['shardId-000000000000', 'shardId-000000000001']).toContain(during.ShardId);
    h.clock.advance(RESHARDING);
    const after = await h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'p', Data: data('after') }));
    expect(after.EncryptionType).toBe('KMS');
    expect(Number(after.ShardId!.slice(-2))).toBeGreaterThanOrEqual(2);
    const iterator = (await h.client.send(new GetShardIteratorCommand({ StreamName: 'orders', ShardId: after.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
    const read = await h.client.send(new GetRecordsCommand({ ShardIterator: iterator }));
    expect(read.Records!.map((r) => [new TextDecoder().decode(r.Data), r.EncryptionType])).toStrictEqual([['after', 'KMS']]);
    // Rotation resumes once ACTIVE.
    await h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: key.Arn }));
    expect(h.world.kinesis.describe('orders')).toMatchObject({ StreamStatus: 'UPDATING', KeyId: key.Arn, OpenShardCount: 4 });
  });

  it('a parent read to its end: no NextShardIterator, ChildShards name the children [DOC]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders', 1);
    await h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'p', Data: data('old') }));
    await h.client.send(update(2));
    h.clock.advance(RESHARDING);
    const iterator = (await h.client.send(new GetShardIteratorCommand({ StreamName: 'orders', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
    const out = await h.client.send(new GetRecordsCommand({ ShardIterator: iterator }));
    expect(out.Records!.map((r) => new TextDecoder().decode(r.Data))).toStrictEqual(['old']);
    expect(out).not.toHaveProperty('NextShardIterator');
    expect(out.ChildShards).toStrictEqual([
      { ShardId: 'shardId-000000000001', ParentShards: ['shardId-000000000000'], HashKeyRange: { StartingHashKey: '0', EndingHashKey: '170141183460469231731687303715884105727' } },
      {
        ShardId: 'shardId-000000000002',
        ParentShards: ['shardId-000000000000'],
        HashKeyRange: { StartingHashKey: '170141183460469231731687303715884105728', EndingHashKey: '340282366920938463463374607431768211455' },
      },
    ]);
  });

  it('3 → 2: a child overlapping three parents gets a short-lived merged parent first [INF]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders', 5);
    await h.client.send(update(3));
    h.clock.advance(RESHARDING);
    const shards = (await h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }))).StreamDescription!.Shards!;
    const open = shards.filter((s) => s.SequenceNumberRange!.EndingSequenceNumber === undefined);
    expect(open).toHaveLength(3);
    for (const s of shards) {
      const parents = [s.ParentShardId, s.AdjacentParentShardId].filter((p) => p !== undefined);
      expect(parents.length).toBeLessThanOrEqual(2);
    }
    // Every open shard's range is covered by its parents'.
    const byId = new Map(shards.map((s) => [s.ShardId!, s]));
    for (const s of open) {
      const parents = [s.ParentShardId, s.AdjacentParentShardId].filter((p): p is string => p !== undefined).map((p) => byId.get(p)!);
      expect(BigInt(parents[0]!.HashKeyRange!.StartingHashKey!) <= BigInt(s.HashKeyRange!.StartingHashKey!)).toBe(true);
      expect(BigInt(parents.at(-1)!.HashKeyRange!.EndingHashKey!) >= BigInt(s.HashKeyRange!.EndingHashKey!)).toBe(true);
    }
  });

  it('limits: over double, under half, the account shard limit, the calls per 24 hours, not ACTIVE; nothing changes [PEER texts, DOC limits]', async () => {
    h = kinesisHarness({ binding, kinesis: { limits: { shardLimit: 7, reshardsPer24h: 2 } } });
    await activeStream(h, 'orders', 2);
    expectAwsError(
      await rejectedWithoutChange(h, h.client.send(update(5))),
      LimitExceededException,
      'UpdateShardCount cannot scale up over double your current open shard count. Current open shard count: 2, Target shard count: 5',
    );
    await activeStream(h, 'big', 4);
    expectAwsError(
      await rejectedWithoutChange(h, h.client.send(update(1, 'big')), 'big'),
      LimitExceededException,
      'UpdateShardCount cannot scale down below half your current open shard count. Current open shard count: 4, Target shard count: 1',
    );
    expectAwsError(await rejectionOf(h.client.send(update(4))), LimitExceededException, /^This request would exceed the shard limit for the account 123456789012 in us-east-1\. Current shard count for the account: 6\. Limit: 7\. Number of additional shards that would have resulted from this request: 2\./);
    await h.client.send(update(3));
    expectAwsError(await rejectionOf(h.client.send(update(2))), ResourceInUseException, `Stream orders under account ${ACCOUNT} not ACTIVE, instead in state UPDATING`);
    h.clock.advance(RESHARDING);
    await h.client.send(update(2));
    h.clock.advance(RESHARDING);
    expectAwsError(
      await rejectionOf(h.client.send(update(3))),
      LimitExceededException,
      `Rate exceeded for stream orders under account ${ACCOUNT}. You can call UpdateShardCount 2 times in a rolling 24-hour period.`,
    );
    h.clock.advance(24 * 3_600_000);
    await h.client.send(update(3));
    expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('UPDATING');
  });

  it('ON_DEMAND streams are refused; validation of TargetShardCount and ScalingType [UNKNOWN text, MODEL]', async () => {
    h = kinesisHarness({ binding });
    await h.client.send(new CreateStreamCommand({ StreamName: 'od', StreamModeDetails: { StreamMode: 'ON_DEMAND' } }));
    h.clock.advance(FIXED_DURATIONS.creating);
    expectAwsError(
      await rejectedWithoutChange(h, h.client.send(update(5, 'od')), 'od'),
      InvalidArgumentException,
      `UpdateShardCount is not supported for stream od under account ${ACCOUNT} in ON_DEMAND capacity mode.`,
    );
    expectAwsError(
      await rejectionOf(h.client.send(new UpdateShardCountCommand({ StreamName: 'od', TargetShardCount: 0, ScalingType: 'UNIFORM_SCALING' }))),
      ValidationException,
      "1 validation error detected: Value '0' at 'targetShardCount' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    expectAwsError(
      await rejectionOf(h.client.send(new UpdateShardCountCommand({ StreamName: 'od', TargetShardCount: 2, ScalingType: 'OTHER' as 'UNIFORM_SCALING' }))),
      ValidationException,
      "1 validation error detected: Value 'OTHER' at 'scalingType' failed to satisfy constraint: Member must satisfy enum value set: [UNIFORM_SCALING]",
    );
    expect((await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'od' }))).StreamDescriptionSummary!.OpenShardCount).toBe(4);
  });

  it('DeleteStream while resharding cancels it', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders', 1);
    await h.client.send(update(2));
    await h.client.send(new (await import('@aws-sdk/client-kinesis')).DeleteStreamCommand({ StreamName: 'orders' }));
    h.clock.advance(RESHARDING);
    expect(transitions(h.world, 'StreamStatus').slice(-2)).toStrictEqual(['StreamStatus UPDATING->DELETING', 'StreamStatus DELETING->none']);
  });
});
