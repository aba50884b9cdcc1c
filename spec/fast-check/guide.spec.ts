import { KinesisClient } from '@aws-sdk/client-kinesis';
import { KMSClient } from '@aws-sdk/client-kms';
import * as fc from 'fast-check';
import { expect, it } from 'vitest';
import { ensureStreamEncrypted } from '../../examples/ensure-stream-encrypted';
import { assertProperty, faultPlan, kmsKey, runScenario, scenario } from 'kinesis-sse-harness/fast-check';

it('leaves the stream ACTIVE and encrypted with an enabled key, whatever AWS does meanwhile', async () => {
  const scenarios = scenario({
    // Durations, limits and undocumented behaviours drawn from realistic ranges.
    world: { services: ['kinesis'] },
    // The key to use, and an old key (enabled, disabled or pending deletion) the stream may be on.
    keys: fc.tuple(kmsKey({ alias: 'alias/target', states: ['Enabled'] }), kmsKey({ alias: 'alias/old' })),
    streams: fc.constantFrom([{ name: 'orders' }], [{ name: 'orders', encryption: { keyId: 'alias/old' } }], [{ name: 'orders', status: 'CREATING' as const }]),
    // Slow transitions, and the old key disabled or revoked at some point.
    faults: faultPlan({ kinds: ['slow-transition', 'key'], keyIds: ['alias/old'], transitions: ['stream-updating', 'stream-creating'] }),
  });

  await assertProperty(
    fc.asyncProperty(scenarios, async (s) => {
      const result = await runScenario(s, () =>
        ensureStreamEncrypted(new KinesisClient({ region: 'us-east-1' }), new KMSClient({ region: 'us-east-1' }), { streamName: 'orders', keyId: 'alias/target' }),
      );
      // It may give up when AWS is very slow (the waiter's TimeoutError), but never fail otherwise.
      if (!result.ok) {
        expect(result.error).toMatchObject({ name: 'TimeoutError' });
        return;
      }
      const stream = result.world.kinesis.describe('orders');
      expect(stream).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'KMS' });
      expect(result.world.kms.describe(stream!.KeyId!)?.KeyState).toBe('Enabled');
    }),
    { numRuns: 50, seed: 20260101 },
  );
});
