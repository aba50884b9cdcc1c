import { DescribeStreamSummaryCommand } from '@aws-sdk/client-kinesis';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertProperty,
  createSseSetup,
  installFaults,
  PropertyFailure,
  sseModelRun,
  sseSteps,
  type Scenario,
  type SseStep,
} from '../../src/fast-check/index';
import { AdvanceTimeStep, CallFaultStep, TransitionFaultStep } from '../../src/fast-check/steps/environment';
import { DescribeDeliveryStreamStep, PutFirehoseRecordStep, StartDeliveryStreamEncryptionStep, StopDeliveryStreamEncryptionStep, UpdateDestinationStep } from '../../src/fast-check/steps/firehose';
import { DescribeStreamStep, PutRecordStep, StartStreamEncryptionStep, StopStreamEncryptionStep } from '../../src/fast-check/steps/kinesis';
import { KeyAccessStep, KeyChangeStep } from '../../src/fast-check/steps/kms';
import { StepMismatch } from '../../src/fast-check/steps/step';

// Small limits so 20-odd steps reach them; two streams, two keys, one delivery stream.
const CONFIG: Scenario = {
  world: { kinesis: { limits: { keyApplicationsPer24h: 3, stopsPer24h: 2 } }, firehose: { limits: { startStopPer24h: 4 } } },
  keys: [{ alias: 'alias/k0' }, { alias: 'alias/k1' }],
  streams: [{ name: 's0' }, { name: 's1' }],
  deliveryStreams: [{ name: 'd0' }],
};

function commands(config: Scenario = CONFIG): fc.Arbitrary<Iterable<SseStep>> {
  return fc.commands(sseSteps(config), { maxCommands: 30, size: '+2' });
}

async function run(config: Scenario, steps: readonly SseStep[]): Promise<unknown> {
  return sseModelRun(config, steps).then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('model-based steps against the world', () => {
  // The property over every kind of step with small limits is spec/fast-check/guide-model-based.spec.ts
  // (the guide shows it).
  it('also with slower transitions and the AWS limits', async () => {
    const lag = { min: 0, max: 2_000 };
    const config: Scenario = {
      world: { kinesis: { durations: { updating: 30_000, encryptionLag: lag } }, firehose: { durations: { enabling: 60_000, disabling: 10_000, encryptionLag: lag } } },
      keys: [{ alias: 'alias/k0' }, { alias: 'alias/k1' }],
      streams: [{ name: 's0' }],
      deliveryStreams: [{ name: 'd0' }],
    };
    await assertProperty(
      fc.asyncProperty(commands(config), (cmds) => sseModelRun(config, cmds)),
      { numRuns: 60, seed: 7 },
    );
  });

  it('walks a stream and a delivery stream through encryption, a failing key and the limits', async () => {
    const steps: SseStep[] = [
      new StartStreamEncryptionStep('s0', 'alias/k0'),
      new DescribeStreamStep('s0'),
      new StartStreamEncryptionStep('s0', 'alias/k1'),
      new AdvanceTimeStep(5_000),
      new PutRecordStep('s0'),
      new AdvanceTimeStep(5_000),
      new PutRecordStep('s0'),
      new KeyChangeStep('DisableKey', 'alias/k0'),
      new PutRecordStep('s0'),
      new StartStreamEncryptionStep('s0', 'alias/k0'),
      new KeyChangeStep('EnableKey', 'alias/k0'),
      new StartStreamEncryptionStep('s0', 'alias/k1'),
      new AdvanceTimeStep(10_000),
      new StartStreamEncryptionStep('s0', 'alias/k0'),
      new StopStreamEncryptionStep('s0'),
      new StartDeliveryStreamEncryptionStep('d0', 'alias/k1'),
      new KeyAccessStep('alias/k1', false),
      new AdvanceTimeStep(5_000),
      new DescribeDeliveryStreamStep('d0'),
      new PutFirehoseRecordStep('d0'),
      new StopDeliveryStreamEncryptionStep('d0'),
      new KeyAccessStep('alias/k1', true),
      new StartDeliveryStreamEncryptionStep('d0', 'AWS_OWNED_CMK'),
      new AdvanceTimeStep(10_000),
      new PutFirehoseRecordStep('d0'),
      new DescribeDeliveryStreamStep('d0'),
    ];
    expect(await run(CONFIG, steps)).toBeUndefined();
  });

  it('UpdateDestination meets SSE: refused while ENABLING and DISABLING, accepted otherwise, VersionId followed by Describe', async () => {
    const steps: SseStep[] = [
      new UpdateDestinationStep('d0'),
      new DescribeDeliveryStreamStep('d0'),
      new StartDeliveryStreamEncryptionStep('d0', 'alias/k0'),
      new UpdateDestinationStep('d0'),
      new DescribeDeliveryStreamStep('d0'),
      new AdvanceTimeStep(10_000),
      new UpdateDestinationStep('d0'),
      new StopDeliveryStreamEncryptionStep('d0'),
      new UpdateDestinationStep('d0'),
      new AdvanceTimeStep(10_000),
      new CallFaultStep('throttle', 'firehose', 'UpdateDestination', 1),
      new UpdateDestinationStep('d0'),
      new UpdateDestinationStep('d0'),
      new DescribeDeliveryStreamStep('d0'),
    ];
    expect(await run(CONFIG, steps)).toBeUndefined();
    // With the options flipped, the same walk is followed too (the oracle reads the world's options).
    const flipped: Scenario = { ...CONFIG, world: { ...CONFIG.world, firehose: { ...CONFIG.world!.firehose, behaviour: { updateDestinationWhileEncryptionChanging: 'accept', encryptionChangeMovesVersion: true } } } };
    expect(await run(flipped, steps)).toBeUndefined();
  });

  it('an UpdateDestination answer the oracle does not expect is a StepMismatch', async () => {
    const setup = createSseSetup(CONFIG)();
    // An oracle that went wrong: it believes an encryption change is in progress.
    Object.assign(setup.model.deliveryStreams['d0']!, { status: 'ENABLING', target: 'AWS_OWNED_CMK', transitionEndsAt: setup.model.now + 60_000 });
    const error = await new UpdateDestinationStep('d0').run(setup.model, setup.real).catch((e: unknown) => e);
    setup.dispose();
    expect(error).toMatchObject({ step: 'UpdateDestination(d0)', answered: 'ok', expected: ['ResourceInUseException'] });
  });

  it('checks faults: a throttled call, an internal failure, a slow and a failing transition', async () => {
    const steps: SseStep[] = [
      new CallFaultStep('throttle', 'kinesis', 'StartStreamEncryption', 2),
      new StartStreamEncryptionStep('s0', 'alias/k0'),
      new StartStreamEncryptionStep('s0', 'alias/k0'),
      new CallFaultStep('internal-failure', 'firehose', 'DescribeDeliveryStream', 1),
      new DescribeDeliveryStreamStep('d0'),
      new TransitionFaultStep('stream-updating', 60_000, false),
      new StartStreamEncryptionStep('s0', 'alias/k0'),
      new AdvanceTimeStep(30_000),
      new DescribeStreamStep('s0'),
      new AdvanceTimeStep(35_000),
      new DescribeStreamStep('s0'),
      new TransitionFaultStep('encryption-enabling', 0, true),
      new StartDeliveryStreamEncryptionStep('d0', 'AWS_OWNED_CMK'),
      new AdvanceTimeStep(5_000),
      new DescribeDeliveryStreamStep('d0'),
    ];
    expect(await run(CONFIG, steps)).toBeUndefined();
  });

  it('finds a world that answers differently from AWS, and says which step and what was expected', async () => {
    // A world with a hidden fault the oracle does not know about stands for a bug in the model.
    const make = createSseSetup({ keys: [{ alias: 'alias/k0' }], streams: [{ name: 's0' }] });
    const failure = await assertProperty(
        fc.asyncProperty(fc.commands(sseSteps({ keys: [{ alias: 'alias/k0' }], streams: [{ name: 's0' }], kinds: ['start-stream-encryption', 'advance-time', 'describe-stream'] })), async (cmds) => {
          const setup = make();
          installFaults(setup.real.world, [{ kind: 'slow-transition', transition: 'stream-updating', extraDelayMs: 1, times: 'always' }]);
          try {
            await fc.asyncModelRun(() => ({ model: setup.model, real: setup.real }), cmds);
          } finally {
            setup.dispose();
          }
        }),
      { seed: 1, numRuns: 200 },
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PropertyFailure);
    expect((failure as PropertyFailure).message).toMatch(
      /Failure: StepMismatch: \[kinesis-sse-harness\] DescribeStreamSummary\(s0\) at \+5\.000s: AWS answered UPDATING KMS alias\/k0, the oracle expected ACTIVE KMS alias\/k0/,
    );
  });

  it('a mismatch is a StepMismatch naming the step, the time and both answers', async () => {
    const setup = createSseSetup({ keys: [{ alias: 'alias/k0' }], streams: [{ name: 's0' }] })();
    // An oracle that went wrong: it believes the stream is UPDATING for another minute.
    Object.assign(setup.model.streams['s0']!, { status: 'UPDATING', updateEndsAt: setup.model.now + 60_000 });
    const error = await new StartStreamEncryptionStep('s0', 'alias/k0').run(setup.model, setup.real).catch((e: unknown) => e);
    setup.dispose();
    expect(error).toBeInstanceOf(StepMismatch);
    expect(error).toMatchObject({
      step: 'StartStreamEncryption(s0, alias/k0)',
      answered: 'ok',
      expected: ['ResourceInUseException'],
      message: '[kinesis-sse-harness] StartStreamEncryption(s0, alias/k0) at +0.000s: AWS answered ok, the oracle expected ResourceInUseException',
    });
  });

  it('with assert: false, steps act without checking (for runs where your own commands change the world)', async () => {
    const setup = createSseSetup({ keys: [{ alias: 'alias/k0' }], streams: [{ name: 's0' }] }, { assert: false })();
    Object.assign(setup.model.streams['s0']!, { status: 'UPDATING', updateEndsAt: setup.model.now + 60_000 });
    await new StartStreamEncryptionStep('s0', 'alias/k0').run(setup.model, setup.real);
    const { StreamDescriptionSummary } = await setup.real.kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 's0' }));
    setup.dispose();
    expect(StreamDescriptionSummary?.StreamStatus).toBe('UPDATING');
  });

  it('steps read like the calls they make', () => {
    expect(
      [
        new StartStreamEncryptionStep('s0', 'alias/k0'),
        new StopStreamEncryptionStep('s0'),
        new PutRecordStep('s0'),
        new DescribeStreamStep('s0'),
        new StartDeliveryStreamEncryptionStep('d0', 'AWS_OWNED_CMK'),
        new StopDeliveryStreamEncryptionStep('d0'),
        new PutFirehoseRecordStep('d0'),
        new DescribeDeliveryStreamStep('d0'),
        new UpdateDestinationStep('d0'),
        new KeyChangeStep('ScheduleKeyDeletion', 'alias/k0'),
        new KeyAccessStep('alias/k0', false),
        new AdvanceTimeStep(5_000),
        new CallFaultStep('throttle', 'kinesis', 'PutRecord', 2),
        new TransitionFaultStep('stream-updating', 9_000, false),
        new TransitionFaultStep('encryption-enabling', 0, true),
      ].map(String),
    ).toEqual([
      'StartStreamEncryption(s0, alias/k0)',
      'StopStreamEncryption(s0)',
      'PutRecord(s0)',
      'DescribeStreamSummary(s0)',
      'StartDeliveryStreamEncryption(d0, AWS_OWNED_CMK)',
      'StopDeliveryStreamEncryption(d0)',
      'PutRecord(d0)',
      'DescribeDeliveryStream(d0)',
      'UpdateDestination(d0)',
      'ScheduleKeyDeletion(alias/k0)',
      'RevokeKeyAccess(alias/k0)',
      'AdvanceTime(5000)',
      'Fault(throttle kinesis PutRecord ×2)',
      'Fault(slow stream-updating by 9000)',
      'Fault(fail encryption-enabling)',
    ]);
  });

  it('takes one Scenario, and refuses the parts of it the oracle cannot follow', () => {
    const base: Scenario = { keys: [{ alias: 'alias/k0' }], streams: [{ name: 's0' }] };
    expect(() => createSseSetup({ ...base, keys: [{}] })).toThrow('createSseSetup: the model-based oracle cannot follow keys[0] without an alias');
    expect(() => createSseSetup({ ...base, keys: [{ alias: 'alias/k0', state: 'Disabled' }] })).toThrow('cannot follow keys[0] starting Disabled');
    expect(() => createSseSetup({ ...base, streams: [{ name: 's0', encryption: { keyId: 'alias/k0' } }] })).toThrow('cannot follow streams[0] starting encrypted');
    expect(() => createSseSetup({ ...base, faults: [{ kind: 'internal-failure', service: 'kinesis' }] })).toThrow('cannot follow a fault plan');
    expect(() => createSseSetup({ ...base, world: { kinesis: { durations: { updating: { min: 1, max: 2 } } } } })).toThrow(RangeError);
    expect(() => sseSteps({ ...base, streams: [{ name: 's0', status: 'CREATING' }] })).toThrow('sseSteps: the model-based oracle cannot follow streams[0] starting CREATING');
    // The oracle takes its limits from the scenario's world options.
    const setup = createSseSetup({ ...base, world: { kinesis: { limits: { keyApplicationsPer24h: 2 } } } })();
    setup.dispose();
    expect(setup.model.settings.keyApplicationsPer24h).toBe(2);
    expect(Object.keys(setup.model.streams)).toEqual(['s0']);
    expect(Object.keys(setup.model.keys)).toEqual(['alias/k0']);
  });

  it('draws only the kinds asked for, and refuses an impossible set', () => {
    const drawn = fc.sample(fc.oneof(...sseSteps({ keys: [{ alias: 'alias/k0' }], streams: [{ name: 's0' }], kinds: ['put-record', 'advance-time'] })), { seed: 1, numRuns: 50 });
    expect(new Set(drawn.map((s) => s.constructor.name))).toEqual(new Set(['PutRecordStep', 'AdvanceTimeStep']));
    expect(() => sseSteps({ streams: [], keys: [], kinds: ['put-record'] })).toThrow(RangeError);
    expect(() => sseSteps({ kinds: ['put-record'] })).toThrow(RangeError);
  });

  it('a failing model-based property prints the replayPath and the timeline of the shrunk steps', async () => {
    const config: Scenario = { keys: [{ alias: 'alias/k0' }], streams: [{ name: 's0' }] };
    const failure = await assertProperty(
      fc.asyncProperty(fc.commands(sseSteps(config)), async (cmds) => {
        await sseModelRun(config, cmds);
        // fast-check wraps each command; its toString is the step's.
        expect([...cmds].filter((c) => String(c).startsWith('StartStreamEncryption')).length).toBeLessThan(2);
      }),
      { seed: 3, numRuns: 200 },
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PropertyFailure);
    const f = failure as PropertyFailure;
    expect(f.replayPaths).toHaveLength(1);
    expect(f.message).toContain(`{ replayPath: ${JSON.stringify(f.replayPaths[0])} }`);
    expect(f.runs).toHaveLength(1);
    expect(f.runs[0]!.timeline.match(/StartStreamEncryption/g)).toHaveLength(2);
  });
});
