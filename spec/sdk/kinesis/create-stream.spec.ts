import {
  CreateStreamCommand,
  DescribeStreamCommand,
  DescribeStreamSummaryCommand,
  InvalidArgumentException,
  LimitExceededException,
  ResourceInUseException,
  ValidationException,
} from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, arnOf, body, creationDate, expectAwsError, kinesisHarness, rejectionOf, T0, transitions, type KinesisHarness } from '../../../fixtures/kinesis';

describe.each(BINDINGS)('CreateStream [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  it('answers {} at once; the stream is CREATING, then ACTIVE after durations.creating', async () => {
    h = kinesisHarness({ binding });
    const out = await h.client.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 1 }));
    expect(body(out)).toStrictEqual({});
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('CREATING');
    h.clock.advance(9_999);
    expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('CREATING');
    h.clock.advance(1);
    expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('ACTIVE');
    expect(transitions(h.world, 'StreamStatus')).toStrictEqual(['StreamStatus none->CREATING', 'StreamStatus CREATING->ACTIVE']);
  });

  it('while CREATING, DescribeStream shows Shards [], HasMoreShards false, EncryptionType NONE, retention 24, no KeyId [REAL]', async () => {
    h = kinesisHarness({ binding });
    await h.client.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 3 }));
    const out = await h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }));
    expect(body(out)).toStrictEqual({
      StreamDescription: {
        StreamName: 'orders',
        StreamARN: arnOf('orders'),
        StreamStatus: 'CREATING',
        StreamModeDetails: { StreamMode: 'PROVISIONED' },
        Shards: [],
        HasMoreShards: false,
        RetentionPeriodHours: 24,
        StreamCreationTimestamp: creationDate(),
        EnhancedMonitoring: [{ ShardLevelMetrics: [] }],
        EncryptionType: 'NONE',
      },
    });
  });

  it('ON_DEMAND streams get 4 shards and report their mode', async () => {
    h = kinesisHarness({ binding });
    await h.client.send(new CreateStreamCommand({ StreamName: 'od', StreamModeDetails: { StreamMode: 'ON_DEMAND' } }));
    h.clock.advance(10_000);
    const out = await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'od' }));
    expect(out.StreamDescriptionSummary?.OpenShardCount).toBe(4);
    expect(out.StreamDescriptionSummary?.StreamModeDetails).toStrictEqual({ StreamMode: 'ON_DEMAND' });
  });

  it('splits the 128-bit hash-key space evenly between the shards, as AWS does', async () => {
    h = kinesisHarness({ binding });
    await h.client.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 3 }));
    h.clock.advance(10_000);
    const out = await h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }));
    const shards = out.StreamDescription!.Shards!;
    expect(shards.map((s) => s.ShardId)).toStrictEqual(['shardId-000000000000', 'shardId-000000000001', 'shardId-000000000002']);
    expect(shards.map((s) => s.HashKeyRange)).toStrictEqual([
      { StartingHashKey: '0', EndingHashKey: '113427455640312821154458202477256070484' },
      { StartingHashKey: '113427455640312821154458202477256070485', EndingHashKey: '226854911280625642308916404954512140969' },
      { StartingHashKey: '226854911280625642308916404954512140970', EndingHashKey: '340282366920938463463374607431768211455' },
    ]);
    for (const s of shards) {
      expect(Object.keys(s.SequenceNumberRange!)).toStrictEqual(['StartingSequenceNumber']);
      expect(s.SequenceNumberRange!.StartingSequenceNumber).toMatch(/^\d{56}$/);
      expect(s).not.toHaveProperty('ParentShardId');
    }
  });

  it('a name in use is ResourceInUseException `Stream <n> under account <a> already exists.` [REAL], whatever its state', async () => {
    h = kinesisHarness({ binding });
    await h.client.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 1 }));
    const err = await rejectionOf(h.client.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 2 })));
    expectAwsError(err, ResourceInUseException, `Stream orders under account ${ACCOUNT} already exists.`);
    expect(h.world.kinesis.describe('orders')?.OpenShardCount).toBe(0);
  });

  it('more than 5 streams CREATING (or DELETING) at once is LimitExceededException [DOC + REAL fragment]', async () => {
    h = kinesisHarness({ binding });
    for (let i = 0; i < 5; i++) await h.client.send(new CreateStreamCommand({ StreamName: `s${i}`, ShardCount: 1 }));
    const err = await rejectionOf(h.client.send(new CreateStreamCommand({ StreamName: 's5', ShardCount: 1 })));
    expectAwsError(
      err,
      LimitExceededException,
      'This request would have exceed the limit on the number of streams that can simultaneously be in CREATING or DELETING. Limit: 5',
    );
    expect(err.message).toContain('simultaneously be in CREATING or DELETING');
    expect(h.world.kinesis.describe('s5')).toBeUndefined();
    h.clock.advance(10_000);
    await h.client.send(new CreateStreamCommand({ StreamName: 's5', ShardCount: 1 }));
    expect(h.world.kinesis.describe('s5')?.StreamStatus).toBe('CREATING');
  });

  it('limits.creatingStreams changes the cap, and DELETING streams count towards it', async () => {
    h = kinesisHarness({ binding, kinesis: { limits: { creatingStreams: 1 } } });
    h.world.kinesis.createStream('old');
    await h.client.send(new (await import('@aws-sdk/client-kinesis')).DeleteStreamCommand({ StreamName: 'old' }));
    const err = await rejectionOf(h.client.send(new CreateStreamCommand({ StreamName: 'new', ShardCount: 1 })));
    expectAwsError(err, LimitExceededException, /Limit: 1$/);
  });

  it('beyond limits.shardLimit open shards is LimitExceededException with AWS text [REAL]', async () => {
    h = kinesisHarness({ binding, kinesis: { limits: { shardLimit: 3 } } });
    await h.client.send(new CreateStreamCommand({ StreamName: 'a', ShardCount: 2 }));
    const err = await rejectionOf(h.client.send(new CreateStreamCommand({ StreamName: 'b', ShardCount: 2 })));
    expectAwsError(
      err,
      LimitExceededException,
      `This request would exceed the shard limit for the account ${ACCOUNT} in us-east-1. Current shard count for the account: 2. Limit: 3. ` +
        'Number of additional shards that would have resulted from this request: 2. Refer to the AWS Service Limits page ' +
        '(http://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html) for current limits and how to request higher limits.',
    );
  });

  it('validates the name: pattern and length, counted and joined [REAL]', async () => {
    h = kinesisHarness({ binding });
    const bad = await rejectionOf(h.client.send(new CreateStreamCommand({ StreamName: 'bad name!', ShardCount: 1 })));
    expectAwsError(
      bad,
      ValidationException,
      "1 validation error detected: Value 'bad name!' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
    );
    const empty = await rejectionOf(h.client.send(new CreateStreamCommand({ StreamName: '', ShardCount: 0 })));
    expectAwsError(
      empty,
      ValidationException,
      "3 validation errors detected: Value '0' at 'shardCount' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
        "Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
        "Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    const long = 'a'.repeat(129);
    const tooLong = await rejectionOf(h.client.send(new CreateStreamCommand({ StreamName: long, ShardCount: 1 })));
    expectAwsError(
      tooLong,
      ValidationException,
      `1 validation error detected: Value '${long}' at 'streamName' failed to satisfy constraint: Member must have length less than or equal to 128`,
    );
    const none = await rejectionOf(h.client.send(new CreateStreamCommand({ ShardCount: 1 } as never)));
    expectAwsError(none, ValidationException, "1 validation error detected: Value null at 'streamName' failed to satisfy constraint: Member must not be null");
    const mode = await rejectionOf(h.client.send(new CreateStreamCommand({ StreamName: 'm', StreamModeDetails: { StreamMode: 'FAST' as never } })));
    expectAwsError(
      mode,
      ValidationException,
      "1 validation error detected: Value 'FAST' at 'streamModeDetails.streamMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, ON_DEMAND]",
    );
    const size = await rejectionOf(h.client.send(new CreateStreamCommand({ StreamName: 'm', ShardCount: 1, MaxRecordSizeInKiB: 100 })));
    expectAwsError(
      size,
      ValidationException,
      "1 validation error detected: Value '100' at 'maxRecordSizeInKiB' failed to satisfy constraint: Member must have value greater than or equal to 1024",
    );
    expect(h.world.model.kinesis.streams.size).toBe(0);
  });

  it('PROVISIONED needs ShardCount; ON_DEMAND takes none (InvalidArgumentException) [INF]', async () => {
    h = kinesisHarness({ binding });
    // Only an explicit PROVISIONED needs a ShardCount: neither member is accepted (kinesis-sse-facts §h).
    expectAwsError(
      await rejectionOf(h.client.send(new CreateStreamCommand({ StreamName: 'p', StreamModeDetails: { StreamMode: 'PROVISIONED' } }))),
      InvalidArgumentException,
      'ShardCount is required when StreamMode is PROVISIONED.',
    );
    expectAwsError(
      await rejectionOf(h.client.send(new CreateStreamCommand({ StreamName: 'p', ShardCount: 2, StreamModeDetails: { StreamMode: 'ON_DEMAND' } }))),
      InvalidArgumentException,
      'ShardCount cannot be specified when StreamMode is ON_DEMAND.',
    );
    expect(h.world.model.kinesis.streams.size).toBe(0);
  });

  it('accepts Tags, WarmThroughputMiBps and MaxRecordSizeInKiB (the summary then reports MaxRecordSizeInKiB)', async () => {
    h = kinesisHarness({ binding });
    await h.client.send(
      new CreateStreamCommand({ StreamName: 'big', ShardCount: 1, Tags: { team: 'orders' }, WarmThroughputMiBps: 0, MaxRecordSizeInKiB: 2048 }),
    );
    expect(h.world.kinesis.describe('big')?.MaxRecordSizeInKiB).toBe(2048);
    h.world.kinesis.createStream('plain');
    expect(h.world.kinesis.describe('plain')).not.toHaveProperty('MaxRecordSizeInKiB');
  });

  it('durations.creating may be a range, drawn from the seed (same seed, same duration)', async () => {
    const due = async (seed: number): Promise<number> => {
      const k = kinesisHarness({ binding, seed, kinesis: { durations: { creating: { min: 1_000, max: 60_000 } } } });
      try {
        await k.client.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 1 }));
        let t = 0;
        while (k.world.kinesis.describe('orders')?.StreamStatus === 'CREATING') t = k.clock.advance(500) - T0;
        return t;
      } finally {
        k.restore();
      }
    };
    const a = await due(3);
    expect(a).toBeGreaterThanOrEqual(1_000);
    expect(a).toBeLessThanOrEqual(60_500);
    expect(await due(3)).toBe(a);
    h = kinesisHarness({ binding });
  });
});
