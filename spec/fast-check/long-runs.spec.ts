// Issue 13: model-based steps hold over long sequences on correct code (the oracle follows key
// deletion), and a long failing sequence shrinks to the steps that matter.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSseSetup, installFaults, sseModelRun, sseSteps, stepSequence, type Scenario, type SseStep } from '../../src/fast-check/index';
import { AdvanceTimeStep } from '../../src/fast-check/steps/environment';
import { PutFirehoseRecordStep, StartDeliveryStreamEncryptionStep, StopDeliveryStreamEncryptionStep } from '../../src/fast-check/steps/firehose';
import { DescribeStreamStep, PutRecordStep, StartStreamEncryptionStep, StopStreamEncryptionStep } from '../../src/fast-check/steps/kinesis';
import { KeyAccessStep, KeyChangeStep } from '../../src/fast-check/steps/kms';

// The bench's step set (bench/model-based.ts).
const CONFIG: Scenario = {
  world: { kinesis: { limits: { keyApplicationsPer24h: 3 } }, firehose: { limits: { startStopPer24h: 4 } } },
  keys: [{ alias: 'alias/k0' }, { alias: 'alias/k1' }],
  streams: [{ name: 's0' }, { name: 's1' }],
  deliveryStreams: [{ name: 'd0' }],
};
const WEEK = 7 * 24 * 3_600_000;

describe('long model-based runs', () => {
  it('a key deleted 7 days after ScheduleKeyDeletion: every step on it is answered as AWS would (NotFound), none throws', async () => {
    const steps: SseStep[] = [
      new StartStreamEncryptionStep('s0', 'alias/k0'),
      new StartDeliveryStreamEncryptionStep('d0', 'alias/k0'),
      new AdvanceTimeStep(60_000),
      new KeyChangeStep('ScheduleKeyDeletion', 'alias/k0'),
      new AdvanceTimeStep(WEEK - 1),
      new KeyChangeStep('DisableKey', 'alias/k0'), // still pending deletion: KMSInvalidStateException
      new AdvanceTimeStep(1),
      new PutRecordStep('s0'), // KMSNotFoundException
      new PutFirehoseRecordStep('d0'), // InvalidKMSResourceException
      new DescribeStreamStep('s0'),
      new KeyAccessStep('alias/k0', false), // refused: the key is gone (no TypeError)
      new KeyChangeStep('CancelKeyDeletion', 'alias/k0'), // NotFoundException
      new KeyChangeStep('EnableKey', 'alias/k0'), // NotFoundException
      new StartStreamEncryptionStep('s1', 'alias/k0'), // KMSNotFoundException
      new StopStreamEncryptionStep('s0'),
      new StopDeliveryStreamEncryptionStep('d0'),
      new AdvanceTimeStep(60_000),
      new PutRecordStep('s0'),
      new StartStreamEncryptionStep('s0', 'alias/k1'),
    ];
    await expect(sseModelRun(CONFIG, steps)).resolves.toBeUndefined();
  });

  it('a cancelled deletion does not delete the key later', async () => {
    const steps: SseStep[] = [
      new KeyChangeStep('ScheduleKeyDeletion', 'alias/k1'),
      new KeyChangeStep('CancelKeyDeletion', 'alias/k1'),
      new AdvanceTimeStep(2 * WEEK),
      new KeyChangeStep('EnableKey', 'alias/k1'),
      new StartStreamEncryptionStep('s0', 'alias/k1'),
    ];
    await expect(sseModelRun(CONFIG, steps)).resolves.toBeUndefined();
  });

  it('stepSequence draws exactly the length asked for, and refuses a bad length', () => {
    const lengths = fc.sample(stepSequence(sseSteps(CONFIG), 300), { seed: 1, numRuns: 4 }).map((s) => s.length);
    expect(lengths).toEqual([300, 300, 300, 300]);
    expect(() => stepSequence(sseSteps(CONFIG), -1)).toThrow(RangeError);
    expect(() => stepSequence(sseSteps(CONFIG), 2.5)).toThrow(/whole number from 0 to 1000000; got 2.5/);
    expect(() => stepSequence([], 3)).toThrow(/at least one step arbitrary/);
  });

  it('a failure after 2,000 steps shrinks in length to the few steps that matter', async () => {
    // A world with a hidden fault the oracle does not know about stands for a bug in the model.
    const scenario: Scenario = { keys: [{ alias: 'alias/k0' }], streams: [{ name: 's0' }] };
    const make = createSseSetup(scenario);
    const steps = sseSteps({ ...scenario, kinds: ['start-stream-encryption', 'advance-time', 'describe-stream', 'put-record'] });
    const result = await fc.check(
      fc.asyncProperty(stepSequence(steps, 2_000), async (cmds) => {
        const setup = make();
        installFaults(setup.real.world, [{ kind: 'slow-transition', transition: 'stream-updating', extraDelayMs: 1, times: 'always' }]);
        try {
          await fc.asyncModelRun(() => ({ model: setup.model, real: setup.real }), cmds);
        } finally {
          setup.dispose();
        }
      }),
      { seed: 1, numRuns: 5 },
    );
    expect(result.failed).toBe(true);
    // Start, wait the 5 s update, describe: a handful of steps, not 2,000.
    expect(result.counterexample![0].length).toBeLessThanOrEqual(5);
  });

  it('the full step set holds for 2 × 10,000 steps on the correct world', async () => {
    await fc.assert(fc.asyncProperty(stepSequence(sseSteps(CONFIG), 10_000), (cmds) => sseModelRun(CONFIG, cmds)), { numRuns: 2, seed: 13 });
  }, 300_000);
});
