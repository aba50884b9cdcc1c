import * as fc from 'fast-check';
import { it } from 'vitest';
import { assertProperty, sseModelRun, sseSteps, type Scenario } from 'kinesis-sse-harness/fast-check';

// Two streams, two keys, one delivery stream, and limits small enough for 30 steps to reach them.
const scenario: Scenario = {
  world: { kinesis: { limits: { keyApplicationsPer24h: 3, stopsPer24h: 2 } }, firehose: { limits: { startStopPer24h: 4 } } },
  keys: [{ alias: 'alias/k0' }, { alias: 'alias/k1' }],
  streams: [{ name: 's0' }, { name: 's1' }],
  deliveryStreams: [{ name: 'd0' }],
};

it('the world answers every sequence of steps as the oracle expects (Kinesis, Firehose, KMS, time, faults)', async () => {
  await assertProperty(
    fc.asyncProperty(fc.commands(sseSteps(scenario), { maxCommands: 30, size: '+2' }), (cmds) => sseModelRun(scenario, cmds)),
    { numRuns: 150, seed: 4242 },
  );
});
