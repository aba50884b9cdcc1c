// Every stream operation names its stream by StreamName alone, StreamARN alone, or both [DOC: "you
// must use either the StreamARN or the StreamName parameter, or both"]; StreamARN-only calls are a
// known pain point (aws/aws-sdk-js-v3#5254). Each case acts on one of two streams and proves the
// other was left alone.
import {
  DeleteStreamCommand,
  DescribeStreamCommand,
  DescribeStreamSummaryCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  PutRecordCommand,
  PutRecordsCommand,
  StartStreamEncryptionCommand,
  StopStreamEncryptionCommand,
} from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, activeStream, arnOf, data, encryptStream, kinesisHarness, type KinesisHarness } from '../../../fixtures/kinesis';

type Ident = { StreamName?: string; StreamARN?: string };

/** How a call names `target`: by name, by ARN, by both, or by both disagreeing (the ARN names `target`). */
const ways: readonly [string, (target: string, other: string) => Ident][] = [
  ['StreamName alone', (t) => ({ StreamName: t })],
  ['StreamARN alone', (t) => ({ StreamARN: arnOf(t) })],
  ['both, agreeing', (t) => ({ StreamName: t, StreamARN: arnOf(t) })],
  ["both, disagreeing: the ARN's stream (nameAndArnDisagree: 'arn', default) [UNKNOWN]", (t, o) => ({ StreamName: o, StreamARN: arnOf(t) })],
];

interface Case {
  readonly operation: string;
  /** Extra setup after both streams are ACTIVE. */
  readonly setup?: (h: KinesisHarness) => Promise<void>;
  /** Calls the operation naming the stream with `ident`; returns what it answered about the stream. */
  readonly call: (h: KinesisHarness, ident: Ident) => Promise<unknown>;
  /** What the world shows of a stream that this operation could have changed. */
  readonly observe: (h: KinesisHarness, name: string) => unknown;
  /** What the answer should be for `name`, when the answer names the stream. */
  readonly answer?: (name: string) => unknown;
}

const status = (h: KinesisHarness, name: string): unknown => h.world.kinesis.describe(name)?.StreamStatus;
const recordCount = (h: KinesisHarness, name: string): number => h.world.kinesis.records(name).length;

const cases: readonly Case[] = [
  {
    operation: 'DescribeStream',
    call: async (h, ident) => (await h.client.send(new DescribeStreamCommand(ident))).StreamDescription?.StreamARN,
    observe: status,
    answer: (name) => arnOf(name),
  },
  {
    operation: 'DescribeStreamSummary',
    call: async (h, ident) => (await h.client.send(new DescribeStreamSummaryCommand(ident))).StreamDescriptionSummary?.StreamARN,
    observe: status,
    answer: (name) => arnOf(name),
  },
  {
    operation: 'StartStreamEncryption',
    call: (h, ident) => h.client.send(new StartStreamEncryptionCommand({ ...ident, EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' })),
    observe: (h, name) => `${String(status(h, name))} ${h.world.kinesis.describe(name)?.EncryptionType}`,
  },
  {
    operation: 'StopStreamEncryption',
    setup: async (h) => {
      await encryptStream(h, 'target');
      await encryptStream(h, 'other');
    },
    call: (h, ident) => h.client.send(new StopStreamEncryptionCommand({ ...ident, EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' })),
    observe: (h, name) => `${String(status(h, name))} ${h.world.kinesis.describe(name)?.EncryptionType}`,
  },
  {
    operation: 'DeleteStream',
    call: (h, ident) => h.client.send(new DeleteStreamCommand(ident)),
    observe: status,
  },
  {
    operation: 'PutRecord',
    call: (h, ident) => h.client.send(new PutRecordCommand({ ...ident, PartitionKey: 'pk', Data: data() })),
    observe: recordCount,
  },
  {
    operation: 'PutRecords',
    call: (h, ident) => h.client.send(new PutRecordsCommand({ ...ident, Records: [{ PartitionKey: 'pk', Data: data() }] })),
    observe: recordCount,
  },
  {
    operation: 'GetShardIterator',
    setup: async (h) => {
      await h.client.send(new PutRecordCommand({ StreamName: 'target', PartitionKey: 'in-target', Data: data() }));
      await h.client.send(new PutRecordCommand({ StreamName: 'other', PartitionKey: 'in-other', Data: data() }));
    },
    call: async (h, ident) => {
      const it = await h.client.send(new GetShardIteratorCommand({ ...ident, ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }));
      const got = await h.client.send(new GetRecordsCommand({ ShardIterator: it.ShardIterator!, StreamARN: ident.StreamARN }));
      return got.Records!.map((r) => r.PartitionKey);
    },
    observe: recordCount,
    answer: (name) => [`in-${name}`],
  },
];

describe.each(BINDINGS)('every stream operation identifies the stream by StreamName, StreamARN or both [DOC] [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  for (const c of cases) {
    describe(c.operation, () => {
      for (const [way, ident] of ways) {
        it(way, async () => {
          h = kinesisHarness({ binding });
          await activeStream(h, 'target');
          await activeStream(h, 'other');
          await c.setup?.(h);
          const before = { target: c.observe(h, 'target'), other: c.observe(h, 'other') };
          const answered = await c.call(h, ident('target', 'other'));
          if (c.answer !== undefined) expect(answered).toStrictEqual(c.answer('target'));
          else expect(c.observe(h, 'target')).not.toStrictEqual(before.target);
          expect(c.observe(h, 'other')).toStrictEqual(before.other);
        });
      }
    });
  }
});
