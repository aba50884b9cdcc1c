import { CreateDeliveryStreamCommand, PutRecordBatchCommand } from '@aws-sdk/client-firehose';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, body, createActive, DURATIONS, expectAwsError, firehoseSetup, KINESIS_SOURCE, S3_DESTINATION, start, type FirehoseSetup } from '../../../fixtures/firehose';

describe.each(BINDINGS)('PutRecordBatch through the SDK [%s]', (binding) => {
  let setup: FirehoseSetup;
  afterEach(() => setup.restore());
  const records = (n: number, size = 3) => Array.from({ length: n }, () => ({ Data: new Uint8Array(size) }));
  const batch = (name: string, rs: { Data: Uint8Array }[]) => setup.client.send(new PutRecordBatchCommand({ DeliveryStreamName: name, Records: rs }));

  it('scenario 26: one RecordId per record in order, FailedPutCount 0, Encrypted at batch level', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    const out = body(await batch('orders', records(3)));
    expect(Object.keys(out).sort()).toStrictEqual(['Encrypted', 'FailedPutCount', 'RequestResponses']);
    expect(out.FailedPutCount).toBe(0);
    expect(out.Encrypted).toBe(false);
    expect(out.RequestResponses).toHaveLength(3);
    expect(out.RequestResponses!.map((r) => Object.keys(r))).toStrictEqual([['RecordId'], ['RecordId'], ['RecordId']]);
    expect(setup.world.firehose.records('orders').map((r) => r.RecordId)).toStrictEqual(out.RequestResponses!.map((r) => r.RecordId));
    await start(setup, 'orders');
    setup.clock.advance(DURATIONS.enabling + DURATIONS.encryptionLag);
    expect(body(await batch('orders', records(2))).Encrypted).toBe(true);
  });

  it('500 records are fine; 0 or 501 → ValidationException on records', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    expect((await batch('orders', records(500, 1))).RequestResponses).toHaveLength(500);
    const none = await expectAwsError(batch('orders', []), 'ValidationException', /^1 validation error detected: Value '\[\]' at 'records' failed to satisfy constraint: Member must have length greater than or equal to 1$/);
    expect(none.message).toContain("at 'records'");
    await expectAwsError(batch('orders', records(501, 1)), 'ValidationException', /at 'records' failed to satisfy constraint: Member must have length less than or equal to 500$/);
    expect(setup.world.firehose.records('orders')).toHaveLength(500);
  });

  // firehose-sse-facts.md "Further facts (added 2026-12-04)" [REAL]: AWS's Java service prints the record list
  // of an over-500 PutRecordBatch as `[Record(data=java.nio.HeapByteBuffer[pos=0 lim=N cap=N]), …]` (2019
  // write-up), never as Kinesis' `{Data=…}` map rendering.
  it('501 records → the ValidationException lists them as AWS prints them: Record(data=java.nio.HeapByteBuffer[...]) (REAL)', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    const rs = Array.from({ length: 501 }, (_, i) => ({ Data: new Uint8Array(i === 0 ? 7 : 2) }));
    const shown = ['Record(data=java.nio.HeapByteBuffer[pos=0 lim=7 cap=7])', ...Array.from({ length: 500 }, () => 'Record(data=java.nio.HeapByteBuffer[pos=0 lim=2 cap=2])')];
    const err = await expectAwsError(
      batch('orders', rs),
      'ValidationException',
      `1 validation error detected: Value '[${shown.join(', ')}]' at 'records' failed to satisfy constraint: Member must have length less than or equal to 500`,
    );
    expect(err.message).not.toContain('{Data=');
    expect(setup.world.firehose.records('orders')).toStrictEqual([]);
  });

  it('a record over 1,000 KiB → ValidationException naming records.<n>.member.data (AWS-REAL)', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    const rs = records(3);
    rs[1] = { Data: new Uint8Array(1_024_001) };
    await expectAwsError(
      batch('orders', rs),
      'ValidationException',
      "1 validation error detected: Value at 'records.2.member.data' failed to satisfy constraint: Member must have length less than or equal to 1024000",
    );
  });

  it('more than 4 MiB in all → InvalidArgumentException; exactly 4 MiB is fine', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    const four = 4 * 1024 * 1024;
    const exact = [...records(4, 1_024_000), { Data: new Uint8Array(four - 4 * 1_024_000) }];
    expect((await batch('orders', exact)).RequestResponses).toHaveLength(5);
    await expectAwsError(batch('orders', [...records(4, 1_024_000), { Data: new Uint8Array(four - 4 * 1_024_000 + 1) }]), 'InvalidArgumentException', 'Records size exceeds 4 MB limit');
  });

  it('scenario 11: a KinesisStreamAsSource stream → InvalidArgumentException; unknown → ResourceNotFoundException', async () => {
    setup = firehoseSetup({ binding });
    await setup.client.send(
      new CreateDeliveryStreamCommand({ DeliveryStreamName: 'k', DeliveryStreamType: 'KinesisStreamAsSource', KinesisStreamSourceConfiguration: KINESIS_SOURCE, ExtendedS3DestinationConfiguration: S3_DESTINATION }),
    );
    setup.clock.advance(DURATIONS.creating);
    await expectAwsError(batch('k', records(1)), 'InvalidArgumentException', 'This operation is not permitted on KinesisStreamAsSource delivery stream type.');
    await expectAwsError(batch('nope', records(1)), 'ResourceNotFoundException', `Firehose nope under account ${ACCOUNT} not found.`);
  });

  it('Encrypted: false (present) while ENABLING, also on a batch', async () => {
    setup = firehoseSetup({ binding });
    await createActive(setup, 'orders');
    await start(setup, 'orders');
    const out = body(await batch('orders', records(2)));
    expect(out.Encrypted).toBe(false);
    expect(out.FailedPutCount).toBe(0);
  });

  it('K-1 on a CMK stream whose grant was revoked', async () => {
    setup = firehoseSetup({ binding });
    const key = setup.world.kms.createKey();
    await createActive(setup, 'orders');
    await start(setup, 'orders', key.Arn);
    setup.clock.advance(DURATIONS.enabling + DURATIONS.encryptionLag);
    setup.world.kms.setCondition(key.KeyId, 'grant-revoked', true);
    const err = await expectAwsError(
      batch('orders', records(2)),
      'InvalidKMSResourceException',
      'The grant for the CMK to this delivery stream might have been revoked or caller might not have sufficient permissions for the CMK.',
    );
    expect(err.code).toBe('KMS.AccessDeniedException');
    expect(setup.world.firehose.records('orders')).toHaveLength(0);
  });

  it('K-1 on a CMK stream whose key was disabled', async () => {
    setup = firehoseSetup({ binding });
    const key = setup.world.kms.createKey();
    await createActive(setup, 'orders');
    await start(setup, 'orders', key.Arn);
    setup.clock.advance(DURATIONS.enabling + DURATIONS.encryptionLag);
    setup.world.kms.disable(key.KeyId);
    await expectAwsError(
      batch('orders', records(2)),
      'InvalidKMSResourceException',
      'The grant for the CMK to this delivery stream might have been revoked or caller might not have sufficient permissions for the CMK.',
    );
    expect(setup.world.firehose.records('orders')).toHaveLength(0);
  });
});
