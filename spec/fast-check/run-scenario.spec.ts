import { DescribeStreamSummaryCommand, KinesisClient, PutRecordCommand, StartStreamEncryptionCommand, waitUntilStreamExists } from '@aws-sdk/client-kinesis';
import { withGlobal } from '@sinonjs/fake-timers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runScenario, ScenarioHangError, type Scenario } from '../../src/fast-check/index';

const realSetTimeout = globalThis.setTimeout;
const realDate = Date;
const realRandom = Math.random;
const realSend = KinesisClient.prototype.send;

function expectCleanedUp(): void {
  expect(globalThis.setTimeout).toBe(realSetTimeout);
  expect(Date).toBe(realDate);
  expect(Math.random).toBe(realRandom);
  expect(KinesisClient.prototype.send).toBe(realSend);
}

const encrypted: Scenario = { world: { seed: 1 }, keys: [{ alias: 'alias/k' }], streams: [{ name: 's' }] };

async function encrypt(): Promise<string | undefined> {
  const client = new KinesisClient({ region: 'us-east-1' });
  await client.send(new StartStreamEncryptionCommand({ StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/k' }));
  await waitUntilStreamExists({ client, maxWaitTime: 300 }, { StreamName: 's' });
  const { StreamDescriptionSummary } = await client.send(new DescribeStreamSummaryCommand({ StreamName: 's' }));
  return StreamDescriptionSummary?.StreamStatus;
}

describe('runScenario', () => {
  afterEach(() => vi.useRealTimers());

  it("drives virtual time so the SDK's waiter makes progress without anyone ticking a clock", async () => {
    const r = await runScenario(encrypted, encrypt);
    expect(r).toMatchObject({ ok: true, value: 'ACTIVE', hung: false });
    expect(r.elapsedMs).toBeGreaterThanOrEqual(5_000);
    expect(r.timersFired).toBeGreaterThan(0);
    expect(r.world.kinesis.describe('s')).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'KMS', KeyId: 'alias/k' });
    expect(r.trace[0]).toMatchObject({ kind: 'call', operation: 'StartStreamEncryption', time: r.start });
    expectCleanedUp();
  });

  it('makes a setTimeout polling loop progress, in virtual time', async () => {
    const r = await runScenario(encrypted, async ({ world }) => {
      const client = new KinesisClient({ region: 'us-east-1' });
      await client.send(new StartStreamEncryptionCommand({ StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/k' }));
      let polls = 0;
      for (;;) {
        polls++;
        const { StreamDescriptionSummary } = await client.send(new DescribeStreamSummaryCommand({ StreamName: 's' }));
        if (StreamDescriptionSummary?.StreamStatus === 'ACTIVE') return { polls, at: Date.now() - world.now() };
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    });
    expect(r.ok).toBe(true);
    expect(r.value?.polls).toBeGreaterThan(1);
    expect(r.elapsedMs).toBe((r.value!.polls - 1) * 1_000);
  });

  it('returns what the function threw and cleans up every stub and clock', async () => {
    const boom = new Error('boom');
    const r = await runScenario(encrypted, async ({ sleep }) => {
      await sleep(10_000);
      throw boom;
    });
    expect(r).toMatchObject({ ok: false, error: boom, hung: false, elapsedMs: 10_000 });
    expectCleanedUp();
  });

  it('cleans up after a function that throws synchronously, and after a scenario that cannot be set up', async () => {
    const r = await runScenario(encrypted, () => {
      throw new TypeError('thrown before any await');
    });
    expect(r).toMatchObject({ ok: false, hung: false, error: { name: 'TypeError', message: 'thrown before any await' } });
    expectCleanedUp();
    await expect(runScenario({ keys: [{ alias: 'orders' }] }, () => 1)).rejects.toThrow("[kinesis-sse-harness] scenario setup: keys[0].alias must look like 'alias/name'");
    await expect(runScenario({ streams: [{ name: 's', encryption: { keyId: 'alias/missing' } }] }, () => 1)).rejects.toThrow(
      "[kinesis-sse-harness] scenario setup: encrypting stream 's' with alias/missing failed: KMSNotFoundException",
    );
    expectCleanedUp();
    expect(await runScenario(encrypted, () => 'usable again')).toMatchObject({ ok: true, value: 'usable again' });
  });

  it('ends a run past the virtual-time budget with a ScenarioHangError', async () => {
    const r = await runScenario(encrypted, ({ sleep }) => sleep(2 * 3_600_000), { budgetMs: 3_600_000 });
    expect(r.ok).toBe(false);
    expect(r.hung).toBe(true);
    expect(r.error).toBeInstanceOf(ScenarioHangError);
    expect(r.error).toMatchObject({ reason: 'budget', elapsedMs: 3_600_000 });
    expect((r.error as Error).message).toContain('did not settle within 3600000 ms of virtual time (budgetMs)');
    expectCleanedUp();
  });

  it('takes budgets longer than a timer can wait (2^31-1 ms)', async () => {
    const day = 86_400_000;
    const ok = await runScenario(encrypted, async ({ sleep }) => {
      for (let i = 0; i < 30; i++) await sleep(day);
      return 'a month later';
    }, { budgetMs: 40 * day });
    expect(ok).toMatchObject({ ok: true, value: 'a month later', elapsedMs: 30 * day, timersFired: 30 });
    const hung = await runScenario(encrypted, async ({ sleep }) => {
      for (;;) await sleep(10 * day);
    }, { budgetMs: 40 * day });
    expect(hung.error).toMatchObject({ reason: 'budget', elapsedMs: 40 * day });
  });

  it('ends a runaway polling loop after maxTimers, and the loop never wakes up again', async () => {
    let polls = 0;
    const r = await runScenario(
      encrypted,
      async () => {
        const client = new KinesisClient({ region: 'us-east-1' });
        for (;;) {
          polls++;
          await client.send(new DescribeStreamSummaryCommand({ StreamName: 'missing' })).catch(() => undefined);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      },
      { maxTimers: 50 },
    );
    expect(r.error).toMatchObject({ name: 'ScenarioHangError', reason: 'timers', timersFired: 50, elapsedMs: 500 });
    expect((r.error as Error).message).toContain('fired 50 timers without settling (maxTimers)');
    expect((r.error as Error).message).toContain('DescribeStreamSummary');
    expect(polls).toBe(51);
    expectCleanedUp();
    // Parked on a timer of the uninstalled clock: it neither polls the real SDK nor a later run's world.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const later = await runScenario(encrypted, ({ sleep }) => sleep(60_000));
    expect(polls).toBe(51);
    expect(later.trace).toEqual([]);
  });

  it('ends a function that waits for something that never happens', async () => {
    const r = await runScenario(encrypted, () => new Promise<never>(() => undefined), { idleMs: 20 });
    expect(r.error).toMatchObject({ name: 'ScenarioHangError', reason: 'idle', elapsedMs: 0 });
    expectCleanedUp();
  });

  it('builds the scenario: keys in their states, streams encrypted before the start, faults from the start', async () => {
    const scenario: Scenario = {
      world: { seed: 2 },
      keys: [{ alias: 'alias/old', state: 'Disabled' }, { alias: 'alias/new' }],
      streams: [{ name: 's', encryption: { keyId: 'alias/old' } }, { name: 'fresh', status: 'CREATING' }],
      faults: [{ kind: 'throttle', service: 'kinesis', operation: 'PutRecord' }],
    };
    const r = await runScenario(scenario, async ({ world, stubs }) => {
      const client = new KinesisClient({ region: 'us-east-1' });
      const first = await client.send(new PutRecordCommand({ StreamName: 's', PartitionKey: 'p', Data: new Uint8Array([1]) })).catch((e: Error) => e.name);
      // The fault's answer is in the stub's call history like any other answer.
      const [call] = stubs.kinesis!.commandCalls(PutRecordCommand);
      const answered = await (call!.returnValue as Promise<unknown>).catch((e: Error) => e.name);
      return { first, answered, s: world.kinesis.describe('s'), fresh: world.kinesis.describe('fresh')?.StreamStatus, old: world.kms.describe('alias/old')?.KeyState };
    });
    expect(r.value).toMatchObject({
      first: 'LimitExceededException',
      answered: 'LimitExceededException',
      s: { StreamStatus: 'ACTIVE', EncryptionType: 'KMS', KeyId: 'alias/old' },
      fresh: 'CREATING',
      old: 'Disabled',
    });
    expect(r.faults).toEqual([expect.objectContaining({ index: 0, target: 'PutRecord', time: r.start })]);
    expect(r.trace.find((e) => e.kind === 'call' && e.operation === 'PutRecord')).toMatchObject({ fault: expect.stringContaining('fault#0 throttle') });
    expect(r.trace.every((e) => e.time >= r.start)).toBe(true);
  });

  it('is deterministic: the same scenario gives the same trace, waiter jitter included', async () => {
    const a = await runScenario({ ...encrypted, world: { seed: 9, kinesis: { durations: { updating: 95_000 } } } }, encrypt);
    const b = await runScenario({ ...encrypted, world: { seed: 9, kinesis: { durations: { updating: 95_000 } } } }, encrypt);
    expect(a.timeline()).toBe(b.timeline());
    expect(a.trace.filter((e) => e.kind === 'call').length).toBeGreaterThan(3);
  });

  it('refuses to run under fake timers the test installed, saying what to do', async () => {
    vi.useFakeTimers();
    await expect(runScenario(encrypted, () => 1)).rejects.toThrow(/drives fake time itself.*vi\.useRealTimers\(\)/);
    vi.useRealTimers();
    expectCleanedUp();
  });

  it('refuses to run under a @sinonjs/fake-timers clock installed on the globals too', async () => {
    const clock = withGlobal(globalThis).install();
    try {
      await expect(runScenario(encrypted, () => 1)).rejects.toThrow('setTimeout is already faked');
    } finally {
      clock.uninstall();
    }
    expectCleanedUp();
  });

  it('refuses to nest', async () => {
    const r = await runScenario(encrypted, () => runScenario(encrypted, () => 1));
    expect(r.ok).toBe(false);
    expect((r.error as Error).message).toContain('cannot nest or overlap');
  });

  it('rejects bad options clearly', async () => {
    await expect(runScenario(encrypted, () => 1, { budgetMs: -1 })).rejects.toThrow('[kinesis-sse-harness] runScenario option budgetMs');
    await expect(runScenario(encrypted, 'nope' as never)).rejects.toThrow(TypeError);
  });
});
