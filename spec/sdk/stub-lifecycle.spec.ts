import { CreateStreamCommand, KinesisClient, ListStreamsCommand, ResourceInUseException, SplitShardCommand } from '@aws-sdk/client-kinesis';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorld, mockKinesis, UnmodelledCommandError, virtualClock, type World } from '../../src/index';
import type { CallEntry } from '../../src/model/trace';

const T0 = Date.UTC(2026, 0, 1);
const world = (): World => createWorld({ clock: virtualClock(T0) });
const client = new KinesisClient({ region: 'us-east-1' });
const list = (): Promise<unknown> => client.send(new ListStreamsCommand({}));

const undo: (() => void)[] = [];
afterEach(() => {
  for (const u of undo.splice(0).reverse()) u();
});

function callsOf(w: World): CallEntry[] {
  return w.trace.filter((e): e is CallEntry => e.kind === 'call');
}

// Issue 13: the stub's call history is what a long run keeps per call; it can be bounded.
describe('mock*(world, { history })', () => {
  it("{ last: N } keeps the last N calls; 'none' keeps none; the world's trace keeps everything", async () => {
    const w = world();
    const stub = mockKinesis(w, { history: { last: 2 } });
    undo.push(() => stub.restore());
    for (let i = 0; i < 5; i++) await client.send(new CreateStreamCommand({ StreamName: `s${i}`, ShardCount: 1 }));
    expect(stub.calls().map((c) => (c.args[0] as CreateStreamCommand).input.StreamName)).toStrictEqual(['s3', 's4']);
    expect(stub.commandCalls(CreateStreamCommand)).toHaveLength(2);
    expect(stub.send.callCount).toBe(2);
    expect(stub.send.lastCall?.args[0]).toBeInstanceOf(CreateStreamCommand);
    expect(callsOf(w)).toHaveLength(5);
    stub.restore();

    const none = mockKinesis(w, { history: 'none' });
    undo.push(() => none.restore());
    await list();
    await list();
    expect(none.calls()).toStrictEqual([]);
    expect(none.send.called).toBe(false);
    expect(callsOf(w)).toHaveLength(7);
  });

  it('overrides planned with ...Once still answer the calls they were set for while the history is cut', async () => {
    for (const history of ['none', { last: 1 }, 'all'] as const) {
      const w = world();
      const stub = mockKinesis(w, { history });
      undo.push(() => stub.restore());
      await list();
      stub.on(ListStreamsCommand).rejectsOnce(new Error('first')).rejectsOnce(new Error('second'));
      await expect(list()).rejects.toThrow('first');
      await expect(list()).rejects.toThrow('second');
      await expect(list()).resolves.toMatchObject({ StreamNames: [] });
      await list();
      stub.on(ListStreamsCommand).resolvesOnce({ StreamNames: ['later'] });
      await expect(list()).resolves.toStrictEqual({ StreamNames: ['later'] });
      await expect(list()).resolves.toMatchObject({ StreamNames: [] });
      stub.restore();
      undo.pop();
    }
  });

  it('refuses a history that is not all, none or { last: N }', () => {
    const w = world();
    for (const bad of ['some', { last: -1 }, { last: 1.5 }, { first: 2 }, 3, null]) {
      expect(() => mockKinesis(w, { history: bad as never })).toThrow(TypeError);
    }
    expect(() => mockKinesis(w, { history: 'some' as never })).toThrow(
      `[kinesis-sse-harness] mockKinesis: options.history must be 'all', 'none' or { last: N } with N a whole number >= 0; got "some"`,
    );
    // Nothing was stubbed by the refused calls.
    const stub = mockKinesis(w);
    stub.restore();
  });
});

// Issue 14.6: the calls the world's rules did not answer are in the trace, marked.
describe('calls answered outside the world are in the trace, marked', () => {
  it('an override answer and an override rejection: answeredBy override, with the output or the error', async () => {
    const w = world();
    const stub = mockKinesis(w);
    undo.push(() => stub.restore());
    stub.on(ListStreamsCommand).resolvesOnce({ StreamNames: ['fake'], HasMoreStreams: false, $metadata: {} } as never);
    stub.on(CreateStreamCommand).rejectsOnce(new ResourceInUseException({ message: 'Stream s under account 123456789012 already exists.', $metadata: { httpStatusCode: 400 } }));
    await list();
    await client.send(new CreateStreamCommand({ StreamName: 's', ShardCount: 1 })).catch(() => undefined);
    await client.send(new CreateStreamCommand({ StreamName: 's', ShardCount: 1 }));
    const calls = callsOf(w);
    expect(calls.map((c) => [c.operation, c.answeredBy])).toStrictEqual([
      ['ListStreams', 'override'],
      ['CreateStream', 'override'],
      ['CreateStream', undefined],
    ]);
    expect(calls[0]).toMatchObject({ service: 'kinesis', region: 'us-east-1', time: T0, input: {}, output: { StreamNames: ['fake'], HasMoreStreams: false } });
    expect(calls[0]!.output).not.toHaveProperty('$metadata');
    expect(calls[1]!.error).toStrictEqual({
      service: 'kinesis',
      type: 'ResourceInUseException',
      message: 'Stream s under account 123456789012 already exists.',
      httpStatus: 400,
      fault: 'client',
    });
  });

  it('a plain Error, a callsFake and a synchronous throw are noted too', async () => {
    const w = world();
    const stub = mockKinesis(w);
    undo.push(() => stub.restore());
    stub.on(ListStreamsCommand).rejectsOnce('boom').callsFakeOnce(() => ({ StreamNames: ['sync'] }));
    await list().catch(() => undefined);
    expect(await list()).toStrictEqual({ StreamNames: ['sync'] });
    stub.on(ListStreamsCommand).callsFakeOnce(() => {
      throw new TypeError('thrown');
    });
    // aws-sdk-client-mock may throw at once or reject: either way the call is noted.
    await expect(
      (async () => {
        await client.send(new ListStreamsCommand({}));
      })(),
    ).rejects.toThrow('thrown');
    expect(callsOf(w).map((c) => [c.answeredBy, c.output, c.error?.type, c.error?.message, c.error?.httpStatus])).toStrictEqual([
      ['override', undefined, 'Error', 'boom', 0],
      ['override', { StreamNames: ['sync'] }, undefined, undefined, undefined],
      ['override', undefined, 'TypeError', 'thrown', 0],
    ]);
  });

  it('an unmodelled command: answeredBy unmodelled, the error UnmodelledCommandError', async () => {
    const w = world();
    const stub = mockKinesis(w);
    undo.push(() => stub.restore());
    const split = new SplitShardCommand({ StreamName: 's', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: '1' });
    await expect(client.send(split)).rejects.toThrow(UnmodelledCommandError);
    expect(callsOf(w)).toMatchObject([
      { operation: 'SplitShard', answeredBy: 'unmodelled', input: split.input, error: { type: 'UnmodelledCommandError', httpStatus: 0 } },
    ]);
  });
});

// Issue 14.3: another stub replacing ours is refused loudly instead of silently taking the calls.
describe('replacing the stub while it is active', () => {
  it("aws-sdk-client-mock's mockClient(KinesisClient) after mockKinesis(world) throws, naming both, and leaves ours answering", async () => {
    const w = world();
    const stub = mockKinesis(w);
    undo.push(() => stub.restore());
    expect(() => mockClient(KinesisClient)).toThrow(
      "[kinesis-sse-harness] Restoring send of KinesisClient (aws-sdk-client-mock's mockClient(KinesisClient), reset() of another stub, or a sinon restore) would replace the stub mockKinesis(world) put on the KinesisClient class, and its calls would no longer reach the world (they would get the other stub's answers, or go to the real SDK). Override answers on the stub mockKinesis returned (stub.on(Command).resolves(...)), call its restore() first, or stub one instance with mockKinesis(world, { client }).",
    );
    w.kinesis.createStream('orders');
    await expect(list()).resolves.toMatchObject({ StreamNames: ['orders'] });
    // After restore(), mockClient works as usual again.
    stub.restore();
    const theirs = mockClient(KinesisClient);
    theirs.resolves({ StreamNames: ['theirs'] });
    await expect(list()).resolves.toStrictEqual({ StreamNames: ['theirs'] });
    theirs.restore();
  });

  it('restoring a mockClient(KinesisClient) made before mockKinesis(world) throws while ours is active, and is harmless after', async () => {
    const theirs = mockClient(KinesisClient);
    const w = world();
    const stub = mockKinesis(w);
    undo.push(() => {
      stub.restore();
      theirs.restore();
    });
    expect(() => theirs.restore()).toThrow(/restore\(\) of a stub of KinesisClient made before mockKinesis\(world\) would replace the stub mockKinesis\(world\) put on the KinesisClient class/);
    await expect(list()).resolves.toMatchObject({ StreamNames: [] });
    expect(() => theirs.reset()).toThrow(/would replace the stub mockKinesis\(world\)/);
    await expect(list()).resolves.toMatchObject({ StreamNames: [] });
    undo.pop()!();
    expect(Object.hasOwn(KinesisClient.prototype, 'send')).toBe(false);
  });

  it("mocking one instance next to a class stub of aws-sdk-client-mock's is still fine (the documented { client } option)", async () => {
    const theirs = mockClient(KinesisClient);
    undo.push(() => theirs.restore());
    theirs.resolves({ StreamNames: ['theirs'] });
    const mine = new KinesisClient({ region: 'us-east-1' });
    const w = world();
    w.kinesis.createStream('orders');
    const stub = mockKinesis(w, { client: mine });
    undo.push(() => stub.restore());
    await expect(mine.send(new ListStreamsCommand({}))).resolves.toMatchObject({ StreamNames: ['orders'] });
    await expect(list()).resolves.toStrictEqual({ StreamNames: ['theirs'] });
  });

  it('a second restore() of our own stub, after a new one was made, does not remove the new one', async () => {
    const first = mockKinesis(world());
    const oldSend = first.send;
    first.restore();
    const w = world();
    w.kinesis.createStream('orders');
    const second = mockKinesis(w);
    undo.push(() => second.restore());
    oldSend.restore();
    first.restore();
    await expect(list()).resolves.toMatchObject({ StreamNames: ['orders'] });
  });
});

describe("the world's retain.stubCallHistory", () => {
  it('bounds the history of the stubs made for it, unless the mock is given its own history', async () => {
    const w = createWorld({ clock: virtualClock(T0), retain: { stubCallHistory: 1 } });
    const stub = mockKinesis(w);
    undo.push(() => stub.restore());
    await list();
    await list();
    expect(stub.calls()).toHaveLength(1);
    stub.restore();
    const own = mockKinesis(w, { history: 'all' });
    undo.push(() => own.restore());
    await list();
    await list();
    expect(own.calls()).toHaveLength(2);
  });
});
