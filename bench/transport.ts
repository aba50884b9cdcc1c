// Section: per-call cost of the transport (requestHandler(world): the whole SDK stack into the world)
// against the same SDK stack with a canned-response handler, which is the floor for any full-stack answer.
import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
import { createWorld, requestHandler, virtualClock } from '../src/index';
import type { TransportHandler, TransportRequest, TransportResponse } from '../src/index';
import { compare, printComparisons, TARGET_RATIO, type BenchOptions, type Comparison, type Contender } from './harness';

const CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const REGION = 'us-east-1';
const STREAM = 'bench-stream';

/** A handler that answers each target with the bytes the transport once answered it (recorded, replayed). */
function cannedHandler(recorded: ReadonlyMap<string, TransportResponse>): TransportHandler {
  return {
    metadata: { handlerProtocol: 'http/1.1' },
    handle(request: TransportRequest) {
      const answer = recorded.get(request.headers['x-amz-target'] ?? '');
      if (answer === undefined) return Promise.reject(new Error(`bench: nothing canned for ${String(request.headers['x-amz-target'])}`));
      return Promise.resolve({ response: { statusCode: answer.statusCode, headers: { ...answer.headers }, body: answer.body.slice() } });
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
  };
}

/** The two clients of the section: one through the transport, one through the canned handler, same SDK stack. */
export interface TransportBench {
  readonly transport: { readonly describe: Contender; readonly put: Contender };
  readonly canned: { readonly describe: Contender; readonly put: Contender };
}

/**
 * Sets up a world with one ACTIVE stream, a client through `requestHandler(world)` and a client
 * through a handler replaying the transport's own answers.
 *
 * @example
 * ```ts
 * const b = await transportBench();
 * await b.transport.put.call(0);
 * ```
 */
export async function transportBench(): Promise<TransportBench> {
  const clock = virtualClock(Date.UTC(2026, 0, 1));
  const world = createWorld({ accountId: '123456789012', region: REGION, seed: 1, clock });
  const inner = requestHandler(world);
  const recorded = new Map<string, TransportResponse>();
  const recording: TransportHandler = {
    ...inner,
    async handle(request, options) {
      const out = await inner.handle(request, options);
      recorded.set(request.headers['x-amz-target'] ?? '', out.response);
      return out;
    },
  };
  const setup = new KinesisClient({ region: REGION, credentials: CREDENTIALS, requestHandler: recording });
  await setup.send(new CreateStreamCommand({ StreamName: STREAM, ShardCount: 1 }));
  clock.advance(60_000);
  const sample = await setup.send(new DescribeStreamSummaryCommand({ StreamName: STREAM }));
  if (sample.StreamDescriptionSummary?.StreamStatus !== 'ACTIVE') throw new Error('bench: the stream never became ACTIVE');
  await setup.send(new PutRecordCommand({ StreamName: STREAM, PartitionKey: 'pk', Data: Buffer.from('sample') }));
  const contenders = (label: string, client: KinesisClient): { describe: Contender; put: Contender } => ({
    describe: { label, call: () => client.send(new DescribeStreamSummaryCommand({ StreamName: STREAM })) },
    put: { label, call: (i) => client.send(new PutRecordCommand({ StreamName: STREAM, PartitionKey: `pk${i & 63}`, Data: Buffer.from(`record-${i}`) })) },
  });
  return {
    transport: contenders('requestHandler(world)', new KinesisClient({ region: REGION, credentials: CREDENTIALS, requestHandler: inner })),
    canned: contenders('canned-response handler', new KinesisClient({ region: REGION, credentials: CREDENTIALS, requestHandler: cannedHandler(recorded) })),
  };
}

/**
 * Runs the transport section and prints it.
 *
 * @example
 * ```ts
 * await runTransportSection(parseArgs(process.argv));
 * ```
 */
export async function runTransportSection(options: BenchOptions): Promise<Comparison[]> {
  const b = await transportBench();
  const results = [
    await compare('DescribeStreamSummary', b.transport.describe, b.canned.describe, options),
    await compare('PutRecord', b.transport.put, b.canned.put, options),
  ];
  printComparisons(`Transport: requestHandler(world) vs the same SDK stack with a canned-response handler (${options.rounds} interleaved rounds × ${options.n} calls)`, results, TARGET_RATIO);
  return results;
}
