// The samples of docs/when-a-test-fails.md, run as specs.
import { KinesisClient, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import fc from 'fast-check';
import { expect, it, onTestFailed } from 'vitest';
import { formatTimeline, useWorld, virtualClock, type World } from 'kinesis-sse-harness';
import { assertProperty, PropertyFailure, runScenario } from 'kinesis-sse-harness/fast-check';
import 'kinesis-sse-harness/vitest';

// The code under test: it starts encryption but forgets to wait until the stream is ACTIVE again.
async function encryptOrders(client: KinesisClient): Promise<void> {
  await client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/orders' }));
}

// 1. A plain `expect` fails: print the world's trace with it.
function printTraceOnFailure(world: World, print: (text: string) => void = console.log): void {
  onTestFailed(() => print(`Trace of the world:\n${formatTimeline(world.trace, { region: world.region })}`));
}

const printed: string[] = [];

it.fails('a plain expect that fails prints the trace (this test fails on purpose)', async () => {
  const { world } = useWorld({ seed: 1, clock: virtualClock(Date.UTC(2026, 0, 1)) });
  printTraceOnFailure(world, (text) => printed.push(text));
  world.kinesis.createStream('orders');
  world.kms.createKey({ alias: 'alias/orders' });
  await encryptOrders(new KinesisClient({}));
  expect(world.kinesis.describe('orders')?.StreamStatus).toBe('ACTIVE'); // fails: UPDATING
});

it('…and the trace shows why', () => {
  expect(printed).toHaveLength(1);
  expect(printed[0]).toContain('kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "alias/orders"} → {}');
  expect(printed[0]).toContain('kinesis stream/orders StreamStatus ACTIVE → UPDATING');
});

// 2. A property finds a counterexample; its message says how to replay it.
const property = fc.asyncProperty(fc.integer({ min: 0, max: 60 }), async (updatingSeconds) => {
  const run = await runScenario(
    { world: { kinesis: { durations: { updating: updatingSeconds * 1000 } } }, keys: [{ alias: 'alias/orders' }], streams: [{ name: 'orders' }] },
    async ({ world }) => {
      await encryptOrders(new KinesisClient({}));
      return world.kinesis.describe('orders')?.StreamStatus;
    },
  );
  if (!run.ok) throw run.error;
  if (run.value !== 'ACTIVE') throw new Error(`encryptOrders returned while the stream was ${String(run.value)}`);
});

it('reads a counterexample and replays it from its seed and path', async () => {
  const failure = await assertProperty(property, { seed: 42 }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(failure).toBeInstanceOf(PropertyFailure);
  const f = failure as PropertyFailure<[number]>;
  expect(f.counterexample).toEqual([1]); // shrunk: the shortest UPDATING that shows the bug
  expect(f.message).toContain('Failure: Error: encryptOrders returned while the stream was UPDATING');
  expect(f.message).toContain(`Replay it: assertProperty(property, { seed: 42, path: ${JSON.stringify(f.path)}, endOnFailure: true })`);

  // The replay: the same property, the seed and path of the "Replay it" line: one run, the same counterexample.
  const again = await assertProperty(property, { seed: f.seed, path: f.path, endOnFailure: true }).then(
    () => undefined,
    (e: unknown) => e as PropertyFailure<[number]>,
  );
  expect(again?.counterexample).toEqual(f.counterexample);
  expect(again?.details.numRuns).toBe(1);
});
