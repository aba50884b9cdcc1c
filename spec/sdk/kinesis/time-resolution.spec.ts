import { GetRecordsCommand, GetShardIteratorCommand, PutRecordCommand, StartStreamEncryptionCommand, DescribeStreamSummaryCommand, ExpiredIteratorException } from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, activeStream, data, expectAwsError, kinesisHarness, rejectionOf, type KinesisHarness } from '../../../fixtures/kinesis';

// Time at any resolution: a fake clock advanced by a fraction of a millisecond, or a real clock
// with sub-millisecond precision, must never break an iterator, a window or a duration.
describe.each(BINDINGS)('time at any resolution [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  const trimHorizon = async (): Promise<string> =>
    (await h.client.send(new GetShardIteratorCommand({ StreamName: 'orders', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
  const put = (pk: string) => h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: pk, Data: data(pk) }));

  it('the world accepts its own shard iterators issued at a fractional millisecond, and follows them', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    h.clock.advance(0.5);
    await put('a');
    const it0 = await trimHorizon();
    h.clock.advance(0.25);
    const first = await h.client.send(new GetRecordsCommand({ ShardIterator: it0 }));
    expect(first.Records!.map((r) => r.PartitionKey)).toStrictEqual(['a']);
    h.clock.advance(1.125);
    await put('b');
    const second = await h.client.send(new GetRecordsCommand({ ShardIterator: first.NextShardIterator! }));
    expect(second.Records!.map((r) => r.PartitionKey)).toStrictEqual(['b']);
    expect(second.MillisBehindLatest).toBe(0);
    const atTime = await h.client.send(
      new GetShardIteratorCommand({ StreamName: 'orders', ShardId: 'shardId-000000000000', ShardIteratorType: 'AT_TIMESTAMP', Timestamp: new Date(h.clock.now()) }),
    );
    expect((await h.client.send(new GetRecordsCommand({ ShardIterator: atTime.ShardIterator! }))).Records!.map((r) => r.PartitionKey)).toStrictEqual(['b']);
  });

  it('an iterator issued at a fractional millisecond expires exactly 5 minutes later', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    h.clock.advance(0.5);
    const it0 = await trimHorizon();
    h.clock.advance(300_000);
    expect((await h.client.send(new GetRecordsCommand({ ShardIterator: it0 }))).Records).toStrictEqual([]);
    const later = await trimHorizon();
    h.clock.advance(300_000.25);
    expectAwsError(await rejectionOf(h.client.send(new GetRecordsCommand({ ShardIterator: later }))), ExpiredIteratorException, /^Iterator expired\./);
  });

  it('a real clock with sub-millisecond precision (every call at a new fraction) breaks nothing', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    let it0 = await trimHorizon();
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      h.clock.advance(0.001 + i / 7);
      await put(`k${i}`);
      h.clock.advance(Math.PI / 1000);
      const out = await h.client.send(new GetRecordsCommand({ ShardIterator: it0 }));
      seen.push(...out.Records!.map((r) => r.PartitionKey!));
      it0 = out.NextShardIterator!;
    }
    expect(seen).toStrictEqual(Array.from({ length: 20 }, (_, i) => `k${i}`));
  });

  it('fractional durations and the rolling 24-hour window: transitions end and the window frees at the exact fractional time', async () => {
    h = kinesisHarness({ binding, kinesis: { durations: { updating: 0.5, encryptionLag: { min: 0.25, max: 0.75 } }, limits: { keyApplicationsPer24h: 1 } } });
    await activeStream(h, 'orders');
    h.world.kms.createKey({ alias: 'alias/other' });
    h.clock.advance(0.125);
    const startedAt = h.clock.now();
    await h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    h.clock.advance(0.25);
    expect((await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }))).StreamDescriptionSummary!.StreamStatus).toBe('UPDATING');
    h.clock.advance(0.25);
    expect((await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }))).StreamDescriptionSummary!.StreamStatus).toBe('ACTIVE');
    h.clock.advance(0.75);
    expect((await put('x')).EncryptionType).toBe('KMS');
    // The one key application of the window counts until exactly 24 hours after it.
    const again = () => h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/other' }));
    h.clock.advance(startedAt + 86_400_000 - h.clock.now() - 0.0625);
    expect((await rejectionOf(again())).name).toBe('LimitExceededException');
    h.clock.advance(0.0625);
    expect((await rejectionOf(again())).name).not.toBe('LimitExceededException');
    expect(startedAt % 1).toBe(0.125);
  });
});
