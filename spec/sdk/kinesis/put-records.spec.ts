import {
  DryRunOperationException,
  InvalidArgumentException,
  KMSDisabledException,
  PutRecordsCommand,
  ResourceNotFoundException,
  StartStreamEncryptionCommand,
  StopStreamEncryptionCommand,
  ValidationException,
  type PutRecordsRequestEntry,
} from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, activeStream, body, data, encryptStream, expectAwsError, kinesisHarness, rejectionOf, type KinesisHarness } from '../../../fixtures/kinesis';

const entries = (n: number, size = 8): PutRecordsRequestEntry[] => Array.from({ length: n }, (_, i) => ({ PartitionKey: `k${i}`, Data: new Uint8Array(size) }));

describe.each(BINDINGS)('PutRecords [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  it('unencrypted: { FailedRecordCount: 0, Records: [{ SequenceNumber, ShardId }] } in order, no EncryptionType [REAL]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders', 2);
    const out = await h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: entries(3) }));
    const written = h.world.kinesis.records('orders');
    expect(body(out)).toStrictEqual({
      FailedRecordCount: 0,
      Records: written.map((r) => ({ SequenceNumber: r.SequenceNumber, ShardId: r.ShardId })),
    });
    expect(written.map((r) => r.PartitionKey)).toStrictEqual(['k0', 'k1', 'k2']);
  });

  it("encrypted: a top-level EncryptionType 'KMS' [DOC/REAL]", async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    await encryptStream(h, 'orders');
    const out = await h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: entries(2) }));
    expect(body(out)).toStrictEqual({
      FailedRecordCount: 0,
      Records: [
        { SequenceNumber: expect.stringMatching(/^\d{56}$/), ShardId: 'shardId-000000000000' },
        { SequenceNumber: expect.stringMatching(/^\d{56}$/), ShardId: 'shardId-000000000000' },
      ],
      EncryptionType: 'KMS',
    });
  });

  it('while UPDATING after a Start the records are not encrypted; while UPDATING after a Stop they still are [DOC + INF]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    await h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    const afterStart = await h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: entries(2) }));
    expect(body(afterStart)).toStrictEqual({ FailedRecordCount: 0, Records: [expect.any(Object), expect.any(Object)] });
    h.clock.advance(5_000 + 2_000);
    await h.client.send(new StopStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    expect(h.world.kinesis.describe('orders')?.StreamStatus).toBe('UPDATING');
    const afterStop = await h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: entries(1) }));
    expect(body(afterStop)).toStrictEqual({ FailedRecordCount: 0, Records: [expect.any(Object)], EncryptionType: 'KMS' });
    h.clock.advance(5_000 + 2_000);
    expect(await h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: entries(1) }))).not.toHaveProperty('EncryptionType');
    expect(h.world.kinesis.records('orders').map((r) => r.encrypted)).toStrictEqual([false, false, true, false]);
  });

  it('on a CREATING stream is ResourceNotFoundException [REAL]', async () => {
    h = kinesisHarness({ binding });
    h.world.kinesis.createStream('orders', { active: false });
    expectAwsError(
      await rejectionOf(h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: entries(1) }))),
      ResourceNotFoundException,
      `Stream orders under account ${ACCOUNT} not found.`,
    );
  });

  it('a KMS failure rejects the whole request, never single records [MODEL + INF]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    const key = h.world.kms.createKey();
    await encryptStream(h, 'orders', key.KeyId);
    h.world.kms.disable(key.KeyId);
    expectAwsError(await rejectionOf(h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: entries(3) }))), KMSDisabledException, `${key.Arn} is disabled.`);
    expect(h.world.kinesis.records('orders')).toStrictEqual([]);
  });

  it('1 to 500 records [MODEL]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    expectAwsError(
      await rejectionOf(h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: [] }))),
      ValidationException,
      "1 validation error detected: Value '[]' at 'records' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    expectAwsError(
      await rejectionOf(h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: entries(501, 0) }))),
      ValidationException,
      /^1 validation error detected: Value '\[.*\]' at 'records' failed to satisfy constraint: Member must have length less than or equal to 500$/s,
    );
    const out = await h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: entries(500, 0) }));
    expect(out.Records).toHaveLength(500);
  });

  it('each entry is validated, named records.<n>.member.<field> [REAL format]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    expectAwsError(
      await rejectionOf(
        h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: [{ PartitionKey: 'ok', Data: data() }, { PartitionKey: '', Data: new Uint8Array(1_048_577) }] })),
      ),
      ValidationException,
      "2 validation errors detected: Value at 'records.2.member.data' failed to satisfy constraint: Member must have length less than or equal to 1048576; " +
        "Value '' at 'records.2.member.partitionKey' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    expect(h.world.kinesis.records('orders')).toStrictEqual([]);
  });

  it('over 5 MiB of data and partition keys is InvalidArgumentException `Records size exceeds 5 MB limit` [REAL]; 10 MB in the large-records model', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    const five = 5 * 1024 * 1024;
    const exact: PutRecordsRequestEntry[] = [
      { PartitionKey: 'a', Data: new Uint8Array(five / 5 - 1) },
      ...Array.from({ length: 4 }, (_, i) => ({ PartitionKey: `${i}`, Data: new Uint8Array(five / 5 - 1) })),
    ];
    await h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: exact }));
    const over = [...exact.slice(0, 4), { PartitionKey: 'bb', Data: new Uint8Array(five / 5 - 1) }];
    expectAwsError(await rejectionOf(h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: over }))), InvalidArgumentException, 'Records size exceeds 5 MB limit');
    h.restore();
    h = kinesisHarness({ binding, kinesis: { behaviour: { recordSizeModel: 'large-records' } } });
    await activeStream(h, 'orders');
    const six = Array.from({ length: 7 }, (_, i) => ({ PartitionKey: `${i}`, Data: new Uint8Array(900_000) }));
    await h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: six }));
    const eleven = Array.from({ length: 11 }, (_, i) => ({ PartitionKey: `${i}`, Data: new Uint8Array(1_048_000) }));
    expectAwsError(await rejectionOf(h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: eleven }))), InvalidArgumentException, 'Records size exceeds 10 MB limit');
    // Through the transport the SDK base64-encodes ~40 MB of records and the codec decodes them: give a
    // loaded 2-core CI machine room (the send-level run takes well under a second).
  }, 120_000);

  it('an ExplicitHashKey out of range rejects the whole request [REAL text]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    const big = (1n << 128n).toString();
    expectAwsError(
      await rejectionOf(h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: [{ PartitionKey: 'a', Data: data() }, { PartitionKey: 'b', Data: data(), ExplicitHashKey: big }] }))),
      InvalidArgumentException,
      `Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was ${big}`,
    );
    expect(h.world.kinesis.records('orders')).toStrictEqual([]);
  });

  it('DryRun: DryRunOperationException and nothing written', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    expectAwsError(await rejectionOf(h.client.send(new PutRecordsCommand({ StreamName: 'orders', Records: entries(2), DryRun: true }))), DryRunOperationException, 'Request would have succeeded, but DryRun flag is set.');
    expect(h.world.kinesis.records('orders')).toStrictEqual([]);
  });
});
