import { KinesisClient, MergeShardsCommand } from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorld, mockKinesis, UnmodelledCommandError, virtualClock } from '../../src/index';

describe('SDK binding', () => {
  const stubs: { restore(): void }[] = [];
  afterEach(() => stubs.splice(0).forEach((s) => s.restore()));

  it('rejects a command the world does not model with an error naming it', async () => {
    const world = createWorld({ clock: virtualClock(0) });
    stubs.push(mockKinesis(world));
    const client = new KinesisClient({ region: 'us-east-1' });
    const err = await client.send(new MergeShardsCommand({ StreamName: 's', ShardToMerge: 'shardId-000000000000', AdjacentShardToMerge: 'shardId-000000000001' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnmodelledCommandError);
    expect((err as Error).message).toContain('MergeShardsCommand');
  });
});

describe('misuse of the mocks', () => {
  it('says what is wrong when the world or the client is not what it should be', async () => {
    const { mockFirehose, mockKms } = await import('../../src/index');
    expect(() => mockKinesis(undefined as never)).toThrow('[kinesis-sse-harness] mockKinesis needs a world made by createWorld(); got undefined');
    expect(() => mockFirehose({ seed: 1 } as never)).toThrow('[kinesis-sse-harness] mockFirehose needs a world made by createWorld(); got an object with keys seed');
    expect(() => mockKms(createWorld(), { client: {} as never })).toThrow(
      '[kinesis-sse-harness] mockKms: options.client must be a KMSClient instance; got an object with keys (none)',
    );
  });
});
