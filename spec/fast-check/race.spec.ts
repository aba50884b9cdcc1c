import { DescribeStreamSummaryCommand, KinesisClient, StartStreamEncryptionCommand, waitUntilStreamExists } from '@aws-sdk/client-kinesis';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty, PropertyFailure, runScenario, type Scenario } from '../../src/fast-check/index';

const base: Scenario = { world: { seed: 1 }, keys: [{ alias: 'alias/k1' }, { alias: 'alias/k2' }], streams: [{ name: 's' }] };

// Two pieces of code that each look right alone: a deploy step encrypting with k1, and a
// compliance job that "fixes" streams not on k1 by encrypting them with k2.
async function deploy(client: KinesisClient): Promise<void> {
  await client.send(new StartStreamEncryptionCommand({ StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/k1' }));
}
async function complianceJob(client: KinesisClient): Promise<void> {
  const { StreamDescriptionSummary } = await client.send(new DescribeStreamSummaryCommand({ StreamName: 's' }));
  if (StreamDescriptionSummary?.KeyId !== 'alias/k1') {
    await client.send(new StartStreamEncryptionCommand({ StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/k2' }));
  }
}

async function both(): Promise<void> {
  const client = new KinesisClient({ region: 'us-east-1' });
  await Promise.all([deploy(client), complianceJob(client)]);
}

describe('race testing with fc.scheduler', () => {
  it('without a scheduler the calls reach the world in program order, and the race stays hidden', async () => {
    const r = await runScenario(base, both);
    expect(r.ok).toBe(true);
  });

  it('with a scheduler, fast-check finds the interleaving where the second Start hits UPDATING', async () => {
    const f = await assertProperty(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        const r = await runScenario(base, both, { scheduler: s });
        if (!r.ok) throw r.error;
      }),
      { seed: 9, numRuns: 100 },
    ).catch((e: unknown) => e);
    expect(f).toBeInstanceOf(PropertyFailure);
    const failure = f as PropertyFailure;
    expect(failure.message).toContain('ResourceInUseException');
    // The counterexample shows the order fast-check released the calls in.
    expect(failure.message).toMatch(/kinesis DescribeStreamSummary[\s\S]*kinesis StartStreamEncryption[\s\S]*alias\/k1[\s\S]*kinesis StartStreamEncryption[\s\S]*alias\/k2/);
    const lines = failure.runs[0]!.timeline.split('\n').filter((l) => / kinesis [A-Z]/.test(l));
    expect(lines.map((l) => `${/kinesis (\w+)/.exec(l)![1]}${/✗ (\w+)/.exec(l)?.[1] === undefined ? '' : ` ✗ ${/✗ (\w+)/.exec(l)![1]}`}`)).toEqual([
      'DescribeStreamSummary',
      'StartStreamEncryption',
      'StartStreamEncryption ✗ ResourceInUseException',
    ]);
  });

  it('waiters and timers still progress: advancing time is one more task the scheduler orders', async () => {
    await assertProperty(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        const r = await runScenario(
          base,
          async () => {
            const client = new KinesisClient({ region: 'us-east-1' });
            await client.send(new StartStreamEncryptionCommand({ StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/k1' }));
            await waitUntilStreamExists({ client, maxWaitTime: 300 }, { StreamName: 's' });
            return client.send(new DescribeStreamSummaryCommand({ StreamName: 's' }));
          },
          { scheduler: s },
        );
        expect(r.ok).toBe(true);
        expect(r.value?.StreamDescriptionSummary?.StreamStatus).toBe('ACTIVE');
      }),
      { seed: 2, numRuns: 20 },
    );
  });
});
