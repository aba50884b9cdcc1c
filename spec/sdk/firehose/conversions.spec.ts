// Blobs and timestamps, both ways: a value of the wrong JavaScript type that reaches the model is
// refused (SerializationException), never reinterpreted; the SDK binding converts what the SDK's
// serializer would (Date → epoch ms, a string blob → its UTF-8 bytes, epoch seconds → ms) and hands
// timestamps back as Dates, from the declared shapes.
import { CreateDeliveryStreamCommand, DescribeDeliveryStreamCommand, PutRecordBatchCommand, PutRecordCommand } from '@aws-sdk/client-firehose';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorld, virtualClock } from '../../../src/index';
import { invoke } from '../../../src/model/invoke';
import { createActive, firehoseSetup, MSK_SOURCE, S3_DESTINATION, T0, type FirehoseSetup } from '../../../fixtures/firehose';

function modelWorld() {
  const world = createWorld({ clock: virtualClock(T0), firehose: { durations: { creating: 0 } } });
  const call = (operation: string, input: unknown) => invoke(world.model, 'firehose', operation, input, { now: T0 });
  expect(call('CreateDeliveryStream', { DeliveryStreamName: 'orders', ExtendedS3DestinationConfiguration: S3_DESTINATION }).ok).toBe(true);
  return { world, call };
}

describe('Firehose: a blob or timestamp of the wrong JavaScript type reaching the model', () => {
  it.each([
    ['a string', 'héllo'],
    ['a number array', [104, 105]],
    ['a Buffer-like object', { type: 'Buffer', data: [1] }],
    ['a number', 5],
  ])('PutRecord Data as %s is a SerializationException, and no record is written', (_label, data) => {
    const { world, call } = modelWorld();
    const r = call('PutRecord', { DeliveryStreamName: 'orders', Record: { Data: data } });
    expect(r).toStrictEqual({ ok: false, error: expect.objectContaining({ type: 'SerializationException', message: "Expected a blob (Uint8Array) at 'record.data'" }) });
    expect(world.firehose.records('orders')).toStrictEqual([]);
  });

  it('PutRecordBatch with one string Data among Uint8Arrays is a SerializationException naming that entry', () => {
    const { world, call } = modelWorld();
    const r = call('PutRecordBatch', { DeliveryStreamName: 'orders', Records: [{ Data: new Uint8Array([1]) }, { Data: 'text' }] });
    expect(r).toStrictEqual({ ok: false, error: expect.objectContaining({ type: 'SerializationException', message: "Expected a blob (Uint8Array) at 'records.2.member.data'" }) });
    expect(world.firehose.records('orders')).toStrictEqual([]);
  });

  it.each([
    ['a Date', new Date(T0)],
    ['an ISO string', new Date(T0).toISOString()],
    ['NaN', Number.NaN],
  ])('CreateDeliveryStream with ReadFromTimestamp as %s is a SerializationException, and no stream is created', (_label, at) => {
    const { world, call } = modelWorld();
    const r = call('CreateDeliveryStream', {
      DeliveryStreamName: 'msk',
      DeliveryStreamType: 'MSKAsSource',
      MSKSourceConfiguration: { ...MSK_SOURCE, ReadFromTimestamp: at },
      ExtendedS3DestinationConfiguration: S3_DESTINATION,
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.type).toBe('SerializationException');
    expect(!r.ok && r.error.message).toBe("Expected a timestamp (epoch milliseconds) at 'mSKSourceConfiguration.readFromTimestamp'");
    expect(world.firehose.describe('msk')).toBeUndefined();
  });

  it('the same timestamp in epoch milliseconds is accepted and described as given', () => {
    const { world, call } = modelWorld();
    const r = call('CreateDeliveryStream', {
      DeliveryStreamName: 'msk',
      DeliveryStreamType: 'MSKAsSource',
      MSKSourceConfiguration: { ...MSK_SOURCE, ReadFromTimestamp: T0 - 60_000 },
      ExtendedS3DestinationConfiguration: S3_DESTINATION,
    });
    expect(r.ok).toBe(true);
    expect(world.firehose.describe('msk')?.Source).toStrictEqual({ MSKSourceDescription: { ...MSK_SOURCE, ReadFromTimestamp: T0 - 60_000, DeliveryStartTimestamp: T0 } });
  });
});

describe('Firehose through the SDK binding: blobs and timestamps as the SDK sends them', () => {
  let setup: FirehoseSetup;
  afterEach(() => setup.restore());

  it('a string Data is its UTF-8 bytes (what the SDK sends), counted so against the record size', async () => {
    setup = firehoseSetup();
    await createActive(setup, 'orders');
    await setup.client.send(new PutRecordCommand({ DeliveryStreamName: 'orders', Record: { Data: 'héllo €' as unknown as Uint8Array } }));
    await setup.client.send(new PutRecordBatchCommand({ DeliveryStreamName: 'orders', Records: [{ Data: '𝄞' as unknown as Uint8Array }, { Data: new Uint8Array(3) }] }));
    expect(setup.world.firehose.records('orders').map((r) => r.size)).toStrictEqual([10, 4, 3]);
  });

  it('a Date ReadFromTimestamp is kept to the millisecond and described back as a Date; the world view shows epoch ms', async () => {
    setup = firehoseSetup();
    const at = new Date(T0 - 1_234);
    await setup.client.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'msk',
        DeliveryStreamType: 'MSKAsSource',
        MSKSourceConfiguration: { ...MSK_SOURCE, ReadFromTimestamp: at },
        ExtendedS3DestinationConfiguration: S3_DESTINATION,
      }),
    );
    const d = (await setup.client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'msk' }))).DeliveryStreamDescription!;
    expect(d.CreateTimestamp).toStrictEqual(new Date(T0));
    expect(d.Source).toStrictEqual({ MSKSourceDescription: { ...MSK_SOURCE, ReadFromTimestamp: at, DeliveryStartTimestamp: new Date(T0) } });
    expect(d.Source?.MSKSourceDescription?.ReadFromTimestamp).not.toBe(at);
    expect(setup.world.firehose.describe('msk')?.Source?.MSKSourceDescription?.ReadFromTimestamp).toBe(T0 - 1_234);
  });

  it('a number ReadFromTimestamp is epoch seconds, as the SDK serializes a number, not milliseconds', async () => {
    setup = firehoseSetup();
    await setup.client.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'msk',
        DeliveryStreamType: 'MSKAsSource',
        MSKSourceConfiguration: { ...MSK_SOURCE, ReadFromTimestamp: (T0 / 1000 - 60) as unknown as Date },
        ExtendedS3DestinationConfiguration: S3_DESTINATION,
      }),
    );
    expect(setup.world.firehose.describe('msk')?.Source?.MSKSourceDescription?.ReadFromTimestamp).toBe(T0 - 60_000);
  });

  it('a Data of a type the SDK cannot send is refused as a SerializationException, not stored', async () => {
    setup = firehoseSetup();
    await createActive(setup, 'orders');
    await expect(setup.client.send(new PutRecordCommand({ DeliveryStreamName: 'orders', Record: { Data: [1, 2] as unknown as Uint8Array } }))).rejects.toMatchObject({
      name: 'SerializationException',
    });
    expect(setup.world.firehose.records('orders')).toStrictEqual([]);
  });
});
