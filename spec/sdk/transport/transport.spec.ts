// What only the transport shows: the SDK's own retries (attempts and backoff in virtual time), waiters
// polling through it, $metadata from the response headers, and protocol errors deserialized by the SDK.
import {
  CreateStreamCommand,
  DescribeStreamSummaryCommand,
  KinesisClient,
  KinesisServiceException,
  LimitExceededException,
  ListStreamsCommand,
  ResourceNotFoundException,
  SplitShardCommand,
  StartStreamEncryptionCommand,
  waitUntilStreamExists,
} from '@aws-sdk/client-kinesis';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { FirehoseClient, ListDeliveryStreamsCommand } from '@aws-sdk/client-firehose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createWorld,
  installFaults,
  mockFirehose,
  mockKinesis,
  mockKms,
  requestHandler,
  UnmodelledCommandError,
  type CallEntry,
  type World,
} from '../../../src/index';

const T0 = Date.UTC(2026, 0, 1);
const ACCOUNT = '123456789012';
const CREDENTIALS = { accessKeyId: 'AKID', secretAccessKey: 'SECRET' };
const restores: (() => void)[] = [];

afterEach(() => {
  for (const r of restores.splice(0)) r();
  vi.useRealTimers();
});

function fakeTimeWorld(options: Parameters<typeof createWorld>[0] = {}): World {
  vi.useFakeTimers({ now: T0 });
  return createWorld({ accountId: ACCOUNT, region: 'us-east-1', seed: 7, ...options });
}

/** The calls that reached the world's rules (not the ones an override or the unmodelled refusal answered). */
function calls(world: World, operation?: string): CallEntry[] {
  return world.trace.filter((e): e is CallEntry => e.kind === 'call' && e.answeredBy === undefined && (operation === undefined || e.operation === operation));
}

/** Settles `promise` while advancing fake time in steps, as a test would advance for the SDK's backoff. */
async function drive<T>(promise: Promise<T>, stepMs = 1_000, maxMs = 120_000): Promise<T> {
  let settled = false;
  const watched = promise.finally(() => (settled = true));
  watched.catch(() => undefined);
  for (let t = 0; !settled && t < maxMs; t += stepMs) await vi.advanceTimersByTimeAsync(stepMs);
  return watched;
}

describe('retries, counted as AWS counts them', () => {
  it('the 26th new key in 24 hours ends in LimitExceededException after 3 attempts; the refused attempts use no quota', async () => {
    const world = fakeTimeWorld({ kinesis: { durations: { updating: 1_000 } } });
    const stub = mockKinesis(world, { transport: true });
    restores.push(() => stub.restore());
    world.kinesis.createStream('orders');
    const client = new KinesisClient({});
    const keys = Array.from({ length: 26 }, () => world.kms.createKey().Arn);
    for (const key of keys.slice(0, 25)) {
      await drive(client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: key })), 1_000);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    const usage = world.kinesis.limits('orders');
    expect(usage.keyApplications).toMatchObject({ used: 25, limit: 25 });
    const before = calls(world, 'StartStreamEncryption').length;
    const sent = client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: keys[25] }));
    const error = await drive(sent.then(() => undefined, (e: unknown) => e), 500);
    expect(error).toBeInstanceOf(LimitExceededException);
    const e = error as LimitExceededException;
    expect(e.$metadata.attempts).toBe(3);
    expect(e.$metadata.totalRetryDelay).toBeGreaterThan(0);
    const attempts = calls(world, 'StartStreamEncryption').slice(before);
    expect(attempts.map((c) => [c.attempt, c.error?.type])).toStrictEqual([
      [1, 'LimitExceededException'],
      [2, 'LimitExceededException'],
      [3, 'LimitExceededException'],
    ]);
    expect(new Set(attempts.map((c) => c.invocation)).size).toBe(1);
    expect(attempts[0]!.invocation).toMatch(/^[0-9a-f-]{36}$/);
    // Backoff in virtual time: throttles wait up to 1 s, then up to 2 s (wire-protocol.md §5).
    const gaps = [attempts[1]!.time - attempts[0]!.time, attempts[2]!.time - attempts[1]!.time];
    expect(gaps[0]).toBeLessThanOrEqual(1_000);
    expect(gaps[1]).toBeLessThanOrEqual(2_000);
    expect(world.kinesis.limits('orders')).toStrictEqual(usage);
    // Only one aws-sdk-client-mock call: retries happen below send.
    expect(stub.commandCalls(StartStreamEncryptionCommand)).toHaveLength(26);
  });

  it('a throttle fault per attempt (default): times 2 throttles two attempts and the third succeeds, with $metadata.attempts 3', async () => {
    const world = fakeTimeWorld();
    const stub = mockKinesis(world, { transport: true });
    restores.push(() => stub.restore());
    installFaults(world, [{ kind: 'throttle', service: 'kinesis', operation: 'ListStreams', times: 2 }]);
    const out = await drive(new KinesisClient({}).send(new ListStreamsCommand({})), 250);
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 3 });
    expect(calls(world, 'ListStreams').map((c) => [c.attempt, c.error?.type ?? 'ok'])).toStrictEqual([
      [1, 'LimitExceededException'],
      [2, 'LimitExceededException'],
      [3, 'ok'],
    ]);
  });

  it("a throttle fault per invocation: times 1 fails one send() after all its attempts, and the next send() goes through", async () => {
    const world = fakeTimeWorld();
    const stub = mockKinesis(world, { transport: true });
    restores.push(() => stub.restore());
    const faults = installFaults(world, [{ kind: 'throttle', service: 'kinesis', operation: 'ListStreams', times: 1, per: 'invocation' }]);
    const client = new KinesisClient({});
    const first = await drive(client.send(new ListStreamsCommand({})).then(() => undefined, (e: unknown) => e), 250);
    expect(first).toBeInstanceOf(LimitExceededException);
    expect((first as LimitExceededException).$metadata.attempts).toBe(3);
    const second = await drive(client.send(new ListStreamsCommand({})), 250);
    expect(second.$metadata.attempts).toBe(1);
    expect(faults.fired).toHaveLength(3);
    expect(faults.fired[0]!.label).toBe('fault#0 throttle kinesis ListStreams with LimitExceededException per invocation');
  });

  it('a 5xx is retried with the short backoff (50 ms base)', async () => {
    const world = fakeTimeWorld();
    const stub = mockKinesis(world, { transport: true });
    restores.push(() => stub.restore());
    installFaults(world, [{ kind: 'internal-failure', service: 'kinesis', operation: 'ListStreams' }]);
    const out = await drive(new KinesisClient({}).send(new ListStreamsCommand({})), 10);
    expect(out.$metadata.attempts).toBe(2);
    const [a, b] = calls(world, 'ListStreams');
    expect(a!.error?.httpStatus).toBe(500);
    expect(b!.time - a!.time).toBeLessThanOrEqual(50);
  });

  it('without advancing the clock, a retried call stays pending (the backoff is a setTimeout)', async () => {
    const world = fakeTimeWorld();
    const stub = mockKinesis(world, { transport: true });
    restores.push(() => stub.restore());
    installFaults(world, [{ kind: 'throttle', service: 'kinesis', operation: 'ListStreams' }]);
    let done = false;
    const sent = new KinesisClient({}).send(new ListStreamsCommand({})).finally(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    expect(calls(world, 'ListStreams')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    await sent;
    expect(calls(world, 'ListStreams')).toHaveLength(2);
  });
});

describe('waiters poll through the transport', () => {
  it('waitUntilStreamExists polls on virtual time until the stream is ACTIVE', async () => {
    const world = fakeTimeWorld({ kinesis: { durations: { creating: 35_000 } } });
    const stub = mockKinesis(world, { transport: true });
    restores.push(() => stub.restore());
    const client = new KinesisClient({});
    await drive(client.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 1 })));
    const start = Date.now();
    const result = await drive(waitUntilStreamExists({ client, maxWaitTime: 120 }, { StreamName: 'orders' }));
    expect(result.state).toBe('SUCCESS');
    const polls = calls(world, 'DescribeStream');
    expect(polls.length).toBeGreaterThanOrEqual(3);
    expect(polls[0]!.time).toBe(start);
    expect(polls.at(-1)!.time).toBeGreaterThanOrEqual(T0 + 35_000);
    // Each poll is its own invocation, attempt 1.
    expect(new Set(polls.map((p) => p.invocation)).size).toBe(polls.length);
  });

  it('the JS waiter retries on ResourceNotFoundException and times out on virtual time', async () => {
    const world = fakeTimeWorld();
    const stub = mockKinesis(world, { transport: true });
    restores.push(() => stub.restore());
    const client = new KinesisClient({});
    const outcome = await drive(
      waitUntilStreamExists({ client, maxWaitTime: 60 }, { StreamName: 'nope' }).then(
        (r) => r,
        (e: unknown) => e,
      ),
    );
    expect((outcome as Error).name).toBe('TimeoutError');
    expect(calls(world, 'DescribeStream').every((c) => c.error?.type === 'ResourceNotFoundException')).toBe(true);
  });
});

describe('$metadata and errors come from the SDK deserializing the response', () => {
  it('requestId is the x-amzn-requestid header, drawn from the same stream as the send-level stub\'s ids', async () => {
    const viaTransport = fakeTimeWorld();
    const stub = mockKinesis(viaTransport, { transport: true });
    const out = await new KinesisClient({}).send(new ListStreamsCommand({}));
    stub.restore();
    const viaSend = createWorld({ accountId: ACCOUNT, region: 'us-east-1', seed: 7 });
    const plain = mockKinesis(viaSend);
    restores.push(() => plain.restore());
    const sendOut = await new KinesisClient({ region: 'us-east-1' }).send(new ListStreamsCommand({}));
    expect(out.$metadata.requestId).toBe(sendOut.$metadata.requestId);
    expect(out.$metadata.extendedRequestId).toBe(sendOut.$metadata.extendedRequestId);
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 });
  });

  it('a modelled error is an instance of the package\'s class with AWS\'s message, status and requestId', async () => {
    const world = fakeTimeWorld();
    const stub = mockKinesis(world, { transport: true });
    restores.push(() => stub.restore());
    const e = await new KinesisClient({}).send(new DescribeStreamSummaryCommand({ StreamName: 'nope' })).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ResourceNotFoundException);
    expect((e as ResourceNotFoundException).message).toBe(`Stream nope under account ${ACCOUNT} not found.`);
    expect((e as ResourceNotFoundException).$metadata).toMatchObject({ httpStatusCode: 400, attempts: 1 });
    expect((e as ResourceNotFoundException).$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((e as ResourceNotFoundException).$fault).toBe('client');
  });

  it('a value of the wrong JSON type reaches the wire and comes back as SerializationException', async () => {
    const world = fakeTimeWorld();
    const stub = mockKinesis(world, { transport: true });
    restores.push(() => stub.restore());
    const e = await new KinesisClient({}).send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 'one' as unknown as number })).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(KinesisServiceException);
    expect((e as KinesisServiceException).name).toBe('SerializationException');
    expect((e as KinesisServiceException).$metadata.httpStatusCode).toBe(400);
    expect(calls(world)).toHaveLength(0);
  });

  it('an operation the world does not model, through a bare requestHandler client: UnknownOperationException as the SDK reads it', async () => {
    const world = fakeTimeWorld();
    const client = new KinesisClient({ region: 'us-east-1', credentials: CREDENTIALS, requestHandler: requestHandler(world) });
    const e = await drive(client.send(new SplitShardCommand({ StreamName: 'orders', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: '1' })).catch((x: unknown) => x));
    expect(e).toBeInstanceOf(KinesisServiceException);
    expect((e as KinesisServiceException).name).toBe('UnknownOperationException');
    expect((e as KinesisServiceException).$metadata.httpStatusCode).toBe(400);
  });

  it('under mockKinesis(world, { transport: true }) an unmodelled command is still UnmodelledCommandError, before any request', async () => {
    const world = fakeTimeWorld();
    const stub = mockKinesis(world, { transport: true });
    restores.push(() => stub.restore());
    await expect(new KinesisClient({}).send(new SplitShardCommand({ StreamName: 'orders', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: '1' }))).rejects.toThrow(
      UnmodelledCommandError,
    );
    expect(calls(world)).toHaveLength(0);
    expect(world.trace.map((e) => e.kind === 'call' && [e.operation, e.answeredBy, e.error?.type])).toStrictEqual([['SplitShard', 'unmodelled', 'UnmodelledCommandError']]);
  });
});

describe('the stub stays an aws-sdk-client-mock stub', () => {
  it('history, .on(X) overrides and restore() work; restore() gives the client its own settings back', async () => {
    const world = fakeTimeWorld();
    const stub = mockKinesis(world, { transport: true });
    const client = new KinesisClient({});
    stub.on(ListStreamsCommand).resolvesOnce({ StreamNames: ['overridden'], HasMoreStreams: false });
    expect((await client.send(new ListStreamsCommand({}))).StreamNames).toStrictEqual(['overridden']);
    await client.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 1 }));
    expect((await client.send(new ListStreamsCommand({}))).StreamNames).toStrictEqual(['orders']);
    expect(stub.calls()).toHaveLength(3);
    expect(calls(world).map((c) => c.operation)).toStrictEqual(['CreateStream', 'ListStreams']);
    expect(world.trace.filter((e) => e.kind === 'call' && e.answeredBy === 'override').map((e) => e.kind === 'call' && [e.operation, e.output])).toStrictEqual([
      ['ListStreams', { StreamNames: ['overridden'], HasMoreStreams: false }],
    ]);
    const handler = client.config.requestHandler;
    stub.restore();
    expect(client.config.requestHandler).not.toBe(handler);
  });

  it('Firehose and KMS clients go through the transport too, with their own regions kept apart', async () => {
    const world = fakeTimeWorld();
    const firehose = mockFirehose(world, { transport: true });
    const kms = mockKms(world, { transport: true });
    restores.push(() => firehose.restore(), () => kms.restore());
    const key = await new KMSClient({ region: 'eu-west-1' }).send(new CreateKeyCommand({ Description: 'd' }));
    expect(key.KeyMetadata?.Arn).toMatch(/^arn:aws:kms:eu-west-1:123456789012:key\//);
    expect(key.KeyMetadata?.CreationDate).toStrictEqual(new Date(T0));
    const list = await new FirehoseClient({}).send(new ListDeliveryStreamsCommand({}));
    expect(list).toMatchObject({ DeliveryStreamNames: [], HasMoreDeliveryStreams: false });
    expect(calls(world).map((c) => [c.service, c.operation, c.region, c.attempt])).toStrictEqual([
      ['kms', 'CreateKey', 'eu-west-1', 1],
      ['firehose', 'ListDeliveryStreams', 'us-east-1', 1],
    ]);
  });

  it('one client instance can be mocked with the transport; reset() keeps answering through it', async () => {
    const world = fakeTimeWorld();
    const client = new KinesisClient({ region: 'us-east-1', maxAttempts: 1 });
    const stub = mockKinesis(world, { client, transport: true });
    restores.push(() => stub.restore());
    await client.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 1 }));
    stub.reset();
    const out = await client.send(new ListStreamsCommand({}));
    expect(out.StreamNames).toStrictEqual(['orders']);
    expect(calls(world).map((c) => [c.operation, c.attempt])).toStrictEqual([
      ['CreateStream', 1],
      ['ListStreams', 1],
    ]);
    expect(stub.calls()).toHaveLength(1);
  });

  it('options.transport must be a boolean', () => {
    const world = createWorld({ seed: 1 });
    expect(() => mockKinesis(world, { transport: 'yes' as never })).toThrow('[kinesis-sse-harness] mockKinesis: options.transport must be true or false; got "yes"');
  });
});
