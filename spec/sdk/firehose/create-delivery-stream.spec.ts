import { CreateDeliveryStreamCommand, DescribeDeliveryStreamCommand, ListDeliveryStreamsCommand, StartDeliveryStreamEncryptionCommand } from '@aws-sdk/client-firehose';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS,
  ACCOUNT,
  body,
  createActive,
  DURATIONS,
  encryptionOf,
  expectAwsError,
  failNext,
  firehoseSetup,
  KINESIS_SOURCE,
  MSK_SOURCE,
  OTHER_REGION,
  REGION,
  S3_DESTINATION,
  T0,
  type FirehoseSetup,
} from '../../../fixtures/firehose';

describe.each(BINDINGS)('CreateDeliveryStream through the SDK [%s]', (binding) => {
  let setup: FirehoseSetup;
  afterEach(() => setup.restore());

  it('answers the ARN, is CREATING, then ACTIVE after durations.creating (DirectPut by default)', async () => {
    setup = firehoseSetup({ binding });
    const out = await setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders', ExtendedS3DestinationConfiguration: S3_DESTINATION }));
    expect(body(out)).toStrictEqual({ DeliveryStreamARN: `arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/orders` });
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(setup.world.firehose.describe('orders')?.DeliveryStreamStatus).toBe('CREATING');
    expect(setup.world.firehose.describe('orders')?.DeliveryStreamType).toBe('DirectPut');
    setup.clock.advance(DURATIONS.creating - 1);
    expect(setup.world.firehose.describe('orders')?.DeliveryStreamStatus).toBe('CREATING');
    setup.clock.advance(1);
    expect(setup.world.firehose.describe('orders')?.DeliveryStreamStatus).toBe('ACTIVE');
  });

  it('scenario 1: a DirectPut stream without SSE describes its encryption as exactly { Status: DISABLED }, while CREATING too', async () => {
    setup = firehoseSetup({ binding });
    await setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders', ExtendedS3DestinationConfiguration: S3_DESTINATION }));
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ Status: 'DISABLED' });
    setup.clock.advance(DURATIONS.creating);
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ Status: 'DISABLED' });
  });

  it('scenario 2: a KinesisStreamAsSource stream has no encryption configuration at all, and a Source', async () => {
    setup = firehoseSetup({ binding });
    await setup.client.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'from-kinesis',
        DeliveryStreamType: 'KinesisStreamAsSource',
        KinesisStreamSourceConfiguration: KINESIS_SOURCE,
        ExtendedS3DestinationConfiguration: S3_DESTINATION,
      }),
    );
    setup.clock.advance(DURATIONS.creating);
    const d = (await setup.client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'from-kinesis' }))).DeliveryStreamDescription!;
    expect('DeliveryStreamEncryptionConfiguration' in d).toBe(false);
    expect(d.Source).toStrictEqual({
      KinesisStreamSourceDescription: { KinesisStreamARN: KINESIS_SOURCE.KinesisStreamARN, RoleARN: KINESIS_SOURCE.RoleARN, DeliveryStartTimestamp: new Date(T0) },
    });
    expect(d.VersionId).toBe('1');
    expect(d.HasMoreDestinations).toBe(false);
  });

  it('MSKAsSource streams have no encryption configuration either, and an MSK Source', async () => {
    setup = firehoseSetup({ binding });
    await setup.client.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'from-msk',
        DeliveryStreamType: 'MSKAsSource',
        MSKSourceConfiguration: MSK_SOURCE,
        ExtendedS3DestinationConfiguration: S3_DESTINATION,
      }),
    );
    const d = setup.world.firehose.describe('from-msk')!;
    expect('DeliveryStreamEncryptionConfiguration' in d).toBe(false);
    expect(d.Source).toStrictEqual({ MSKSourceDescription: { ...MSK_SOURCE, DeliveryStartTimestamp: T0 } });
  });

  it('with SSE (AWS-owned): ENABLING while CREATING, then ENABLED with no KeyARN, records encrypted at once', async () => {
    setup = firehoseSetup({ binding });
    await setup.client.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'orders',
        ExtendedS3DestinationConfiguration: S3_DESTINATION,
        DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' },
      }),
    );
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'ENABLING' });
    setup.clock.advance(DURATIONS.creating);
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'ENABLED' });
    expect(setup.world.firehose.keyInEffect('orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK' });
  });

  it('with SSE (CMK): ENABLED with the KeyARN and a grant on the key', async () => {
    setup = firehoseSetup({ binding });
    const key = setup.world.kms.createKey();
    await createActive(setup, 'orders', { DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn } });
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn, Status: 'ENABLED' });
    expect(setup.world.kms.grants(key.Arn)).toHaveLength(1);
  });

  it('encryptionStatusWhileCreating: ENABLED shows ENABLED from the start', async () => {
    setup = firehoseSetup({ binding, firehose: { behaviour: { encryptionStatusWhileCreating: 'ENABLED' } } });
    await setup.client.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'orders',
        ExtendedS3DestinationConfiguration: S3_DESTINATION,
        DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' },
      }),
    );
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'ENABLED' });
  });

  describe('scenario 23: a CMK KMS refuses', () => {
    it('ends CREATING_FAILED with a stream-level FailureDescription, never changes, Create again is ResourceInUse, Delete works', async () => {
      setup = firehoseSetup({ binding });
      const key = setup.world.kms.createKey();
      setup.world.kms.setCondition(key.KeyId, 'access-denied', true);
      await createActive(setup, 'orders', { DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn } });
      const failure = { Type: 'KMS_ACCESS_DENIED', Details: `Firehose is not authorized to perform kms:CreateGrant on KMS key ${key.Arn}.` };
      const d = setup.world.firehose.describe('orders')!;
      expect(d.DeliveryStreamStatus).toBe('CREATING_FAILED');
      expect(d.FailureDescription).toStrictEqual(failure);
      expect(d.DeliveryStreamEncryptionConfiguration).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn, Status: 'ENABLING_FAILED', FailureDescription: failure });
      setup.world.kms.setCondition(key.KeyId, 'access-denied', false);
      setup.clock.advance(DURATIONS.creating * 10);
      expect(setup.world.firehose.describe('orders')?.DeliveryStreamStatus).toBe('CREATING_FAILED');
      expect(setup.world.kms.grants(key.Arn)).toHaveLength(0);
      await expectAwsError(
        setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders', ExtendedS3DestinationConfiguration: S3_DESTINATION })),
        'ResourceInUseException',
        `Firehose orders under accountId ${ACCOUNT} already exists`,
      );
      await setup.client.send(new (await import('@aws-sdk/client-firehose')).DeleteDeliveryStreamCommand({ DeliveryStreamName: 'orders' }));
      setup.clock.advance(DURATIONS.deleting);
      expect(setup.world.firehose.describe('orders')).toBeUndefined();
    });

    it.each([
      ['disabled', 'DISABLED_KMS_KEY'],
      ['not found', 'KMS_KEY_NOT_FOUND'],
      ['pending deletion', 'INVALID_KMS_KEY'],
      ['asymmetric', 'INVALID_KMS_KEY'],
      ['opt-in required', 'KMS_OPT_IN_REQUIRED'],
    ])('%s → CREATING_FAILED %s', async (what, type) => {
      setup = firehoseSetup({ binding });
      const key = setup.world.kms.createKey(what === 'asymmetric' ? { spec: 'RSA_2048' } : {});
      let keyArn = key.Arn;
      if (what === 'disabled') setup.world.kms.disable(key.KeyId);
      if (what === 'pending deletion') setup.world.kms.scheduleDeletion(key.KeyId, 7);
      if (what === 'opt-in required') setup.world.kms.setCondition(key.KeyId, 'opt-in-required', true);
      if (what === 'not found') keyArn = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b2ad402-1111-46ac-8e2b-123456789abc`;
      await createActive(setup, 'orders', { DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: keyArn } });
      const d = setup.world.firehose.describe('orders')!;
      expect(d.DeliveryStreamStatus).toBe('CREATING_FAILED');
      expect(d.FailureDescription?.Type).toBe(type);
    });

    it('syncKmsProblems answers InvalidKMSResourceException at once and creates nothing', async () => {
      setup = firehoseSetup({ binding, firehose: { behaviour: { syncKmsProblems: ['disabled'] } } });
      const key = setup.world.kms.createKey();
      setup.world.kms.disable(key.KeyId);
      const err = await expectAwsError(
        setup.client.send(
          new CreateDeliveryStreamCommand({
            DeliveryStreamName: 'orders',
            ExtendedS3DestinationConfiguration: S3_DESTINATION,
            DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn },
          }),
        ),
        'InvalidKMSResourceException',
        `${key.Arn} is disabled.`,
      );
      expect(err.code).toBe('KMS.DisabledException');
      expect(setup.world.firehose.describe('orders')).toBeUndefined();
    });
  });

  it('a fault on delivery-stream-creating ends CREATING_FAILED with that FailureDescription (types outside the enum round-trip, scenario 29)', async () => {
    setup = firehoseSetup({ binding });
    failNext(setup.world, 'delivery-stream-creating', { type: 'CREATE_PRIVATE_LINK_FAILED', details: 'AWS Firehose is not authorized to perform kafka:CreateVpcConnection' });
    await createActive(setup, 'orders');
    const d = (await setup.client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'orders' }))).DeliveryStreamDescription!;
    expect(d.DeliveryStreamStatus).toBe('CREATING_FAILED');
    expect(d.FailureDescription).toStrictEqual({ Type: 'CREATE_PRIVATE_LINK_FAILED', Details: 'AWS Firehose is not authorized to perform kafka:CreateVpcConnection' });
  });

  it('Create of an existing name (also while CREATING) is ResourceInUseException and changes nothing', async () => {
    setup = firehoseSetup({ binding });
    await setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders', ExtendedS3DestinationConfiguration: S3_DESTINATION }));
    const before = setup.world.firehose.describe('orders');
    await expectAwsError(
      setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders', ExtendedS3DestinationConfiguration: S3_DESTINATION })),
      'ResourceInUseException',
      `Firehose orders under accountId ${ACCOUNT} already exists`,
    );
    expect(setup.world.firehose.describe('orders')).toStrictEqual(before);
  });

  describe('rejected input (state never changes)', () => {
    it.each([
      ['a name with a space', 'bad name', "1 validation error detected: Value 'bad name' at 'deliveryStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"],
      ['a name ending in a newline', 'name\n', "1 validation error detected: Value 'name\n' at 'deliveryStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"],
      ['a 65-character name', 'a'.repeat(65), `1 validation error detected: Value '${'a'.repeat(65)}' at 'deliveryStreamName' failed to satisfy constraint: Member must have length less than or equal to 64`],
      [
        'scenario 28: an ARN as the name',
        `arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/orders`,
        `1 validation error detected: Value 'arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/orders' at 'deliveryStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+`,
      ],
    ])('%s → ValidationException', async (_what, name, message) => {
      setup = firehoseSetup({ binding });
      await expectAwsError(
        setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: name, ExtendedS3DestinationConfiguration: S3_DESTINATION })),
        'ValidationException',
        message,
      );
      expect(setup.world.firehose.deliveryStreamCount).toBe(0);
    });

    it('an unknown KeyType → ValidationException with the enum (V-3)', async () => {
      setup = firehoseSetup({ binding });
      await expectAwsError(
        setup.client.send(
          new CreateDeliveryStreamCommand({
            DeliveryStreamName: 'orders',
            ExtendedS3DestinationConfiguration: S3_DESTINATION,
            DeliveryStreamEncryptionConfigurationInput: { KeyType: 'FOO' as never },
          }),
        ),
        'ValidationException',
        "1 validation error detected: Value 'FOO' at 'deliveryStreamEncryptionConfigurationInput.keyType' failed to satisfy constraint: Member must satisfy enum value set: [AWS_OWNED_CMK, CUSTOMER_MANAGED_CMK]",
      );
    });

    it('several violations are counted and joined', async () => {
      setup = firehoseSetup({ binding });
      await expectAwsError(
        setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'bad name', DeliveryStreamType: 'Nope' as never, ExtendedS3DestinationConfiguration: S3_DESTINATION })),
        'ValidationException',
        "2 validation errors detected: Value 'bad name' at 'deliveryStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value 'Nope' at 'deliveryStreamType' failed to satisfy constraint: Member must satisfy enum value set: [DirectPut, KinesisStreamAsSource, MSKAsSource, DatabaseAsSource]",
      );
    });

    it('no destination, or two → InvalidArgumentException', async () => {
      setup = firehoseSetup({ binding });
      await expectAwsError(setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders' })), 'InvalidArgumentException', 'Exactly one destination configuration is supported for a Firehose');
      await expectAwsError(
        setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders', ExtendedS3DestinationConfiguration: S3_DESTINATION, S3DestinationConfiguration: S3_DESTINATION })),
        'InvalidArgumentException',
        'Exactly one destination configuration is supported for a Firehose',
      );
      expect(setup.world.firehose.deliveryStreamCount).toBe(0);
    });

    it('scenario 10: SSE input with KinesisStreamAsSource or MSKAsSource → InvalidArgumentException', async () => {
      setup = firehoseSetup({ binding });
      await expectAwsError(
        setup.client.send(
          new CreateDeliveryStreamCommand({
            DeliveryStreamName: 'from-kinesis',
            DeliveryStreamType: 'KinesisStreamAsSource',
            KinesisStreamSourceConfiguration: KINESIS_SOURCE,
            ExtendedS3DestinationConfiguration: S3_DESTINATION,
            DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' },
          }),
        ),
        'InvalidArgumentException',
        'Server-side encryption is not supported for KinesisStreamAsSource delivery stream type; it is available only for DirectPut delivery streams.',
      );
      await expectAwsError(
        setup.client.send(
          new CreateDeliveryStreamCommand({
            DeliveryStreamName: 'from-msk',
            DeliveryStreamType: 'MSKAsSource',
            MSKSourceConfiguration: MSK_SOURCE,
            ExtendedS3DestinationConfiguration: S3_DESTINATION,
            DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' },
          }),
        ),
        'InvalidArgumentException',
        'Server-side encryption is not supported for MSKAsSource delivery stream type; it is available only for DirectPut delivery streams.',
      );
      expect(setup.world.firehose.deliveryStreamCount).toBe(0);
    });

    it('a source configuration that does not fit the type, or a missing one → InvalidArgumentException (A-7)', async () => {
      setup = firehoseSetup({ binding });
      await expectAwsError(
        setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders', KinesisStreamSourceConfiguration: KINESIS_SOURCE, ExtendedS3DestinationConfiguration: S3_DESTINATION })),
        'InvalidArgumentException',
        'KinesisSourceStreamConfig is only applicable for KinesisStreamAsSource stream type',
      );
      await expectAwsError(
        setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders', DeliveryStreamType: 'KinesisStreamAsSource', ExtendedS3DestinationConfiguration: S3_DESTINATION })),
        'InvalidArgumentException',
        'KinesisStreamSourceConfiguration is required for KinesisStreamAsSource delivery stream type.',
      );
    });

    it('scenario 13: CUSTOMER_MANAGED_CMK without KeyARN → InvalidArgumentException', async () => {
      setup = firehoseSetup({ binding });
      await expectAwsError(
        setup.client.send(
          new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders', ExtendedS3DestinationConfiguration: S3_DESTINATION, DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK' } }),
        ),
        'InvalidArgumentException',
        'KeyARN is required when KeyType is CUSTOMER_MANAGED_CMK.',
      );
      expect(setup.world.firehose.deliveryStreamCount).toBe(0);
    });

    it.each([
      ['an alias ARN', `arn:aws:kms:${REGION}:${ACCOUNT}:alias/orders`],
      ['a bare key id', '1234abcd-12ab-34cd-56ef-1234567890ab'],
    ])('scenario 14: KeyARN = %s → ValidationException with the key-only pattern, nothing created', async (_what, keyArn) => {
      setup = firehoseSetup({ binding });
      setup.world.kms.createKey({ alias: 'alias/orders' });
      await expectAwsError(
        setup.client.send(
          new CreateDeliveryStreamCommand({
            DeliveryStreamName: 'orders',
            ExtendedS3DestinationConfiguration: S3_DESTINATION,
            DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: keyArn },
          }),
        ),
        'ValidationException',
        `1 validation error detected: Value '${keyArn}' at 'deliveryStreamEncryptionConfigurationInput.keyARN' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:.*:kms:[a-zA-Z0-9\\-]+:\\d{12}:key/[a-zA-Z_0-9+=,.@\\-_/]+`,
      );
      expect(setup.world.firehose.deliveryStreamCount).toBe(0);
      expect(setup.world.kms.grants()).toStrictEqual([]);
    });

    it('AWS_OWNED_CMK with a KeyARN: InvalidArgumentException by default; the KeyARN dropped with awsOwnedWithKeyArn: ignore', async () => {
      setup = firehoseSetup({ binding });
      const key = setup.world.kms.createKey();
      const create = (): Promise<unknown> =>
        setup.client.send(
          new CreateDeliveryStreamCommand({
            DeliveryStreamName: 'orders',
            ExtendedS3DestinationConfiguration: S3_DESTINATION,
            DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK', KeyARN: key.Arn },
          }),
        );
      await expectAwsError(create(), 'InvalidArgumentException', 'KeyARN must not be specified when KeyType is AWS_OWNED_CMK.');
      expect(setup.world.firehose.deliveryStreamCount).toBe(0);
      setup.restore();
      setup = firehoseSetup({ binding, firehose: { behaviour: { awsOwnedWithKeyArn: 'ignore' } } });
      await create();
      setup.clock.advance(DURATIONS.creating);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'ENABLED' });
      expect(setup.world.kms.grants()).toStrictEqual([]);
    });
  });

  it('checkSourceStream: not checked by default; with true the Kinesis source must exist in the world', async () => {
    const input = {
      DeliveryStreamName: 'from-kinesis',
      DeliveryStreamType: 'KinesisStreamAsSource' as const,
      KinesisStreamSourceConfiguration: KINESIS_SOURCE,
      ExtendedS3DestinationConfiguration: S3_DESTINATION,
    };
    setup = firehoseSetup({ binding });
    expect(setup.world.kinesis.describe(KINESIS_SOURCE.KinesisStreamARN)).toBeUndefined();
    await setup.client.send(new CreateDeliveryStreamCommand(input));
    expect(setup.world.firehose.describe('from-kinesis')?.DeliveryStreamStatus).toBe('CREATING');
    setup.restore();
    setup = firehoseSetup({ binding, firehose: { behaviour: { checkSourceStream: true } } });
    await expectAwsError(setup.client.send(new CreateDeliveryStreamCommand(input)), 'InvalidArgumentException', `Kinesis stream ${KINESIS_SOURCE.KinesisStreamARN} does not exist.`);
    expect(setup.world.firehose.deliveryStreamCount).toBe(0);
    setup.world.kinesis.createStream('orders-source');
    await setup.client.send(new CreateDeliveryStreamCommand(input));
    expect(setup.world.firehose.describe('from-kinesis')?.DeliveryStreamStatus).toBe('CREATING');
  });

  it('the per-region quota (deliveryStreamsPerRegion) → LimitExceededException', async () => {
    setup = firehoseSetup({ binding, firehose: { limits: { deliveryStreamsPerRegion: 2 } } });
    await createActive(setup, 'a');
    await createActive(setup, 'b');
    await expectAwsError(
      setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'c', ExtendedS3DestinationConfiguration: S3_DESTINATION })),
      'LimitExceededException',
      'You have already consumed your firehose quota of 2 hoses.',
    );
    await setup.otherRegion.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'c', ExtendedS3DestinationConfiguration: S3_DESTINATION }));
  });

  it('scenario 31: the same name in two regions is two independent streams', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    const out = await setup.otherRegion.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders', ExtendedS3DestinationConfiguration: S3_DESTINATION }));
    expect(out.DeliveryStreamARN).toBe(`arn:aws:firehose:${OTHER_REGION}:${ACCOUNT}:deliverystream/orders`);
    expect(setup.world.firehose.describe('orders')?.DeliveryStreamStatus).toBe('ACTIVE');
    expect(setup.world.firehose.describe('orders', { region: OTHER_REGION })?.DeliveryStreamStatus).toBe('CREATING');
    const names = await setup.otherRegion.send(new ListDeliveryStreamsCommand({}));
    expect(names.DeliveryStreamNames).toStrictEqual(['orders']);
    setup.clock.advance(DURATIONS.creating);
    await setup.client.send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'orders' }));
    setup.clock.advance(DURATIONS.enabling);
    expect(setup.world.firehose.describe('orders')?.DeliveryStreamEncryptionConfiguration?.Status).toBe('ENABLED');
    expect(setup.world.firehose.describe('orders', { region: OTHER_REGION })?.DeliveryStreamEncryptionConfiguration).toStrictEqual({ Status: 'DISABLED' });
    expect(setup.world.firehose.limits('orders').startStop.used).toBe(1);
    expect(setup.world.firehose.limits('orders', { region: OTHER_REGION }).startStop.used).toBe(0);
  });

  it('the trace holds the call and the DeliveryStreamStatus / EncryptionStatus transitions at their virtual times', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    const arn = `arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/orders`;
    const entries = setup.world.trace.filter((e) => e.service === 'firehose');
    expect(entries.map((e) => (e.kind === 'call' ? `call ${e.operation}@${e.time - T0}` : `${e.property} ${e.from}->${e.to}@${e.time - T0}`))).toStrictEqual([
      'call CreateDeliveryStream@0',
      'DeliveryStreamStatus none->CREATING@0',
      'EncryptionStatus none->DISABLED@0',
      `DeliveryStreamStatus CREATING->ACTIVE@${DURATIONS.creating}`,
    ]);
    expect(entries.every((e) => e.kind === 'call' || e.resource === arn)).toBe(true);
  });
});
