import { DescribeStreamSummaryCommand, KinesisClient, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty, PropertyFailure, runScenario, scenario, sseModelRun, sseSteps, type Scenario } from '../../src/fast-check/index';

// Naive code under test: starts encryption, polls once after a while, and trusts what it sees.
async function encryptNaively(): Promise<void> {
  const client = new KinesisClient({ region: 'us-east-1' });
  await client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/a' }));
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  await client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }));
}

const scenarios: fc.Arbitrary<Scenario> = scenario({
  keys: fc.constant([{ alias: 'alias/a' }]),
  streams: fc.constant([{ name: 'orders' }]),
  faults: false,
});

const encryptedWhenDone = (): fc.IAsyncPropertyWithHooks<[Scenario]> =>
  fc.asyncProperty(scenarios, async (s) => {
    const r = await runScenario(s, encryptNaively);
    expect(r.ok).toBe(true);
    expect(r.world.kinesis.describe('orders')?.StreamStatus).toBe('ACTIVE');
  });

async function failure(p: Promise<unknown>): Promise<PropertyFailure> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(PropertyFailure);
  return e as PropertyFailure;
}

describe('assertProperty', () => {
  it("says plainly when a property returned something that is neither a boolean nor undefined (fast-check only says 'returning false')", async () => {
    const returnsAssertion = fc.asyncProperty(fc.integer(), async (n) => expect(n).toBeTypeOf('number'));
    const failure = await assertProperty(returnsAssertion, { numRuns: 5, seed: 1 }).catch((e: unknown) => e as Error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain('[kinesis-sse-harness] the property returned an object');
    expect((failure as Error).message).toContain("write `expect(...).toMatchObject(...); return;` rather than `return expect(...)...`");
    const returnsNumber = fc.property(fc.integer(), () => 42 as unknown as boolean);
    await expect(assertProperty(returnsNumber, { numRuns: 5, seed: 1 })).rejects.toThrow('the property returned number 42');
    // Booleans and undefined keep their meaning, and the property object is left as it was.
    const passes = fc.property(fc.integer(), (n) => Number.isInteger(n));
    const predicate = (passes as unknown as { predicate: unknown }).predicate;
    await assertProperty(passes, { numRuns: 5, seed: 1 });
    expect((passes as unknown as { predicate: unknown }).predicate).toBe(predicate);
    await expect(assertProperty(fc.property(fc.integer(), () => false), { numRuns: 5, seed: 1 })).rejects.toThrow('Property failed by returning false');
  });


  it('prints the seed, the path, the world seed and the timeline of the shrunk counterexample', async () => {
    const f = await failure(assertProperty(encryptedWhenDone(), { seed: 1234, numRuns: 100 }));
    expect(f.message).toContain(`Replay it: assertProperty(property, { seed: 1234, path: ${JSON.stringify(f.path)}, endOnFailure: true })`);
    expect(f.message).toMatch(/Failure: AssertionError: expected 'UPDATING' to be 'ACTIVE'/);
    expect(f.message).toContain(`World seed: ${f.runs[0]!.worldSeed}`);
    expect(f.runs).toHaveLength(1);
    expect(f.runs[0]).toMatchObject({ source: 'runScenario', outcome: 'returned' });
    expect(f.runs[0]!.timeline.split('\n')).toEqual([
      '+0.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "alias/a"} → {}',
      '+0.000s kinesis stream/orders StreamStatus ACTIVE → UPDATING',
      '+0.000s kinesis stream/orders EncryptionType NONE → KMS',
      '+0.000s kinesis stream/orders KeyId none → alias/a',
      '+3.000s kinesis DescribeStreamSummary {StreamName: "orders"} → {StreamDescriptionSummary: {StreamStatus: "UPDATING", EncryptionType: "KMS", KeyId: "alias/a"}}',
    ]);
    expect(f.message).toContain(f.runs[0]!.timeline.split('\n')[0]);
  });

  it('the printed seed and path reproduce the same failure and the same trace', async () => {
    const first = await failure(assertProperty(encryptedWhenDone(), { seed: 77, numRuns: 100 }));
    const again = await failure(assertProperty(encryptedWhenDone(), { seed: first.seed, path: first.path, endOnFailure: true }));
    expect(again.counterexample).toEqual(first.counterexample);
    expect(again.runs.map((r) => r.timeline)).toEqual(first.runs.map((r) => r.timeline));
    expect(again.runs[0]!.worldSeed).toBe(first.runs[0]!.worldSeed);
    expect(again.details.numRuns).toBe(1);
  });

  it('for model-based properties, the printed replayPath reproduces the same steps and trace', async () => {
    const config: Scenario = { keys: [{ alias: 'alias/k0' }, { alias: 'alias/k1' }], streams: [{ name: 's0' }] };
    const atMostOneStart = (replayPath?: string): fc.IAsyncPropertyWithHooks<[Iterable<unknown>]> =>
      fc.asyncProperty(fc.commands(sseSteps(config), replayPath === undefined ? {} : { replayPath }), async (cmds) => {
        await sseModelRun(config, cmds as Iterable<never>);
        expect([...cmds].filter((c) => String(c).startsWith('StartStreamEncryption')).length).toBeLessThan(2);
      });
    const first = await failure(assertProperty(atMostOneStart(), { seed: 5, numRuns: 200 }));
    expect(first.replayPaths).toHaveLength(1);
    const again = await failure(assertProperty(atMostOneStart(first.replayPaths[0]), { seed: first.seed, path: first.path, endOnFailure: true }));
    expect(fc.stringify(again.counterexample)).toBe(fc.stringify(first.counterexample));
    expect(again.runs.map((r) => r.timeline)).toEqual(first.runs.map((r) => r.timeline));
    expect(first.runs[0]!.source).toBe('createSseSetup');
  });

  it('resolves with the run details when the property holds', async () => {
    const details = await assertProperty(fc.property(fc.nat(), (n) => n >= 0), { numRuns: 10 });
    expect(details.failed).toBe(false);
    expect(details.numRuns).toBe(10);
  });

  it('says so when the counterexample passes when run again (the code is not deterministic)', async () => {
    let calls = 0;
    const f = await failure(
      assertProperty(
        fc.asyncProperty(fc.constant(0), async () => {
          calls++;
          const r = await runScenario({}, () => calls);
          expect(r.value).toBeGreaterThan(1);
        }),
        { numRuns: 1 },
      ),
    );
    expect(f.message).toContain('the counterexample passed when run once more, so the code under test is not deterministic');
  });

  it('says when there is no timeline to show', async () => {
    const f = await failure(assertProperty(fc.property(fc.nat(), (n) => n < 5), { seed: 1 }));
    expect(f.message).toContain('no timeline to show');
    expect(f.counterexample).toEqual([5]);
  });
});
