// The formats the world invents for Firehose, each against what AWS answers (grades in docs/firehose.md
// "Formats"): the delivery stream ARN, VersionId, DestinationId, RecordId, request ids and timestamps.
import { Buffer } from 'node:buffer';
import { CreateDeliveryStreamCommand, DescribeDeliveryStreamCommand, PutRecordBatchCommand, PutRecordCommand, UpdateDestinationCommand } from '@aws-sdk/client-firehose';
import { afterEach, describe, expect, it } from 'vitest';
import { expectMetadata } from '../../../fixtures/bindings';
import { ACCOUNT, BINDINGS, createActive, DURATIONS, firehoseSetup, OTHER_REGION, REGION, S3_DESTINATION, T0, type FirehoseSetup } from '../../../fixtures/firehose';

describe.each(BINDINGS)('Firehose formats through the SDK [%s]', (binding) => {
  let setup: FirehoseSetup;
  afterEach(() => setup.restore());
  const describeOf = async (name: string, client = setup.client) => (await client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: name }))).DeliveryStreamDescription!;

  // REAL: LocalStack's AWS-validated snapshots record `arn:<partition>:firehose:<region>:111111111111:deliverystream/<name>`
  // (tests/aws/services/firehose/resource_providers/test_firehose.snapshot.json, 2022-09-14).
  it('DeliveryStreamARN is arn:aws:firehose:<region>:<account>:deliverystream/<name>, per region', async () => {
    setup = firehoseSetup({ binding });
    const out = await setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders.v1_a-b', ExtendedS3DestinationConfiguration: S3_DESTINATION }));
    expect(out.DeliveryStreamARN).toBe(`arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/orders.v1_a-b`);
    await setup.otherRegion.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders.v1_a-b', ExtendedS3DestinationConfiguration: S3_DESTINATION }));
    expect((await describeOf('orders.v1_a-b', setup.otherRegion)).DeliveryStreamARN).toBe(`arn:aws:firehose:${OTHER_REGION}:${ACCOUNT}:deliverystream/orders.v1_a-b`);
  });

  // REAL: VersionId "1" and DestinationId "destinationId-000000000001" in the same snapshots; MODEL: the
  // DeliveryStreamVersionId shape is a string of digits; each UpdateDestination changes it (the step of one: INF).
  it("VersionId is a digit string, '1' at creation and one more per UpdateDestination; DestinationId is destinationId-000000000001", async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    const d = await describeOf('orders');
    expect(d.VersionId).toBe('1');
    expect(d.Destinations!.map((x) => x.DestinationId)).toStrictEqual(['destinationId-000000000001']);
    for (const version of ['1', '2', '3']) {
      await setup.client.send(new UpdateDestinationCommand({ DeliveryStreamName: 'orders', CurrentDeliveryStreamVersionId: version, DestinationId: 'destinationId-000000000001', ExtendedS3DestinationUpdate: { Prefix: `p${version}/` } }));
    }
    expect((await describeOf('orders')).VersionId).toMatch(/^[0-9]+$/);
    expect((await describeOf('orders')).VersionId).toBe('4');
  });

  // REAL: the aws-cli put-record example's RecordId is 224 base64 characters, 168 bytes without padding
  // (awscli/examples/firehose/put-record.rst).
  it('RecordId: 224 base64 characters that decode to 168 bytes, like the one AWS returned; distinct per record', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    const one = await setup.client.send(new PutRecordCommand({ DeliveryStreamName: 'orders', Record: { Data: new Uint8Array([1]) } }));
    const many = await setup.client.send(new PutRecordBatchCommand({ DeliveryStreamName: 'orders', Records: Array.from({ length: 20 }, () => ({ Data: new Uint8Array([2]) })) }));
    const ids = [one.RecordId!, ...many.RequestResponses!.map((r) => r.RecordId!)];
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9+/]{224}$/);
      expect(Buffer.from(id, 'base64')).toHaveLength(168);
      expect(Buffer.from(id, 'base64').toString('base64')).toBe(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  // wire-protocol.md §9.2: x-amzn-RequestId is a UUID (REAL for Kinesis; the same for Firehose INF); Firehose sends no x-amz-id-2.
  it('request ids: a UUID per answer, no extendedRequestId', async () => {
    setup = firehoseSetup({ binding });
    const a = await setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'a', ExtendedS3DestinationConfiguration: S3_DESTINATION }));
    const b = await setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'b', ExtendedS3DestinationConfiguration: S3_DESTINATION }));
    expectMetadata(binding, 'firehose', a.$metadata, 200);
    expect(a.$metadata.requestId).not.toBe(b.$metadata.requestId);
  });

  // INF: AWS's JSON 1.1 services send epoch seconds with a millisecond fraction (wire-protocol.md §4.1);
  // the world keeps the virtual clock's milliseconds.
  it('timestamps keep milliseconds: CreateTimestamp and LastUpdateTimestamp are the virtual times of the calls', async () => {
    setup = firehoseSetup({ binding });
    setup.clock.advance(1_234);
    await createActive(setup, 'orders');
    setup.clock.advance(567);
    await setup.client.send(new UpdateDestinationCommand({ DeliveryStreamName: 'orders', CurrentDeliveryStreamVersionId: '1', DestinationId: 'destinationId-000000000001', ExtendedS3DestinationUpdate: { Prefix: 'x/' } }));
    const d = await describeOf('orders');
    expect(d.CreateTimestamp).toStrictEqual(new Date(T0 + 1_234));
    expect(d.LastUpdateTimestamp).toStrictEqual(new Date(T0 + 1_234 + DURATIONS.creating + 567));
  });
});
