import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty, DEFAULT_SSE_STEP_KINDS, SSE_STEP_KINDS, sseModelRun, sseSteps, type Scenario, type SseStep } from '../../src/fast-check/index';
import { AdvanceTimeStep } from '../../src/fast-check/steps/environment';
import { DescribeDeliveryStreamStep, PutFirehoseRecordStep, StartDeliveryStreamEncryptionStep } from '../../src/fast-check/steps/firehose';
import { PutRecordStep, StartStreamEncryptionStep } from '../../src/fast-check/steps/kinesis';
import { KeyPolicyStep, stepKeyPolicy } from '../../src/fast-check/steps/kms';
import { readKeyPolicy } from '../../src/model/kms/policy';

// The PutKeyPolicy model-based step (issue 12): a policy change during ENABLING.
const CONFIG: Scenario = {
  world: { firehose: { durations: { enabling: 4_000 } } },
  keys: [{ alias: 'alias/k0' }, { alias: 'alias/k1' }],
  streams: [{ name: 's0' }],
  deliveryStreams: [{ name: 'd0' }],
};

describe('KeyPolicyStep', () => {
  it("puts a policy the world reads as denying both services (deny) or neither (allow), and passes KMS's lockout check", () => {
    const deny = readKeyPolicy(stepKeyPolicy('123456789012', true), '123456789012', 'us-east-1', false);
    const allow = readKeyPolicy(stepKeyPolicy('123456789012', false), '123456789012', 'us-east-1', false);
    expect(deny.ok && deny.value.deniedServices).toEqual(['kinesis', 'firehose']);
    expect(allow.ok && allow.value.deniedServices).toEqual([]);
    expect(new KeyPolicyStep('alias/k0', true).toString()).toBe('PutKeyPolicy(alias/k0, deny)');
  });

  it('a deny during ENABLING: the oracle expects ENABLING_FAILED, Kinesis refusals, and recovery after an allow', async () => {
    const steps: SseStep[] = [
      new StartDeliveryStreamEncryptionStep('d0', 'alias/k1'),
      new KeyPolicyStep('alias/k1', true),
      new AdvanceTimeStep(5_000),
      new DescribeDeliveryStreamStep('d0'),
      new PutFirehoseRecordStep('d0'),
      new StartStreamEncryptionStep('s0', 'alias/k1'),
      new KeyPolicyStep('alias/k1', false),
      new StartStreamEncryptionStep('s0', 'alias/k1'),
      new AdvanceTimeStep(10_000),
      new PutRecordStep('s0'),
      new StartDeliveryStreamEncryptionStep('d0', 'alias/k1'),
      new AdvanceTimeStep(5_000),
      new DescribeDeliveryStreamStep('d0'),
    ];
    await expect(sseModelRun(CONFIG, steps)).resolves.toBeUndefined();
  });

  it('is opt-in: not among the default kinds, drawn when asked for', () => {
    expect(SSE_STEP_KINDS).toContain('key-policy');
    expect(DEFAULT_SSE_STEP_KINDS).not.toContain('key-policy');
    const drawn = fc.sample(fc.oneof(...sseSteps({ ...CONFIG, kinds: ['key-policy'] })), { numRuns: 20, seed: 1 });
    expect(drawn.every((s) => s instanceof KeyPolicyStep)).toBe(true);
    expect(fc.sample(fc.oneof(...sseSteps(CONFIG)), { numRuns: 200, seed: 1 }).some((s) => s instanceof KeyPolicyStep)).toBe(false);
  });

  it('holds in random sequences with every kind, key policies included', async () => {
    await assertProperty(
      fc.asyncProperty(fc.commands(sseSteps({ ...CONFIG, kinds: SSE_STEP_KINDS }), { maxCommands: 25 }), (cmds) => sseModelRun(CONFIG, cmds)),
      { numRuns: 40, seed: 12 },
    );
  });
});
