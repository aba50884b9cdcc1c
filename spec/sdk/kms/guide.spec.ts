// The example docs/kms.md shows: a test of code that manages KMS keys, through the real KMSClient.
import {
  CreateAliasCommand,
  CreateKeyCommand,
  DescribeKeyCommand,
  KMSClient,
  KMSInvalidStateException,
  NotFoundException,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { expect, it } from 'vitest';
import { createWorld, mockKms, virtualClock } from 'kinesis-sse-harness';

it('retires a key: alias, schedule deletion, gone after the waiting period', async () => {
  const clock = virtualClock(Date.UTC(2026, 0, 1));
  const world = createWorld({ accountId: '123456789012', region: 'us-east-1', seed: 1, clock });
  const kms = mockKms(world);
  try {
    const client = new KMSClient({ region: 'us-east-1' });
    const { KeyMetadata } = await client.send(new CreateKeyCommand({ Description: 'orders' }));
    await client.send(new CreateAliasCommand({ AliasName: 'alias/orders', TargetKeyId: KeyMetadata!.KeyId }));

    const scheduled = await client.send(new ScheduleKeyDeletionCommand({ KeyId: KeyMetadata!.KeyId, PendingWindowInDays: 7 }));
    expect(scheduled.KeyState).toBe('PendingDeletion');
    await expect(client.send(new ScheduleKeyDeletionCommand({ KeyId: KeyMetadata!.Arn }))).rejects.toThrow(KMSInvalidStateException);

    clock.advance(7 * 24 * 60 * 60 * 1000);
    await expect(client.send(new DescribeKeyCommand({ KeyId: 'alias/orders' }))).rejects.toThrow(NotFoundException);
    expect(world.kms.describe(KeyMetadata!.KeyId!)).toBeUndefined();

    // Test-side setup and faults, recorded in the trace like the calls:
    const key = world.kms.createKey({ alias: 'alias/payments' });
    world.kms.disable('alias/payments');
    world.kms.setCondition(key.KeyId, 'access-denied');
    expect(world.kms.describe('alias/payments')).toMatchObject({ KeyState: 'Disabled', conditions: ['access-denied'] });
  } finally {
    kms.restore();
  }
});
