import { InvalidMarkerException, KMSServiceException, ListGrantsCommand, NotFoundException } from '@aws-sdk/client-kms';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, addGrant, body, OTHER_ACCOUNT, kmsSetup, rejection, T0, UNKNOWN_KEY_ID, type KmsSetup } from '../../../fixtures/kms';
import type { KmsKeyInfo } from '../../../src/world/kms';

const G1 = '1'.repeat(64);
const G2 = '2'.repeat(64);
const G3 = '3'.repeat(64);

describe.each(BINDINGS)('ListGrants through the SDK [%s]', (binding) => {
  let s: KmsSetup;
  let key: KmsKeyInfo;
  beforeEach(() => {
    s = kmsSetup({ binding });
    key = s.world.kms.createKey({ alias: 'alias/k' });
    addGrant(s.world, key.Arn, { grantId: G1, name: 'delivery-1', retiringPrincipal: 'firehose.amazonaws.com' });
    s.clock.advance(1_000);
    addGrant(s.world, key.Arn, { grantId: G2, granteePrincipal: 'arn:aws:iam::123456789012:role/writer', operations: ['Decrypt'] });
    addGrant(s.world, s.world.kms.createKey().Arn, { grantId: G3 });
  });
  afterEach(() => s.stub.restore());

  const g1 = () => ({
    KeyId: key.Arn,
    GrantId: G1,
    Name: 'delivery-1',
    CreationDate: new Date(T0),
    GranteePrincipal: 'firehose.amazonaws.com',
    RetiringPrincipal: 'firehose.amazonaws.com',
    IssuingAccount: `arn:aws:iam::${ACCOUNT}:root`,
    Operations: ['Encrypt', 'Decrypt', 'GenerateDataKey', 'RetireGrant'],
  });
  const g2 = () => ({
    KeyId: key.Arn,
    GrantId: G2,
    CreationDate: new Date(T0 + 1_000),
    GranteePrincipal: 'arn:aws:iam::123456789012:role/writer',
    IssuingAccount: `arn:aws:iam::${ACCOUNT}:root`,
    Operations: ['Decrypt'],
  });

  it('lists the grants of the key, Name and RetiringPrincipal only when set, Truncated false', async () => {
    expect(body(await s.client.send(new ListGrantsCommand({ KeyId: key.KeyId })))).toStrictEqual({ Grants: [g1(), g2()], Truncated: false });
    expect((await s.client.send(new ListGrantsCommand({ KeyId: key.Arn }))).Grants).toHaveLength(2);
  });

  it('filters by GrantId and by GranteePrincipal', async () => {
    expect((await s.client.send(new ListGrantsCommand({ KeyId: key.KeyId, GrantId: G2 }))).Grants).toStrictEqual([g2()]);
    expect((await s.client.send(new ListGrantsCommand({ KeyId: key.KeyId, GranteePrincipal: 'firehose.amazonaws.com' }))).Grants).toStrictEqual([g1()]);
    expect((await s.client.send(new ListGrantsCommand({ KeyId: key.KeyId, GrantId: G3 }))).Grants).toStrictEqual([]);
  });

  it('lists the grants of a key in any state, including pending deletion', async () => {
    s.world.kms.scheduleDeletion(key.KeyId, 7);
    expect((await s.client.send(new ListGrantsCommand({ KeyId: key.KeyId }))).Grants).toHaveLength(2);
  });

  it('lists grants on a key of another account by its ARN (cross-account use: yes)', async () => {
    const theirs = s.world.kms.createKey({ account: OTHER_ACCOUNT });
    addGrant(s.world, theirs.Arn, { grantId: '4'.repeat(64) });
    const grants = (await s.client.send(new ListGrantsCommand({ KeyId: theirs.Arn }))).Grants!;
    expect(grants.map((g) => [g.KeyId, g.IssuingAccount])).toEqual([[theirs.Arn, `arn:aws:iam::${OTHER_ACCOUNT}:root`]]);
  });

  it('pages with Limit and Marker', async () => {
    const first = await s.client.send(new ListGrantsCommand({ KeyId: key.KeyId, Limit: 1 }));
    expect(first.Grants).toStrictEqual([g1()]);
    expect(first.Truncated).toBe(true);
    const second = await s.client.send(new ListGrantsCommand({ KeyId: key.KeyId, Limit: 1, Marker: first.NextMarker }));
    expect(body(second)).toStrictEqual({ Grants: [g2()], Truncated: false });
    const err = await rejection(s.client.send(new ListGrantsCommand({ KeyId: key.KeyId, Marker: 'nope' })));
    expect(err).toBeInstanceOf(InvalidMarkerException);
  });

  it('requires KeyId: ValidationException', async () => {
    const err = await rejection(s.client.send(new ListGrantsCommand({} as never)));
    expect(err).toBeInstanceOf(KMSServiceException);
    expect(err.name).toBe('ValidationException');
    expect(err.message).toBe("1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null");
  });

  it.each([
    ['an unknown key', () => UNKNOWN_KEY_ID, `Key 'arn:aws:kms:us-east-1:${ACCOUNT}:key/${UNKNOWN_KEY_ID}' does not exist`],
    ['an alias (key id or key ARN only)', () => 'alias/k', "Invalid keyId 'alias/k'"],
  ])('rejects %s: NotFoundException', async (_case, keyIdOf, message) => {
    const err = await rejection(s.client.send(new ListGrantsCommand({ KeyId: keyIdOf() })));
    expect(err).toBeInstanceOf(NotFoundException);
    expect(err.message).toBe(message);
  });
});
