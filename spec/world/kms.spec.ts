import { describe, expect, it } from 'vitest';
import { ACCOUNT, addGrant, DAY, OTHER_ACCOUNT, OTHER_REGION, T0 } from '../../fixtures/kms';
import { createWorld, virtualClock } from '../../src/index';

function setup() {
  const clock = virtualClock(T0);
  const world = createWorld({ accountId: ACCOUNT, region: 'us-east-1', seed: 11, clock });
  return { clock, world };
}

describe('world.kms', () => {
  it('creates a symmetric Enabled customer key with an alias and returns a snapshot of it', () => {
    const { world } = setup();
    const key = world.kms.createKey({ alias: 'alias/orders', conditions: ['throttled'] });
    expect(key).toStrictEqual({
      KeyId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      Arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/${key.KeyId}`,
      KeyState: 'Enabled',
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyManager: 'CUSTOMER',
      conditions: ['throttled'],
      aliases: ['alias/orders'],
    });
    expect(world.kms.keyCount).toBe(1);
    (key.aliases as string[]).push('alias/forged');
    expect(world.kms.describe(key.KeyId)?.aliases).toEqual(['alias/orders']);
  });

  it('describes a key by any of its forms, and not at all by a name no key has', () => {
    const { world } = setup();
    const key = world.kms.createKey({ alias: 'alias/orders' });
    for (const id of [key.KeyId, key.Arn, 'alias/orders', `arn:aws:kms:us-east-1:${ACCOUNT}:alias/orders`]) {
      expect(world.kms.describe(id)?.Arn).toBe(key.Arn);
    }
    expect(world.kms.describe('alias/nope')).toBeUndefined();
    expect(world.kms.describe('alias/aws/kinesis')).toBeUndefined();
    expect(world.kms.keyCount).toBe(1);
  });

  it('creates keys in other accounts and regions, with the specs and usages KMS allows', () => {
    const { world } = setup();
    expect(world.kms.createKey({ account: OTHER_ACCOUNT, region: OTHER_REGION }).Arn).toMatch(new RegExp(`^arn:aws:kms:${OTHER_REGION}:${OTHER_ACCOUNT}:key/`));
    expect(world.kms.createKey({ spec: 'ECC_NIST_P256' })).toMatchObject({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    expect(world.kms.createKey({ spec: 'HMAC_384' }).KeyUsage).toBe('GENERATE_VERIFY_MAC');
    expect(world.kms.createKey({ multiRegion: true }).KeyId).toMatch(/^mrk-/);
    expect(world.kms.createKey({ state: 'Disabled' }).KeyState).toBe('Disabled');
  });

  it('changes keys as KMS would and records each change in the trace at the clock time', () => {
    const { world, clock } = setup();
    const key = world.kms.createKey({ alias: 'alias/k' });
    clock.advance(1_000);
    world.kms.disable('alias/k');
    world.kms.enable(key.Arn);
    world.kms.setCondition(key.KeyId, 'access-denied');
    world.kms.setCondition(key.KeyId, 'access-denied');
    world.kms.setCondition(key.KeyId, 'access-denied', false);
    world.kms.scheduleDeletion(key.KeyId, 7);
    expect(world.kms.describe(key.KeyId)?.KeyState).toBe('PendingDeletion');
    clock.advance(DAY);
    world.kms.cancelDeletion(key.KeyId);
    expect(world.kms.describe(key.KeyId)).toMatchObject({ KeyState: 'Disabled', conditions: [] });
    const t = world.trace.filter((e) => e.kind === 'transition').map((e) => (e.kind === 'transition' ? [e.time - T0, e.property, e.from, e.to, e.detail] : []));
    expect(t).toEqual([
      [0, 'KeyState', 'none', 'Enabled', 'world.kms.createKey'],
      [1_000, 'KeyState', 'Enabled', 'Disabled', 'world.kms.disable'],
      [1_000, 'KeyState', 'Disabled', 'Enabled', 'world.kms.enable'],
      [1_000, 'KeyCondition', 'none', 'access-denied', 'world.kms.setCondition'],
      [1_000, 'KeyCondition', 'access-denied', 'none', 'world.kms.setCondition'],
      [1_000, 'KeyState', 'Enabled', 'PendingDeletion', 'world.kms.scheduleDeletion'],
      [1_000 + DAY, 'KeyState', 'PendingDeletion', 'Disabled', 'world.kms.cancelDeletion'],
    ]);
  });

  it('deletes a key when its waiting period ends, seen at the clock time', () => {
    const { world, clock } = setup();
    const key = world.kms.createKey({ alias: 'alias/k' });
    world.kms.scheduleDeletion(key.KeyId);
    clock.advance(30 * DAY - 1);
    expect(world.kms.describe(key.KeyId)?.KeyState).toBe('PendingDeletion');
    clock.advance(1);
    expect(world.kms.describe(key.KeyId)).toBeUndefined();
    expect(world.kms.describe('alias/k')).toBeUndefined();
    expect(world.kms.keyCount).toBe(0);
  });

  it('adds aliases and lists grants per key or all', () => {
    const { world } = setup();
    const a = world.kms.createKey();
    const b = world.kms.createKey();
    world.kms.createAlias('alias/a', a.KeyId);
    expect(world.kms.describe(a.KeyId)?.aliases).toEqual(['alias/a']);
    addGrant(world, a.Arn, { grantId: '1'.repeat(64), name: 'n' });
    addGrant(world, b.Arn, { grantId: '2'.repeat(64) });
    expect(world.kms.grants(a.KeyId)).toStrictEqual([
      {
        KeyId: a.Arn,
        GrantId: '1'.repeat(64),
        Name: 'n',
        CreationDate: T0,
        GranteePrincipal: 'firehose.amazonaws.com',
        IssuingAccount: `arn:aws:iam::${ACCOUNT}:root`,
        Operations: ['Encrypt', 'Decrypt', 'GenerateDataKey', 'RetireGrant'],
      },
    ]);
    expect(world.kms.grants().map((g) => g.GrantId)).toEqual(['1'.repeat(64), '2'.repeat(64)]);
  });

  describe('misuse throws a TypeError or RangeError naming it', () => {
    it.each([
      ['enable an unknown key', (w: ReturnType<typeof setup>['world']) => w.kms.enable('alias/nope'), /world\.kms\.enable: no KMS key 'alias\/nope' in this world/],
      ['disable an unknown key', (w: ReturnType<typeof setup>['world']) => w.kms.disable('1234abcd-12ab-34cd-56ef-1234567890ab'), /world\.kms\.disable: no KMS key '1234abcd/],
      ['schedule deletion of an unknown key', (w: ReturnType<typeof setup>['world']) => w.kms.scheduleDeletion('alias/nope'), /world\.kms\.scheduleDeletion: no KMS key/],
      ['cancel deletion of an unknown key', (w: ReturnType<typeof setup>['world']) => w.kms.cancelDeletion('alias/nope'), /world\.kms\.cancelDeletion: no KMS key/],
      ['set a condition on an unknown key', (w: ReturnType<typeof setup>['world']) => w.kms.setCondition('alias/nope', 'throttled'), /world\.kms\.setCondition: no KMS key/],
      ['alias an unknown key', (w: ReturnType<typeof setup>['world']) => w.kms.createAlias('alias/x', 'alias/nope'), /world\.kms\.createAlias: no KMS key/],
      ['list grants of an unknown key', (w: ReturnType<typeof setup>['world']) => w.kms.grants('alias/nope'), /world\.kms\.grants: no KMS key/],
      ['an unknown condition', (w: ReturnType<typeof setup>['world']) => w.kms.setCondition(w.kms.createKey().KeyId, 'sunny' as never), /condition must be one of access-denied/],
      ['an unknown option', (w: ReturnType<typeof setup>['world']) => w.kms.createKey({ colour: 'red' } as never), /unknown option 'colour'/],
      ['a usage the spec does not allow', (w: ReturnType<typeof setup>['world']) => w.kms.createKey({ spec: 'HMAC_256', usage: 'ENCRYPT_DECRYPT' }), /usage "ENCRYPT_DECRYPT" is not valid for spec HMAC_256/],
      ['an unknown spec', (w: ReturnType<typeof setup>['world']) => w.kms.createKey({ spec: 'AES' as never }), /spec must be one of/],
      ['an alias without alias/', (w: ReturnType<typeof setup>['world']) => w.kms.createKey({ alias: 'orders' }), /alias must be 'alias\/'/],
      ['an alias under alias/aws/', (w: ReturnType<typeof setup>['world']) => w.kms.createKey({ alias: 'alias/aws/kinesis' }), /reserved for AWS managed keys/],
      [
        'an alias that exists',
        (w: ReturnType<typeof setup>['world']) => {
          w.kms.createKey({ alias: 'alias/x' });
          w.kms.createKey({ alias: 'alias/x' });
        },
        /alias arn:aws:kms:us-east-1:123456789012:alias\/x already exists/,
      ],
      [
        'enable a key pending deletion',
        (w: ReturnType<typeof setup>['world']) => {
          const k = w.kms.createKey();
          w.kms.scheduleDeletion(k.KeyId, 7);
          w.kms.enable(k.KeyId);
        },
        /is pending deletion; cancelDeletion first/,
      ],
      ['cancel deletion of a key not pending deletion', (w: ReturnType<typeof setup>['world']) => w.kms.cancelDeletion(w.kms.createKey().KeyId), /is not pending deletion/],
    ])('%s', (_case, act, message) => {
      const { world } = setup();
      expect(() => act(world)).toThrow(TypeError);
      expect(() => act(setup().world)).toThrow(message);
    });

    it.each([6, 31, 7.5])('schedule deletion with %s days: RangeError', (days) => {
      const { world } = setup();
      const k = world.kms.createKey();
      expect(() => world.kms.scheduleDeletion(k.KeyId, days)).toThrow(RangeError);
      expect(world.kms.describe(k.KeyId)?.KeyState).toBe('Enabled');
    });
  });
});
