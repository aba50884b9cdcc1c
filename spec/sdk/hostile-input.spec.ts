import { DeleteStreamCommand, DescribeStreamSummaryCommand, KinesisClient, ListStreamsCommand } from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorld, mockKinesis, virtualClock, type KinesisStub } from '../../src/index';

describe('send() with hostile input (issue 9)', () => {
  let stub: KinesisStub | undefined;
  afterEach(() => stub?.restore());

  const setup = () => {
    const world = createWorld({ clock: virtualClock(0) });
    world.kinesis.createStream('s');
    const client = new KinesisClient({ region: 'us-east-1' });
    stub = mockKinesis(world, { client });
    return { world, client };
  };

  it('an input containing itself, or nested 10,000 levels deep, is answered and never throws synchronously', async () => {
    const { client } = setup();
    const cyclic: Record<string, unknown> = { Limit: 1 };
    cyclic['Self'] = cyclic;
    let deep: unknown = 'leaf';
    for (let i = 0; i < 10_000; i++) deep = { Nested: deep };
    let sent: Promise<unknown> | undefined;
    expect(() => (sent = client.send(new ListStreamsCommand(cyclic as never)))).not.toThrow();
    await expect(sent).resolves.toMatchObject({ StreamNames: ['s'] });
    expect(() => (sent = client.send(new DescribeStreamSummaryCommand({ StreamName: deep } as never)))).not.toThrow();
    await expect(sent).rejects.toMatchObject({ name: 'SerializationException' });
  });

  it('an own __proto__ key (as JSON.parse makes it) is a plain member, not the input: DeleteStream names no stream', async () => {
    const { world, client } = setup();
    const input = JSON.parse('{"__proto__": {"StreamName": "s"}}') as never;
    await expect(client.send(new DeleteStreamCommand(input))).rejects.toMatchObject({ name: expect.stringMatching(/ValidationException|InvalidArgumentException/) });
    expect(world.kinesis.describe('s')?.StreamStatus).toBe('ACTIVE');
  });
});

describe('a byte array where a structure belongs (issue 9, class 8)', () => {
  it('is taken as a structure with none of its members, without walking its 10 MiB of indices', async () => {
    const { FirehoseClient, PutRecordCommand } = await import('@aws-sdk/client-firehose');
    const { mockFirehose } = await import('../../src/index');
    const world = createWorld({ clock: virtualClock(0) });
    world.firehose.createDeliveryStream('d');
    const client = new FirehoseClient({ region: 'us-east-1' });
    const stub = mockFirehose(world, { client });
    try {
      const started = performance.now();
      await expect(client.send(new PutRecordCommand({ DeliveryStreamName: 'd', Record: new Uint8Array(10 * 1024 * 1024) as never }))).rejects.toMatchObject({
        name: 'ValidationException',
        message: expect.stringContaining("'record.data' failed to satisfy constraint: Member must not be null"),
      });
      expect(performance.now() - started).toBeLessThan(500);
      expect(world.firehose.records('d')).toEqual([]);
    } finally {
      stub.restore();
    }
  });
});

describe('a byte array where a map belongs (issue 9, class 8)', () => {
  it('is a SerializationException at once, not a walk of its 10 MiB of entries', () => {
    const world = createWorld({ clock: virtualClock(0) });
    const started = performance.now();
    const r = world.call('kinesis', 'CreateStream', { StreamName: 's', ShardCount: 1, Tags: new Uint8Array(10 * 1024 * 1024) });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(r).toMatchObject({ ok: false, error: { type: 'SerializationException', message: "Expected a map at 'tags'" } });
    expect(world.kinesis.describe('s')).toBeUndefined();
  });
});
