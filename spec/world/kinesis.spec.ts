import { describe, expect, it } from 'vitest';
import { createWorld, virtualClock } from '../../src/index';

const T0 = Date.UTC(2026, 0, 1);

describe('world.kinesis', () => {
  const fresh = (options: Parameters<typeof createWorld>[0] = {}) => {
    const clock = virtualClock(T0);
    return { clock, world: createWorld({ clock, seed: 1, ...options }) };
  };

  it('createStream adds an ACTIVE stream at once (default 1 shard), or a CREATING one that turns ACTIVE after durations.creating', () => {
    const { world, clock } = fresh();
    world.kinesis.createStream('a');
    world.kinesis.createStream('b', { active: false, shardCount: 3 });
    expect(world.kinesis.describe('a')).toMatchObject({ StreamStatus: 'ACTIVE', OpenShardCount: 1, EncryptionType: 'NONE' });
    expect(world.kinesis.describe('b')?.StreamStatus).toBe('CREATING');
    clock.advance(10_000);
    expect(world.kinesis.describe('b')).toMatchObject({ StreamStatus: 'ACTIVE', OpenShardCount: 3 });
  });

  it('describe takes a name or an ARN and is exactly the DescribeStreamSummary shape with epoch ms; undefined when unknown', () => {
    const { world } = fresh({ accountId: '111122223333', region: 'eu-west-1' });
    world.kinesis.createStream('orders');
    const byName = world.kinesis.describe('orders');
    expect(byName).toStrictEqual({
      StreamName: 'orders',
      StreamARN: 'arn:aws:kinesis:eu-west-1:111122223333:stream/orders',
      StreamStatus: 'ACTIVE',
      StreamModeDetails: { StreamMode: 'PROVISIONED' },
      RetentionPeriodHours: 24,
      StreamCreationTimestamp: T0,
      EnhancedMonitoring: [{ ShardLevelMetrics: [] }],
      EncryptionType: 'NONE',
      OpenShardCount: 1,
      ConsumerCount: 0,
    });
    expect(world.kinesis.describe('arn:aws:kinesis:eu-west-1:111122223333:stream/orders')).toStrictEqual(byName);
    expect(world.kinesis.describe('nope')).toBeUndefined();
  });

  it('records lists every record in write order with its encryption; [] for an unknown stream', () => {
    const { world, clock } = fresh({ kinesis: { durations: { updating: 1_000, encryptionLag: 0 } } });
    world.kinesis.createStream('orders', { shardCount: 2 });
    const put = (pk: string) => world.call('kinesis', 'PutRecord', { StreamName: 'orders', PartitionKey: pk, Data: new Uint8Array([1]) });
    put('a');
    world.call('kinesis', 'StartStreamEncryption', { StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
    clock.advance(1_000);
    put('b');
    put('c');
    const records = world.kinesis.records('orders');
    expect(records.map((r) => [r.PartitionKey, r.encrypted, r.KeyId])).toStrictEqual([
      ['a', false, undefined],
      ['b', true, 'alias/aws/kinesis'],
      ['c', true, 'alias/aws/kinesis'],
    ]);
    expect(records[0]).not.toHaveProperty('KeyId');
    expect(records[0]).toStrictEqual({
      StreamARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders',
      ShardId: expect.stringMatching(/^shardId-00000000000[01]$/),
      SequenceNumber: expect.stringMatching(/^\d{56}$/),
      PartitionKey: 'a',
      time: T0,
      encrypted: false,
    });
    expect(world.kinesis.records('nope')).toStrictEqual([]);
  });

  it('limits counts the rolling-window usage; nextFreeAt appears once a limit is used up', () => {
    const { world, clock } = fresh({ kinesis: { limits: { keyApplicationsPer24h: 2 }, durations: { updating: 1 } } });
    world.kinesis.createStream('orders');
    expect(world.kinesis.limits('orders')).toStrictEqual({ keyApplications: { used: 0, limit: 2 }, stops: { used: 0, limit: 25 } });
    world.call('kinesis', 'StartStreamEncryption', { StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
    clock.advance(1_000);
    world.call('kinesis', 'StopStreamEncryption', { StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
    clock.advance(1_000);
    world.call('kinesis', 'StartStreamEncryption', { StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
    expect(world.kinesis.limits('orders')).toStrictEqual({
      keyApplications: { used: 2, limit: 2, nextFreeAt: T0 + 86_400_000 },
      stops: { used: 1, limit: 25 },
    });
    clock.set(T0 + 86_400_000);
    expect(world.kinesis.limits('orders').keyApplications).toStrictEqual({ used: 1, limit: 2 });
  });

  it('misuse throws a TypeError or RangeError naming what was wrong', () => {
    const { world } = fresh();
    world.kinesis.createStream('orders');
    expect(() => world.kinesis.createStream('orders')).toThrow(new TypeError('[kinesis-sse-harness] world.kinesis.createStream: stream "orders" already exists in us-east-1'));
    expect(() => world.kinesis.createStream('bad name!')).toThrow(
      "[kinesis-sse-harness] world.kinesis.createStream: the name is not a valid StreamName (1 validation error detected: Value 'bad name!' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+)",
    );
    expect(() => world.kinesis.createStream('x', { shardCount: 0 })).toThrow(RangeError);
    expect(() => world.kinesis.createStream('x', { region: 'Mars' })).toThrow(/region must look like 'us-east-1'/);
    // A misspelt option is named, not ignored (the stream would silently get 1 shard).
    expect(() => world.kinesis.createStream('x', { shards: 2 } as never)).toThrow(
      new TypeError("[kinesis-sse-harness] world.kinesis.createStream: unknown option 'shards'; known: shardCount, active, region"),
    );
    expect(() => world.kinesis.createStream('x', 2 as never)).toThrow(/options must be an object; got 2/);
    expect(world.kinesis.describe('x')).toBeUndefined();
    expect(() => world.kinesis.limits('nope')).toThrow(/world\.kinesis\.limits: no stream "nope"/);
    expect(() => world.kinesis.describe('arn:aws:kms:us-east-1:123456789012:key/x')).toThrow(/is not a Kinesis stream ARN/);
    expect(() => world.kinesis.records(42 as never)).toThrow(/world\.kinesis\.records needs a stream name or ARN/);
  });

  it('rejects bad Kinesis option values at createWorld, naming the option', () => {
    expect(() => createWorld({ kinesis: { behaviour: { startSameKey: 'sometimes' as never } } })).toThrow(
      '[kinesis-sse-harness] kinesis.behaviour.startSameKey must be one of "update", "noop", "reject"; got "sometimes"',
    );
    expect(() => createWorld({ kinesis: { limits: { limitScope: 'galaxy' as never } } })).toThrow(/kinesis\.limits\.limitScope must be one of/);
    expect(() => createWorld({ kinesis: { behaviour: { dataKeyCacheMs: -1 } } })).toThrow(/kinesis\.behaviour\.dataKeyCacheMs must be a number of milliseconds >= 0/);
    expect(() => createWorld({ kinesis: { behaviour: { getRecordsChecksKey: 'yes' as never } } })).toThrow(/getRecordsChecksKey must be one of true, false/);
  });
});
