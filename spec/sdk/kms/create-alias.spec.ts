import {
  AlreadyExistsException,
  CreateAliasCommand,
  DescribeKeyCommand,
  KMSInvalidStateException,
  KMSServiceException,
  ListAliasesCommand,
  NotFoundException,
} from '@aws-sdk/client-kms';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, body, OTHER_ACCOUNT, OTHER_REGION, REGION, kmsSetup, rejection, T0, UNKNOWN_KEY_ID, type KmsSetup } from '../../../fixtures/kms';
import type { KmsKeyInfo } from '../../../src/world/kms';

describe.each(BINDINGS)('CreateAlias through the SDK [%s]', (binding) => {
  let s: KmsSetup;
  let key: KmsKeyInfo;
  beforeEach(() => {
    s = kmsSetup({ binding });
    key = s.world.kms.createKey();
  });
  afterEach(() => s.stub.restore());

  const createAlias = (AliasName: string | undefined, TargetKeyId: string | undefined) => s.client.send(new CreateAliasCommand({ AliasName, TargetKeyId }));

  it('answers {} and the alias names the key from then on', async () => {
    s.clock.advance(2_000);
    const out = await createAlias('alias/orders', key.KeyId);
    expect(body(out)).toStrictEqual({});
    expect((await s.client.send(new DescribeKeyCommand({ KeyId: 'alias/orders' }))).KeyMetadata?.KeyId).toBe(key.KeyId);
    const listed = await s.client.send(new ListAliasesCommand({}));
    expect(listed.Aliases).toStrictEqual([
      {
        AliasName: 'alias/orders',
        AliasArn: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/orders`,
        TargetKeyId: key.KeyId,
        CreationDate: new Date(T0 + 2_000),
        LastUpdatedDate: new Date(T0 + 2_000),
      },
    ]);
    expect(s.world.kms.describe(key.KeyId)?.aliases).toEqual(['alias/orders']);
  });

  it('accepts the target by key ARN, and several aliases for one key', async () => {
    await createAlias('alias/a', key.Arn);
    await createAlias('alias/team/b_c-d', key.KeyId);
    expect(s.world.kms.describe(key.Arn)?.aliases).toEqual(['alias/a', 'alias/team/b_c-d']);
  });

  it('accepts a Disabled target key', async () => {
    s.world.kms.disable(key.KeyId);
    await createAlias('alias/off', key.KeyId);
    expect(s.world.kms.describe('alias/off')?.KeyState).toBe('Disabled');
  });

  it('keeps aliases per region: the same name can exist in another region', async () => {
    await createAlias('alias/orders', key.KeyId);
    const eu = s.world.kms.createKey({ region: OTHER_REGION });
    const euClient = s.clientIn(OTHER_REGION);
    await euClient.send(new CreateAliasCommand({ AliasName: 'alias/orders', TargetKeyId: eu.KeyId }));
    expect((await euClient.send(new DescribeKeyCommand({ KeyId: 'alias/orders' }))).KeyMetadata?.Arn).toBe(eu.Arn);
    expect((await s.client.send(new DescribeKeyCommand({ KeyId: 'alias/orders' }))).KeyMetadata?.Arn).toBe(key.Arn);
  });

  describe('rejects, creating nothing', () => {
    const cases: readonly [string, () => [string | undefined, string | undefined], string, string, (new (...a: never[]) => Error)?][] = [
      ['a missing AliasName', () => [undefined, key.KeyId], 'ValidationException', "1 validation error detected: Value null at 'aliasName' failed to satisfy constraint: Member must not be null"],
      [
        'a name without the alias/ prefix',
        () => ['orders', key.KeyId],
        'ValidationException',
        'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html',
      ],
      [
        'characters outside the pattern',
        () => ['alias/bad name', key.KeyId],
        'ValidationException',
        "1 validation error detected: Value 'alias/bad name' at 'aliasName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$",
      ],
      [
        'a name over 256 characters',
        () => [`alias/${'x'.repeat(251)}`, key.KeyId],
        'ValidationException',
        `1 validation error detected: Value 'alias/${'x'.repeat(251)}' at 'aliasName' failed to satisfy constraint: Member must have length less than or equal to 256`,
      ],
      ['a colon in the name', () => ['alias/a:b', key.KeyId], 'ValidationException', 'alias/a:b contains invalid characters for an alias'],
      ['the reserved alias/aws/ prefix', () => ['alias/aws/mine', key.KeyId], 'NotAuthorizedException', 'UnknownError'],
      ['an alias as target', () => ['alias/x', 'alias/other'], 'ValidationException', 'Aliases must refer to keys. Not aliases'],
      [
        'an unknown target key',
        () => ['alias/x', UNKNOWN_KEY_ID],
        'NotFoundException',
        `Key 'arn:aws:kms:us-east-1:${ACCOUNT}:key/${UNKNOWN_KEY_ID}' does not exist`,
        NotFoundException,
      ],
      ['a target ARN of another region', () => ['alias/x', key.Arn.replace(REGION, OTHER_REGION)], 'NotFoundException', `Invalid arn ${OTHER_REGION}`, NotFoundException],
      [
        'a target of another account (cross-account use: no)',
        () => ['alias/x', s.world.kms.createKey({ account: OTHER_ACCOUNT }).Arn],
        'NotFoundException',
        '',
        NotFoundException,
      ],
    ];
    it.each(cases)('%s', async (_case, args, name, message, cls) => {
      const [aliasName, target] = args();
      const before = s.world.model.kms.aliases.size;
      const err = await rejection(createAlias(aliasName, target));
      expect(err).toBeInstanceOf(cls ?? KMSServiceException);
      expect(err.name).toBe(name);
      if (message !== '') expect(err.message).toBe(message);
      else expect(err.message).toMatch(/^Key 'arn:aws:kms:us-east-1:210987654321:key\/.+' does not exist$/);
      expect(err.$metadata?.httpStatusCode).toBe(400);
      expect(s.world.model.kms.aliases.size).toBe(before);
    });

    it('an alias that exists: AlreadyExistsException naming the alias ARN', async () => {
      await createAlias('alias/orders', key.KeyId);
      const other = s.world.kms.createKey();
      const err = await rejection(createAlias('alias/orders', other.KeyId));
      expect(err).toBeInstanceOf(AlreadyExistsException);
      expect(err.message).toBe(`An alias with the name arn:aws:kms:us-east-1:${ACCOUNT}:alias/orders already exists`);
      expect(s.world.kms.describe('alias/orders')?.KeyId).toBe(key.KeyId);
    });

    it('a target pending deletion: KMSInvalidStateException', async () => {
      s.world.kms.scheduleDeletion(key.KeyId, 7);
      const err = await rejection(createAlias('alias/x', key.KeyId));
      expect(err).toBeInstanceOf(KMSInvalidStateException);
      expect(err.message).toBe(`${key.Arn} is pending deletion.`);
    });

    it('an AWS managed target key: AccessDeniedException', async () => {
      const managed = (await s.client.send(new DescribeKeyCommand({ KeyId: 'alias/aws/kinesis' }))).KeyMetadata!;
      const err = await rejection(createAlias('alias/mine', managed.KeyId));
      expect(err).toBeInstanceOf(KMSServiceException);
      expect(err.name).toBe('AccessDeniedException');
      expect(err.message).toBe(
        `User: arn:aws:iam::${ACCOUNT}:root is not authorized to perform: kms:CreateAlias on resource: ${managed.Arn} because no resource-based policy allows the kms:CreateAlias action`,
      );
    });
  });
});
