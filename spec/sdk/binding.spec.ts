import { KinesisClient, ListShardsCommand } from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorld, mockKinesis, UnmodelledCommandError, virtualClock } from '../../src/index';

describe('SDK binding', () => {
  const stubs: { restore(): void }[] = [];
  afterEach(() => stubs.splice(0).forEach((s) => s.restore()));

  it('rejects a command the world does not model with an error naming it', async () => {
    const world = createWorld({ clock: virtualClock(0) });
    stubs.push(mockKinesis(world));
    const client = new KinesisClient({ region: 'us-east-1' });
    const err = await client.send(new ListShardsCommand({ StreamName: 's' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnmodelledCommandError);
    expect((err as Error).message).toContain('ListShardsCommand');
  });
});
