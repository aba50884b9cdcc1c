import { expect, it } from 'vitest';
import { runScenario, type Scenario } from 'kinesis-sse-harness/fast-check';

const scenario: Scenario = {
  world: { seed: 7, kinesis: { durations: { updating: 30_000 } } }, // createWorld options
  keys: [{ alias: 'alias/orders', state: 'Disabled' }], // Enabled | Disabled | PendingDeletion, conditions
  streams: [{ name: 'orders', encryption: { keyId: 'alias/orders' } }], // or status: 'CREATING'
  deliveryStreams: [{ name: 'clicks', encryption: { KeyType: 'AWS_OWNED_CMK' } }],
  faults: [{ kind: 'key', keyId: 'alias/orders', change: 'schedule-deletion', atMs: 60_000 }], // times from the start
};

it('starts from the scenario: keys, streams and delivery streams in their states, faults on their way', async () => {
  const result = await runScenario(scenario, async ({ world, sleep }) => {
    const before = world.kms.describe('alias/orders')?.KeyState;
    await sleep(60_000);
    return { before, after: world.kms.describe('alias/orders')?.KeyState };
  });
  expect(result.value).toEqual({ before: 'Disabled', after: 'PendingDeletion' });
  expect(result.world.kinesis.describe('orders')).toMatchObject({ StreamStatus: 'ACTIVE', EncryptionType: 'KMS', KeyId: 'alias/orders' });
  expect(result.world.firehose.describe('clicks')?.DeliveryStreamEncryptionConfiguration).toMatchObject({ Status: 'ENABLED', KeyType: 'AWS_OWNED_CMK' });
  expect(result.faults).toEqual([expect.objectContaining({ target: 'schedule-deletion', time: result.start + 60_000 })]);
});
