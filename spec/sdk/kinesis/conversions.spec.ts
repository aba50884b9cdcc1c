import {
  DescribeStreamSummaryCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  ListStreamsCommand,
  PutRecordCommand,
  PutRecordsCommand,
} from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { invoke } from '../../../src/model/invoke';
import { activeStream, creationDate, kinesisHarness, T0, type KinesisHarness } from '../../../fixtures/kinesis';

describe('Kinesis blobs and timestamps: refused when of the wrong type, converted as the SDK does', () => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  const ctx = () => ({ now: h.clock.now(), region: 'us-east-1' });

  it('a blob that reaches the model as a string (not bytes) is a SerializationException, never read as UTF-8 text; nothing is written', async () => {
    h = kinesisHarness();
    await activeStream(h, 'orders');
    const one = invoke(h.world.model, 'kinesis', 'PutRecord', { StreamName: 'orders', PartitionKey: 'pk', Data: 'text' }, ctx());
    expect(one).toStrictEqual({ ok: false, error: expect.objectContaining({ type: 'SerializationException', message: "Expected a blob (Uint8Array) at 'data'" }) });
    const many = invoke(h.world.model, 'kinesis', 'PutRecords', { StreamName: 'orders', Records: [{ PartitionKey: 'pk', Data: [1, 2] }] }, ctx());
    expect(many).toStrictEqual({
      ok: false,
      error: expect.objectContaining({ type: 'SerializationException', message: "Expected a blob (Uint8Array) at 'records.1.member.data'" }),
    });
    expect(h.world.kinesis.records('orders')).toStrictEqual([]);
  });

  it('a timestamp that reaches the model as a Date or a string (not epoch ms) is a SerializationException, never reinterpreted', async () => {
    h = kinesisHarness();
    await activeStream(h, 'orders');
    const base = { StreamName: 'orders', ShardId: 'shardId-000000000000', ShardIteratorType: 'AT_TIMESTAMP' };
    for (const Timestamp of [new Date(T0), '2026-01-01T00:00:00Z']) {
      const r = invoke(h.world.model, 'kinesis', 'GetShardIterator', { ...base, Timestamp }, ctx());
      expect(r).toStrictEqual({
        ok: false,
        error: expect.objectContaining({ type: 'SerializationException', message: "Expected a timestamp (epoch milliseconds) at 'timestamp'" }),
      });
    }
    // world.call takes the SDK's form: a string is no timestamp there either.
    const viaWorld = h.world.call('kinesis', 'GetShardIterator', { ...base, Timestamp: 'yesterday' });
    expect(viaWorld.ok ? undefined : viaWorld.error.type).toBe('SerializationException');
  });

  it('the binding sends a string Data as its UTF-8 bytes and hands records back as Uint8Array, as the SDK does', async () => {
    h = kinesisHarness();
    await activeStream(h, 'orders');
    await h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'a', Data: 'héllo' as unknown as Uint8Array }));
    await h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: [{ PartitionKey: 'b', Data: '€' as unknown as Uint8Array }] }));
    const { ShardIterator } = await h.client.send(new GetShardIteratorCommand({ StreamName: 'orders', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }));
    const out = await h.client.send(new GetRecordsCommand({ ShardIterator }));
    expect(out.Records?.map((r) => r.Data)).toStrictEqual([new TextEncoder().encode('héllo'), new TextEncoder().encode('€')]);
    expect(out.Records?.every((r) => r.Data instanceof Uint8Array && r.ApproximateArrivalTimestamp instanceof Date)).toBe(true);
    expect(out.Records?.[0]?.ApproximateArrivalTimestamp).toStrictEqual(new Date(h.clock.now()));
  });

  it('the binding takes a Date Timestamp, or a number as epoch seconds (what the SDK sends for a number), and answers timestamps as Dates', async () => {
    h = kinesisHarness();
    await activeStream(h, 'orders');
    const later = h.clock.now();
    h.clock.advance(1000);
    await h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'a', Data: new Uint8Array([1]) }));
    h.clock.advance(5000);
    const read = async (Timestamp: Date | number): Promise<number> => {
      const it = await h.client.send(
        new GetShardIteratorCommand({ StreamName: 'orders', ShardId: 'shardId-000000000000', ShardIteratorType: 'AT_TIMESTAMP', Timestamp: Timestamp as Date }),
      );
      return (await h.client.send(new GetRecordsCommand({ ShardIterator: it.ShardIterator }))).Records?.length ?? -1;
    };
    expect(await read(new Date(later))).toBe(1);
    expect(await read(later / 1000)).toBe(1);
    // After the record when read as seconds; read as milliseconds it would be in 1970, before it.
    expect(await read((later + 2000) / 1000)).toBe(0);
    const summary = await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }));
    expect(summary.StreamDescriptionSummary?.StreamCreationTimestamp).toStrictEqual(creationDate(T0));
    const list = await h.client.send(new ListStreamsCommand({}));
    expect(list.StreamSummaries?.[0]?.StreamCreationTimestamp).toStrictEqual(creationDate(T0));
  });
});
