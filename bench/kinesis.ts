// Section: per-call cost of mockKinesis(world) against a bare aws-sdk-client-mock stub of the same commands.
import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
import { mockClient } from 'aws-sdk-client-mock';
import { clientMockSinon } from './harness';
import { createWorld, mockKinesis, virtualClock } from '../src/index';
import { isModelled } from '../src/model/invoke';
import { compare, printComparisons, TARGET_RATIO, type BenchOptions, type Comparison, type Contender } from './harness';

const CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const REGION = 'us-east-1';
const STREAM = 'bench-stream';
const NEEDED = ['CreateStream', 'DescribeStreamSummary', 'PutRecord'];

/** The operations the section needs that the world does not model yet (empty when it can run). */
export function missingKinesisOperations(): string[] {
  return NEEDED.filter((op) => !isModelled('kinesis', op));
}

/** A mockKinesis-backed client on a world with one ACTIVE stream, and its two contenders. */
export interface KinesisModelBench {
  readonly describe: Contender;
  readonly put: Contender;
  /** One answer of each, without `$metadata`, to make the bare stub answer the same shapes. */
  readonly samples: { readonly describe: object; readonly put: object };
  restore(): void;
}

/**
 * Sets up a world with one ACTIVE stream and a KinesisClient instance stubbed by mockKinesis.
 *
 * @example
 * ```ts
 * const m = await kinesisModelBench();
 * await m.put.call(0);
 * ```
 */
export async function kinesisModelBench(): Promise<KinesisModelBench> {
  const clock = virtualClock(Date.UTC(2026, 0, 1));
  const world = createWorld({ accountId: '123456789012', region: REGION, seed: 1, clock });
  const client = new KinesisClient({ region: REGION, credentials: CREDENTIALS });
  const stub = mockKinesis(world, { client });
  await client.send(new CreateStreamCommand({ StreamName: STREAM, ShardCount: 1 }));
  for (let i = 0; i < 1000; i++) {
    const s = await client.send(new DescribeStreamSummaryCommand({ StreamName: STREAM }));
    if (s.StreamDescriptionSummary?.StreamStatus === 'ACTIVE') break;
    clock.advance(1000);
  }
  const describe: Contender = { label: 'mockKinesis(world)', call: () => client.send(new DescribeStreamSummaryCommand({ StreamName: STREAM })) };
  const put: Contender = {
    label: 'mockKinesis(world)',
    call: (i) => client.send(new PutRecordCommand({ StreamName: STREAM, PartitionKey: `pk${i & 63}`, Data: Buffer.from(`record-${i}`) })),
  };
  const strip = (o: { $metadata?: unknown }): object => {
    const { $metadata: _m, ...rest } = o;
    return rest;
  };
  const sd = strip(await client.send(new DescribeStreamSummaryCommand({ StreamName: STREAM })));
  if ((sd as { StreamDescriptionSummary?: { StreamStatus?: string } }).StreamDescriptionSummary?.StreamStatus !== 'ACTIVE') {
    throw new Error('bench: the stream never became ACTIVE');
  }
  const sp = strip(await client.send(new PutRecordCommand({ StreamName: STREAM, PartitionKey: 'pk', Data: Buffer.from('sample') })));
  return { describe, put, samples: { describe: sd, put: sp }, restore: () => stub.restore() };
}

/**
 * Runs the Kinesis section and prints it; returns the comparisons, or `undefined` (with a printed
 * line saying why) when the world does not model the operations yet.
 *
 * @example
 * ```ts
 * await runKinesisSection(parseArgs(process.argv));
 * ```
 */
export async function runKinesisSection(options: BenchOptions): Promise<Comparison[] | undefined> {
  const missing = missingKinesisOperations();
  if (missing.length > 0) {
    console.log(`\nKinesis: skipped — the world does not model ${missing.join(', ')} yet`);
    return undefined;
  }
  const model = await kinesisModelBench();
  const bareClient = new KinesisClient({ region: REGION, credentials: CREDENTIALS });
  // In a sandbox of its own: in sinon's default one, the stub and its call history would stay for
  // the process's life after restore() and weigh on every later section's heap.
  const sandbox = clientMockSinon().createSandbox();
  const bare = mockClient(bareClient, { sandbox });
  bare.on(DescribeStreamSummaryCommand).resolves(model.samples.describe as never);
  bare.on(PutRecordCommand).resolves(model.samples.put as never);
  const bareDescribe: Contender = { label: 'bare .resolves() stub', call: () => bareClient.send(new DescribeStreamSummaryCommand({ StreamName: STREAM })) };
  const barePut: Contender = {
    label: 'bare .resolves() stub',
    call: (i) => bareClient.send(new PutRecordCommand({ StreamName: STREAM, PartitionKey: `pk${i & 63}`, Data: Buffer.from(`record-${i}`) })),
  };
  try {
    const results = [
      await compare('DescribeStreamSummary', model.describe, bareDescribe, options),
      await compare('PutRecord', model.put, barePut, options),
    ];
    printComparisons(`Kinesis: mockKinesis vs a bare aws-sdk-client-mock stub (${options.rounds} interleaved rounds × ${options.n} calls)`, results, TARGET_RATIO);
    return results;
  } finally {
    bare.restore();
    sandbox.restore();
    model.restore();
  }
}
