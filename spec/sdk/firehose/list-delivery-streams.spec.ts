import { ListDeliveryStreamsCommand } from '@aws-sdk/client-firehose';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, body, expectAwsError, firehoseSetup, OTHER_REGION, type FirehoseSetup } from '../../../fixtures/firehose';

describe.each(BINDINGS)('ListDeliveryStreams through the SDK [%s]', (binding) => {
  let setup: FirehoseSetup;
  afterEach(() => setup.restore());
  const list = async (input: ConstructorParameters<typeof ListDeliveryStreamsCommand>[0] = {}) => body(await setup.client.send(new ListDeliveryStreamsCommand(input)));

  it('no streams: an empty list', async () => {
    setup = firehoseSetup({ binding });
    expect(await list()).toStrictEqual({ DeliveryStreamNames: [], HasMoreDeliveryStreams: false });
  });

  it('scenario 30: more than 10 streams and no Limit → the first 10 alphabetically and HasMoreDeliveryStreams; pages with ExclusiveStartDeliveryStreamName', async () => {
    setup = firehoseSetup({ binding });
    const names = ['m', 'b', 'k', 'a', 'l', 'c', 'j', 'd', 'i', 'e', 'h', 'f', 'g', 'B', 'a-1'];
    for (const n of names) setup.world.firehose.createDeliveryStream(n);
    const sorted = [...names].sort();
    expect(sorted.slice(0, 3)).toStrictEqual(['B', 'a', 'a-1']);
    expect(await list()).toStrictEqual({ DeliveryStreamNames: sorted.slice(0, 10), HasMoreDeliveryStreams: true });
    expect(await list({ ExclusiveStartDeliveryStreamName: sorted[9]! })).toStrictEqual({ DeliveryStreamNames: sorted.slice(10), HasMoreDeliveryStreams: false });
    expect(await list({ Limit: 15 })).toStrictEqual({ DeliveryStreamNames: sorted, HasMoreDeliveryStreams: false });
    expect(await list({ Limit: 14 })).toStrictEqual({ DeliveryStreamNames: sorted.slice(0, 14), HasMoreDeliveryStreams: true });
    expect(await list({ ExclusiveStartDeliveryStreamName: 'ba', Limit: 2 })).toStrictEqual({ DeliveryStreamNames: ['c', 'd'], HasMoreDeliveryStreams: true });
  });

  it('DeliveryStreamType filters; streams in every status are listed; other regions are not', async () => {
    setup = firehoseSetup({ binding });
    setup.world.firehose.createDeliveryStream('direct');
    setup.world.firehose.createDeliveryStream('creating', { active: false });
    setup.world.firehose.createDeliveryStream('kinesis', { type: 'KinesisStreamAsSource' });
    setup.world.firehose.createDeliveryStream('msk', { type: 'MSKAsSource' });
    setup.world.firehose.createDeliveryStream('elsewhere', { region: OTHER_REGION });
    expect((await list()).DeliveryStreamNames).toStrictEqual(['creating', 'direct', 'kinesis', 'msk']);
    expect((await list({ DeliveryStreamType: 'DirectPut' })).DeliveryStreamNames).toStrictEqual(['creating', 'direct']);
    expect((await list({ DeliveryStreamType: 'KinesisStreamAsSource' })).DeliveryStreamNames).toStrictEqual(['kinesis']);
    expect((await list({ DeliveryStreamType: 'MSKAsSource' })).DeliveryStreamNames).toStrictEqual(['msk']);
    expect((await setup.otherRegion.send(new ListDeliveryStreamsCommand({}))).DeliveryStreamNames).toStrictEqual(['elsewhere']);
  });

  it('validation: Limit out of 1..10000, an unknown type', async () => {
    setup = firehoseSetup({ binding });
    await expectAwsError(
      setup.client.send(new ListDeliveryStreamsCommand({ Limit: 10_001, DeliveryStreamType: 'Other' as never })),
      'ValidationException',
      "2 validation errors detected: Value '10001' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10000; Value 'Other' at 'deliveryStreamType' failed to satisfy constraint: Member must satisfy enum value set: [DirectPut, KinesisStreamAsSource, MSKAsSource, DatabaseAsSource]",
    );
  });
});
