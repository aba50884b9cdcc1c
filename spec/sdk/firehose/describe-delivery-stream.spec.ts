import { CreateDeliveryStreamCommand, DescribeDeliveryStreamCommand } from '@aws-sdk/client-firehose';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, BUCKET_ARN, body, createActive, DURATIONS, expectAwsError, firehoseSetup, KINESIS_SOURCE, REGION, ROLE_ARN, S3_DESTINATION, start, T0, type FirehoseSetup } from '../../../fixtures/firehose';

const s3Description = {
  RoleARN: ROLE_ARN,
  BucketARN: BUCKET_ARN,
  BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 300 },
  CompressionFormat: 'UNCOMPRESSED',
  EncryptionConfiguration: { NoEncryptionConfig: 'NoEncryption' },
  CloudWatchLoggingOptions: { Enabled: false },
};

describe.each(BINDINGS)('DescribeDeliveryStream through the SDK [%s]', (binding) => {
  let setup: FirehoseSetup;
  afterEach(() => setup.restore());
  const describeIt = async (name: string) => body(await setup.client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: name })));

  it('scenario 1: the exact shape of a never-encrypted DirectPut stream (no KeyType, KeyARN, LastUpdateTimestamp or Source)', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    expect(await describeIt('orders')).toStrictEqual({
      DeliveryStreamDescription: {
        DeliveryStreamName: 'orders',
        DeliveryStreamARN: `arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/orders`,
        DeliveryStreamStatus: 'ACTIVE',
        DeliveryStreamEncryptionConfiguration: { Status: 'DISABLED' },
        DeliveryStreamType: 'DirectPut',
        VersionId: '1',
        CreateTimestamp: new Date(T0),
        Destinations: [{ DestinationId: 'destinationId-000000000001', ExtendedS3DestinationDescription: { ...s3Description, S3BackupMode: 'Disabled' }, S3DestinationDescription: s3Description }],
        HasMoreDestinations: false,
      },
    });
  });

  it('scenario 2: the exact shape of a KinesisStreamAsSource stream (no encryption configuration)', async () => {
    setup = firehoseSetup({ binding });
    await setup.client.send(
      new CreateDeliveryStreamCommand({ DeliveryStreamName: 'k', DeliveryStreamType: 'KinesisStreamAsSource', KinesisStreamSourceConfiguration: KINESIS_SOURCE, ExtendedS3DestinationConfiguration: S3_DESTINATION }),
    );
    setup.clock.advance(DURATIONS.creating);
    expect(await describeIt('k')).toStrictEqual({
      DeliveryStreamDescription: {
        DeliveryStreamName: 'k',
        DeliveryStreamARN: `arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/k`,
        DeliveryStreamStatus: 'ACTIVE',
        DeliveryStreamType: 'KinesisStreamAsSource',
        VersionId: '1',
        CreateTimestamp: new Date(T0),
        Source: { KinesisStreamSourceDescription: { KinesisStreamARN: KINESIS_SOURCE.KinesisStreamARN, RoleARN: ROLE_ARN, DeliveryStartTimestamp: new Date(T0) } },
        Destinations: [{ DestinationId: 'destinationId-000000000001', ExtendedS3DestinationDescription: { ...s3Description, S3BackupMode: 'Disabled' }, S3DestinationDescription: s3Description }],
        HasMoreDestinations: false,
      },
    });
  });

  it('destination settings given are described back; secrets are not; other destination types are echoed', async () => {
    setup = firehoseSetup({ binding });
    await setup.client.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'custom',
        ExtendedS3DestinationConfiguration: { ...S3_DESTINATION, Prefix: 'firehose/', BufferingHints: { SizeInMBs: 50, IntervalInSeconds: 60 } },
      }),
    );
    await setup.client.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'http',
        HttpEndpointDestinationConfiguration: {
          EndpointConfiguration: { Url: 'https://example.com', AccessKey: 'secret' },
          S3Configuration: S3_DESTINATION,
        },
      }),
    );
    const custom = (await describeIt('custom')).DeliveryStreamDescription!.Destinations![0]!;
    expect(custom.ExtendedS3DestinationDescription).toMatchObject({ Prefix: 'firehose/', BufferingHints: { SizeInMBs: 50, IntervalInSeconds: 60 } });
    const http = (await describeIt('http')).DeliveryStreamDescription!.Destinations![0]!;
    expect(http.HttpEndpointDestinationDescription).toStrictEqual({ EndpointConfiguration: { Url: 'https://example.com' }, S3DestinationDescription: s3Description });
  });

  it('ENABLED with a CMK: KeyARN, KeyType, Status; LastUpdateTimestamp from the Start', async () => {
    setup = firehoseSetup({ binding });
    const key = setup.world.kms.createKey();
    await createActive(setup, 'orders');
    const at = setup.clock.now();
    await start(setup, 'orders', key.Arn);
    setup.clock.advance(DURATIONS.enabling);
    const d = (await describeIt('orders')).DeliveryStreamDescription!;
    expect(d.DeliveryStreamEncryptionConfiguration).toStrictEqual({ KeyARN: key.Arn, KeyType: 'CUSTOMER_MANAGED_CMK', Status: 'ENABLED' });
    expect(d.LastUpdateTimestamp).toStrictEqual(new Date(at));
  });

  it('world.firehose.describe returns the same shape with epoch-ms timestamps, and copies', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    const viaView = setup.world.firehose.describe('orders')!;
    const viaSdk = (await describeIt('orders')).DeliveryStreamDescription!;
    expect({ ...viaView, CreateTimestamp: new Date(viaView.CreateTimestamp!) }).toStrictEqual(viaSdk);
    (viaView.Destinations[0] as Record<string, unknown>)['DestinationId'] = 'changed';
    expect(setup.world.firehose.describe('orders')!.Destinations[0]!['DestinationId']).toBe('destinationId-000000000001');
    expect(setup.world.firehose.describe(`arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/orders`)?.DeliveryStreamName).toBe('orders');
  });

  it('Limit and ExclusiveStartDestinationId page the destinations', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    const after = await setup.client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'orders', ExclusiveStartDestinationId: 'destinationId-000000000001' }));
    expect(after.DeliveryStreamDescription?.Destinations).toStrictEqual([]);
    expect(after.DeliveryStreamDescription?.HasMoreDestinations).toBe(false);
    const one = await setup.client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'orders', Limit: 1 }));
    expect(one.DeliveryStreamDescription?.Destinations).toHaveLength(1);
  });

  it('scenario 12: an unknown name → ResourceNotFoundException (AWS-REAL text)', async () => {
    setup = firehoseSetup({ binding });
    await expectAwsError(
      setup.client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'turbottest64101' })),
      'ResourceNotFoundException',
      `Firehose turbottest64101 under account ${ACCOUNT} not found.`,
    );
  });

  it('validation: Limit 0 and a bad ExclusiveStartDestinationId → ValidationException', async () => {
    setup = firehoseSetup({ binding });
    await expectAwsError(
      setup.client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'orders', Limit: 0, ExclusiveStartDestinationId: 'a b' })),
      'ValidationException',
      "2 validation errors detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1; Value 'a b' at 'exclusiveStartDestinationId' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9-]+",
    );
  });
});
