import { describe, expect, it } from 'vitest';
import { ACCOUNT, T0 } from '../../../fixtures/kms';
import { installFaults } from '../../../src/model/faults';
import { keyChangeViolation, type KeyStateChange } from '../../../src/model/kms/rules';
import { advanceTo } from '../../../src/model/world';
import { createWorld, virtualClock } from '../../../src/index';

// One rule, three paths: for every key state and every change, the KMS operation refuses exactly
// when keyChangeViolation says so for the account, world.kms throws exactly when it says so for
// test setup, and a key fault leaves the key unchanged exactly when it says so for the account.

type State = 'Enabled' | 'Disabled' | 'PendingDeletion';
const STATES: readonly State[] = ['Enabled', 'Disabled', 'PendingDeletion'];
const CHANGES: readonly (readonly [Exclude<KeyStateChange, 'alias' | 'rotation' | 'tag' | 'policy'>, string, 'enable' | 'disable' | 'scheduleDeletion' | 'cancelDeletion'])[] = [
  ['enable', 'EnableKey', 'enable'],
  ['disable', 'DisableKey', 'disable'],
  ['schedule-deletion', 'ScheduleKeyDeletion', 'scheduleDeletion'],
  ['cancel-deletion', 'CancelKeyDeletion', 'cancelDeletion'],
];

function keyIn(state: State) {
  const world = createWorld({ accountId: ACCOUNT, region: 'us-east-1', seed: 3, clock: virtualClock(T0) });
  const key = world.kms.createKey(state === 'Disabled' ? { state } : {});
  if (state === 'PendingDeletion') world.kms.scheduleDeletion(key.KeyId, 7);
  const model = world.model.kms.keys.get(key.Arn)!;
  return { world, key, model };
}

describe('KMS key-state rules are the same on every path', () => {
  for (const state of STATES) {
    for (const [change, operation, method] of CHANGES) {
      it(`${change} of a key ${state}`, () => {
        const op = keyIn(state);
        const violation = keyChangeViolation(op.model, change, 'account');
        const answer = op.world.call('kms', operation, { KeyId: op.key.KeyId });
        expect(answer.ok).toBe(violation === undefined);

        const view = keyIn(state);
        const setupViolation = keyChangeViolation(view.model, change, 'setup');
        expect(setupViolation).toBe(violation); // a customer managed key: the actor does not matter
        const act = () => view.world.kms[method](view.key.KeyId);
        if (setupViolation === undefined) expect(act).not.toThrow();
        else expect(act).toThrow(TypeError);
        expect(view.world.kms.describe(view.key.KeyId)?.KeyState).toBe(op.world.kms.describe(op.key.KeyId)?.KeyState);

        if (change === 'cancel-deletion') return; // no fault cancels a deletion
        const fault = keyIn(state);
        installFaults(fault.world.model, [{ kind: 'key', keyId: fault.key.KeyId, change, atMs: 0, ...(change === 'schedule-deletion' ? { pendingWindowInDays: 7 } : {}) }], T0);
        advanceTo(fault.world.model, T0 + 1);
        expect(fault.world.kms.describe(fault.key.KeyId)?.KeyState).toBe(op.world.kms.describe(op.key.KeyId)?.KeyState);
      });
    }
  }

  it('an AWS managed key: the account may not change it (operation and fault), test setup may', () => {
    const world = createWorld({ accountId: ACCOUNT, region: 'us-east-1', seed: 3, clock: virtualClock(T0) });
    const managed = world.kms.createKey({ manager: 'AWS' });
    const model = world.model.kms.keys.get(managed.Arn)!;
    expect(keyChangeViolation(model, 'disable', 'account')).toBe('aws-managed');
    expect(keyChangeViolation(model, 'disable', 'setup')).toBeUndefined();
    expect(world.call('kms', 'DisableKey', { KeyId: managed.KeyId })).toMatchObject({ ok: false, error: { type: 'AccessDeniedException' } });
    installFaults(world.model, [{ kind: 'key', keyId: managed.KeyId, change: 'disable', atMs: 0 }], T0);
    advanceTo(world.model, T0 + 1);
    expect(world.kms.describe(managed.KeyId)?.KeyState).toBe('Enabled');
    world.kms.disable(managed.KeyId);
    expect(world.kms.describe(managed.KeyId)?.KeyState).toBe('Disabled');
  });

  it('an alias for a key pending deletion: refused by CreateAlias and by world.kms.createAlias', () => {
    const { world, key } = keyIn('PendingDeletion');
    expect(world.call('kms', 'CreateAlias', { AliasName: 'alias/late', TargetKeyId: key.KeyId })).toMatchObject({
      ok: false,
      error: { type: 'KMSInvalidStateException', message: `${key.Arn} is pending deletion.` },
    });
    expect(() => world.kms.createAlias('alias/late', key.KeyId)).toThrow(/world\.kms\.createAlias: .* is pending deletion; cancelDeletion first/);
    expect(world.kms.describe(key.KeyId)?.aliases).toEqual([]);
  });
});
