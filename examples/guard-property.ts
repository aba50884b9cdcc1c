// The model-based property of the stateful guard (examples/stream-encryption-guard.ts): the guard's
// own command, ensure(), interleaved with what the rest of the world does (time passes, keys are
// disabled, enabled, scheduled for deletion), inside runScenario because the guard waits on timers.
import type { KinesisClient } from '@aws-sdk/client-kinesis';
import type { KMSClient } from '@aws-sdk/client-kms';
import * as fc from 'fast-check';
import { runScenario, sseSetupIn, sseSteps, type Scenario, type SseModel, type SseReal } from 'kinesis-sse-harness/fast-check';
import type { EncryptionGuard } from './stream-encryption-guard';

const KEYS = ['alias/primary', 'alias/fallback'];
const scenario: Scenario = { keys: KEYS.map((alias) => ({ alias })), streams: [{ name: 'orders' }] };

type GuardReal = SseReal & { readonly guard: EncryptionGuard };

/** The guard's own command: ensure(), then check what its promise said against the world. */
class EnsureCommand implements fc.AsyncCommand<SseModel, GuardReal> {
  check(): boolean {
    return true;
  }
  async run(_m: SseModel, r: GuardReal): Promise<void> {
    const failure = await r.guard.ensure().then(
      () => undefined,
      (e: unknown) => e,
    );
    const enabled = KEYS.filter((k) => r.world.kms.describe(k)?.KeyState === 'Enabled');
    if (failure !== undefined) {
      if (enabled.length > 0) throw new Error(`ensure() failed although ${enabled.join(', ')} is enabled: ${String(failure)}`);
      return;
    }
    const d = r.world.kinesis.describe('orders');
    if (d?.StreamStatus !== 'ACTIVE' || d.EncryptionType !== 'KMS' || d.KeyId === undefined) {
      throw new Error(`ensure() resolved but the stream is ${d?.StreamStatus} ${d?.EncryptionType}`);
    }
    const key = r.world.kms.describe(d.KeyId);
    if (key?.KeyState !== 'Enabled') throw new Error(`ensure() resolved but the stream's key ${d.KeyId} is ${key?.KeyState ?? 'gone'}`);
  }
  toString(): string {
    return 'guard.ensure()';
  }
}

const steps = fc.commands([...sseSteps({ ...scenario, kinds: ['advance-time', 'key-change'] }), fc.constant(new EnsureCommand())], { maxCommands: 12 });

/** A guard class, as both versions in examples/stream-encryption-guard.ts are. */
export type GuardClass = new (kinesis: KinesisClient, kms: KMSClient, streamName: string, keyIds: readonly string[]) => EncryptionGuard;

/** The property: whatever happens between two ensure() calls, each ensure() is right. */
export function guardProperty(Guard: GuardClass) {
  return fc.asyncProperty(steps, async (cmds) => {
    const result = await runScenario(
      scenario,
      async (context) => {
        // assert: false — the built-in steps act without checking their answers: the guard changes
        // the world too, so their oracle cannot follow. EnsureCommand states the invariant instead.
        const { model, real } = sseSetupIn(context, { assert: false });
        const guard = new Guard(real.kinesis, real.kms, 'orders', KEYS);
        await fc.asyncModelRun(() => ({ model, real: { ...real, guard } }), cmds);
      },
      { budgetMs: 30 * 24 * 3_600_000 }, // key deletion waits 7 days
    );
    if (!result.ok) throw result.error;
  });
}
