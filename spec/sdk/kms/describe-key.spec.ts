import { DescribeKeyCommand, KMSClient, KMSServiceException, NotFoundException, ScheduleKeyDeletionCommand } from '@aws-sdk/client-kms';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, body, DAY, kmsSetup, OTHER_ACCOUNT, OTHER_REGION, REGION, rejection, T0, UNKNOWN_KEY_ID, type KmsSetup } from '../../../fixtures/kms';
import type { KmsKeyInfo } from '../../../src/world/kms';

describe.each(BINDINGS)('DescribeKey through the SDK [%s]', (binding) => {
  let s: KmsSetup;
  let key: KmsKeyInfo;
  beforeEach(() => {
    s = kmsSetup({ binding });
    key = s.world.kms.createKey({ alias: 'alias/orders', description: 'orders' });
  });
  afterEach(() => s.stub.restore());

  const describeKey = (KeyId: string | undefined, client: KMSClient = s.client) => client.send(new DescribeKeyCommand({ KeyId }));

  describe('KeyId resolution', () => {
    const forms: readonly [string, (k: KmsKeyInfo) => string][] = [
      ['key id', (k) => k.KeyId],
      ['key ARN', (k) => k.Arn],
      ['alias name', () => 'alias/orders'],
      ['alias ARN', () => `arn:aws:kms:us-east-1:${ACCOUNT}:alias/orders`],
    ];
    it.each(forms)('finds the key by its %s', async (_form, keyIdOf) => {
      const out = await describeKey(keyIdOf(key));
      expect(out.KeyMetadata?.KeyId).toBe(key.KeyId);
      expect(out.KeyMetadata?.Arn).toBe(key.Arn);
    });

    it('answers KeyMetadata exactly as KMS does for a customer managed key', async () => {
      const out = await describeKey('alias/orders');
      expect(body(out)).toStrictEqual({
        KeyMetadata: {
          AWSAccountId: ACCOUNT,
          KeyId: key.KeyId,
          Arn: key.Arn,
          CreationDate: new Date(T0),
          Enabled: true,
          Description: 'orders',
          KeyUsage: 'ENCRYPT_DECRYPT',
          KeyState: 'Enabled',
          Origin: 'AWS_KMS',
          KeyManager: 'CUSTOMER',
          CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
          KeySpec: 'SYMMETRIC_DEFAULT',
          EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
          MultiRegion: false,
          CurrentKeyMaterialId: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
      });
    });

    it.each(['kinesis', 'firehose'])('creates the AWS managed key behind alias/aws/%s on first reference, once', async (service) => {
      expect(s.world.kms.describe(`alias/aws/${service}`)).toBeUndefined();
      s.clock.advance(1_000);
      const first = await describeKey(`alias/aws/${service}`);
      const m = first.KeyMetadata!;
      expect(m).toMatchObject({ KeyManager: 'AWS', KeyState: 'Enabled', Enabled: true, KeySpec: 'SYMMETRIC_DEFAULT', CreationDate: new Date(T0 + 1_000) });
      expect(m.Description).toMatch(/^Default key that protects my (Kinesis|Firehose) data when no other key is defined$/);
      const again = await describeKey(`arn:aws:kms:us-east-1:${ACCOUNT}:alias/aws/${service}`);
      expect(again.KeyMetadata?.KeyId).toBe(m.KeyId);
      expect(s.world.kms.describe(`alias/aws/${service}`)).toMatchObject({ KeyId: m.KeyId, KeyManager: 'AWS', aliases: [`alias/aws/${service}`] });
      const created = s.world.trace.filter((e) => e.kind === 'transition' && e.resource === m.Arn);
      expect(created).toEqual([expect.objectContaining({ property: 'KeyState', from: 'none', to: 'Enabled', detail: `AWS managed key created on first use of alias/aws/${service}` })]);
    });

    it('finds a key of another account by its ARN (cross-account DescribeKey), not by its bare id', async () => {
      const theirs = s.world.kms.createKey({ account: OTHER_ACCOUNT });
      expect((await describeKey(theirs.Arn)).KeyMetadata?.AWSAccountId).toBe(OTHER_ACCOUNT);
      const err = await rejection(describeKey(theirs.KeyId));
      expect(err).toBeInstanceOf(NotFoundException);
      expect(err.message).toBe(`Key 'arn:aws:kms:us-east-1:${ACCOUNT}:key/${theirs.KeyId}' does not exist`);
    });

    const notFound: readonly [string, () => string, () => string][] = [
      ['an unknown key id', () => UNKNOWN_KEY_ID, () => `Key 'arn:aws:kms:us-east-1:${ACCOUNT}:key/${UNKNOWN_KEY_ID}' does not exist`],
      [
        'an unknown key ARN of another account',
        () => `arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:key/${UNKNOWN_KEY_ID}`,
        () => `Key 'arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:key/${UNKNOWN_KEY_ID}' does not exist`,
      ],
      ['a key ARN of another region', () => key.Arn.replace(REGION, OTHER_REGION), () => `Invalid arn ${OTHER_REGION}`],
      ['an alias ARN of another region', () => `arn:aws:kms:${OTHER_REGION}:${ACCOUNT}:alias/orders`, () => `Invalid arn ${OTHER_REGION}`],
      ['an unknown alias name', () => 'alias/nope', () => `Alias arn:aws:kms:us-east-1:${ACCOUNT}:alias/nope is not found.`],
      [
        'an alias ARN of another account',
        () => `arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:alias/orders`,
        () => `Alias arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:alias/orders is not found.`,
      ],
      ['an AWS managed alias of no AWS service', () => 'alias/aws/nope', () => `Alias arn:aws:kms:us-east-1:${ACCOUNT}:alias/aws/nope is not found.`],
      ['none of the five forms', () => 'not-a-key', () => "Invalid keyId 'not-a-key'"],
      ['a key id without its dashes', () => '134f2428cec14b25a1ae9048164dba47', () => "Invalid keyId '134f2428cec14b25a1ae9048164dba47'"],
    ];
    it.each(notFound)('answers NotFoundException for %s', async (_case, keyIdOf, messageOf) => {
      const err = await rejection(describeKey(keyIdOf()));
      expect(err).toBeInstanceOf(NotFoundException);
      expect(err.name).toBe('NotFoundException');
      expect(err.message).toBe(messageOf());
      expect(err.$fault).toBe('client');
      expect(err.$metadata?.httpStatusCode).toBe(400);
    });

    it('looks a key id up in the caller region: a key of another region is not found there, and is found from its own region', async () => {
      const eu = s.world.kms.createKey({ region: OTHER_REGION });
      const err = await rejection(describeKey(eu.KeyId));
      expect(err.message).toBe(`Key 'arn:aws:kms:us-east-1:${ACCOUNT}:key/${eu.KeyId}' does not exist`);
      const euClient = s.clientIn(OTHER_REGION);
      expect((await describeKey(eu.KeyId, euClient)).KeyMetadata?.Arn).toBe(eu.Arn);
      expect((await describeKey(eu.Arn, euClient)).KeyMetadata?.Arn).toBe(eu.Arn);
    });

    it('does not find a deleted key, nor its alias (KMS deletes the aliases with the key)', async () => {
      await s.client.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));
      s.clock.advance(7 * DAY);
      const byId = await rejection(describeKey(key.KeyId));
      expect(byId).toBeInstanceOf(NotFoundException);
      expect(byId.message).toBe(`Key '${key.Arn}' does not exist`);
      const byArn = await rejection(describeKey(key.Arn));
      expect(byArn.message).toBe(`Key '${key.Arn}' does not exist`);
      const byAlias = await rejection(describeKey('alias/orders'));
      expect(byAlias).toBeInstanceOf(NotFoundException);
      expect(byAlias.message).toBe(`Alias arn:aws:kms:us-east-1:${ACCOUNT}:alias/orders is not found.`);
    });
  });

  it('shows a key pending deletion with its DeletionDate and no PendingDeletionWindowInDays', async () => {
    s.world.kms.scheduleDeletion(key.KeyId, 10);
    const m = (await describeKey(key.KeyId)).KeyMetadata!;
    expect(m).toMatchObject({ KeyState: 'PendingDeletion', Enabled: false, DeletionDate: new Date(T0 + 10 * DAY) });
    expect(m).not.toHaveProperty('PendingDeletionWindowInDays');
  });

  it('shows a disabled key as Enabled false and no DeletionDate', async () => {
    s.world.kms.disable(key.KeyId);
    const m = (await describeKey(key.Arn)).KeyMetadata!;
    expect(m).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    expect(m).not.toHaveProperty('DeletionDate');
  });

  it.each([
    [undefined, "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null"],
    ['', "1 validation error detected: Value '' at 'keyId' failed to satisfy constraint: Member must have length greater than or equal to 1"],
    [`alias/${'a'.repeat(2043)}`, `1 validation error detected: Value 'alias/${'a'.repeat(2043)}' at 'keyId' failed to satisfy constraint: Member must have length less than or equal to 2048`],
  ])('validates KeyId %# before reading any state: ValidationException', async (keyId, message) => {
    const err = await rejection(describeKey(keyId));
    expect(err).toBeInstanceOf(KMSServiceException);
    expect(err.name).toBe('ValidationException');
    expect(err.message).toBe(message);
  });
});
