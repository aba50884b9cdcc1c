import { KinesisClient, ListStreamsCommand } from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorld, mockKinesis, virtualClock } from '../../src/index';

// Issue 9: the mocks' misuse paths each get a clear TypeError, or the SDK's own behaviour.
describe('mocks used as users misuse them', () => {
  const stubs: { restore(): void }[] = [];
  afterEach(() => stubs.splice(0).forEach((s) => s.restore()));
  const world = () => createWorld({ clock: virtualClock(0) });

  it('refuses a second mock of a client that is already mocked, and allows it again after restore()', () => {
    const first = mockKinesis(world());
    stubs.push(first);
    expect(() => mockKinesis(world())).toThrow(
      new TypeError(
        '[kinesis-sse-harness] mockKinesis: the KinesisClient class is already mocked by an earlier mockKinesis that was not restored; call restore() on that stub first (two stubs on one client would replace each other, and restoring either would un-mock both)',
      ),
    );
    first.restore();
    stubs.push(mockKinesis(world()));
  });

  it('mocks two instances apart, and refuses the same instance twice', () => {
    const a = new KinesisClient({ region: 'us-east-1' });
    const b = new KinesisClient({ region: 'us-east-1' });
    stubs.push(mockKinesis(world(), { client: a }), mockKinesis(world(), { client: b }));
    expect(() => mockKinesis(world(), { client: a })).toThrow(/this KinesisClient instance is already mocked by an earlier mockKinesis/);
  });

  it('applies a ...Once override set after calls already went through the stub', async () => {
    const stub = mockKinesis(world());
    stubs.push(stub);
    const client = new KinesisClient({ region: 'us-east-1' });
    await client.send(new ListStreamsCommand({}));
    await client.send(new ListStreamsCommand({}));
    stub.on(ListStreamsCommand).rejectsOnce(new Error('first override'));
    await expect(client.send(new ListStreamsCommand({}))).rejects.toThrow('first override');
    expect(await client.send(new ListStreamsCommand({}))).toMatchObject({ StreamNames: [] });
    stub.rejectsOnce(new Error('any command, once'));
    await expect(client.send(new ListStreamsCommand({}))).rejects.toThrow('any command, once');
    expect(await client.send(new ListStreamsCommand({}))).toMatchObject({ StreamNames: [] });
  });

  it('rejects a send whose abortSignal is already aborted with the SDK AbortError, and answers nothing', async () => {
    const w = world();
    stubs.push(mockKinesis(w));
    const client = new KinesisClient({ region: 'us-east-1' });
    const controller = new AbortController();
    controller.abort();
    const err = await client.send(new ListStreamsCommand({}), { abortSignal: controller.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ name: 'AbortError', message: 'Request aborted' });
    expect(w.trace).toEqual([]);
    const withReason = new AbortController();
    withReason.abort('user gave up');
    await expect(client.send(new ListStreamsCommand({}), { abortSignal: withReason.signal })).rejects.toMatchObject({ name: 'AbortError', message: 'user gave up' });
    expect(await client.send(new ListStreamsCommand({}), { abortSignal: new AbortController().signal })).toMatchObject({ StreamNames: [] });
  });

  it('does not turn an error thrown by a send callback into an unhandled rejection', async () => {
    stubs.push(mockKinesis(world()));
    const client = new KinesisClient({ region: 'us-east-1' });
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const called = new Promise<unknown>((resolve) => {
        client.send(new ListStreamsCommand({}), (err: unknown, out: unknown) => {
          resolve(err ?? out);
          throw new Error('the callback itself fails');
        });
      });
      expect(await called).toMatchObject({ StreamNames: [] });
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
