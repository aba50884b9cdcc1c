// Section: per-call cost of mockFirehose(world) against a bare aws-sdk-client-mock stub of the same commands.
import {
  CreateDeliveryStreamCommand,
  DescribeDeliveryStreamCommand,
  FirehoseClient,
  PutRecordCommand,
  type DescribeDeliveryStreamCommandOutput,
} from '@aws-sdk/client-firehose';
import { mockClient } from 'aws-sdk-client-mock';
import { clientMockSinon } from './harness';
import { createWorld, mockFirehose, virtualClock, type World } from '../src/index';
import { isModelled } from '../src/model/invoke';
import { compare, printComparisons, TARGET_RATIO, type BenchOptions, type Comparison, type Contender } from './harness';

const CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const REGION = 'us-east-1';
const NAME = 'bench-delivery';
const NEEDED = ['DescribeDeliveryStream', 'PutRecord'];

/** The operations the section needs that the world does not model yet (empty when it can run). */
export function missingFirehoseOperations(): string[] {
  return NEEDED.filter((op) => !isModelled('firehose', op));
}

async function createDeliveryStream(world: World, client: FirehoseClient): Promise<void> {
  const view = world.firehose as unknown as { createDeliveryStream?: (name: string) => void };
  if (typeof view.createDeliveryStream === 'function') {
    view.createDeliveryStream(NAME);
    return;
  }
  if (!isModelled('firehose', 'CreateDeliveryStream')) throw new Error('bench: neither world.firehose.createDeliveryStream nor CreateDeliveryStream is available');
  await client.send(
    new CreateDeliveryStreamCommand({
      DeliveryStreamName: NAME,
      DeliveryStreamType: 'DirectPut',
      ExtendedS3DestinationConfiguration: { RoleARN: 'arn:aws:iam::123456789012:role/firehose', BucketARN: 'arn:aws:s3:::bench-bucket' },
    }),
  );
}

/**
 * Runs the Firehose section and prints it; returns the comparisons, or `undefined` (with a printed
 * line saying why) when the world does not model the operations yet.
 *
 * @example
 * ```ts
 * await runFirehoseSection(parseArgs(process.argv));
 * ```
 */
export async function runFirehoseSection(options: BenchOptions): Promise<Comparison[] | undefined> {
  const missing = missingFirehoseOperations();
  if (missing.length > 0) {
    console.log(`\nFirehose: skipped — the world does not model ${missing.join(', ')} yet`);
    return undefined;
  }
  const clock = virtualClock(Date.UTC(2026, 0, 1));
  const world = createWorld({ accountId: '123456789012', region: REGION, seed: 1, clock });
  const client = new FirehoseClient({ region: REGION, credentials: CREDENTIALS });
  const stub = mockFirehose(world, { client });
  const bareClient = new FirehoseClient({ region: REGION, credentials: CREDENTIALS });
  // In a sandbox of its own: in sinon's default one, the stub and its call history would stay for
  // the process's life after restore() and weigh on every later section's heap.
  const sandbox = clientMockSinon().createSandbox();
  const bare = mockClient(bareClient, { sandbox });
  try {
    await createDeliveryStream(world, client);
    let description: DescribeDeliveryStreamCommandOutput | undefined;
    for (let i = 0; i < 1000; i++) {
      description = await client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: NAME }));
      if (description.DeliveryStreamDescription?.DeliveryStreamStatus === 'ACTIVE') break;
      clock.advance(1000);
    }
    if (description?.DeliveryStreamDescription?.DeliveryStreamStatus !== 'ACTIVE') throw new Error('bench: the delivery stream never became ACTIVE');
    const { $metadata: _d, ...sampleDescribe } = description;
    const { $metadata: _p, ...samplePut } = await client.send(new PutRecordCommand({ DeliveryStreamName: NAME, Record: { Data: Buffer.from('sample') } }));
    bare.on(DescribeDeliveryStreamCommand).resolves(sampleDescribe as never);
    bare.on(PutRecordCommand).resolves(samplePut as never);
    const describe = (c: FirehoseClient, label: string): Contender => ({ label, call: () => c.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: NAME })) });
    const put = (c: FirehoseClient, label: string): Contender => ({
      label,
      call: (i) => c.send(new PutRecordCommand({ DeliveryStreamName: NAME, Record: { Data: Buffer.from(`record-${i}`) } })),
    });
    const results = [
      await compare('DescribeDeliveryStream', describe(client, 'mockFirehose(world)'), describe(bareClient, 'bare .resolves() stub'), options),
      await compare('PutRecord', put(client, 'mockFirehose(world)'), put(bareClient, 'bare .resolves() stub'), options),
    ];
    printComparisons(`Firehose: mockFirehose vs a bare aws-sdk-client-mock stub (${options.rounds} interleaved rounds × ${options.n} calls)`, results, TARGET_RATIO);
    return results;
  } finally {
    bare.restore();
    sandbox.restore();
    stub.restore();
  }
}
