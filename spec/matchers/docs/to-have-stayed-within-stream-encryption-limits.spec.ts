// docs/matchers/to-have-stayed-within-stream-encryption-limits.md: no Start/Stop refused for the 24-hour limits.
import { KinesisClient, LimitExceededException, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createWorld, mockKinesis } from 'kinesis-sse-harness';
import 'kinesis-sse-harness/vitest';

// The code under test: rotate through `keys`, one every `everyMs`.
async function rotate(client: KinesisClient, keys: readonly string[], everyMs: number): Promise<void> {
  for (const KeyId of keys) {
    await client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId }));
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
});

it('hourly rotation stays within 25 key applications a day; rotating every 10 minutes does not', async () => {
  for (const [everyMs, within] of [
    [60 * 60_000, true],
    [10 * 60_000, false],
  ] as const) {
    const world = createWorld({ seed: 1 });
    const kinesis = mockKinesis(world);
    world.kinesis.createStream('orders');
    const keys = Array.from({ length: 30 }, () => world.kms.createKey().Arn);

    const done = rotate(new KinesisClient({ region: 'us-east-1' }), keys, everyMs).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(30 * everyMs);
    const outcome = await done;

    if (within) {
      expect(outcome).toBeUndefined();
      expect(world).toHaveStayedWithinStreamEncryptionLimits('orders');
    } else {
      expect(outcome).toBeInstanceOf(LimitExceededException);
      expect(world).not.toHaveStayedWithinStreamEncryptionLimits('orders');
    }
    kinesis.restore();
  }
});
