// The formats and answers of kinesis-sse-facts.md §h (issue 12), each checked through the SDK on
// both bindings, with its evidence.
import { CreateStreamCommand, DescribeStreamCommand, DescribeStreamSummaryCommand, GetRecordsCommand, GetShardIteratorCommand, PutRecordCommand } from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, FIXED_DURATIONS, T0, activeStream, data, kinesisHarness, type KinesisHarness } from '../../../fixtures/kinesis';

/** The hex digits of a sequence number, and its fields as AWS lays them out. */
function fields(sequenceNumber: string): { readonly hex: string; readonly created: number; readonly index: number; readonly seq: bigint; readonly written: number } {
  const hex = BigInt(sequenceNumber).toString(16);
  return {
    hex,
    created: parseInt(hex.slice(1, 10), 16),
    index: parseInt(hex.slice(38, 46), 16),
    seq: BigInt(`0x${hex.slice(11, 27)}`),
    written: parseInt(hex.slice(29, 38), 16),
  };
}

describe.each(BINDINGS)('AWS formats, kinesis-sse-facts §h [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  it('CreateStream with neither ShardCount nor StreamModeDetails is accepted: 4 shards, each exactly ShardId, HashKeyRange, SequenceNumberRange { StartingSequenceNumber } [REAL: LocalStack test_create_stream_without_shard_count, AWS-validated snapshot; PR #6543]', async () => {
    h = kinesisHarness({ binding });
    await h.client.send(new CreateStreamCommand({ StreamName: 'plain' }));
    h.clock.advance(FIXED_DURATIONS.creating);
    const d = (await h.client.send(new DescribeStreamCommand({ StreamName: 'plain' }))).StreamDescription!;
    expect(d.StreamStatus).toBe('ACTIVE');
    expect(d.Shards).toHaveLength(4);
    for (const [i, shard] of d.Shards!.entries()) {
      expect(Object.keys(shard).sort()).toStrictEqual(['HashKeyRange', 'SequenceNumberRange', 'ShardId']);
      expect(Object.keys(shard.SequenceNumberRange!)).toStrictEqual(['StartingSequenceNumber']);
      expect(shard.ShardId).toBe(`shardId-00000000000${i}`);
    }
    expect(d.Shards![3]!.HashKeyRange!.EndingHashKey).toBe('340282366920938463463374607431768211455');
    const s = (await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'plain' }))).StreamDescriptionSummary!;
    expect(s.OpenShardCount).toBe(4);
    expect(s.StreamModeDetails).toStrictEqual({ StreamMode: 'ON_DEMAND' }); // [INF] the mode of a stream created with 4 shards and no count
  });

  it("shards' StartingSequenceNumbers have AWS's layout, 2^144 + 16 apart, with the creation second [REAL: kinesalite db.stringifySequence and REMOTE createStream test; aws-cli output]", async () => {
    h = kinesisHarness({ binding });
    h.clock.advance(1_700); // a stream created at a fractional second: the layout keeps whole seconds
    await h.client.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 3 }));
    h.clock.advance(FIXED_DURATIONS.creating);
    const shards = (await h.client.send(new DescribeStreamCommand({ StreamName: 'orders' }))).StreamDescription!.Shards!;
    const starts = shards.map((s) => s.SequenceNumberRange!.StartingSequenceNumber!);
    const createdSecond = Math.floor((T0 + 1_700) / 1000);
    for (const [i, start] of starts.entries()) {
      expect(start).toMatch(/^\d{56}$/);
      const t = createdSecond.toString(16).padStart(8, '0');
      expect(fields(start).hex).toBe(`20${t}${i}${'0'.repeat(16)}000${t}0000000${i}2`);
    }
    expect(BigInt(starts[1]!) - BigInt(starts[0]!)).toBe(2n ** 144n + 16n);
    expect(BigInt(starts[2]!) - BigInt(starts[1]!)).toBe(22300745198530623141535718272648361505980432n);
  });

  it("a record's number carries its shard index and its write second, and grows within a shard [REAL: kinesalite putRecord REMOTE tests]", async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders', 2);
    const createdSecond = Math.floor(T0 / 1000);
    const put = async (hashKey: string) =>
      h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'p', ExplicitHashKey: hashKey, Data: data() }));
    const a = await put('0');
    h.clock.advance(61_000);
    const b = await put('1');
    const c = await put('340282366920938463463374607431768211455');
    expect([a.ShardId, b.ShardId, c.ShardId]).toStrictEqual(['shardId-000000000000', 'shardId-000000000000', 'shardId-000000000001']);
    expect(fields(a.SequenceNumber!)).toMatchObject({ created: createdSecond, index: 0, written: createdSecond + 10 });
    expect(fields(b.SequenceNumber!)).toMatchObject({ created: createdSecond, index: 0, written: createdSecond + 71 });
    expect(fields(c.SequenceNumber!)).toMatchObject({ created: createdSecond, index: 1, written: createdSecond + 71 });
    expect(BigInt(b.SequenceNumber!) > BigInt(a.SequenceNumber!)).toBe(true);
    // Across shards the shard index dominates: a later record of shard 0 is below any record of shard 1.
    expect(BigInt(c.SequenceNumber!) > BigInt(b.SequenceNumber!) + 2n ** 143n).toBe(true);
    // The records read back with the same numbers, and AT_SEQUENCE_NUMBER finds them.
    const it0 = await h.client.send(new GetShardIteratorCommand({ StreamName: 'orders', ShardId: 'shardId-000000000000', ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: b.SequenceNumber! }));
    const read = await h.client.send(new GetRecordsCommand({ ShardIterator: it0.ShardIterator! }));
    expect(read.Records!.map((r) => r.SequenceNumber)).toStrictEqual([b.SequenceNumber]);
  });

  it('every GetRecords returns a new NextShardIterator, even when no time passes and nothing is read; each one works [REAL + DOC: LocalStack test_get_records_next_shard_iterator; botocore "A new shard iterator is returned by every GetRecords request"]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    const first = (await h.client.send(new GetShardIteratorCommand({ StreamName: 'orders', ShardId: 'shardId-000000000000', ShardIteratorType: 'LATEST' }))).ShardIterator!;
    const seen = new Set([first]);
    let iterator = first;
    for (let i = 0; i < 3; i++) {
      const out = await h.client.send(new GetRecordsCommand({ ShardIterator: iterator }));
      expect(out.Records).toStrictEqual([]);
      expect(out.NextShardIterator).not.toBe(iterator);
      expect(seen.has(out.NextShardIterator!)).toBe(false);
      seen.add(out.NextShardIterator!);
      iterator = out.NextShardIterator!;
    }
    await h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'p', Data: data('after') }));
    const out = await h.client.send(new GetRecordsCommand({ ShardIterator: iterator }));
    expect(out.Records!.map((r) => new TextDecoder().decode(r.Data))).toStrictEqual(['after']);
  });

  it('a ShardIterator in double quotes, as the AWS CLI prints it, is accepted [REAL: LocalStack test_get_records_shard_iterator_with_surrounding_quotes, AWS-validated; PR #9884]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    await h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'p', Data: data('quoted') }));
    const it0 = (await h.client.send(new GetShardIteratorCommand({ StreamName: 'orders', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
    const out = await h.client.send(new GetRecordsCommand({ ShardIterator: `"${it0}"` }));
    expect(out.Records!.map((r) => new TextDecoder().decode(r.Data))).toStrictEqual(['quoted']);
    expect(out.NextShardIterator!.startsWith('"')).toBe(false);
  });
});
