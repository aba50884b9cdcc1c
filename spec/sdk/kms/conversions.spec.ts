import { CreateKeyCommand, DescribeKeyCommand, ListAliasesCommand, ListGrantsCommand, ScheduleKeyDeletionCommand } from '@aws-sdk/client-kms';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addGrant, DAY, kmsSetup, rejection, T0, type KmsSetup } from '../../../fixtures/kms';
import type { KmsKeyInfo } from '../../../src/world/kms';

// The conversions the KMS declarations drive: every timestamp the model answers (epoch ms) reaches
// the caller as a Date, as the SDK's deserializer makes it; a value of the wrong JavaScript type
// reaching the model is refused with a SerializationException, never reinterpreted. (No modelled
// KMS input has a timestamp or blob member — declarations.spec.ts holds that against the SDK — so
// the inputs here are the numbers, strings and lists KMS takes.)

describe('KMS conversions between the SDK and the model', () => {
  let s: KmsSetup;
  let key: KmsKeyInfo;
  beforeEach(() => {
    s = kmsSetup();
    key = s.world.kms.createKey({ alias: 'alias/orders' });
  });
  afterEach(() => s.stub.restore());

  it('answers every declared timestamp as a Date of the model time, fresh on each call', async () => {
    const created = (await s.client.send(new CreateKeyCommand({}))).KeyMetadata!;
    expect(created.CreationDate).toStrictEqual(new Date(T0));
    s.clock.advance(1_000);
    const scheduled = await s.client.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));
    expect(scheduled.DeletionDate).toStrictEqual(new Date(T0 + 1_000 + 7 * DAY));
    const described = (await s.client.send(new DescribeKeyCommand({ KeyId: key.Arn }))).KeyMetadata!;
    expect([described.CreationDate, described.DeletionDate]).toStrictEqual([new Date(T0), new Date(T0 + 1_000 + 7 * DAY)]);
    described.CreationDate!.setTime(0);
    expect((await s.client.send(new DescribeKeyCommand({ KeyId: key.Arn }))).KeyMetadata!.CreationDate).toStrictEqual(new Date(T0));
    const aliases = (await s.client.send(new ListAliasesCommand({}))).Aliases!;
    expect(aliases.map((a) => [a.CreationDate, a.LastUpdatedDate])).toStrictEqual([[new Date(T0), new Date(T0)]]);
  });

  it('answers a grant CreationDate as a Date', async () => {
    s.clock.advance(5);
    addGrant(s.world, key.Arn, { grantId: 'a'.repeat(64) });
    const grants = (await s.client.send(new ListGrantsCommand({ KeyId: key.Arn }))).Grants!;
    expect(grants.map((g) => g.CreationDate)).toStrictEqual([new Date(T0 + 5)]);
  });

  describe('a value of the wrong JavaScript type is refused, never reinterpreted', () => {
    it.each([
      ['a numeric string for an integer', 'ScheduleKeyDeletion', { PendingWindowInDays: '7' }, "Expected a number at 'pendingWindowInDays'"],
      ['a Date for an integer', 'ScheduleKeyDeletion', { PendingWindowInDays: new Date(7) }, "Expected a number at 'pendingWindowInDays'"],
      ['a fraction for an integer', 'ScheduleKeyDeletion', { PendingWindowInDays: 7.5 }, "Expected an integer at 'pendingWindowInDays'; got a fraction"],
      ['a number for a string', 'DescribeKey', { KeyId: 5 }, "Expected a string at 'keyId'"],
      ['a string for a list', 'DescribeKey', { GrantTokens: 'token' }, "Expected list or null at 'grantTokens'"],
      ['a bytes array for a string', 'DescribeKey', { KeyId: new Uint8Array([1]) }, "Expected a string at 'keyId'"],
    ] as const)('%s (%s), by the model and through the SDK', async (_case, operation, wrong, message) => {
      const input = { KeyId: key.KeyId, ...wrong };
      const before = s.world.kms.describe(key.KeyId);
      const direct = s.world.call('kms', operation, input);
      expect(direct).toMatchObject({ ok: false, error: { type: 'SerializationException', message } });
      const command = operation === 'ScheduleKeyDeletion' ? new ScheduleKeyDeletionCommand(input as never) : new DescribeKeyCommand(input as never);
      const err = await rejection(s.client.send(command as never));
      expect([err.name, err.message]).toEqual(['SerializationException', message]);
      expect(s.world.kms.describe(key.KeyId)).toStrictEqual(before);
    });
  });
});
