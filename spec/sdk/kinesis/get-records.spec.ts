import {
  DeleteStreamCommand,
  DryRunOperationException,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  InvalidArgumentException,
  KMSDisabledException,
  PutRecordCommand,
  ResourceNotFoundException,
  StartStreamEncryptionCommand,
  StopStreamEncryptionCommand,
  ValidationException,
} from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, activeStream, arnOf, body, data, encryptStream, expectAwsError, kinesisHarness, rejectionOf, type KinesisHarness } from '../../../fixtures/kinesis';

describe.each(BINDINGS)('GetRecords [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  const trimHorizon = async (stream = 'orders'): Promise<string> =>
    (await h.client.send(new GetShardIteratorCommand({ StreamName: stream, ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
  const put = (pk: string) => h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: pk, Data: data(pk) }));

  it('returns each record exactly: SequenceNumber, ApproximateArrivalTimestamp, Data, PartitionKey; no EncryptionType when unencrypted [REAL]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    const seq = (await put('a')).SequenceNumber!;
    const written = h.clock.now();
    h.clock.advance(1_234);
    const out = await h.client.send(new GetRecordsCommand({ ShardIterator: await trimHorizon() }));
    expect(body(out)).toStrictEqual({
      Records: [{ SequenceNumber: seq, ApproximateArrivalTimestamp: new Date(written), Data: data('a'), PartitionKey: 'a' }],
      NextShardIterator: expect.any(String),
      MillisBehindLatest: 0,
    });
    expect(out.Records![0]!.Data).toBeInstanceOf(Uint8Array);
  });

  it("each record carries the encryption it was written with; encrypting later never re-encrypts, stopping never decrypts [DOC + REAL shape]", async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    await put('before');
    await h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    await put('updating-after-start');
    h.clock.advance(7_000);
    await put('encrypted');
    await h.client.send(new StopStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    await put('updating-after-stop');
    h.clock.advance(7_000);
    await put('after');
    const out = await h.client.send(new GetRecordsCommand({ ShardIterator: await trimHorizon() }));
    expect(out.Records!.map((r) => [r.PartitionKey, r.EncryptionType ?? 'absent'])).toStrictEqual([
      ['before', 'absent'],
      ['updating-after-start', 'absent'],
      ['encrypted', 'KMS'],
      ['updating-after-stop', 'KMS'],
      ['after', 'absent'],
    ]);
    for (const r of out.Records!) if (r.EncryptionType === undefined) expect(r).not.toHaveProperty('EncryptionType');
  });

  it('works while UPDATING [DOC]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    await put('a');
    const it = await trimHorizon();
    await h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    expect((await h.client.send(new GetRecordsCommand({ ShardIterator: it }))).Records).toHaveLength(1);
  });

  it('pages with Limit; NextShardIterator continues; MillisBehindLatest is the age of the next unread record', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    for (const pk of ['a', 'b', 'c']) {
      await put(pk);
      h.clock.advance(1_000);
    }
    const first = await h.client.send(new GetRecordsCommand({ ShardIterator: await trimHorizon(), Limit: 2 }));
    expect(first.Records!.map((r) => r.PartitionKey)).toStrictEqual(['a', 'b']);
    expect(first.MillisBehindLatest).toBe(1_000);
    const second = await h.client.send(new GetRecordsCommand({ ShardIterator: first.NextShardIterator! }));
    expect(second.Records!.map((r) => r.PartitionKey)).toStrictEqual(['c']);
    expect(second.MillisBehindLatest).toBe(0);
    const third = await h.client.send(new GetRecordsCommand({ ShardIterator: second.NextShardIterator! }));
    expect(third.Records).toStrictEqual([]);
    await put('d');
    const fourth = await h.client.send(new GetRecordsCommand({ ShardIterator: third.NextShardIterator!, StreamARN: arnOf('orders') }));
    expect(fourth.Records!.map((r) => r.PartitionKey)).toStrictEqual(['d']);
  });

  it('an iterator expires 5 minutes after it was issued: ExpiredIteratorException with AWS text [DOC + REAL]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    const it = await trimHorizon();
    const issued = h.clock.now();
    h.clock.advance(300_000);
    const ok = await h.client.send(new GetRecordsCommand({ ShardIterator: it }));
    h.clock.advance(1);
    expectAwsError(
      await rejectionOf(h.client.send(new GetRecordsCommand({ ShardIterator: it }))),
      ExpiredIteratorException,
      'Iterator expired. The iterator was created at time Thu Jan 01 00:00:10 UTC 2026 while right now it is Thu Jan 01 00:05:10 UTC 2026 ' +
        'which is further in the future than the tolerated delay of 300000 milliseconds.',
    );
    expect(issued).toBe(Date.UTC(2026, 0, 1, 0, 0, 10));
    expect((await h.client.send(new GetRecordsCommand({ ShardIterator: ok.NextShardIterator! }))).Records).toStrictEqual([]);
  });

  it('an iterator the world did not issue is InvalidArgumentException `Invalid ShardIterator.`; length is validated [REAL]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    expectAwsError(await rejectionOf(h.client.send(new GetRecordsCommand({ ShardIterator: 'AAAAAAAAAAE=' }))), InvalidArgumentException, 'Invalid ShardIterator.');
    expectAwsError(
      await rejectionOf(h.client.send(new GetRecordsCommand({ ShardIterator: '' }))),
      ValidationException,
      "1 validation error detected: Value '' at 'shardIterator' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    expectAwsError(
      await rejectionOf(h.client.send(new GetRecordsCommand({ ShardIterator: await trimHorizon(), Limit: 10001 }))),
      ValidationException,
      "1 validation error detected: Value '10001' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10000",
    );
  });

  it('a StreamARN that is not the iterator’s stream is InvalidArgumentException [UNKNOWN text]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    expectAwsError(
      await rejectionOf(h.client.send(new GetRecordsCommand({ ShardIterator: await trimHorizon(), StreamARN: arnOf('other') }))),
      InvalidArgumentException,
      `StreamARN ${arnOf('other')} is not the stream of the shard iterator.`,
    );
  });

  it('once the stream is gone: `Shard <id> in stream <n> under account <a> does not exist` [REAL]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    const it = await trimHorizon();
    await h.client.send(new DeleteStreamCommand({ StreamName: 'orders' }));
    h.clock.advance(5_000);
    expectAwsError(
      await rejectionOf(h.client.send(new GetRecordsCommand({ ShardIterator: it }))),
      ResourceNotFoundException,
      `Shard shardId-000000000000 in stream orders under account ${ACCOUNT} does not exist`,
    );
  });

  it('records older than the 24-hour retention are trimmed', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    await put('old');
    h.clock.advance(24 * 3_600_000 - 1_000);
    await put('new');
    h.clock.advance(1_000);
    const out = await h.client.send(new GetRecordsCommand({ ShardIterator: await trimHorizon() }));
    expect(out.Records!.map((r) => r.PartitionKey)).toStrictEqual(['new']);
  });

  describe('reading records encrypted with a key that is now unusable [MODEL + INF]', () => {
    it('getRecordsChecksKey (default true): the KMS exception, naming kms:Decrypt for access denied', async () => {
      h = kinesisHarness({ binding });
      await activeStream(h, 'orders');
      const key = h.world.kms.createKey();
      await encryptStream(h, 'orders', key.KeyId);
      await put('secret');
      const it = await trimHorizon();
      h.world.kms.disable(key.KeyId);
      expectAwsError(await rejectionOf(h.client.send(new GetRecordsCommand({ ShardIterator: it }))), KMSDisabledException, `${key.Arn} is disabled.`);
      h.world.kms.enable(key.KeyId);
      h.world.kms.setCondition(key.KeyId, 'access-denied');
      expect((await rejectionOf(h.client.send(new GetRecordsCommand({ ShardIterator: it })))).message).toBe(
        `User: arn:aws:sts::${ACCOUNT}:assumed-role/kinesis-sse-harness/session is not authorized to perform: kms:Decrypt on resource: ${key.Arn}`,
      );
    });

    it('getRecordsChecksKey: false returns the records', async () => {
      h = kinesisHarness({ binding, kinesis: { behaviour: { getRecordsChecksKey: false } } });
      await activeStream(h, 'orders');
      const key = h.world.kms.createKey();
      await encryptStream(h, 'orders', key.KeyId);
      await put('secret');
      h.world.kms.disable(key.KeyId);
      const out = await h.client.send(new GetRecordsCommand({ ShardIterator: await trimHorizon() }));
      expect(out.Records!.map((r) => r.EncryptionType)).toStrictEqual(['KMS']);
    });
  });

  it('DryRun: DryRunOperationException', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    expectAwsError(await rejectionOf(h.client.send(new GetRecordsCommand({ ShardIterator: await trimHorizon(), DryRun: true }))), DryRunOperationException, 'Request would have succeeded, but DryRun flag is set.');
  });
});
