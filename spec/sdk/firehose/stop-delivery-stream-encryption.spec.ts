import { CreateDeliveryStreamCommand, DeleteDeliveryStreamCommand, StopDeliveryStreamEncryptionCommand } from '@aws-sdk/client-firehose';
import { ListGrantsCommand } from '@aws-sdk/client-kms';
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
  putEncrypted,
  S3_DESTINATION,
  start,
  stop,
  T0,
  type FirehoseSetup,
} from '../../../fixtures/firehose';

const enabled = DURATIONS.enabling + DURATIONS.encryptionLag;

describe.each(BINDINGS)('StopDeliveryStreamEncryption through the SDK [%s]', (binding) => {
  let setup: FirehoseSetup;
  afterEach(() => setup.restore());

  it('scenario 7: ENABLED → 200 {}, DISABLING (records still encrypted) → DISABLED (records unencrypted after the lag); the stream stays ACTIVE', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    await start(setup, 'orders');
    setup.clock.advance(enabled);
    const out = await setup.client.send(new StopDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'orders' }));
    expect(body(out)).toStrictEqual({});
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'DISABLING' });
    expect(await putEncrypted(setup, 'orders')).toBe(true);
    setup.clock.advance(DURATIONS.disabling);
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'DISABLED' });
    expect(setup.world.firehose.describe('orders')?.DeliveryStreamStatus).toBe('ACTIVE');
    expect(setup.world.firehose.keyInEffect('orders')).toBeUndefined();
    // Within the lag records may still be encrypted ("up to 5 seconds" [MODEL]); here the lag is fixed.
    expect(await putEncrypted(setup, 'orders')).toBe(true);
    setup.clock.advance(DURATIONS.encryptionLag);
    expect(await putEncrypted(setup, 'orders')).toBe(false);
  });

  it('with a CMK: DISABLING keeps KeyARN; DISABLED retires the grant; KeyType/KeyARN kept by default', async () => {
    setup = firehoseSetup({ binding });
    const key = setup.world.kms.createKey();
    await createActive(setup, 'orders');
    await start(setup, 'orders', key.Arn);
    setup.clock.advance(enabled);
    await stop(setup, 'orders');
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn, Status: 'DISABLING' });
    expect(setup.world.kms.grants(key.Arn)).toHaveLength(1);
    setup.clock.advance(DURATIONS.disabling);
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn, Status: 'DISABLED' });
    expect(setup.world.kms.grants(key.Arn)).toHaveLength(0);
    expect((await setup.kms.send(new ListGrantsCommand({ KeyId: key.Arn }))).Grants).toStrictEqual([]);
    // Records in the lag after DISABLED do not need the retired grant.
    expect(await putEncrypted(setup, 'orders')).toBe(true);
  });

  it('keepKeyAfterStop: false leaves exactly { Status: DISABLED }', async () => {
    setup = firehoseSetup({ binding, firehose: { behaviour: { keepKeyAfterStop: false } } });
    const key = setup.world.kms.createKey();
    await createActive(setup, 'orders');
    await start(setup, 'orders', key.Arn);
    setup.clock.advance(enabled);
    await stop(setup, 'orders');
    setup.clock.advance(DURATIONS.disabling);
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ Status: 'DISABLED' });
  });

  describe('scenario 22: DISABLING_FAILED', () => {
    it('a grant that cannot be retired (grant-revoked) → DISABLING_FAILED RETIRE_KMS_GRANT_FAILED; encryption stays on; Stop again recovers', async () => {
      setup = firehoseSetup({ binding });
      const key = setup.world.kms.createKey();
      await createActive(setup, 'orders');
      await start(setup, 'orders', key.Arn);
      setup.clock.advance(enabled);
      setup.world.kms.setCondition(key.KeyId, 'access-denied', true);
      await stop(setup, 'orders');
      setup.clock.advance(DURATIONS.disabling);
      const enc = await encryptionOf(setup, 'orders');
      expect(enc).toStrictEqual({
        KeyType: 'CUSTOMER_MANAGED_CMK',
        KeyARN: key.Arn,
        Status: 'DISABLING_FAILED',
        FailureDescription: { Type: 'RETIRE_KMS_GRANT_FAILED', Details: expect.stringContaining(key.Arn) as unknown as string },
      });
      expect(setup.world.firehose.keyInEffect('orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn });
      setup.world.kms.setCondition(key.KeyId, 'access-denied', false);
      expect(await putEncrypted(setup, 'orders')).toBe(true);
      await stop(setup, 'orders');
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn, Status: 'DISABLING' });
      setup.clock.advance(DURATIONS.disabling);
      expect((await encryptionOf(setup, 'orders'))?.Status).toBe('DISABLED');
    });

    it('a fault on encryption-disabling → DISABLING_FAILED with its FailureDescription', async () => {
      setup = firehoseSetup({ binding });
      await createActive(setup, 'orders');
      await start(setup, 'orders');
      setup.clock.advance(enabled);
      failNext(setup.world, 'encryption-disabling', { type: 'RETIRE_KMS_GRANT_FAILED', details: 'injected' });
      await stop(setup, 'orders');
      setup.clock.advance(DURATIONS.disabling);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({
        KeyType: 'AWS_OWNED_CMK',
        Status: 'DISABLING_FAILED',
        FailureDescription: { Type: 'RETIRE_KMS_GRANT_FAILED', Details: 'injected' },
      });
      await start(setup, 'orders');
      setup.clock.advance(enabled);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'ENABLED' });
    });
  });

  it('after a failed key change, Stop disables the old key still in effect', async () => {
    setup = firehoseSetup({ binding });
    const one = setup.world.kms.createKey();
    const two = setup.world.kms.createKey();
    setup.world.kms.disable(two.KeyId);
    await createActive(setup, 'orders');
    await start(setup, 'orders', one.Arn);
    setup.clock.advance(enabled);
    await start(setup, 'orders', two.Arn);
    setup.clock.advance(DURATIONS.enabling);
    await stop(setup, 'orders');
    expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: one.Arn, Status: 'DISABLING' });
    setup.clock.advance(DURATIONS.disabling);
    expect(setup.world.kms.grants(one.Arn)).toHaveLength(0);
  });

  describe('a stream that is not encrypted', () => {
    it('is rejected by default (InvalidArgumentException): never encrypted, or after a failed first enable', async () => {
      setup = firehoseSetup({ binding });
      await createActive(setup, 'orders');
      await expectAwsError(stop(setup, 'orders'), 'InvalidArgumentException', 'Delivery stream orders is not encrypted; there is no encryption to stop.');
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ Status: 'DISABLED' });
      const key = setup.world.kms.createKey();
      setup.world.kms.disable(key.KeyId);
      await start(setup, 'orders', key.Arn);
      setup.clock.advance(DURATIONS.enabling);
      await expectAwsError(stop(setup, 'orders'), 'InvalidArgumentException', /is not encrypted/);
      expect((await encryptionOf(setup, 'orders'))?.Status).toBe('ENABLING_FAILED');
    });

    it("stopWhenDisabled: 'accept' goes DISABLING → DISABLED", async () => {
      setup = firehoseSetup({ binding, firehose: { behaviour: { stopWhenDisabled: 'accept' } } });
      await createActive(setup, 'orders');
      await stop(setup, 'orders');
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ Status: 'DISABLING' });
      setup.clock.advance(DURATIONS.disabling);
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ Status: 'DISABLED' });
    });
  });

  describe('scenario 9: not for Kinesis- or MSK-sourced streams', () => {
    it.each([
      ['KinesisStreamAsSource', { KinesisStreamSourceConfiguration: KINESIS_SOURCE }],
      ['MSKAsSource', { MSKSourceConfiguration: MSK_SOURCE }],
    ] as const)('%s → InvalidArgumentException', async (type, source) => {
      setup = firehoseSetup({ binding });
      await setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'sourced', DeliveryStreamType: type, ExtendedS3DestinationConfiguration: S3_DESTINATION, ...source }));
      setup.clock.advance(DURATIONS.creating);
      await expectAwsError(stop(setup, 'sourced'), 'InvalidArgumentException', `This operation is not permitted on ${type} delivery stream type.`);
      expect('DeliveryStreamEncryptionConfiguration' in setup.world.firehose.describe('sourced')!).toBe(false);
    });
  });

  describe('scenario 17: ResourceInUseException, no state change', () => {
    it('Stop while DISABLING, while ENABLING, while CREATING or DELETING', async () => {
      setup = firehoseSetup({ binding });
      await createActive(setup, 'orders');
      await start(setup, 'orders');
      await expectAwsError(
        stop(setup, 'orders'),
        'ResourceInUseException',
        `Firehose orders under account ${ACCOUNT} has encryption status ENABLING; wait until the change completes before starting or stopping encryption.`,
      );
      expect(await encryptionOf(setup, 'orders')).toStrictEqual({ KeyType: 'AWS_OWNED_CMK', Status: 'ENABLING' });
      setup.clock.advance(enabled);
      await stop(setup, 'orders');
      await expectAwsError(
        stop(setup, 'orders'),
        'ResourceInUseException',
        `Firehose orders under account ${ACCOUNT} has encryption status DISABLING; wait until the change completes before starting or stopping encryption.`,
      );
      expect((await encryptionOf(setup, 'orders'))?.Status).toBe('DISABLING');
      await setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'new', ExtendedS3DestinationConfiguration: S3_DESTINATION }));
      await expectAwsError(stop(setup, 'new'), 'ResourceInUseException', `Firehose new under account ${ACCOUNT} is in CREATING state and is not available for this operation.`);
      setup.clock.advance(DURATIONS.creating);
      await setup.client.send(new DeleteDeliveryStreamCommand({ DeliveryStreamName: 'new' }));
      await expectAwsError(stop(setup, 'new'), 'ResourceInUseException', `Firehose new under account ${ACCOUNT} is in DELETING state and is not available for this operation.`);
      expect(setup.world.firehose.limits('orders').startStop.used).toBe(2);
    });
  });

  it('scenario 12: an unknown name → ResourceNotFoundException', async () => {
    setup = firehoseSetup({ binding });
    await expectAwsError(stop(setup, 'nope'), 'ResourceNotFoundException', `Firehose nope under account ${ACCOUNT} not found.`);
  });

  it('a bad name → ValidationException before any state is read', async () => {
    setup = firehoseSetup({ binding });
    await expectAwsError(
      setup.client.send(new StopDeliveryStreamEncryptionCommand({ DeliveryStreamName: '' })),
      'ValidationException',
      "2 validation errors detected: Value '' at 'deliveryStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value '' at 'deliveryStreamName' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('the trace records DISABLING, DISABLED, KeyInEffect none and RecordEncryption false at their times', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    await start(setup, 'orders');
    setup.clock.advance(enabled);
    const t = setup.clock.now() - T0;
    const from = setup.world.trace.length;
    await stop(setup, 'orders');
    setup.clock.advance(DURATIONS.disabling + DURATIONS.encryptionLag);
    const after = setup.world.trace.slice(from).filter((e) => e.kind === 'transition').map((e) => (e.kind === 'transition' ? `${e.property} ${e.from}->${e.to}@${e.time - T0}` : ''));
    expect(after).toStrictEqual([
      `EncryptionStatus ENABLED->DISABLING@${t}`,
      `EncryptionStatus DISABLING->DISABLED@${t + DURATIONS.disabling}`,
      `KeyInEffect AWS_OWNED_CMK->none@${t + DURATIONS.disabling}`,
      `RecordEncryption true->false@${t + DURATIONS.disabling + DURATIONS.encryptionLag}`,
    ]);
  });
});
