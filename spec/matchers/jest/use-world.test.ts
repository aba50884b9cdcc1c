// Issue 14.4 under jest 30: the setup entry (src/jest.ts, in setupFilesAfterEnv) releases every world
// useWorld() made during a test after it, so a test that fails half-way leaves no stale world.
import { KinesisClient, ListStreamsCommand } from '@aws-sdk/client-kinesis';
import { describe, expect, test } from '@jest/globals';
import { useWorld, virtualClock } from 'kinesis-sse-harness';

const client = new KinesisClient({ region: 'us-east-1' });
const streams = async (): Promise<unknown> => (await client.send(new ListStreamsCommand({}))).StreamNames;

describe('useWorld() under the jest setup entry', () => {
  // test.failing passes only when the test fails: it binds a world, then an assertion fails.
  test.failing('a test that fails after its setup', async () => {
    const { world } = useWorld({ seed: 1, clock: virtualClock(0) });
    world.kinesis.createStream('stale');
    expect(await streams()).toEqual(['stale']);
    expect('the assertion that fails').toBe('never reached');
  });

  test('the next test sees a fresh world, not the stale one', async () => {
    const { world } = useWorld({ seed: 2, clock: virtualClock(0) });
    expect(await streams()).toEqual([]);
    world.kinesis.createStream('fresh');
    expect(await streams()).toEqual(['fresh']);
  });
});
