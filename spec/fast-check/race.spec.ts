import { DescribeStreamSummaryCommand, KinesisClient, StartStreamEncryptionCommand, waitUntilStreamExists } from '@aws-sdk/client-kinesis';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deploy, deployNaive, enforceEncryption, enforceEncryptionNaive } from '../../examples/concurrent-encryption';
import { assertProperty, PropertyFailure, runScenario, type Scenario } from 'kinesis-sse-harness/fast-check';

// examples/concurrent-encryption.ts: a deploy step (Start with alias/app) and a compliance job
// (describe; Start with alias/default if unencrypted) that each look right alone.
const base: Scenario = { world: { seed: 1 }, keys: [{ alias: 'alias/app' }, { alias: 'alias/default' }], streams: [{ name: 's' }] };

function bothJobs(version: 'naive' | 'correct') {
  return (): Promise<unknown> => {
    const client = new KinesisClient({ region: 'us-east-1' });
    return version === 'naive'
      ? Promise.all([deployNaive(client, 's', 'alias/app'), enforceEncryptionNaive(client, 's', 'alias/default')])
      : Promise.all([deploy(client, 's', 'alias/app'), enforceEncryption(client, 's', 'alias/default')]);
  };
}

const raceProperty = (version: 'naive' | 'correct') =>
  fc.asyncProperty(fc.scheduler(), async (s) => {
    const r = await runScenario(base, bothJobs(version), { scheduler: s });
    if (!r.ok) throw r.error;
    expect(r.world.kinesis.describe('s')).toMatchObject({ EncryptionType: 'KMS', KeyId: 'alias/app' });
  });

describe('race testing with fc.scheduler', () => {
  it('without a scheduler the calls reach the world in program order, and the race stays hidden', async () => {
    const r = await runScenario(base, bothJobs('naive'));
    expect(r.ok).toBe(true);
  });

  it('with a scheduler, fast-check finds the order where the second Start hits UPDATING', async () => {
    const f = await assertProperty(raceProperty('naive'), { seed: 9, numRuns: 100 }).catch((e: unknown) => e);
    expect(f).toBeInstanceOf(PropertyFailure);
    const failure = f as PropertyFailure;
    expect(failure.message).toContain('ResourceInUseException');
    // The counterexample shows the order fast-check released the calls in, and the timeline what it did.
    expect(failure.message).toMatch(/Counterexample: \[schedulerFor\(\)`\n-> \[task\$\{\d\}\] promise::kinesis DescribeStreamSummary/);
    const calls = failure.runs[0]!.timeline.split('\n').filter((l) => / kinesis [A-Z]/.test(l));
    expect(calls.map((l) => `${/kinesis (\w+)/.exec(l)![1]}${/✗ (\w+)/.exec(l) === null ? '' : ` ✗ ${/✗ (\w+)/.exec(l)![1]}`}`)).toEqual([
      'DescribeStreamSummary',
      'StartStreamEncryption',
      'StartStreamEncryption ✗ ResourceInUseException',
    ]);
  });

  it('the jobs that wait for ACTIVE and decide again after ResourceInUseException hold in every order tried', async () => {
    await assertProperty(raceProperty('correct'), { seed: 9, numRuns: 100 });
  });

  it('waiters and timers still progress: advancing time is one more task the scheduler orders', async () => {
    await assertProperty(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        const r = await runScenario(
          base,
          async () => {
            const client = new KinesisClient({ region: 'us-east-1' });
            await client.send(new StartStreamEncryptionCommand({ StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/app' }));
            await waitUntilStreamExists({ client, maxWaitTime: 300 }, { StreamName: 's' });
            return client.send(new DescribeStreamSummaryCommand({ StreamName: 's' }));
          },
          { scheduler: s },
        );
        expect(r.ok).toBe(true);
        expect(r.timersFired).toBeGreaterThan(0);
        expect(r.value?.StreamDescriptionSummary?.StreamStatus).toBe('ACTIVE');
      }),
      { seed: 2, numRuns: 20 },
    );
  });
});
