import { CreateAliasCommand, DescribeKeyCommand, InvalidMarkerException, KMSServiceException, ListAliasesCommand, NotFoundException } from '@aws-sdk/client-kms';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, body, OTHER_REGION, kmsSetup, rejection, T0, UNKNOWN_KEY_ID, type KmsSetup } from '../../../fixtures/kms';
import type { KmsKeyInfo } from '../../../src/world/kms';

describe.each(BINDINGS)('ListAliases through the SDK [%s]', (binding) => {
  let s: KmsSetup;
  let a: KmsKeyInfo;
  let b: KmsKeyInfo;
  beforeEach(async () => {
    s = kmsSetup({ binding });
    a = s.world.kms.createKey();
    b = s.world.kms.createKey();
    await s.client.send(new CreateAliasCommand({ AliasName: 'alias/a1', TargetKeyId: a.KeyId }));
    s.clock.advance(1_000);
    await s.client.send(new CreateAliasCommand({ AliasName: 'alias/b1', TargetKeyId: b.KeyId }));
    await s.client.send(new CreateAliasCommand({ AliasName: 'alias/a2', TargetKeyId: a.Arn }));
  });
  afterEach(() => s.stub.restore());

  const entry = (name: string, key: KmsKeyInfo, at: number) => ({
    AliasName: name,
    AliasArn: `arn:aws:kms:us-east-1:${ACCOUNT}:${name}`,
    TargetKeyId: key.KeyId,
    CreationDate: new Date(at),
    LastUpdatedDate: new Date(at),
  });

  it('lists every alias of the account and region, with Truncated false and no NextMarker', async () => {
    const out = await s.client.send(new ListAliasesCommand({}));
    expect(body(out)).toStrictEqual({ Aliases: [entry('alias/a1', a, T0), entry('alias/b1', b, T0 + 1_000), entry('alias/a2', a, T0 + 1_000)], Truncated: false });
  });

  it('lists only the aliases of the key named by KeyId (key id or key ARN)', async () => {
    expect((await s.client.send(new ListAliasesCommand({ KeyId: a.KeyId }))).Aliases?.map((x) => x.AliasName)).toEqual(['alias/a1', 'alias/a2']);
    expect((await s.client.send(new ListAliasesCommand({ KeyId: b.Arn }))).Aliases?.map((x) => x.AliasName)).toEqual(['alias/b1']);
    const none = s.world.kms.createKey();
    expect(body(await s.client.send(new ListAliasesCommand({ KeyId: none.KeyId })))).toStrictEqual({ Aliases: [], Truncated: false });
  });

  it('lists an AWS managed alias once its key exists', async () => {
    await s.client.send(new DescribeKeyCommand({ KeyId: 'alias/aws/kinesis' }));
    const names = (await s.client.send(new ListAliasesCommand({}))).Aliases?.map((x) => x.AliasName);
    expect(names).toEqual(['alias/a1', 'alias/b1', 'alias/a2', 'alias/aws/kinesis']);
  });

  it('does not list aliases of another region', async () => {
    s.world.kms.createKey({ region: OTHER_REGION, alias: 'alias/eu' });
    expect((await s.client.send(new ListAliasesCommand({}))).Aliases).toHaveLength(3);
    const eu = s.clientIn(OTHER_REGION);
    expect((await eu.send(new ListAliasesCommand({}))).Aliases?.map((x) => x.AliasName)).toEqual(['alias/eu']);
  });

  it('pages with Limit and Marker: NextMarker and Truncated true until the last page', async () => {
    const first = await s.client.send(new ListAliasesCommand({ Limit: 2 }));
    expect(first.Aliases?.map((x) => x.AliasName)).toEqual(['alias/a1', 'alias/b1']);
    expect(first.Truncated).toBe(true);
    expect(typeof first.NextMarker).toBe('string');
    const second = await s.client.send(new ListAliasesCommand({ Limit: 2, Marker: first.NextMarker }));
    expect(body(second)).toStrictEqual({ Aliases: [entry('alias/a2', a, T0 + 1_000)], Truncated: false });
  });

  it('rejects a KeyId of no key: NotFoundException', async () => {
    const err = await rejection(s.client.send(new ListAliasesCommand({ KeyId: UNKNOWN_KEY_ID })));
    expect(err).toBeInstanceOf(NotFoundException);
    expect(err.message).toBe(`Key 'arn:aws:kms:us-east-1:${ACCOUNT}:key/${UNKNOWN_KEY_ID}' does not exist`);
  });

  it('rejects an alias as KeyId (key id or key ARN only)', async () => {
    const err = await rejection(s.client.send(new ListAliasesCommand({ KeyId: 'alias/a1' })));
    expect(err).toBeInstanceOf(NotFoundException);
    expect(err.message).toBe("Invalid keyId 'alias/a1'");
  });

  it('rejects a marker it did not make: InvalidMarkerException', async () => {
    const err = await rejection(s.client.send(new ListAliasesCommand({ Marker: 'garbage!' })));
    expect(err).toBeInstanceOf(InvalidMarkerException);
    expect(err.message).toBe('The request was rejected because the marker that specifies where pagination should next begin is not valid.');
  });

  it.each([
    [0, "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1"],
    [101, "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100"],
  ])('rejects Limit %i: ValidationException', async (limit, message) => {
    const err = await rejection(s.client.send(new ListAliasesCommand({ Limit: limit })));
    expect(err).toBeInstanceOf(KMSServiceException);
    expect(err.name).toBe('ValidationException');
    expect(err.message).toBe(message);
  });
});
