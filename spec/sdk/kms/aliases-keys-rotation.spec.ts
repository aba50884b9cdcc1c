import {
  CreateKeyCommand,
  DeleteAliasCommand,
  DescribeKeyCommand,
  DisabledException,
  DisableKeyRotationCommand,
  EnableKeyRotationCommand,
  GetKeyRotationStatusCommand,
  InvalidMarkerException,
  KMSInvalidStateException,
  ListAliasesCommand,
  ListKeysCommand,
  NotFoundException,
  UnsupportedOperationException,
  UpdateAliasCommand,
} from '@aws-sdk/client-kms';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT, BINDINGS, body, DAY, kmsSetup, OTHER_REGION, rejection, T0, type KmsSetup } from '../../../fixtures/kms';

describe.each(BINDINGS)('UpdateAlias, DeleteAlias, ListKeys through the SDK [%s]', (binding) => {
  let s: KmsSetup;
  beforeEach(() => {
    s = kmsSetup({ binding });
  });
  afterEach(() => s.stub.restore());

  it('UpdateAlias points the alias at another key and moves LastUpdatedDate on; DescribeKey by the alias follows', async () => {
    const a = s.world.kms.createKey({ alias: 'alias/app' });
    const b = s.world.kms.createKey();
    s.clock.advance(5_000);
    expect(body(await s.client.send(new UpdateAliasCommand({ AliasName: 'alias/app', TargetKeyId: b.Arn })))).toStrictEqual({});
    expect((await s.client.send(new DescribeKeyCommand({ KeyId: 'alias/app' }))).KeyMetadata?.Arn).toBe(b.Arn);
    const [entry] = (await s.client.send(new ListAliasesCommand({ KeyId: b.KeyId }))).Aliases ?? [];
    expect(entry).toMatchObject({ AliasName: 'alias/app', TargetKeyId: b.KeyId, CreationDate: new Date(T0), LastUpdatedDate: new Date(T0 + 5_000) });
    expect(s.world.kms.describe(a.KeyId)?.aliases).toEqual([]);
  });

  it('UpdateAlias refuses: an unknown alias, a key pending deletion, a key of another type, alias/aws/', async () => {
    s.world.kms.createKey({ alias: 'alias/app' });
    const missing = await rejection(s.client.send(new UpdateAliasCommand({ AliasName: 'alias/none', TargetKeyId: s.world.kms.createKey().KeyId })));
    expect(missing).toBeInstanceOf(NotFoundException);
    expect(missing.message).toBe(`Alias arn:aws:kms:us-east-1:${ACCOUNT}:alias/none is not found.`);
    const doomed = s.world.kms.createKey();
    s.world.kms.scheduleDeletion(doomed.KeyId, 7);
    const pending = await rejection(s.client.send(new UpdateAliasCommand({ AliasName: 'alias/app', TargetKeyId: doomed.KeyId })));
    expect(pending).toBeInstanceOf(KMSInvalidStateException);
    const hmac = s.world.kms.createKey({ spec: 'HMAC_256' });
    expect((await rejection(s.client.send(new UpdateAliasCommand({ AliasName: 'alias/app', TargetKeyId: hmac.KeyId })))).name).toBe('ValidationException');
    expect((await rejection(s.client.send(new UpdateAliasCommand({ AliasName: 'alias/aws/kinesis', TargetKeyId: hmac.KeyId })))).name).toBe('NotAuthorizedException');
    expect(s.world.kms.describe('alias/app')?.KeyState).toBe('Enabled');
  });

  it('DeleteAlias removes the alias whatever the key state; the key stays; a missing alias is NotFoundException', async () => {
    const key = s.world.kms.createKey({ alias: 'alias/app' });
    s.world.kms.scheduleDeletion(key.KeyId, 7);
    expect(body(await s.client.send(new DeleteAliasCommand({ AliasName: 'alias/app' })))).toStrictEqual({});
    expect(s.world.kms.describe(key.KeyId)?.aliases).toEqual([]);
    const again = await rejection(s.client.send(new DeleteAliasCommand({ AliasName: 'alias/app' })));
    expect(again).toBeInstanceOf(NotFoundException);
    expect((await rejection(s.client.send(new DeleteAliasCommand({ AliasName: 'app' })))).name).toBe('ValidationException');
  });

  it('ListKeys: the keys of the caller region in creation order, { KeyId, KeyArn }, paged; AWS managed ones once created', async () => {
    const keys = [s.world.kms.createKey(), s.world.kms.createKey(), s.world.kms.createKey()];
    s.world.kms.createKey({ region: OTHER_REGION });
    expect(body(await s.client.send(new ListKeysCommand({})))).toStrictEqual({ Keys: keys.map((k) => ({ KeyId: k.KeyId, KeyArn: k.Arn })), Truncated: false });
    const p1 = body(await s.client.send(new ListKeysCommand({ Limit: 2 })));
    expect(p1).toMatchObject({ Keys: keys.slice(0, 2).map((k) => ({ KeyId: k.KeyId, KeyArn: k.Arn })), Truncated: true });
    const p2 = body(await s.client.send(new ListKeysCommand({ Limit: 2, Marker: p1.NextMarker })));
    expect(p2).toStrictEqual({ Keys: [{ KeyId: keys[2]!.KeyId, KeyArn: keys[2]!.Arn }], Truncated: false });
    expect(await rejection(s.client.send(new ListKeysCommand({ Marker: 'bogus' })))).toBeInstanceOf(InvalidMarkerException);
    await s.client.send(new DescribeKeyCommand({ KeyId: 'alias/aws/kinesis' }));
    expect((await s.client.send(new ListKeysCommand({}))).Keys).toHaveLength(4);
    expect((await rejection(s.client.send(new ListKeysCommand({ Limit: 1001 })))).name).toBe('ValidationException');
  });
});

describe.each(BINDINGS)('key rotation through the SDK [%s]', (binding) => {
  let s: KmsSetup;
  beforeEach(() => {
    s = kmsSetup({ binding });
  });
  afterEach(() => s.stub.restore());

  const status = async (KeyId: string) => body(await s.client.send(new GetKeyRotationStatusCommand({ KeyId })));

  it('off by default; on with a period (REAL members, LocalStack test_key_enable_rotation_status 2025); off again', async () => {
    const key = s.world.kms.createKey();
    expect(await status(key.KeyId)).toStrictEqual({ KeyId: key.Arn, KeyRotationEnabled: false });
    await s.client.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 90 }));
    expect(await status(key.KeyId)).toStrictEqual({ KeyId: key.Arn, KeyRotationEnabled: true, RotationPeriodInDays: 90, NextRotationDate: new Date(T0 + 90 * DAY) });
    s.clock.advance(100 * DAY);
    expect((await status(key.Arn)).NextRotationDate).toEqual(new Date(T0 + 180 * DAY));
    await s.client.send(new DisableKeyRotationCommand({ KeyId: key.KeyId }));
    expect(await status(key.KeyId)).toStrictEqual({ KeyId: key.Arn, KeyRotationEnabled: false });
    await s.client.send(new EnableKeyRotationCommand({ KeyId: key.KeyId }));
    expect((await status(key.KeyId)).RotationPeriodInDays).toBe(365);
  });

  it.each([89, 2561])('RotationPeriodInDays %i: ValidationException', async (days) => {
    const key = s.world.kms.createKey();
    const err = await rejection(s.client.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: days })));
    expect(err.name).toBe('ValidationException');
    expect(err.message).toMatch(/at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value (greater|less) than or equal to (90|2560)$/);
  });

  it('a Disabled key: DisabledException; pending deletion: KMSInvalidStateException; status still readable', async () => {
    const key = s.world.kms.createKey();
    s.world.kms.disable(key.KeyId);
    const disabled = await rejection(s.client.send(new EnableKeyRotationCommand({ KeyId: key.KeyId })));
    expect(disabled).toBeInstanceOf(DisabledException);
    expect(disabled.message).toBe(`${key.Arn} is disabled.`);
    s.world.kms.scheduleDeletion(key.KeyId, 7);
    expect(await rejection(s.client.send(new DisableKeyRotationCommand({ KeyId: key.KeyId })))).toBeInstanceOf(KMSInvalidStateException);
    expect((await status(key.KeyId)).KeyRotationEnabled).toBe(false);
  });

  it('an asymmetric key: UnsupportedOperationException; an AWS managed key always rotates, and cannot be changed', async () => {
    const rsa = s.world.kms.createKey({ spec: 'RSA_2048' });
    expect(await rejection(s.client.send(new EnableKeyRotationCommand({ KeyId: rsa.KeyId })))).toBeInstanceOf(UnsupportedOperationException);
    expect(await rejection(s.client.send(new GetKeyRotationStatusCommand({ KeyId: rsa.KeyId })))).toBeInstanceOf(UnsupportedOperationException);
    const managed = (await s.client.send(new DescribeKeyCommand({ KeyId: 'alias/aws/kinesis' }))).KeyMetadata!;
    expect(await status(managed.KeyId!)).toStrictEqual({ KeyId: managed.Arn, KeyRotationEnabled: true, RotationPeriodInDays: 365, NextRotationDate: new Date(T0 + 365 * DAY) });
    expect((await rejection(s.client.send(new DisableKeyRotationCommand({ KeyId: managed.KeyId })))).name).toBe('AccessDeniedException');
  });

  it('CreateKey then rotation through one client: a fresh key id is accepted', async () => {
    const { KeyMetadata } = await s.client.send(new CreateKeyCommand({}));
    await s.client.send(new EnableKeyRotationCommand({ KeyId: KeyMetadata!.Arn }));
    expect((await status(KeyMetadata!.KeyId!)).KeyRotationEnabled).toBe(true);
  });
});
