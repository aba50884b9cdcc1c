import {
  CancelKeyDeletionCommand,
  DescribeKeyCommand,
  KMSInvalidStateException,
  KMSServiceException,
  ListAliasesCommand,
  NotFoundException,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, addGrant, body, DAY, kmsSetup, rejection, T0, type KmsSetup } from '../../../fixtures/kms';
import type { KmsKeyInfo } from '../../../src/world/kms';

describe.each(BINDINGS)('ScheduleKeyDeletion and CancelKeyDeletion through the SDK [%s]', (binding) => {
  let s: KmsSetup;
  let key: KmsKeyInfo;
  beforeEach(() => {
    s = kmsSetup({ binding });
    key = s.world.kms.createKey({ alias: 'alias/doomed' });
  });
  afterEach(() => s.stub.restore());

  const schedule = (KeyId: string, PendingWindowInDays?: number) =>
    s.client.send(new ScheduleKeyDeletionCommand(PendingWindowInDays === undefined ? { KeyId } : { KeyId, PendingWindowInDays }));
  const describeKey = (KeyId: string) => s.client.send(new DescribeKeyCommand({ KeyId }));

  describe('ScheduleKeyDeletion', () => {
    it('waits 30 days by default and answers the key ARN, DeletionDate, KeyState and the window', async () => {
      const out = await schedule(key.KeyId);
      expect(body(out)).toStrictEqual({ KeyId: key.Arn, DeletionDate: new Date(T0 + 30 * DAY), KeyState: 'PendingDeletion', PendingWindowInDays: 30 });
    });

    it('deletes the key, its aliases and its grants exactly when the window ends', async () => {
      addGrant(s.world, key.Arn, { grantId: 'a'.repeat(64) });
      await schedule(key.Arn, 7);
      s.clock.advance(7 * DAY - 1);
      expect((await describeKey(key.KeyId)).KeyMetadata?.KeyState).toBe('PendingDeletion');
      s.clock.advance(1);
      const err = await rejection(describeKey(key.KeyId));
      expect(err).toBeInstanceOf(NotFoundException);
      expect(err.message).toBe(`Key '${key.Arn}' does not exist`);
      expect((await s.client.send(new ListAliasesCommand({}))).Aliases).toEqual([]);
      expect(s.world.kms.grants()).toEqual([]);
      const keyStates = s.world.trace.filter((e) => e.kind === 'transition' && e.resource === key.Arn && e.property === 'KeyState');
      expect(keyStates.map((e) => (e.kind === 'transition' ? [e.time, e.from, e.to] : []))).toEqual([
        [T0, 'none', 'Enabled'],
        [T0, 'Enabled', 'PendingDeletion'],
        [T0 + 7 * DAY, 'PendingDeletion', 'none'],
      ]);
    });

    it('schedules a Disabled key too', async () => {
      s.world.kms.disable(key.KeyId);
      expect((await schedule(key.KeyId, 8)).KeyState).toBe('PendingDeletion');
    });

    it.each([6, 31])('rejects a window of %i days: ValidationException', async (days) => {
      const err = await rejection(schedule(key.KeyId, days));
      expect(err).toBeInstanceOf(KMSServiceException);
      expect(err.name).toBe('ValidationException');
      expect(err.message).toBe('PendingWindowInDays must be between 7 and 30');
      expect(s.world.kms.describe(key.KeyId)?.KeyState).toBe('Enabled');
    });

    it('rejects a window outside the model range with the model text', async () => {
      const err = await rejection(schedule(key.KeyId, 0));
      expect(err.message).toBe("1 validation error detected: Value '0' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value greater than or equal to 1");
    });

    it('rejects a key already pending deletion: KMSInvalidStateException, its date unchanged', async () => {
      await schedule(key.KeyId, 7);
      s.clock.advance(DAY);
      const err = await rejection(schedule(key.KeyId, 20));
      expect(err).toBeInstanceOf(KMSInvalidStateException);
      expect(err.message).toBe(`${key.Arn} is pending deletion.`);
      expect((await describeKey(key.KeyId)).KeyMetadata?.DeletionDate).toEqual(new Date(T0 + 7 * DAY));
    });

    it('rejects an AWS managed key: AccessDeniedException', async () => {
      const managed = (await describeKey('alias/aws/firehose')).KeyMetadata!;
      const err = await rejection(schedule(managed.KeyId ?? '', 7));
      expect(err.name).toBe('AccessDeniedException');
      expect(err.message).toContain(`kms:ScheduleKeyDeletion on resource: ${managed.Arn}`);
    });

    it('rejects an alias as KeyId', async () => {
      const err = await rejection(schedule('alias/doomed', 7));
      expect(err).toBeInstanceOf(NotFoundException);
      expect(err.message).toBe("Invalid keyId 'alias/doomed'");
    });
  });

  describe('CancelKeyDeletion', () => {
    it('leaves the key Disabled, answers its ARN, and the key is not deleted when the window would have ended', async () => {
      await schedule(key.KeyId, 7);
      s.clock.advance(DAY);
      expect(body(await s.client.send(new CancelKeyDeletionCommand({ KeyId: key.KeyId })))).toStrictEqual({ KeyId: key.Arn });
      const m = (await describeKey(key.KeyId)).KeyMetadata!;
      expect([m.KeyState, m.Enabled]).toEqual(['Disabled', false]);
      expect(m).not.toHaveProperty('DeletionDate');
      s.clock.advance(30 * DAY);
      expect((await describeKey('alias/doomed')).KeyMetadata?.KeyState).toBe('Disabled');
      const last = s.world.trace.filter((e) => e.kind === 'transition' && e.resource === key.Arn).at(-1);
      expect(last).toMatchObject({ time: T0 + DAY, property: 'KeyState', from: 'PendingDeletion', to: 'Disabled', detail: 'CancelKeyDeletion' });
    });

    it.each(['Enabled', 'Disabled'] as const)('rejects a key that is %s: KMSInvalidStateException', async (state) => {
      if (state === 'Disabled') s.world.kms.disable(key.KeyId);
      const err = await rejection(s.client.send(new CancelKeyDeletionCommand({ KeyId: key.Arn })));
      expect(err).toBeInstanceOf(KMSInvalidStateException);
      expect(err.message).toBe(`${key.Arn} is not pending deletion.`);
      expect(s.world.kms.describe(key.KeyId)?.KeyState).toBe(state);
    });

    it('rejects a deleted key: NotFoundException', async () => {
      await schedule(key.KeyId, 7);
      s.clock.advance(7 * DAY);
      const err = await rejection(s.client.send(new CancelKeyDeletionCommand({ KeyId: key.KeyId })));
      expect(err).toBeInstanceOf(NotFoundException);
      expect(err.message).toBe(`Key 'arn:aws:kms:us-east-1:${ACCOUNT}:key/${key.KeyId}' does not exist`);
    });
  });
});
