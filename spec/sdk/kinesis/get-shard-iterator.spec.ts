import {
  DryRunOperationException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  InvalidArgumentException,
  PutRecordCommand,
  ResourceNotFoundException,
  StartStreamEncryptionCommand,
  ValidationException,
  type GetShardIteratorCommandInput,
} from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, activeStream, body, data, expectAwsError, kinesisHarness, rejectionOf, type KinesisHarness } from '../../../fixtures/kinesis';

const iterator = (input: Partial<GetShardIteratorCommandInput>) =>
  new GetShardIteratorCommand({ StreamName: 'orders', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON', ...input } as GetShardIteratorCommandInput);

describe.each(BINDINGS)('GetShardIterator [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  async function withRecords(n: number): Promise<string[]> {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    const seqs: string[] = [];
    for (let i = 0; i < n; i++) {
      seqs.push((await h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: `k${i}`, Data: data(`r${i}`) }))).SequenceNumber!);
      h.clock.advance(1_000);
    }
    return seqs;
  }

  async function readFrom(input: Partial<GetShardIteratorCommandInput>): Promise<string[]> {
    const it = await h.client.send(iterator(input));
    expect(Object.keys(body(it))).toStrictEqual(['ShardIterator']);
    const got = await h.client.send(new GetRecordsCommand({ ShardIterator: it.ShardIterator! }));
    return got.Records!.map((r) => r.PartitionKey!);
  }

  it('TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER and AT_TIMESTAMP start where AWS says [DOC]', async () => {
    const seqs = await withRecords(3);
    expect(await readFrom({ ShardIteratorType: 'TRIM_HORIZON' })).toStrictEqual(['k0', 'k1', 'k2']);
    expect(await readFrom({ ShardIteratorType: 'LATEST' })).toStrictEqual([]);
    expect(await readFrom({ ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: seqs[1] })).toStrictEqual(['k1', 'k2']);
    expect(await readFrom({ ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', StartingSequenceNumber: seqs[1] })).toStrictEqual(['k2']);
    const t0 = h.world.kinesis.records('orders')[0]!.time;
    expect(await readFrom({ ShardIteratorType: 'AT_TIMESTAMP', Timestamp: new Date(t0 + 500) })).toStrictEqual(['k1', 'k2']);
    expect(await readFrom({ ShardIteratorType: 'AT_TIMESTAMP', Timestamp: new Date(t0) })).toStrictEqual(['k0', 'k1', 'k2']);
  });

  it('a LATEST iterator sees records written after it was issued', async () => {
    await withRecords(1);
    const it = await h.client.send(iterator({ ShardIteratorType: 'LATEST' }));
    await h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'later', Data: data() }));
    const got = await h.client.send(new GetRecordsCommand({ ShardIterator: it.ShardIterator! }));
    expect(got.Records!.map((r) => r.PartitionKey)).toStrictEqual(['later']);
  });

  it('works while UPDATING [DOC + REAL]', async () => {
    await withRecords(1);
    await h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    expect(await readFrom({})).toStrictEqual(['k0']);
  });

  it('reads any ShardId that names the index: shardId-000000000000, shardId-0, shard-0, 0 [REAL]', async () => {
    await withRecords(1);
    for (const id of ['shardId-000000000000', 'shardId-0', 'shard-0', '0', 'anything-00000']) expect(await readFrom({ ShardId: id })).toStrictEqual(['k0']);
  });

  it('an unknown shard, an unknown stream, or a CREATING stream: `Shard <id> in stream <n> under account <a> does not exist` [REAL]', async () => {
    await withRecords(0);
    expectAwsError(
      await rejectionOf(h.client.send(iterator({ ShardId: 'shardId-5' }))),
      ResourceNotFoundException,
      `Shard shardId-000000000005 in stream orders under account ${ACCOUNT} does not exist`,
    );
    expectAwsError(
      await rejectionOf(h.client.send(iterator({ StreamName: 'nope', ShardId: '2147483647' }))),
      ResourceNotFoundException,
      `Shard shardId-002147483647 in stream nope under account ${ACCOUNT} does not exist`,
    );
    h.world.kinesis.createStream('fresh', { active: false });
    expectAwsError(
      await rejectionOf(h.client.send(iterator({ StreamName: 'fresh' }))),
      ResourceNotFoundException,
      `Shard shardId-000000000000 in stream fresh under account ${ACCOUNT} does not exist`,
    );
  });

  it('a ShardId naming no index is `Could not find shard <id> in stream <n> under account <a>.` [REAL]', async () => {
    await withRecords(0);
    for (const id of ['ABKLFD8', '2147483648', 'shardId-002147483648', '2.14E4']) {
      expectAwsError(
        await rejectionOf(h.client.send(iterator({ ShardId: id }))),
        ResourceNotFoundException,
        `Could not find shard ${id} in stream orders under account ${ACCOUNT}.`,
      );
    }
  });

  it('type and StartingSequenceNumber must agree; sequence numbers must come from the shard and stream [REAL texts]', async () => {
    const seqs = await withRecords(1);
    const either = 'Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or (2) TRIM_HORIZON or LATEST and no StartingSequenceNumber. ';
    expectAwsError(
      await rejectionOf(h.client.send(iterator({ ShardIteratorType: 'AT_SEQUENCE_NUMBER' }))),
      InvalidArgumentException,
      `${either}Request specified AT_SEQUENCE_NUMBER and no StartingSequenceNumber.`,
    );
    expectAwsError(
      await rejectionOf(h.client.send(iterator({ ShardIteratorType: 'AFTER_SEQUENCE_NUMBER' }))),
      InvalidArgumentException,
      `${either}Request specified AFTER_SEQUENCE_NUMBER and no StartingSequenceNumber.`,
    );
    expectAwsError(
      await rejectionOf(h.client.send(iterator({ ShardIteratorType: 'LATEST', StartingSequenceNumber: '5' }))),
      InvalidArgumentException,
      `${either}Request specified LATEST and also a StartingSequenceNumber.`,
    );
    expectAwsError(
      await rejectionOf(h.client.send(iterator({ ShardIteratorType: 'TRIM_HORIZON', StartingSequenceNumber: '5' }))),
      InvalidArgumentException,
      `${either}Request specified TRIM_HORIZON and also a StartingSequenceNumber.`,
    );
    expectAwsError(
      await rejectionOf(h.client.send(iterator({ ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: '5' }))),
      InvalidArgumentException,
      `StartingSequenceNumber 5 used in GetShardIterator on shard shardId-000000000000 in stream orders under account ${ACCOUNT} is invalid.`,
    );
    await activeStream(h, 'two', 2);
    const onShard1 = (await h.client.send(new PutRecordCommand({ StreamName: 'two', PartitionKey: 'x', ExplicitHashKey: (1n << 127n).toString(), Data: data() }))).SequenceNumber!;
    expectAwsError(
      await rejectionOf(h.client.send(iterator({ StreamName: 'two', ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: onShard1 }))),
      InvalidArgumentException,
      'Invalid StartingSequenceNumber. It encodes shardId-000000000001, while it was used in a call to a shard with shardId-000000000000',
    );
    expectAwsError(
      await rejectionOf(h.client.send(iterator({ StreamName: 'two', ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: seqs[0] }))),
      InvalidArgumentException,
      `StartingSequenceNumber ${seqs[0]} used in GetShardIterator on shard shardId-000000000000 in stream two under account ${ACCOUNT} is invalid because it did not come from this stream.`,
    );
  });

  it('AT_TIMESTAMP needs a Timestamp, not in the future [REAL texts]', async () => {
    await withRecords(0);
    expectAwsError(
      await rejectionOf(h.client.send(iterator({ ShardIteratorType: 'AT_TIMESTAMP' }))),
      InvalidArgumentException,
      'Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. Current request has no timestamp parameter.',
    );
    const now = h.clock.now();
    expectAwsError(
      await rejectionOf(h.client.send(iterator({ ShardIteratorType: 'AT_TIMESTAMP', Timestamp: new Date(now + 1) }))),
      InvalidArgumentException,
      `The timestampInMillis parameter cannot be greater than the currentTimestampInMillis. timestampInMillis: ${now + 1}, currentTimestampInMillis: ${now}`,
    );
  });

  it('validation errors are counted and listed by member, with the enum in AWS order [REAL]', async () => {
    await withRecords(0);
    expectAwsError(
      await rejectionOf(h.client.send(new GetShardIteratorCommand({ StreamName: '', ShardIteratorType: '' as never, ShardId: '', StartingSequenceNumber: '' }))),
      ValidationException,
      '6 validation errors detected: ' +
        [
          "Value '' at 'shardId' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
          "Value '' at 'shardId' failed to satisfy constraint: Member must have length greater than or equal to 1",
          "Value '' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: [AFTER_SEQUENCE_NUMBER, LATEST, AT_TIMESTAMP, AT_SEQUENCE_NUMBER, TRIM_HORIZON]",
          "Value '' at 'startingSequenceNumber' failed to satisfy constraint: Member must satisfy regular expression pattern: 0|([1-9]\\d{0,128})",
          "Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
          "Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1",
        ].join('; '),
    );
    expectAwsError(
      await rejectionOf(h.client.send(new GetShardIteratorCommand({ StreamName: 'orders' } as never))),
      ValidationException,
      "2 validation errors detected: Value null at 'shardId' failed to satisfy constraint: Member must not be null; Value null at 'shardIteratorType' failed to satisfy constraint: Member must not be null",
    );
  });

  it('DryRun: DryRunOperationException', async () => {
    await withRecords(0);
    expectAwsError(await rejectionOf(h.client.send(iterator({ DryRun: true }))), DryRunOperationException, 'Request would have succeeded, but DryRun flag is set.');
  });
});
