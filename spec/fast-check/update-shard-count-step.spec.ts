// The UpdateShardCount model-based step (issue 12): resharding during a rotation, checked against
// the oracle, and a property over the Kinesis steps with resharding drawn among them.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty, sseModelRun, sseSteps, type Scenario, type SseStep } from '../../src/fast-check/index';
import { AdvanceTimeStep, TransitionFaultStep } from '../../src/fast-check/steps/environment';
import { DescribeStreamStep, PutRecordStep, StartStreamEncryptionStep, StopStreamEncryptionStep, UpdateShardCountStep } from '../../src/fast-check/steps/kinesis';
import { StepMismatch } from '../../src/fast-check/steps/step';

const CONFIG: Scenario = {
  world: { kinesis: { durations: { resharding: 20_000 }, limits: { reshardsPer24h: 2, shardLimit: 6 } } },
  keys: [{ alias: 'alias/k0' }, { alias: 'alias/k1' }],
  streams: [{ name: 's0', shardCount: 2 }, { name: 's1' }],
};

async function run(config: Scenario, steps: readonly SseStep[]): Promise<unknown> {
  return sseModelRun(config, steps).then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('UpdateShardCountStep', () => {
  it('reshards during a rotation: Start while resharding is refused, encryption carries on, the limits hold', async () => {
    const steps: SseStep[] = [
      new StartStreamEncryptionStep('s0', 'alias/k0'),
      new AdvanceTimeStep(10_000),
      new UpdateShardCountStep('s0', 'up'), // 2 -> 4 (account: 5 of 6)
      new StartStreamEncryptionStep('s0', 'alias/k1'), // UPDATING: ResourceInUseException
      new StopStreamEncryptionStep('s0'), // likewise
      new PutRecordStep('s0'), // encrypted, to the old shards
      new UpdateShardCountStep('s1', 'up'), // 1 -> 2 (account: 6 of 6)
      new AdvanceTimeStep(20_000),
      new DescribeStreamStep('s0'), // ACTIVE, still KMS alias/k0
      new PutRecordStep('s0'), // encrypted, to the new shards
      new UpdateShardCountStep('s0', 'up'), // 4 -> 8: over the account's shard limit
      new UpdateShardCountStep('s0', 'down'), // 4 -> 2
      new AdvanceTimeStep(20_000),
      new UpdateShardCountStep('s0', 'up'), // the third in 24 hours: LimitExceededException
      new StartStreamEncryptionStep('s0', 'alias/k1'), // rotation resumes
      new AdvanceTimeStep(24 * 60 * 60 * 1000),
      new UpdateShardCountStep('s0', 'up'),
    ];
    await expect(run(CONFIG, steps)).resolves.toBeUndefined();
  });

  it('a failing resharding (transition fault) leaves the shards: doubling again asks for 4, not 8', async () => {
    const steps: SseStep[] = [
      new TransitionFaultStep('stream-resharding', 1_000, true),
      new UpdateShardCountStep('s0', 'up'), // 2 -> 4, fails after 21 s
      new UpdateShardCountStep('s0', 'up'), // UPDATING: ResourceInUseException
      new AdvanceTimeStep(30_000),
      new DescribeStreamStep('s0'),
      new UpdateShardCountStep('s0', 'up'), // 2 -> 4 again (the step checks CurrentShardCount and TargetShardCount)
    ];
    await expect(run(CONFIG, steps)).resolves.toBeUndefined();
  });

  it('a property over the Kinesis steps with resharding among them', async () => {
    const config = CONFIG;
    const kinds = ['start-stream-encryption', 'stop-stream-encryption', 'put-record', 'describe-stream', 'update-shard-count', 'advance-time', 'transition-fault'] as const;
    await assertProperty(
      fc.asyncProperty(fc.commands(sseSteps({ ...config, kinds }), { maxCommands: 25 }), (cmds) => sseModelRun(config, cmds)),
      { numRuns: 40, seed: 12 },
    );
  });

  it('reports a mismatch when the world answers otherwise than the oracle', async () => {
    // A world whose limit is 1 per 24 hours while the oracle is told the scenario's: the setup
    // reads the world's options, so tamper with the oracle's stream instead.
    const err = await run(CONFIG, [
      new UpdateShardCountStep('s0', 'up'),
      {
        check: () => true,
        run: async (m) => {
          m.streams['s0']!.status = 'ACTIVE'; // the oracle forgets the resharding
        },
        toString: () => 'ForgetResharding(s0)',
      } as SseStep,
      new UpdateShardCountStep('s0', 'up'),
    ]);
    expect(err).toBeInstanceOf(StepMismatch);
    expect(String((err as Error).message)).toMatch(/UpdateShardCount\(s0, up\)/);
  });
});
