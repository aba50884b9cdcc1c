// UpdateDestination through the SDK, on both bindings. Shapes: botocore firehose service-2.json
// (CurrentDeliveryStreamVersionId = DeliveryStreamVersionId 1..50 `[0-9]+`, DestinationId 1..100
// `[a-zA-Z0-9-]+`, all three required) [MODEL]; semantics from the operation's documentation [MODEL]:
// "the service updates the configuration only if the existing configuration has a version ID that
// matches. After the update is applied successfully, the version ID is updated"; "If the destination type
// is the same, Firehose merges the configuration parameters ... If the destination type is not the same
// ... Firehose does not merge any parameters"; "Switching between Amazon OpenSearch Service and other
// services is not supported". VersionId '1' and DestinationId 'destinationId-000000000001' at creation are
// REAL (LocalStack validated snapshots). Texts graded in docs/firehose.md.
import { DescribeDeliveryStreamCommand, UpdateDestinationCommand, type UpdateDestinationInput } from '@aws-sdk/client-firehose';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  BINDINGS,
  body,
  BUCKET_ARN,
  createActive,
  DURATIONS,
  encryptionOf,
  expectAwsError,
  firehoseSetup,
  putEncrypted,
  ROLE_ARN,
  start,
  stop,
  T0,
  type FirehoseSetup,
} from '../../../fixtures/firehose';

const DESTINATION_ID = 'destinationId-000000000001';

describe.each(BINDINGS)('UpdateDestination through the SDK [%s]', (binding) => {
  let setup: FirehoseSetup;
  afterEach(() => setup.restore());
  const update = (input: Partial<UpdateDestinationInput>, name = 'orders') =>
    setup.client.send(new UpdateDestinationCommand({ DeliveryStreamName: name, CurrentDeliveryStreamVersionId: '1', DestinationId: DESTINATION_ID, ...input }));
  const describeOf = async (name = 'orders') => (await setup.client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: name }))).DeliveryStreamDescription!;

  it('merges the members given into the same destination type, answers exactly {}, moves VersionId on and sets LastUpdateTimestamp', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders', { ExtendedS3DestinationConfiguration: { RoleARN: ROLE_ARN, BucketARN: BUCKET_ARN, Prefix: 'v1/', CompressionFormat: 'GZIP' } });
    const before = await describeOf();
    expect(before.VersionId).toBe('1');
    expect(before.LastUpdateTimestamp).toBeUndefined();
    setup.clock.advance(1_000);
    const out = await update({ ExtendedS3DestinationUpdate: { Prefix: 'v2/', BufferingHints: { SizeInMBs: 64, IntervalInSeconds: 60 } } });
    expect(body(out)).toStrictEqual({});
    expect(out.$metadata.httpStatusCode).toBe(200);
    const after = await describeOf();
    expect(after.VersionId).toBe('2');
    expect(after.LastUpdateTimestamp).toStrictEqual(new Date(T0 + DURATIONS.creating + 1_000));
    expect(after.DeliveryStreamStatus).toBe('ACTIVE');
    const extended = after.Destinations![0]!.ExtendedS3DestinationDescription!;
    expect(extended.Prefix).toBe('v2/');
    expect(extended.CompressionFormat).toBe('GZIP');
    expect(extended.BufferingHints).toStrictEqual({ SizeInMBs: 64, IntervalInSeconds: 60 });
    expect(extended.BucketARN).toBe(BUCKET_ARN);
    // The plain S3 description of an extended S3 destination follows it, as on create.
    expect(after.Destinations![0]!.S3DestinationDescription).toMatchObject({ Prefix: 'v2/', CompressionFormat: 'GZIP', BufferingHints: { SizeInMBs: 64, IntervalInSeconds: 60 } });
    expect(after.Destinations![0]!.DestinationId).toBe(DESTINATION_ID);
    // Nothing else moved.
    const { VersionId: _v2, LastUpdateTimestamp: _t, Destinations: _d2, ...restAfter } = after;
    const { VersionId: _v1, Destinations: _d1, ...restBefore } = before;
    expect(restAfter).toStrictEqual(restBefore);
  });

  it('S3BackupUpdate merges into S3BackupDescription member by member', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders', {
      ExtendedS3DestinationConfiguration: { RoleARN: ROLE_ARN, BucketARN: BUCKET_ARN, S3BackupMode: 'Enabled', S3BackupConfiguration: { RoleARN: ROLE_ARN, BucketARN: 'arn:aws:s3:::backup', Prefix: 'b/' } },
    });
    await update({ ExtendedS3DestinationUpdate: { S3BackupUpdate: { Prefix: 'b2/' } } });
    const backup = (await describeOf()).Destinations![0]!.ExtendedS3DestinationDescription!.S3BackupDescription!;
    expect(backup).toMatchObject({ RoleARN: ROLE_ARN, BucketARN: 'arn:aws:s3:::backup', Prefix: 'b2/', CompressionFormat: 'UNCOMPRESSED' });
  });

  it('each update needs the current VersionId: 1 → 2 → 3; a stale one → ConcurrentModificationException and nothing changes', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    await update({ ExtendedS3DestinationUpdate: { Prefix: 'a/' } });
    await update({ CurrentDeliveryStreamVersionId: '2', ExtendedS3DestinationUpdate: { Prefix: 'b/' } });
    const before = await describeOf();
    expect(before.VersionId).toBe('3');
    await expectAwsError(
      update({ CurrentDeliveryStreamVersionId: '2', ExtendedS3DestinationUpdate: { Prefix: 'c/' } }),
      'ConcurrentModificationException',
      'Cannot update firehose: orders since the current version id: 3 and specified version id: 2 do not match',
    );
    await expectAwsError(update({ CurrentDeliveryStreamVersionId: '4', ExtendedS3DestinationUpdate: { Prefix: 'c/' } }), 'ConcurrentModificationException', /current version id: 3 and specified version id: 4 do not match$/);
    expect(await describeOf()).toStrictEqual(before);
  });

  it('validation: a non-digit version, a bad DestinationId, a missing member → ValidationException (MODEL constraints), nothing changes', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    await expectAwsError(
      update({ CurrentDeliveryStreamVersionId: 'v1', ExtendedS3DestinationUpdate: { Prefix: 'x/' } }),
      'ValidationException',
      "1 validation error detected: Value 'v1' at 'currentDeliveryStreamVersionId' failed to satisfy constraint: Member must satisfy regular expression pattern: [0-9]+",
    );
    await expectAwsError(
      update({ DestinationId: 'destination 1', ExtendedS3DestinationUpdate: { Prefix: 'x/' } }),
      'ValidationException',
      "1 validation error detected: Value 'destination 1' at 'destinationId' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9-]+",
    );
    await expectAwsError(
      update({ CurrentDeliveryStreamVersionId: undefined as never, ExtendedS3DestinationUpdate: { Prefix: 'x/' } }),
      'ValidationException',
      "1 validation error detected: Value null at 'currentDeliveryStreamVersionId' failed to satisfy constraint: Member must not be null",
    );
    await expectAwsError(
      update({ ExtendedS3DestinationUpdate: { BucketARN: 'not-an-arn' } }),
      'ValidationException',
      /Value 'not-an-arn' at 'extendedS3DestinationUpdate.bucketARN' failed to satisfy constraint: Member must satisfy regular expression pattern/,
    );
    expect((await describeOf()).VersionId).toBe('1');
  });

  it('an unknown DestinationId, no update or two updates → InvalidArgumentException (MOCK texts), nothing changes', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    await expectAwsError(update({ DestinationId: 'destinationId-000000000002', ExtendedS3DestinationUpdate: { Prefix: 'x/' } }), 'InvalidArgumentException', 'Destination Id destinationId-000000000002 not found');
    await expectAwsError(update({}), 'InvalidArgumentException', 'Exactly one destination configuration is supported for a Firehose');
    await expectAwsError(
      update({ ExtendedS3DestinationUpdate: { Prefix: 'x/' }, SplunkDestinationUpdate: { HECEndpoint: 'https://splunk' } }),
      'InvalidArgumentException',
      'Exactly one destination configuration is supported for a Firehose',
    );
    expect((await describeOf()).VersionId).toBe('1');
  });

  it('another destination type replaces the destination (no merge), keeping its DestinationId; secrets are not echoed', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    await update({
      RedshiftDestinationUpdate: {
        RoleARN: ROLE_ARN,
        ClusterJDBCURL: 'jdbc:redshift://cluster:5439/db',
        CopyCommand: { DataTableName: 'orders' },
        Username: 'loader',
        Password: 'secret-password',
        S3Update: { RoleARN: ROLE_ARN, BucketARN: BUCKET_ARN },
      },
    });
    const d = await describeOf();
    expect(d.VersionId).toBe('2');
    const entry = d.Destinations![0]!;
    expect(Object.keys(entry).sort()).toStrictEqual(['DestinationId', 'RedshiftDestinationDescription']);
    expect(entry.DestinationId).toBe(DESTINATION_ID);
    expect(entry.RedshiftDestinationDescription).toMatchObject({ RoleARN: ROLE_ARN, Username: 'loader', S3DestinationDescription: { BucketARN: BUCKET_ARN, CompressionFormat: 'UNCOMPRESSED' } });
    expect(JSON.stringify(entry)).not.toContain('secret-password');
    // Back to extended S3: every required member is needed, nothing is merged from before.
    await expectAwsError(
      update({ CurrentDeliveryStreamVersionId: '2', ExtendedS3DestinationUpdate: { RoleARN: ROLE_ARN } }),
      'InvalidArgumentException',
      'ExtendedS3DestinationUpdate.BucketARN is required when the destination type changes.',
    );
    await update({ CurrentDeliveryStreamVersionId: '2', ExtendedS3DestinationUpdate: { RoleARN: ROLE_ARN, BucketARN: BUCKET_ARN } });
    expect(Object.keys((await describeOf()).Destinations![0]!).sort()).toStrictEqual(['DestinationId', 'ExtendedS3DestinationDescription', 'S3DestinationDescription']);
  });

  it('to or from OpenSearch Service (Elasticsearch) is not supported → InvalidArgumentException; within it, it is', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    await expectAwsError(
      update({ ElasticsearchDestinationUpdate: { RoleARN: ROLE_ARN, DomainARN: 'arn:aws:es:us-east-1:123456789012:domain/logs' } }),
      'InvalidArgumentException',
      'Changing the destination type to or from Elasticsearch is not supported at this time.',
    );
    await createActive(setup, 'search', { ExtendedS3DestinationConfiguration: undefined, AmazonopensearchserviceDestinationConfiguration: { RoleARN: ROLE_ARN, IndexName: 'logs', S3Configuration: { RoleARN: ROLE_ARN, BucketARN: BUCKET_ARN } } });
    await expectAwsError(update({ ExtendedS3DestinationUpdate: { RoleARN: ROLE_ARN, BucketARN: BUCKET_ARN } }, 'search'), 'InvalidArgumentException', 'Changing the destination type to or from Elasticsearch is not supported at this time.');
    await update({ AmazonopensearchserviceDestinationUpdate: { IndexName: 'logs-v2' } }, 'search');
    expect((await describeOf('search')).Destinations![0]!.AmazonopensearchserviceDestinationDescription).toMatchObject({ IndexName: 'logs-v2', RoleARN: ROLE_ARN });
    await expectAwsError(
      update({ CurrentDeliveryStreamVersionId: '2', AmazonOpenSearchServerlessDestinationUpdate: { IndexName: 'x' } }, 'search'),
      'InvalidArgumentException',
      'Changing the destination type to or from AmazonOpenSearchServerless is not supported at this time.',
    );
  });

  it('unknown stream → ResourceNotFoundException; while CREATING → ResourceInUseException (INF)', async () => {
    setup = firehoseSetup({ binding });
    await expectAwsError(update({ ExtendedS3DestinationUpdate: { Prefix: 'x/' } }, 'nope'), 'ResourceNotFoundException', `Firehose nope under account ${ACCOUNT} not found.`);
    setup.world.firehose.createDeliveryStream('fresh', { active: false });
    await expectAwsError(
      update({ ExtendedS3DestinationUpdate: { Prefix: 'x/' } }, 'fresh'),
      'ResourceInUseException',
      `Firehose fresh under account ${ACCOUNT} is in CREATING state and is not available for this operation.`,
    );
  });

  describe('SSE interplay', () => {
    it('during ENABLING or DISABLING → ResourceInUseException by default (UNKNOWN), nothing changes; after the change it applies', async () => {
      setup = firehoseSetup({ binding });
      await createActive(setup, 'orders');
      await start(setup, 'orders');
      await expectAwsError(
        update({ ExtendedS3DestinationUpdate: { Prefix: 'x/' } }),
        'ResourceInUseException',
        `Firehose orders under account ${ACCOUNT} is in ENABLING state and is not available for this operation.`,
      );
      setup.clock.advance(DURATIONS.enabling + DURATIONS.encryptionLag);
      await stop(setup, 'orders');
      await expectAwsError(update({ ExtendedS3DestinationUpdate: { Prefix: 'x/' } }), 'ResourceInUseException', /is in DISABLING state/);
      expect((await describeOf()).VersionId).toBe('1');
      setup.clock.advance(DURATIONS.disabling);
      await update({ ExtendedS3DestinationUpdate: { Prefix: 'x/' } });
      expect((await describeOf()).VersionId).toBe('2');
    });

    it("updateDestinationWhileEncryptionChanging: 'accept' applies it during ENABLING, and the encryption change completes untouched", async () => {
      setup = firehoseSetup({ binding, firehose: { behaviour: { updateDestinationWhileEncryptionChanging: 'accept' } } });
      const key = setup.world.kms.createKey();
      await createActive(setup, 'orders');
      await start(setup, 'orders', key.Arn);
      await update({ ExtendedS3DestinationUpdate: { Prefix: 'x/' } });
      expect((await describeOf()).VersionId).toBe('2');
      expect((await encryptionOf(setup, 'orders'))?.Status).toBe('ENABLING');
      setup.clock.advance(DURATIONS.enabling);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn, Status: 'ENABLED' });
    });

    it('on an encrypted stream it leaves the encryption alone: still ENABLED, records still encrypted', async () => {
      setup = firehoseSetup({ binding });
      await createActive(setup, 'orders');
      await start(setup, 'orders');
      setup.clock.advance(DURATIONS.enabling + DURATIONS.encryptionLag);
      await update({ ExtendedS3DestinationUpdate: { Prefix: 'x/' } });
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'ENABLED' });
      expect(await putEncrypted(setup, 'orders')).toBe(true);
    });

    it('Start and Stop do not move VersionId by default (INF from "each time the destination is updated"), so a version read before them still updates', async () => {
      setup = firehoseSetup({ binding });
      await createActive(setup, 'orders');
      const version = (await describeOf()).VersionId!;
      await start(setup, 'orders');
      setup.clock.advance(DURATIONS.enabling + DURATIONS.encryptionLag);
      await stop(setup, 'orders');
      setup.clock.advance(DURATIONS.disabling);
      expect((await describeOf()).VersionId).toBe('1');
      await update({ CurrentDeliveryStreamVersionId: version, ExtendedS3DestinationUpdate: { Prefix: 'x/' } });
      expect((await describeOf()).VersionId).toBe('2');
    });

    it('encryptionChangeMovesVersion: true → each accepted Start/Stop moves VersionId on, and the old version is stale', async () => {
      setup = firehoseSetup({ binding, firehose: { behaviour: { encryptionChangeMovesVersion: true } } });
      await createActive(setup, 'orders');
      await start(setup, 'orders');
      expect((await describeOf()).VersionId).toBe('2');
      setup.clock.advance(DURATIONS.enabling + DURATIONS.encryptionLag);
      await stop(setup, 'orders');
      expect((await describeOf()).VersionId).toBe('3');
      setup.clock.advance(DURATIONS.disabling);
      await expectAwsError(update({ ExtendedS3DestinationUpdate: { Prefix: 'x/' } }), 'ConcurrentModificationException', /current version id: 3 and specified version id: 1 do not match$/);
    });
  });
});
