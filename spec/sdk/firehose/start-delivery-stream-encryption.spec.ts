import { CreateDeliveryStreamCommand, DescribeDeliveryStreamCommand, StartDeliveryStreamEncryptionCommand } from '@aws-sdk/client-firehose';
import { ListGrantsCommand } from '@aws-sdk/client-kms';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS,
  ACCOUNT,
  body,
  createActive,
  DAY,
  DURATIONS,
  encryptionOf,
  expectAwsError,
  failNext,
  firehoseSetup,
  HOUR,
  KINESIS_SOURCE,
  MSK_SOURCE,
  OTHER_REGION,
  putEncrypted,
  REGION,
  S3_DESTINATION,
  SECOND,
  start,
  stop,
  T0,
  type FirehoseSetup,
} from '../../../fixtures/firehose';

const settle = DURATIONS.enabling + DURATIONS.encryptionLag;

describe.each(BINDINGS)('StartDeliveryStreamEncryption through the SDK [%s]', (binding) => {
  let setup: FirehoseSetup;
  afterEach(() => setup.restore());

  it('scenario 3: AWS_OWNED_CMK → 200 {}, ENABLING at once, then ENABLED with no KeyARN; the stream stays ACTIVE', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    const out = await setup.client.send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'orders', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } }));
    expect(body(out)).toStrictEqual({});
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'ENABLING' });
    expect(setup.world.firehose.describe('orders')?.DeliveryStreamStatus).toBe('ACTIVE');
    setup.clock.advance(DURATIONS.enabling - 1);
    expect((await encryptionOf(setup, 'orders'))?.Status).toBe('ENABLING');
    setup.clock.advance(1);
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'ENABLED' });
    expect(setup.world.firehose.describe('orders')?.DeliveryStreamStatus).toBe('ACTIVE');
  });

  it('scenario 4: without DeliveryStreamEncryptionConfigurationInput → the AWS-owned key', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    expect(body(await setup.client.send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'orders' })))).toStrictEqual({});
    setup.clock.advance(DURATIONS.enabling);
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'ENABLED' });
  });

  it('scenario 5: a CMK key ARN → ENABLING → ENABLED with KeyARN; a grant appears on the key (ListGrants)', async () => {
    setup = firehoseSetup({ binding });
    const key = setup.world.kms.createKey({ alias: 'alias/orders' });
    await createActive(setup, 'orders');
    await start(setup, 'orders', key.Arn);
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn, Status: 'ENABLING' });
    expect((await setup.kms.send(new ListGrantsCommand({ KeyId: key.Arn }))).Grants).toStrictEqual([]);
    setup.clock.advance(DURATIONS.enabling);
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn, Status: 'ENABLED' });
    const grants = (await setup.kms.send(new ListGrantsCommand({ KeyId: key.Arn }))).Grants ?? [];
    expect(grants).toHaveLength(1);
    expect(grants[0]?.KeyId).toBe(key.Arn);
    expect(grants[0]?.Operations).toContain('GenerateDataKey');
    expect(setup.world.firehose.keyInEffect('orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn });
  });

  it('scenario 8: enable → disable → re-enable works, with the AWS-owned key and with a CMK', async () => {
    setup = firehoseSetup({ binding });
    const key = setup.world.kms.createKey();
    await createActive(setup, 'orders');
    for (const keyArn of [undefined, key.Arn, undefined]) {
      await start(setup, 'orders', keyArn);
      setup.clock.advance(settle);
      expect((await encryptionOf(setup, 'orders'))?.Status).toBe('ENABLED');
      expect(await putEncrypted(setup, 'orders')).toBe(true);
      await stop(setup, 'orders');
      setup.clock.advance(DURATIONS.disabling + DURATIONS.encryptionLag);
      expect((await encryptionOf(setup, 'orders'))?.Status).toBe('DISABLED');
      expect(await putEncrypted(setup, 'orders')).toBe(false);
    }
    expect(setup.world.kms.grants(key.Arn)).toHaveLength(0);
  });

  describe('key changes', () => {
    it('ENABLED with the AWS-owned key → a CMK: ENABLING → ENABLED with the new key', async () => {
      setup = firehoseSetup({ binding });
      const key = setup.world.kms.createKey();
      await createActive(setup, 'orders');
      await start(setup, 'orders');
      setup.clock.advance(settle);
      await start(setup, 'orders', key.Arn);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn, Status: 'ENABLING' });
      setup.clock.advance(DURATIONS.enabling);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn, Status: 'ENABLED' });
      expect(setup.world.firehose.keyInEffect('orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn });
    });

    it('CMK 1 → CMK 2: the old grant is retired, the new key gets one', async () => {
      setup = firehoseSetup({ binding });
      const one = setup.world.kms.createKey();
      const two = setup.world.kms.createKey();
      await createActive(setup, 'orders');
      await start(setup, 'orders', one.Arn);
      setup.clock.advance(settle);
      expect(setup.world.kms.grants(one.Arn)).toHaveLength(1);
      await start(setup, 'orders', two.Arn);
      setup.clock.advance(settle);
      expect(setup.world.kms.grants(one.Arn)).toHaveLength(0);
      expect(setup.world.kms.grants(two.Arn)).toHaveLength(1);
      expect(setup.world.firehose.records('orders')).toHaveLength(0);
      await putEncrypted(setup, 'orders');
      expect(setup.world.firehose.records('orders')[0]).toMatchObject({ encrypted: true, KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: two.Arn });
    });

    it('a key change whose old grant cannot be retired still succeeds; the old grant stays and the trace says so (INF)', async () => {
      setup = firehoseSetup({ binding });
      const one = setup.world.kms.createKey();
      const two = setup.world.kms.createKey();
      await createActive(setup, 'orders');
      await start(setup, 'orders', one.Arn);
      setup.clock.advance(settle);
      const [old] = setup.world.kms.grants(one.Arn);
      setup.world.kms.setCondition(one.KeyId, 'access-denied', true);
      await start(setup, 'orders', two.Arn);
      setup.clock.advance(settle);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: two.Arn, Status: 'ENABLED' });
      expect(setup.world.kms.grants(one.Arn)).toStrictEqual([old]);
      const [fresh] = setup.world.kms.grants(two.Arn);
      const change = setup.world.trace.filter((e) => e.kind === 'transition' && e.property === 'KeyInEffect').at(-1);
      expect(change).toMatchObject({
        from: one.Arn,
        to: two.Arn,
        detail: `grant ${fresh!.GrantId} created; grant ${old!.GrantId} not retired: Access denied when retiring grant ${old!.GrantId} on KMS key ${one.Arn}.`,
      });
      expect(await putEncrypted(setup, 'orders')).toBe(true);
    });

    it('scenario 20: a key change KMS refuses → ENABLING_FAILED (KMS_ACCESS_DENIED), records still encrypted with the old key', async () => {
      setup = firehoseSetup({ binding });
      const one = setup.world.kms.createKey();
      const two = setup.world.kms.createKey();
      await createActive(setup, 'orders');
      await start(setup, 'orders', one.Arn);
      setup.clock.advance(settle);
      setup.world.kms.setCondition(two.KeyId, 'access-denied', true);
      await start(setup, 'orders', two.Arn);
      setup.clock.advance(DURATIONS.enabling);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({
        KeyType: 'CUSTOMER_MANAGED_CMK',
        KeyARN: two.Arn,
        Status: 'ENABLING_FAILED',
        FailureDescription: { Type: 'KMS_ACCESS_DENIED', Details: `Firehose is not authorized to perform kms:CreateGrant on KMS key ${two.Arn}.` },
      });
      expect(await putEncrypted(setup, 'orders')).toBe(true);
      expect(setup.world.firehose.keyInEffect('orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: one.Arn });
      expect(setup.world.firehose.records('orders').at(-1)).toMatchObject({ encrypted: true, KeyARN: one.Arn });
      expect(setup.world.kms.grants(one.Arn)).toHaveLength(1);
      expect(setup.world.kms.grants(two.Arn)).toHaveLength(0);
    });

    it('CMK → the AWS-owned key: ENABLED with no KeyARN, and the CMK grant retired (ListGrants empty)', async () => {
      setup = firehoseSetup({ binding });
      const key = setup.world.kms.createKey();
      await createActive(setup, 'orders');
      await start(setup, 'orders', key.Arn);
      setup.clock.advance(settle);
      expect((await setup.kms.send(new ListGrantsCommand({ KeyId: key.Arn }))).Grants).toHaveLength(1);
      await start(setup, 'orders');
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'ENABLING' });
      expect((await setup.kms.send(new ListGrantsCommand({ KeyId: key.Arn }))).Grants).toHaveLength(1);
      setup.clock.advance(settle);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'ENABLED' });
      expect((await setup.kms.send(new ListGrantsCommand({ KeyId: key.Arn }))).Grants).toStrictEqual([]);
      expect(setup.world.firehose.keyInEffect('orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK' });
      expect(await putEncrypted(setup, 'orders')).toBe(true);
    });

    it('reportAfterFailedKeyChange: previous reports the key still in effect', async () => {
      setup = firehoseSetup({ binding, firehose: { behaviour: { reportAfterFailedKeyChange: 'previous' } } });
      const two = setup.world.kms.createKey();
      setup.world.kms.disable(two.KeyId);
      await createActive(setup, 'orders');
      await start(setup, 'orders');
      setup.clock.advance(settle);
      await start(setup, 'orders', two.Arn);
      setup.clock.advance(DURATIONS.enabling);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({
        KeyType: 'AWS_OWNED_CMK',
        Status: 'ENABLING_FAILED',
        FailureDescription: { Type: 'DISABLED_KMS_KEY', Details: `${two.Arn} is disabled.` },
      });
    });

    it('records during a key change: unencrypted by default (MODEL, read literally), the old key with recordsWhileChangingKey: old-key', async () => {
      setup = firehoseSetup({ binding });
      const key = setup.world.kms.createKey();
      await createActive(setup, 'orders');
      await start(setup, 'orders');
      setup.clock.advance(settle);
      await start(setup, 'orders', key.Arn);
      expect(await putEncrypted(setup, 'orders')).toBe(false);
      setup.restore();
      setup = firehoseSetup({ binding, firehose: { behaviour: { recordsWhileChangingKey: 'old-key' } } });
      await createActive(setup, 'orders');
      await start(setup, 'orders');
      setup.clock.advance(settle);
      await start(setup, 'orders', setup.world.kms.createKey().Arn);
      expect(await putEncrypted(setup, 'orders')).toBe(true);
      expect(setup.world.firehose.records('orders')[0]).toMatchObject({ encrypted: true, KeyType: 'AWS_OWNED_CMK' });
    });
  });

  describe('scenario 21: a first enable that fails, then a good key', () => {
    it.each([
      ['disabled', 'DISABLED_KMS_KEY'],
      ['pending deletion', 'INVALID_KMS_KEY'],
      ['access denied', 'KMS_ACCESS_DENIED'],
      ['opt-in required', 'KMS_OPT_IN_REQUIRED'],
      ['throttled', 'CREATE_KMS_GRANT_FAILED'],
      ['deleted', 'KMS_KEY_NOT_FOUND'],
      ['in another region', 'KMS_KEY_NOT_FOUND'],
      ['asymmetric', 'INVALID_KMS_KEY'],
      ['HMAC', 'INVALID_KMS_KEY'],
      ['AWS managed', 'INVALID_KMS_KEY'],
    ])('key %s → ENABLING_FAILED %s; records unencrypted; a valid key recovers and clears the FailureDescription', async (what, type) => {
      setup = firehoseSetup({ binding });
      const bad = setup.world.kms.createKey({
        ...(what === 'asymmetric' ? { spec: 'RSA_2048' as const } : {}),
        ...(what === 'HMAC' ? { spec: 'HMAC_256' as const } : {}),
        ...(what === 'in another region' ? { region: OTHER_REGION } : {}),
        ...(what === 'AWS managed' ? { manager: 'AWS' as const } : {}),
      });
      await createActive(setup, 'orders');
      await start(setup, 'orders', bad.Arn);
      // The key's state when the transition completes decides.
      if (what === 'disabled') setup.world.kms.disable(bad.KeyId);
      if (what === 'pending deletion') setup.world.kms.scheduleDeletion(bad.KeyId, 7);
      if (what === 'access denied') setup.world.kms.setCondition(bad.KeyId, 'access-denied', true);
      if (what === 'opt-in required') setup.world.kms.setCondition(bad.KeyId, 'opt-in-required', true);
      if (what === 'throttled') setup.world.kms.setCondition(bad.KeyId, 'throttled', true);
      if (what === 'deleted') setup.world.model.kms.keys.delete(bad.Arn);
      setup.clock.advance(DURATIONS.enabling);
      const enc = await encryptionOf(setup, 'orders');
      expect(enc?.Status).toBe('ENABLING_FAILED');
      expect(enc?.FailureDescription?.Type).toBe(type);
      expect(enc?.FailureDescription?.Details).toContain(bad.Arn);
      expect(await putEncrypted(setup, 'orders')).toBe(false);
      expect(setup.world.firehose.keyInEffect('orders')).toBeUndefined();
      expect(setup.world.firehose.describe('orders')?.DeliveryStreamStatus).toBe('ACTIVE');
      const good = setup.world.kms.createKey();
      await start(setup, 'orders', good.Arn);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: good.Arn, Status: 'ENABLING' });
      setup.clock.advance(settle);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: good.Arn, Status: 'ENABLED' });
      expect(await putEncrypted(setup, 'orders')).toBe(true);
    });

    it('a key made usable before the transition completes ends ENABLED', async () => {
      setup = firehoseSetup({ binding });
      const key = setup.world.kms.createKey();
      setup.world.kms.disable(key.KeyId);
      await createActive(setup, 'orders');
      await start(setup, 'orders', key.Arn);
      setup.world.kms.enable(key.KeyId);
      setup.clock.advance(DURATIONS.enabling);
      expect((await encryptionOf(setup, 'orders'))?.Status).toBe('ENABLED');
    });

    it('a fault on encryption-enabling ends ENABLING_FAILED with its FailureDescription (CREATE_KMS_GRANT_FAILED)', async () => {
      setup = firehoseSetup({ binding });
      const key = setup.world.kms.createKey();
      await createActive(setup, 'orders');
      failNext(setup.world, 'encryption-enabling', { type: 'CREATE_KMS_GRANT_FAILED', details: 'The credentials used are more than 6 hours old.' });
      await start(setup, 'orders', key.Arn);
      setup.clock.advance(DURATIONS.enabling);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({
        KeyType: 'CUSTOMER_MANAGED_CMK',
        KeyARN: key.Arn,
        Status: 'ENABLING_FAILED',
        FailureDescription: { Type: 'CREATE_KMS_GRANT_FAILED', Details: 'The credentials used are more than 6 hours old.' },
      });
      expect(setup.world.kms.grants(key.Arn)).toHaveLength(0);
    });

    it('syncKmsProblems: InvalidKMSResourceException at the call, state unchanged', async () => {
      setup = firehoseSetup({ binding, firehose: { behaviour: { syncKmsProblems: ['not-found', 'access-denied', 'invalid'] } } });
      const denied = setup.world.kms.createKey();
      setup.world.kms.setCondition(denied.KeyId, 'access-denied', true);
      const asymmetric = setup.world.kms.createKey({ spec: 'ECC_NIST_P256' });
      await createActive(setup, 'orders');
      const missing = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b2ad402-1111-46ac-8e2b-123456789abc`;
      const e1 = await expectAwsError(start(setup, 'orders', missing), 'InvalidKMSResourceException', `Key '${missing}' does not exist`);
      expect(e1.code).toBe('KMS.NotFoundException');
      const e2 = await expectAwsError(start(setup, 'orders', denied.Arn), 'InvalidKMSResourceException', /not authorized/);
      expect(e2.code).toBe('KMS.AccessDeniedException');
      await expectAwsError(start(setup, 'orders', asymmetric.Arn), 'InvalidKMSResourceException', /symmetric/);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ Status: 'DISABLED' });
      expect(setup.world.firehose.limits('orders').startStop.used).toBe(0);
    });
  });

  describe('scenario 9: SSE only for DirectPut', () => {
    it.each([
      ['KinesisStreamAsSource', { KinesisStreamSourceConfiguration: KINESIS_SOURCE }],
      ['MSKAsSource', { MSKSourceConfiguration: MSK_SOURCE }],
    ] as const)('%s → InvalidArgumentException; the stream never gets an encryption configuration', async (type, source) => {
      setup = firehoseSetup({ binding });
      await setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'sourced', DeliveryStreamType: type, ExtendedS3DestinationConfiguration: S3_DESTINATION, ...source }));
      setup.clock.advance(DURATIONS.creating);
      await expectAwsError(start(setup, 'sourced'), 'InvalidArgumentException', `This operation is not permitted on ${type} delivery stream type.`);
      setup.clock.advance(HOUR);
      const d = (await setup.client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'sourced' }))).DeliveryStreamDescription!;
      expect('DeliveryStreamEncryptionConfiguration' in d).toBe(false);
    });
  });

  it('scenario 12: an unknown name → ResourceNotFoundException', async () => {
    setup = firehoseSetup({ binding });
    await expectAwsError(start(setup, 'nope'), 'ResourceNotFoundException', `Firehose nope under account ${ACCOUNT} not found.`);
  });

  describe('scenario 13/14/15: rejected input changes nothing', () => {
    it('CUSTOMER_MANAGED_CMK without KeyARN → InvalidArgumentException', async () => {
      setup = firehoseSetup({ binding });
      await createActive(setup, 'orders');
      await expectAwsError(
        setup.client.send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'orders', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK' } })),
        'InvalidArgumentException',
        'KeyARN is required when KeyType is CUSTOMER_MANAGED_CMK.',
      );
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ Status: 'DISABLED' });
    });

    it.each([
      ['an alias ARN', `arn:aws:kms:${REGION}:${ACCOUNT}:alias/x`],
      ['a bare key id', '1234abcd-12ab-34cd-56ef-1234567890ab'],
      ['an alias name', 'alias/orders'],
    ])('KeyARN = %s → ValidationException with the key-only pattern', async (_what, keyArn) => {
      setup = firehoseSetup({ binding });
      setup.world.kms.createKey({ alias: 'alias/x' });
      await createActive(setup, 'orders');
      await expectAwsError(
        start(setup, 'orders', keyArn),
        'ValidationException',
        `1 validation error detected: Value '${keyArn}' at 'deliveryStreamEncryptionConfigurationInput.keyARN' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:.*:kms:[a-zA-Z0-9\\-]+:\\d{12}:key/[a-zA-Z_0-9+=,.@\\-_/]+`,
      );
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ Status: 'DISABLED' });
      expect(setup.world.firehose.limits('orders').startStop.used).toBe(0);
    });

    it('a KeyType outside the enum → ValidationException', async () => {
      setup = firehoseSetup({ binding });
      await createActive(setup, 'orders');
      await expectAwsError(
        setup.client.send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'orders', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'FOO' as never } })),
        'ValidationException',
        "1 validation error detected: Value 'FOO' at 'deliveryStreamEncryptionConfigurationInput.keyType' failed to satisfy constraint: Member must satisfy enum value set: [AWS_OWNED_CMK, CUSTOMER_MANAGED_CMK]",
      );
    });

    it('the struct without KeyType → ValidationException (not null)', async () => {
      setup = firehoseSetup({ binding });
      await createActive(setup, 'orders');
      await expectAwsError(
        setup.client.send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'orders', DeliveryStreamEncryptionConfigurationInput: {} as never })),
        'ValidationException',
        "1 validation error detected: Value null at 'deliveryStreamEncryptionConfigurationInput.keyType' failed to satisfy constraint: Member must not be null",
      );
    });

    it('no DeliveryStreamName → ValidationException (not null), before any state is read', async () => {
      setup = firehoseSetup({ binding });
      await expectAwsError(
        setup.client.send(new StartDeliveryStreamEncryptionCommand({} as never)),
        'ValidationException',
        "1 validation error detected: Value null at 'deliveryStreamName' failed to satisfy constraint: Member must not be null",
      );
    });

    it('AWS_OWNED_CMK with a KeyARN: InvalidArgumentException by default; dropped with awsOwnedWithKeyArn: ignore', async () => {
      setup = firehoseSetup({ binding });
      const key = setup.world.kms.createKey();
      await createActive(setup, 'orders');
      const send = (): Promise<unknown> =>
        setup.client.send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'orders', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK', KeyARN: key.Arn } }));
      await expectAwsError(send(), 'InvalidArgumentException', 'KeyARN must not be specified when KeyType is AWS_OWNED_CMK.');
      setup.restore();
      setup = firehoseSetup({ binding, firehose: { behaviour: { awsOwnedWithKeyArn: 'ignore' } } });
      await createActive(setup, 'orders');
      await send();
      setup.clock.advance(DURATIONS.enabling);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'ENABLED' });
    });
  });

  describe('scenario 16: the configuration already ENABLED, started again', () => {
    it('is rejected by default (InvalidArgumentException); the state stays ENABLED', async () => {
      setup = firehoseSetup({ binding });
      const key = setup.world.kms.createKey();
      await createActive(setup, 'orders');
      await start(setup, 'orders');
      setup.clock.advance(settle);
      await expectAwsError(start(setup, 'orders'), 'InvalidArgumentException', 'Delivery stream orders is already encrypted with AWS_OWNED_CMK.');
      await start(setup, 'orders', key.Arn);
      setup.clock.advance(settle);
      await expectAwsError(start(setup, 'orders', key.Arn), 'InvalidArgumentException', `Delivery stream orders is already encrypted with CUSTOMER_MANAGED_CMK ${key.Arn}.`);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn, Status: 'ENABLED' });
    });

    it("startSameConfiguration: 'restart' goes ENABLING again; 'noop' answers {} and changes nothing", async () => {
      setup = firehoseSetup({ binding, firehose: { behaviour: { startSameConfiguration: 'restart' } } });
      await createActive(setup, 'orders');
      await start(setup, 'orders');
      setup.clock.advance(settle);
      await start(setup, 'orders');
      expect((await encryptionOf(setup, 'orders'))?.Status).toBe('ENABLING');
      setup.restore();
      setup = firehoseSetup({ binding, firehose: { behaviour: { startSameConfiguration: 'noop' } } });
      await createActive(setup, 'orders');
      await start(setup, 'orders');
      setup.clock.advance(settle);
      const traced = setup.world.trace.length;
      expect(body((await start(setup, 'orders')) as { $metadata: unknown })).toStrictEqual({});
      expect((await encryptionOf(setup, 'orders'))?.Status).toBe('ENABLED');
      expect(setup.world.trace.slice(traced).filter((e) => e.kind === 'transition')).toStrictEqual([]);
      expect(setup.world.firehose.limits('orders').startStop.used).toBe(2);
    });
  });

  describe('scenario 17: ResourceInUseException, no state change', () => {
    it('Start while ENABLING, Start while DISABLING', async () => {
      setup = firehoseSetup({ binding });
      await createActive(setup, 'orders');
      await start(setup, 'orders');
      await expectAwsError(
        start(setup, 'orders'),
        'ResourceInUseException',
        `Firehose orders under account ${ACCOUNT} has encryption status ENABLING; wait until the change completes before starting or stopping encryption.`,
      );
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'ENABLING' });
      setup.clock.advance(settle);
      await stop(setup, 'orders');
      await expectAwsError(
        start(setup, 'orders'),
        'ResourceInUseException',
        `Firehose orders under account ${ACCOUNT} has encryption status DISABLING; wait until the change completes before starting or stopping encryption.`,
      );
      expect((await encryptionOf(setup, 'orders'))?.Status).toBe('DISABLING');
      expect(setup.world.firehose.limits('orders').startStop.used).toBe(2);
    });

    it('Start while the stream is CREATING, DELETING or CREATING_FAILED', async () => {
      setup = firehoseSetup({ binding });
      await setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders', ExtendedS3DestinationConfiguration: S3_DESTINATION }));
      await expectAwsError(start(setup, 'orders'), 'ResourceInUseException', `Firehose orders under account ${ACCOUNT} is in CREATING state and is not available for this operation.`);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ Status: 'DISABLED' });
      setup.clock.advance(DURATIONS.creating);
      await setup.client.send(new (await import('@aws-sdk/client-firehose')).DeleteDeliveryStreamCommand({ DeliveryStreamName: 'orders' }));
      await expectAwsError(start(setup, 'orders'), 'ResourceInUseException', /DELETING/);
      failNext(setup.world, 'delivery-stream-creating', { type: 'UNKNOWN_ERROR', details: 'x' });
      await createActive(setup, 'broken');
      await expectAwsError(start(setup, 'broken'), 'ResourceInUseException', /CREATING_FAILED/);
    });

    it('countRejectedStartStop counts them toward the 25', async () => {
      setup = firehoseSetup({ binding, firehose: { behaviour: { countRejectedStartStop: true } } });
      await createActive(setup, 'orders');
      await start(setup, 'orders');
      await expectAwsError(start(setup, 'orders'), 'ResourceInUseException', /ENABLING/);
      expect(setup.world.firehose.limits('orders').startStop.used).toBe(2);
    });
  });

  describe('scenario 18: 25 Start+Stop per delivery stream per rolling 24 hours', () => {
    it('the 26th → LimitExceededException; the window rolls; the counter is per stream', async () => {
      setup = firehoseSetup({ binding });
      await createActive(setup, 'orders');
      await createActive(setup, 'other');
      const first = setup.clock.now();
      for (let i = 0; i < 25; i++) {
        await (i % 2 === 0 ? start(setup, 'orders') : stop(setup, 'orders'));
        setup.clock.advance(10 * SECOND);
      }
      expect(setup.world.firehose.limits('orders').startStop).toStrictEqual({ used: 25, limit: 25, nextFreeAt: first + DAY });
      const message = `Firehose orders under account ${ACCOUNT} has reached the limit of 25 StartDeliveryStreamEncryption and StopDeliveryStreamEncryption calls in 24 hours.`;
      await expectAwsError(stop(setup, 'orders'), 'LimitExceededException', message);
      await expectAwsError(start(setup, 'orders'), 'LimitExceededException', message);
      expect((await encryptionOf(setup, 'orders'))?.Status).toBe('ENABLED');
      await start(setup, 'other');
      setup.clock.set(first + DAY - 1);
      await expectAwsError(stop(setup, 'orders'), 'LimitExceededException', message);
      setup.clock.set(first + DAY);
      await stop(setup, 'orders');
      expect(setup.world.firehose.limits('orders').startStop.used).toBe(25);
    });

    it('limits.startStopPer24h changes the limit', async () => {
      setup = firehoseSetup({ binding, firehose: { limits: { startStopPer24h: 1 } } });
      await createActive(setup, 'orders');
      await start(setup, 'orders');
      setup.clock.advance(settle);
      await expectAwsError(stop(setup, 'orders'), 'LimitExceededException', /limit of 1 /);
    });
  });

  describe('scenario 19: at most 500 delivery streams per CMK', () => {
    it('the 501st Start or Create with the key → LimitExceededException; Stop or Delete frees a slot', async () => {
      setup = firehoseSetup({ binding });
      const key = setup.world.kms.createKey();
      for (let i = 0; i < 500; i++) setup.world.firehose.createDeliveryStream(`s${i}`, { encryption: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn } });
      expect(setup.world.kms.grants(key.Arn)).toHaveLength(500);
      await createActive(setup, 'extra');
      const message = `The KMS key ${key.Arn} is already used by 500 delivery streams, the maximum for one customer managed CMK.`;
      await expectAwsError(start(setup, 'extra', key.Arn), 'LimitExceededException', message);
      await expectAwsError(
        setup.client.send(
          new CreateDeliveryStreamCommand({
            DeliveryStreamName: 'extra2',
            ExtendedS3DestinationConfiguration: S3_DESTINATION,
            DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn },
          }),
        ),
        'LimitExceededException',
        message,
      );
      expect(await encryptionOf(setup, 'extra')).toStrictEqual({ Status: 'DISABLED' });
      await start(setup, 'extra');
      setup.clock.advance(settle);
      await stop(setup, 's0');
      await start(setup, 'extra', key.Arn);
      await expectAwsError(start(setup, 's0', key.Arn), 'ResourceInUseException', /DISABLING/);
      setup.clock.advance(settle);
      await expectAwsError(start(setup, 's0', key.Arn), 'LimitExceededException', message);
      await setup.client.send(new (await import('@aws-sdk/client-firehose')).DeleteDeliveryStreamCommand({ DeliveryStreamName: 's1' }));
      await start(setup, 's0', key.Arn);
    });

    it('limits.deliveryStreamsPerKey changes the limit; the AWS-owned key has none', async () => {
      setup = firehoseSetup({ binding, firehose: { limits: { deliveryStreamsPerKey: 1 } } });
      const key = setup.world.kms.createKey();
      await createActive(setup, 'a');
      await createActive(setup, 'b');
      await start(setup, 'a', key.Arn);
      await expectAwsError(start(setup, 'b', key.Arn), 'LimitExceededException', /used by 1 delivery streams/);
      await start(setup, 'b');
    });
  });

  it('scenario 27: Start and Stop do not change VersionId; LastUpdateTimestamp is the call time', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    expect('LastUpdateTimestamp' in setup.world.firehose.describe('orders')!).toBe(false);
    const at = setup.clock.now();
    await start(setup, 'orders');
    setup.clock.advance(settle);
    const d = (await setup.client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'orders' }))).DeliveryStreamDescription!;
    expect(d.VersionId).toBe('1');
    expect(d.LastUpdateTimestamp).toStrictEqual(new Date(at));
    expect(d.CreateTimestamp).toStrictEqual(new Date(T0));
    const stoppedAt = setup.clock.now();
    await stop(setup, 'orders');
    setup.clock.advance(HOUR);
    const after = (await setup.client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'orders' }))).DeliveryStreamDescription!;
    expect(after.VersionId).toBe('1');
    expect(after.LastUpdateTimestamp).toStrictEqual(new Date(stoppedAt));
  });

  it('encryptionChangeUpdatesTimestamp: false leaves LastUpdateTimestamp absent', async () => {
    setup = firehoseSetup({ binding, firehose: { behaviour: { encryptionChangeUpdatesTimestamp: false } } });
    await createActive(setup, 'orders');
    await start(setup, 'orders');
    expect('LastUpdateTimestamp' in setup.world.firehose.describe('orders')!).toBe(false);
  });

  it('the trace records EncryptionStatus, KeyInEffect and RecordEncryption transitions at their virtual times', async () => {
    setup = firehoseSetup({ binding });
    const key = setup.world.kms.createKey();
    await createActive(setup, 'orders');
    const t = setup.clock.now() - T0;
    await start(setup, 'orders', key.Arn);
    setup.clock.advance(settle);
    const transitions = setup.world.trace
      .filter((e) => e.kind === 'transition' && e.service === 'firehose' && e.property !== 'DeliveryStreamStatus')
      .map((e) => (e.kind === 'transition' ? `${e.property} ${e.from}->${e.to}@${e.time - T0}` : ''));
    expect(transitions).toStrictEqual([
      'EncryptionStatus none->DISABLED@0',
      `EncryptionStatus DISABLED->ENABLING@${t}`,
      `EncryptionStatus ENABLING->ENABLED@${t + DURATIONS.enabling}`,
      `KeyInEffect none->${key.Arn}@${t + DURATIONS.enabling}`,
      `RecordEncryption false->true@${t + settle}`,
    ]);
  });
});
