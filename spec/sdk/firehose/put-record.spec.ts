import { CreateDeliveryStreamCommand, PutRecordCommand } from '@aws-sdk/client-firehose';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS,
  ACCOUNT,
  body,
  createActive,
  DURATIONS,
  expectAwsError,
  failNext,
  firehoseSetup,
  KINESIS_SOURCE,
  MSK_SOURCE,
  putEncrypted,
  REGION,
  S3_DESTINATION,
  start,
  T0,
  type FirehoseSetup,
} from '../../../fixtures/firehose';

const K1 = 'The grant for the CMK to this delivery stream might have been revoked or caller might not have sufficient permissions for the CMK.';

describe.each(BINDINGS)('PutRecord through the SDK [%s]', (binding) => {
  let setup: FirehoseSetup;
  afterEach(() => setup.restore());
  const put = (name: string, data: Uint8Array | string = new Uint8Array([1, 2, 3])) => setup.client.send(new PutRecordCommand({ DeliveryStreamName: name, Record: { Data: data as Uint8Array } }));

  it('scenario 6: a never-encrypted stream answers a long RecordId and Encrypted: false, present', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    const out = body(await put('orders'));
    expect(Object.keys(out).sort()).toStrictEqual(['Encrypted', 'RecordId']);
    expect(out.Encrypted).toBe(false);
    expect(out.RecordId).toMatch(/^[A-Za-z0-9+/]{200,}$/);
    const again = body(await put('orders'));
    expect(again.RecordId).not.toBe(out.RecordId);
    expect(setup.world.firehose.records('orders')).toStrictEqual([
      { DeliveryStreamARN: `arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/orders`, RecordId: out.RecordId, time: T0 + DURATIONS.creating, encrypted: false, size: 3 },
      { DeliveryStreamARN: `arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/orders`, RecordId: again.RecordId, time: T0 + DURATIONS.creating, encrypted: false, size: 3 },
    ]);
  });

  it('scenario 6: false while ENABLING, false within the lag after ENABLED, true once the lag is over', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    await start(setup, 'orders');
    expect(await putEncrypted(setup, 'orders')).toBe(false);
    setup.clock.advance(DURATIONS.enabling);
    expect(await putEncrypted(setup, 'orders')).toBe(false);
    setup.clock.advance(DURATIONS.encryptionLag);
    expect(await putEncrypted(setup, 'orders')).toBe(true);
    expect(setup.world.firehose.records('orders').map((r) => r.encrypted)).toStrictEqual([false, false, true]);
    expect(setup.world.firehose.records('orders')[2]).toMatchObject({ KeyType: 'AWS_OWNED_CMK' });
  });

  it('the default lag is drawn from the seed within 5 seconds: always encrypted 5 s after ENABLED', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      setup = firehoseSetup({ binding, seed, firehose: { durations: { encryptionLag: { min: 0, max: 5000 } } } });
      await createActive(setup, 'orders');
      await start(setup, 'orders');
      setup.clock.advance(DURATIONS.enabling + 5000);
      expect(await putEncrypted(setup, 'orders')).toBe(true);
      setup.restore();
    }
    setup = firehoseSetup({ binding });
  });

  it('scenario 25: the CMK in effect disabled, or its grant revoked → InvalidKMSResourceException (K-1), no record', async () => {
    setup = firehoseSetup({ binding });
    const key = setup.world.kms.createKey();
    await createActive(setup, 'orders');
    await start(setup, 'orders', key.Arn);
    setup.clock.advance(DURATIONS.enabling + DURATIONS.encryptionLag);
    expect(await putEncrypted(setup, 'orders')).toBe(true);
    setup.world.kms.disable(key.KeyId);
    const err = await expectAwsError(put('orders'), 'InvalidKMSResourceException', K1);
    expect(err.code).toBe('KMS.DisabledException');
    setup.world.kms.enable(key.KeyId);
    expect(await putEncrypted(setup, 'orders')).toBe(true);
    setup.world.kms.setCondition(key.KeyId, 'grant-revoked', true);
    await expectAwsError(put('orders'), 'InvalidKMSResourceException', K1);
    setup.world.kms.setCondition(key.KeyId, 'grant-revoked', false);
    setup.world.model.kms.grants.clear();
    await expectAwsError(put('orders'), 'InvalidKMSResourceException', K1);
    expect(setup.world.firehose.records('orders')).toHaveLength(2);
  });

  it('a key pending deletion or denied fails records too; KMS throttling does not', async () => {
    setup = firehoseSetup({ binding });
    const key = setup.world.kms.createKey();
    await createActive(setup, 'orders');
    await start(setup, 'orders', key.Arn);
    setup.clock.advance(DURATIONS.enabling + DURATIONS.encryptionLag);
    setup.world.kms.setCondition(key.KeyId, 'throttled', true);
    expect(await putEncrypted(setup, 'orders')).toBe(true);
    setup.world.kms.setCondition(key.KeyId, 'throttled', false);
    setup.world.kms.setCondition(key.KeyId, 'access-denied', true);
    expect((await expectAwsError(put('orders'), 'InvalidKMSResourceException', K1)).code).toBe('KMS.AccessDeniedException');
    setup.world.kms.setCondition(key.KeyId, 'access-denied', false);
    setup.world.kms.scheduleDeletion(key.KeyId, 7);
    expect((await expectAwsError(put('orders'), 'InvalidKMSResourceException', K1)).code).toBe('KMS.KMSInvalidStateException');
  });

  it('a CMK deleted after its waiting period (with its grants) fails records too', async () => {
    setup = firehoseSetup({ binding });
    const key = setup.world.kms.createKey();
    await createActive(setup, 'orders');
    await start(setup, 'orders', key.Arn);
    setup.clock.advance(DURATIONS.enabling + DURATIONS.encryptionLag);
    setup.world.kms.scheduleDeletion(key.KeyId, 7);
    setup.clock.advance(7 * 24 * 60 * 60 * 1000);
    expect(setup.world.kms.describe(key.Arn)).toBeUndefined();
    expect((await expectAwsError(put('orders'), 'InvalidKMSResourceException', K1)).code).toBe('KMS.NotFoundException');
  });

  it('scenario 11: a KinesisStreamAsSource stream → InvalidArgumentException (AWS-REAL text); MSKAsSource likewise', async () => {
    setup = firehoseSetup({ binding });
    await setup.client.send(
      new CreateDeliveryStreamCommand({ DeliveryStreamName: 'k', DeliveryStreamType: 'KinesisStreamAsSource', KinesisStreamSourceConfiguration: KINESIS_SOURCE, ExtendedS3DestinationConfiguration: S3_DESTINATION }),
    );
    await setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'm', DeliveryStreamType: 'MSKAsSource', MSKSourceConfiguration: MSK_SOURCE, ExtendedS3DestinationConfiguration: S3_DESTINATION }));
    setup.clock.advance(DURATIONS.creating);
    await expectAwsError(put('k'), 'InvalidArgumentException', 'This operation is not permitted on KinesisStreamAsSource delivery stream type.');
    await expectAwsError(put('m'), 'InvalidArgumentException', 'This operation is not permitted on MSKAsSource delivery stream type.');
  });

  it('scenario 12: an unknown name → ResourceNotFoundException; while CREATING and CREATING_FAILED too (INF), no record', async () => {
    setup = firehoseSetup({ binding });
    await expectAwsError(put('nope'), 'ResourceNotFoundException', `Firehose nope under account ${ACCOUNT} not found.`);
    await setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'new', ExtendedS3DestinationConfiguration: S3_DESTINATION }));
    await expectAwsError(put('new'), 'ResourceNotFoundException', `Firehose new under account ${ACCOUNT} not found.`);
    failNext(setup.world, 'delivery-stream-creating', { type: 'UNKNOWN_ERROR', details: 'boom' });
    await createActive(setup, 'broken');
    expect(setup.world.firehose.describe('broken')?.DeliveryStreamStatus).toBe('CREATING_FAILED');
    await expectAwsError(put('broken'), 'ResourceNotFoundException', `Firehose broken under account ${ACCOUNT} not found.`);
    expect(setup.world.firehose.records('new')).toStrictEqual([]);
    expect(setup.world.firehose.records('broken')).toStrictEqual([]);
  });

  it('Data up to 1,024,000 bytes; one byte more → ValidationException (AWS-REAL format); an empty record is fine', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    await put('orders', new Uint8Array(1_024_000));
    await put('orders', new Uint8Array(0));
    await expectAwsError(
      put('orders', new Uint8Array(1_024_001)),
      'ValidationException',
      "1 validation error detected: Value at 'record.data' failed to satisfy constraint: Member must have length less than or equal to 1024000",
    );
    expect(setup.world.firehose.records('orders').map((r) => r.size)).toStrictEqual([1_024_000, 0]);
  });

  it('a missing Record → ValidationException (not null)', async () => {
    setup = firehoseSetup({ binding });
    await expectAwsError(
      setup.client.send(new PutRecordCommand({ DeliveryStreamName: 'orders' } as never)),
      'ValidationException',
      "1 validation error detected: Value null at 'record' failed to satisfy constraint: Member must not be null",
    );
  });
});
