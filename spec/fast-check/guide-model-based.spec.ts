import * as fc from 'fast-check';
import { it } from 'vitest';
import { assertProperty, sseModelRun, sseSteps, type SseSetupConfig } from 'kinesis-sse-harness/fast-check';

// Two streams, two keys, one delivery stream, and limits small enough for 30 steps to reach them.
const config: SseSetupConfig = {
  streams: ['s0', 's1'],
  keys: ['alias/k0', 'alias/k1'],
  deliveryStreams: ['d0'],
  keyApplicationsPer24h: 3,
  stopsPer24h: 2,
  startStopPer24h: 4,
};

it('the world answers every sequence of steps as the oracle expects (Kinesis, Firehose, KMS, time, faults)', async () => {
  await assertProperty(
    fc.asyncProperty(fc.commands(sseSteps(config), { maxCommands: 30, size: '+2' }), (cmds) => sseModelRun(config, cmds)),
    { numRuns: 150, seed: 4242 },
  );
});
