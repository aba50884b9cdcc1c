import { type ShardFilter, DescribeStreamCommand, ExpiredNextTokenException, InvalidArgumentException, ListShardsCommand, ResourceInUseException, ResourceNotFoundException, UpdateShardCountCommand, ValidationException } from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT, BINDINGS, T0, activeStream, arnOf, body, expectAwsError, kinesisHarness, rejectionOf, type KinesisHarness } from '../../../fixtures/kinesis';

describe.each(BINDINGS)('ListShards [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  it('lists the shards exactly as DescribeStream does (kinesalite REMOTE shape) [REAL]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders', 3);
    const out = await h.client.send(new ListShardsCommand({ StreamName: 'orders' }));
    const described = (await h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }))).StreamDescription!.Shards;
    expect(body(out)).toStrictEqual({ Shards: described });
    expect(out.Shards!.map((s) => s.HashKeyRange)).toStrictEqual([
      { StartingHashKey: '0', EndingHashKey: '113427455640312821154458202477256070484' },
      { StartingHashKey: '113427455640312821154458202477256070485', EndingHashKey: '226854911280625642308916404954512140969' },
      { StartingHashKey: '226854911280625642308916404954512140970', EndingHashKey: '340282366920938463463374607431768211455' },
    ]);
  });

  it('pages with MaxResults and NextToken (then only NextToken), after ExclusiveStartShardId; the token lasts 300 s [DOC]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders', 5);
    const first = await h.client.send(new ListShardsCommand({ StreamARN: arnOf('orders'), MaxResults: 2 }));
    expect(first.Shards!.map((s) => s.ShardId)).toStrictEqual(['shardId-000000000000', 'shardId-000000000001']);
    const second = await h.client.send(new ListShardsCommand({ NextToken: first.NextToken!, MaxResults: 2 }));
    expect(second.Shards!.map((s) => s.ShardId)).toStrictEqual(['shardId-000000000002', 'shardId-000000000003']);
    const last = await h.client.send(new ListShardsCommand({ NextToken: second.NextToken! }));
    expect(last.Shards!.map((s) => s.ShardId)).toStrictEqual(['shardId-000000000004']);
    expect(last).not.toHaveProperty('NextToken');
    const after = await h.client.send(new ListShardsCommand({ StreamName: 'orders', ExclusiveStartShardId: 'shardId-000000000003' }));
    expect(after.Shards!.map((s) => s.ShardId)).toStrictEqual(['shardId-000000000004']);
    h.clock.advance(300_001);
    expectAwsError(await rejectionOf(h.client.send(new ListShardsCommand({ NextToken: first.NextToken! }))), ExpiredNextTokenException, `NextToken expired: ${first.NextToken!}`);
  });

  it('ShardFilter after resharding: AT_LATEST the open shards, FROM_TRIM_HORIZON all, AT_TIMESTAMP those open then, AFTER_SHARD_ID [DOC]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders', 1);
    await h.client.send(new UpdateShardCountCommand({ StreamName: 'orders', TargetShardCount: 2, ScalingType: 'UNIFORM_SCALING' }));
    h.clock.advance(10_000);
    const ids = async (filter: ShardFilter) =>
      (await h.client.send(new ListShardsCommand({ StreamName: 'orders', ShardFilter: filter }))).Shards!.map((s) => s.ShardId);
    expect(await ids({ Type: 'AT_LATEST' })).toStrictEqual(['shardId-000000000001', 'shardId-000000000002']);
    expect(await ids({ Type: 'FROM_TRIM_HORIZON' })).toStrictEqual(['shardId-000000000000', 'shardId-000000000001', 'shardId-000000000002']);
    expect(await ids({ Type: 'AT_TRIM_HORIZON' })).toStrictEqual(['shardId-000000000000']);
    expect(await ids({ Type: 'AT_TIMESTAMP', Timestamp: new Date(T0 + 15_000) })).toStrictEqual(['shardId-000000000000']);
    expect(await ids({ Type: 'FROM_TIMESTAMP', Timestamp: new Date(T0 + 20_000) })).toStrictEqual(['shardId-000000000001', 'shardId-000000000002']);
    expect(await ids({ Type: 'AFTER_SHARD_ID', ShardId: 'shardId-000000000001' })).toStrictEqual(['shardId-000000000002']);
  });

  it('NextToken with StreamName, neither, NextToken with another member, a filter without its member, an unknown token [REAL via kinesalite; UNKNOWN]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders', 2);
    const token = (await h.client.send(new ListShardsCommand({ StreamName: 'orders', MaxResults: 1 }))).NextToken!;
    expectAwsError(await rejectionOf(h.client.send(new ListShardsCommand({ StreamName: 'orders', NextToken: token }))), InvalidArgumentException, 'NextToken and StreamName cannot be provided together.');
    expectAwsError(await rejectionOf(h.client.send(new ListShardsCommand({}))), InvalidArgumentException, 'Either NextToken or StreamName should be provided.');
    expectAwsError(
      await rejectionOf(h.client.send(new ListShardsCommand({ NextToken: token, ExclusiveStartShardId: 'shardId-000000000000' }))),
      InvalidArgumentException,
      'NextToken and ExclusiveStartShardId cannot be provided together.',
    );
    expectAwsError(
      await rejectionOf(h.client.send(new ListShardsCommand({ StreamName: 'orders', ShardFilter: { Type: 'AT_TIMESTAMP' } }))),
      InvalidArgumentException,
      'ShardFilter of type AT_TIMESTAMP needs a Timestamp.',
    );
    expectAwsError(await rejectionOf(h.client.send(new ListShardsCommand({ NextToken: 'garbage' }))), InvalidArgumentException, 'Invalid NextToken: garbage');
    expectAwsError(
      await rejectionOf(h.client.send(new ListShardsCommand({ StreamName: 'orders', MaxResults: 0 }))),
      ValidationException,
      "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    expectAwsError(await rejectionOf(h.client.send(new ListShardsCommand({ StreamName: 'nope' }))), ResourceNotFoundException, `Stream nope under account ${ACCOUNT} not found.`);
    h.world.kinesis.createStream('young', { active: false });
    expectAwsError(await rejectionOf(h.client.send(new ListShardsCommand({ StreamName: 'young' }))), ResourceInUseException, `Stream young under account ${ACCOUNT} not ACTIVE, instead in state CREATING`);
  });
});
