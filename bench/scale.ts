// Section: the model's cost in big worlds (issue 13). Each figure is a ratio within one run: a
// call in a big world over the same call in a small one (interleaved rounds, see harness.ts), and
// the setup of a big world over a small one (alternating rounds).
import { performance } from 'node:perf_hooks';
import {
  CreateStreamCommand,
  DescribeStreamSummaryCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  ListStreamsCommand,
  PutRecordCommand,
  PutRecordsCommand,
  StartStreamEncryptionCommand,
} from '@aws-sdk/client-kinesis';
import { isDeepStrictEqual } from 'node:util';
import { createWorld, mockKinesis, RETAIN_BOUNDED, virtualClock, type World } from '../src/index';
import { toHaveEncryptedStreamRecords, toHaveStreamStatus, toHaveTransition, type SseMatcherContext } from '../src/matchers/index';
import { compare, median, printComparisons, type BenchOptions, type Comparison, type Contender } from './harness';

const CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const REGION = 'us-east-1';
const T0 = Date.UTC(2026, 0, 1);

/** A call in a big world: within this many times the same call in a small one. [issue 13] */
export const SCALE_CALL_TARGET = 1.5;
/** Setup of a big world (20× or 10× the small one): within this many times the small setup. [issue 13] */
export const SCALE_SETUP_TARGET = 25;

interface Bench {
  readonly world: World;
  readonly client: KinesisClient;
  readonly restore: () => void;
}

/**
 * A world on a virtual clock whose streams become ACTIVE at the next call, and a stubbed client.
 * `bounded`: `retain: RETAIN_BOUNDED`, for the worlds whose calls are measured; setups keep the
 * default (keep everything), as a test's setup does, and as the small setup does too (a bounded
 * trace would drop entries in the big setup only).
 */
function bench(bounded: boolean): Bench {
  const clock = virtualClock(T0);
  const world = createWorld({
    accountId: '123456789012',
    region: REGION,
    seed: 1,
    clock,
    kinesis: { durations: { creating: 0, updating: 0, encryptionLag: 0 }, limits: { shardLimit: 1_000_000 } },
    // Calls measured in worlds bounded as long runs are (docs/scale.md), the big and the small alike:
    // with every call's trace entry and stub history kept, each scavenge copied tens of thousands of
    // survivors (up to ~27 ms), and whether one landed in a round decided its figure more than the call did.
    ...(bounded ? { retain: RETAIN_BOUNDED } : {}),
  });
  const client = new KinesisClient({ region: REGION, credentials: CREDENTIALS });
  const stub = mockKinesis(world, { client });
  return { world, client, restore: () => stub.restore() };
}

/**
 * A world of `streams` ACTIVE streams and `keys` keys with aliases (a big world: the KMS alias
 * map, the stream map and ListStreams all hold 10,000), with `bench-0` encrypted under
 * `alias/aws/kinesis`, the AWS managed key a PutRecord checks at every call.
 */
async function world(streams: number, keys: number): Promise<Bench> {
  const b = bench(true);
  for (let i = 0; i < keys; i++) b.world.kms.createKey({ alias: `alias/key-${i}` });
  for (let i = 0; i < streams; i++) b.world.kinesis.createStream(`bench-${i}`, { shardCount: 1, active: true });
  await b.client.send(new StartStreamEncryptionCommand({ StreamName: 'bench-0', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
  await b.client.send(new DescribeStreamSummaryCommand({ StreamName: 'bench-0' }));
  return b;
}

/** A world whose one stream holds `records` records. */
async function stored(records: number): Promise<Bench> {
  const b = bench(true);
  b.world.kinesis.createStream('bench-0', { shardCount: 1, active: true });
  for (let done = 0; done < records; done += 500) {
    const n = Math.min(500, records - done);
    await b.client.send(
      new PutRecordsCommand({ StreamName: 'bench-0', Records: Array.from({ length: n }, (_, i) => ({ PartitionKey: `pk${i & 63}`, Data: Buffer.from(`r${done + i}`) })) }),
    );
  }
  return b;
}

/**
 * A world whose stream `bench-0` went through StartStreamEncryption and then took `entries` PutRecord
 * calls (answered by the world: a trace of about `entries` entries, all of them the stream's own).
 */
function traced(entries: number): World {
  const clock = virtualClock(T0);
  const w = createWorld({ seed: 1, clock, kinesis: { durations: { creating: 0, updating: 0, encryptionLag: 0 } } });
  w.kms.createKey({ alias: 'alias/bench' });
  w.kinesis.createStream('bench-0', { shardCount: 1, active: true });
  w.call('kinesis', 'StartStreamEncryption', { StreamName: 'bench-0', EncryptionType: 'KMS', KeyId: 'alias/bench' });
  clock.advance(1);
  const data = new Uint8Array(16);
  for (let i = 0; i < entries; i++) {
    w.call('kinesis', 'PutRecord', { StreamName: 'bench-0', PartitionKey: `pk${i & 63}`, Data: data });
    if (i % 1000 === 999) clock.advance(1_000);
  }
  return w;
}

/** What a runner gives a matcher (only `equals` is read while a matcher passes). */
const CONTEXT: SseMatcherContext = {
  isNot: false,
  equals: (a, b) => isDeepStrictEqual(a, b),
  utils: { matcherHint: (name) => name, printExpected: String, printReceived: String },
};

function matchers(label: string, w: World) {
  const pass = (r: { pass: boolean }): Promise<void> => (r.pass ? Promise.resolve() : Promise.reject(new Error(`bench matcher failed on ${label}`)));
  return {
    status: { label, call: () => pass(toHaveStreamStatus.call(CONTEXT, w, 'bench-0', 'ACTIVE')) },
    transition: { label, call: () => pass(toHaveTransition.call(CONTEXT, w, 'bench-0', { property: 'StreamStatus', to: 'ACTIVE' })) },
    records: { label, call: () => pass(toHaveEncryptedStreamRecords.call(CONTEXT, w, 'bench-0', { since: w.now() - 1_000 })) },
  } satisfies Record<string, Contender>;
}

function calls(label: string, b: Bench) {
  const c = b.client;
  return {
    put: { label, call: (i: number) => c.send(new PutRecordCommand({ StreamName: 'bench-0', PartitionKey: `pk${i & 63}`, Data: Buffer.from(`record-${i}`) })) },
    describe: { label, call: () => c.send(new DescribeStreamSummaryCommand({ StreamName: 'bench-0' })) },
    list: { label, call: () => c.send(new ListStreamsCommand({ Limit: 1, ExclusiveStartStreamName: 'bench-' })) },
    read: {
      label,
      call: async () => {
        const it = await c.send(new GetShardIteratorCommand({ StreamName: 'bench-0', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }));
        return c.send(new GetRecordsCommand({ ShardIterator: it.ShardIterator!, Limit: 10 }));
      },
    },
  } satisfies Record<string, Contender>;
}

/** Wall time of a setup, in µs. */
async function timed(setup: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await setup();
  return (performance.now() - t0) * 1000;
}

/** Setup of a big world over a small one, in alternating rounds (small big, then big small). */
async function setupRatio(operation: string, small: () => Promise<void>, big: () => Promise<void>, rounds: number, smallPerRound: number): Promise<Comparison> {
  const a: number[] = [];
  const b: number[] = [];
  // The small setup is timed `smallPerRound` times in a row and averaged, so both sides of a round
  // take about as long: a single 1,000-key setup takes ~20 ms, and one GC pause in it moved the
  // ratio by a quarter.
  const smalls = async (): Promise<void> => {
    for (let k = 0; k < smallPerRound; k++) await small();
  };
  for (let r = 0; r < rounds; r++) {
    collect();
    if (r % 2 === 0) {
      b.push((await timed(smalls)) / smallPerRound);
      collect();
      a.push(await timed(big));
    } else {
      a.push(await timed(big));
      collect();
      b.push((await timed(smalls)) / smallPerRound);
    }
  }
  const ratios = a.map((x, i) => x / b[i]!);
  return { operation, a: { label: 'big world', usPerOp: median(a), rounds: a }, b: { label: 'small world', usPerOp: median(b), rounds: b }, ratio: median(ratios) };
}

async function createKeys(n: number): Promise<void> {
  const b = bench(false);
  for (let i = 0; i < n; i++) b.world.kms.createKey({ alias: `alias/key-${i}` });
  b.restore();
}

async function createStreams(n: number): Promise<void> {
  const b = bench(false);
  for (let i = 0; i < n; i++) await b.client.send(new CreateStreamCommand({ StreamName: `bench-${i}`, ShardCount: 1 }));
  b.restore();
}

/** A full collection between parts (with --expose-gc; nothing otherwise). */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** PutRecord, DescribeStreamSummary and ListStreams in a world of 10,000 streams and 10,000 keys over 1 and 1. */
async function bigWorldCalls(perCall: BenchOptions): Promise<Comparison[]> {
  const small = await world(1, 1);
  const big = await world(10_000, 10_000);
  const s = calls('1 stream, 1 key', small);
  const g = calls('10k streams, 10k keys', big);
  try {
    return [
      await compare('PutRecord (aws/kinesis)', g.put, s.put, perCall),
      await compare('DescribeStreamSummary', g.describe, s.describe, perCall),
      await compare('ListStreams (Limit 1)', g.list, s.list, perCall),
    ];
  } finally {
    small.restore();
    big.restore();
  }
}

/** GetRecords (Limit 10) from a shard of 100,000 stored records over one of 100. */
async function storedRecordsCalls(perCall: BenchOptions): Promise<Comparison[]> {
  const few = await stored(100);
  const many = await stored(100_000);
  try {
    return [await compare('GetRecords (Limit 10)', calls('100k records', many).read, calls('100 records', few).read, perCall)];
  } finally {
    few.restore();
    many.restore();
  }
}

/** Three matchers on a long trace over a 1,000-entry one. */
async function longTraceMatchers(longTrace: number, perCall: BenchOptions): Promise<Comparison[]> {
  const long = matchers(`${longTrace / 1000}k-entry trace`, traced(longTrace));
  const short = matchers('1k-entry trace', traced(1_000));
  return [
    await compare('toHaveStreamStatus', long.status, short.status, perCall),
    await compare('toHaveTransition', long.transition, short.transition, perCall),
    await compare('toHaveEncryptedStreamRecords (last 1 s)', long.records, short.records, perCall),
  ];
}

/**
 * The scale section: per-call cost at 10,000 streams and 10,000 keys with aliases over 1 stream and
 * 1 key; GetRecords at 100,000 stored records over 100; a passing matcher on a 300,000-entry trace
 * over a 1,000-entry one; setup of 20,000 keys with aliases and of 10,000 streams (through
 * CreateStream) over 1,000. `--quick`: a 30,000-entry trace, no CreateStream setup.
 *
 * @example
 * ```ts
 * await runScaleSection(parseArgs([]));
 * ```
 */
export async function runScaleSection(options: BenchOptions): Promise<Comparison[]> {
  const perCall = { ...options, n: Math.min(options.n, 1000), warmup: Math.min(options.warmup, 200) };
  // Each part makes its worlds, measures, restores their stubs and lets them go (and collects, with
  // --expose-gc), so no part is measured beside the heap of an earlier one: with every world kept to
  // the end the heap reached 2.4 GB, each scavenge took ~27 ms and landed on whichever contender
  // happened to allocate.
  // (collected here, once a part has returned: inside it, its frame still holds its worlds)
  const calls_: Comparison[] = [];
  for (const part of [() => bigWorldCalls(perCall), () => storedRecordsCalls(perCall), () => longTraceMatchers(options.quick ? 30_000 : 300_000, perCall)]) {
    calls_.push(...(await part()));
    collect();
  }
  const setups: Comparison[] = [];
  const rounds = Math.max(3, Math.min(options.rounds, 5));
  // One unmeasured round of each first: the first small setup would otherwise also pay for compiling
  // the code both run (a 1,000-key setup takes a few ms, so that alone moved the ratio by 2×).
  await createKeys(1_000);
  await createKeys(20_000);
  setups.push(await setupRatio('createKey({ alias }) ×20k/1k', () => createKeys(1_000), () => createKeys(20_000), rounds, 20));
  if (!options.quick) {
    await createStreams(1_000);
    setups.push(await setupRatio('CreateStream ×10k/1k', () => createStreams(1_000), () => createStreams(10_000), rounds, 10));
  }
  printComparisons(`Scale: a call in a big world over the same call in a small one (${options.rounds} interleaved rounds × ${perCall.n} calls; SDK calls in worlds with retain: RETAIN_BOUNDED)`, calls_, SCALE_CALL_TARGET);
  printComparisons(`Scale: setup of a big world over a small one (${rounds} alternating rounds; linear is 20× and 10×)`, setups, SCALE_SETUP_TARGET);
  return [...calls_, ...setups];
}
