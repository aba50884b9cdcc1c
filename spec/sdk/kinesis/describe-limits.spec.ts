import { CreateStreamCommand, DescribeLimitsCommand, UpdateShardCountCommand } from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, FIXED_DURATIONS, activeStream, body, kinesisHarness, type KinesisHarness } from '../../../fixtures/kinesis';

describe.each(BINDINGS)('DescribeLimits [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  it('ShardLimit, OpenShardCount (ON_DEMAND included), OnDemandStreamCount and OnDemandStreamCountLimit of the region; defaults 500 and 50 [MODEL + DOC]', async () => {
    h = kinesisHarness({ binding });
    expect(body(await h.client.send(new DescribeLimitsCommand({})))).toStrictEqual({ ShardLimit: 500, OpenShardCount: 0, OnDemandStreamCount: 0, OnDemandStreamCountLimit: 50 });
    await activeStream(h, 'orders', 2);
    await h.client.send(new CreateStreamCommand({ StreamName: 'od', StreamModeDetails: { StreamMode: 'ON_DEMAND' } }));
    h.world.kinesis.createStream('elsewhere', { region: 'eu-west-1', shardCount: 3 });
    expect(body(await h.client.send(new DescribeLimitsCommand({})))).toStrictEqual({ ShardLimit: 500, OpenShardCount: 6, OnDemandStreamCount: 1, OnDemandStreamCountLimit: 50 });
    expect(body(await h.clientIn('eu-west-1').send(new DescribeLimitsCommand({})))).toMatchObject({ OpenShardCount: 3, OnDemandStreamCount: 0 });
  });

  it('counts open shards after resharding, and follows limits.shardLimit / limits.onDemandStreamCountLimit', async () => {
    h = kinesisHarness({ binding, kinesis: { limits: { shardLimit: 20, onDemandStreamCountLimit: 3 } } });
    await activeStream(h, 'orders', 2);
    await h.client.send(new UpdateShardCountCommand({ StreamName: 'orders', TargetShardCount: 4, ScalingType: 'UNIFORM_SCALING' }));
    expect((await h.client.send(new DescribeLimitsCommand({}))).OpenShardCount).toBe(2);
    h.clock.advance(FIXED_DURATIONS.creating);
    expect(body(await h.client.send(new DescribeLimitsCommand({})))).toStrictEqual({ ShardLimit: 20, OpenShardCount: 4, OnDemandStreamCount: 0, OnDemandStreamCountLimit: 3 });
  });
});
