// A fast-check property with the ./fast-check entry's arbitraries and the matchers.
import fc from 'fast-check';
import { createWorld, virtualClock } from 'kinesis-sse-harness';
import { streamName } from 'kinesis-sse-harness/fast-check';
import { expect, it } from 'vitest';

it('any stream encrypted with any new key ends ACTIVE, encrypted with that key', () => {
  fc.assert(
    fc.property(streamName(), fc.integer({ min: 0, max: 1_000 }), (name, seed) => {
      const clock = virtualClock(Date.UTC(2026, 0, 1));
      const world = createWorld({ clock, seed });
      world.kinesis.createStream(name);
      const key = world.kms.createKey();
      const started = world.call('kinesis', 'StartStreamEncryption', { StreamName: name, EncryptionType: 'KMS', KeyId: key.Arn });
      expect(started.ok).toBe(true);
      clock.advance(10 * 60_000);
      expect(world).toHaveStreamStatus(name, 'ACTIVE');
      expect(world).toHaveStreamEncryption(name, { KeyId: key.KeyId });
    }),
    { numRuns: 25 },
  );
});
