import { KinesisClient, ListStreamsCommand } from '@aws-sdk/client-kinesis';
import { KMSClient, ListAliasesCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import '../../src/vitest';
import { mockKinesis, releaseWorlds, useWorld, virtualClock } from '../../src/index';

// Issue 14.4: the one-line safe form. The setup entry's afterEach releases every world useWorld made
// during a test, so a test that fails half-way leaves nothing answering the next one.

const client = new KinesisClient({ region: 'us-east-1' });
const streams = async (): Promise<unknown> => (await client.send(new ListStreamsCommand({}))).StreamNames;

describe('useWorld() under the vitest setup entry', () => {
  // The first test fails on purpose (it.fails passes only when it fails) after binding a world; the
  // second must see a fresh one: the first world's stub gone, so its own can bind and answers empty.
  it.fails('a test that fails after its setup', async () => {
    const { world } = useWorld({ seed: 1, clock: virtualClock(0) });
    world.kinesis.createStream('stale');
    expect(await streams()).toEqual(['stale']);
    expect('the assertion that fails').toBe('never reached');
  });

  it('the next test sees a fresh world, not the stale one', async () => {
    const { world } = useWorld({ seed: 2, clock: virtualClock(0) });
    expect(await streams()).toEqual([]);
    world.kinesis.createStream('fresh');
    expect(await streams()).toEqual(['fresh']);
  });

  it('binds every installed service, and hands back the stubs', async () => {
    const { world, stubs } = useWorld({ clock: virtualClock(0) });
    expect(Object.keys(stubs).sort()).toEqual(['firehose', 'kinesis', 'kms']);
    world.kms.createKey({ alias: 'alias/orders' });
    const aliases = await new KMSClient({ region: 'us-east-1' }).send(new ListAliasesCommand({}));
    expect(aliases.Aliases?.map((a) => a.AliasName)).toContain('alias/orders');
    stubs.kinesis!.on(ListStreamsCommand).resolvesOnce({ StreamNames: ['overridden'] });
    expect(await streams()).toEqual(['overridden']);
  });

  it('only the services asked for, with the options of the mocks', async () => {
    const mine = new KinesisClient({ region: 'us-east-1' });
    const { world, stubs } = useWorld({ clock: virtualClock(0), services: ['kinesis'], clients: { kinesis: mine }, history: 'none' });
    expect(Object.keys(stubs)).toEqual(['kinesis']);
    world.kinesis.createStream('mine');
    expect((await mine.send(new ListStreamsCommand({}))).StreamNames).toEqual(['mine']);
    expect(stubs.kinesis!.calls()).toEqual([]);
    // The class itself is not stubbed: a plain mock of it is still free.
    const plain = mockKinesis(world);
    plain.restore();
  });

  it('refuses bad options with a TypeError, binding nothing', () => {
    expect(() => useWorld({ services: ['sqs'] as never })).toThrow('[kinesis-sse-harness] useWorld: options.services must list \'kinesis\', \'firehose\' or \'kms\'; got ["sqs"]');
    expect(() => useWorld(null as never)).toThrow(TypeError);
    expect(() => useWorld({ history: 'some' as never })).toThrow(/options.history/);
    // Nothing was left bound by the refused calls.
    mockKinesis(useWorld({ services: [] }).world).restore();
  });
});

describe('useWorld() by hand', () => {
  it('`using` releases it when the block ends, and restore() is idempotent', async () => {
    {
      using h = useWorld({ clock: virtualClock(0), services: ['kinesis'] });
      h.world.kinesis.createStream('inside');
      expect(await streams()).toEqual(['inside']);
    }
    // Released: the class is free again.
    const again = useWorld({ clock: virtualClock(0), services: ['kinesis'] });
    expect(await streams()).toEqual([]);
    again.restore();
    again.restore();
    expect(typeof Symbol.dispose).toBe('symbol');
    expect(Symbol.dispose).toBe(Symbol.for('nodejs.dispose'));
  });

  it('releaseWorlds() releases every world still bound', async () => {
    useWorld({ clock: virtualClock(0), services: ['kinesis'] }).world.kinesis.createStream('left');
    expect(await streams()).toEqual(['left']);
    releaseWorlds();
    const fresh = useWorld({ clock: virtualClock(0), services: ['kinesis'] });
    expect(await streams()).toEqual([]);
    fresh.restore();
  });
});
