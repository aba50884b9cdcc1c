import { DescribeKeyCommand, DisableKeyCommand, EnableKeyCommand, KMSInvalidStateException, KMSServiceException, NotFoundException } from '@aws-sdk/client-kms';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT, BINDINGS, body, OTHER_ACCOUNT, OTHER_REGION, REGION, kmsSetup, rejection, T0, UNKNOWN_KEY_ID, type KmsSetup } from '../../../fixtures/kms';
import type { KmsKeyInfo } from '../../../src/world/kms';

// EnableKey and DisableKey share their rules (key id or key ARN, own account, any state but
// PendingDeletion), so one spec covers both, each case run for each operation.
const operations = [
  ['DisableKey', DisableKeyCommand, 'Enabled', 'Disabled'],
  ['EnableKey', EnableKeyCommand, 'Disabled', 'Enabled'],
] as const;

// Each operation through each binding: "DisableKey through the SDK [send]", ...
const runs = operations.flatMap(([operation, Command, from, to]) => BINDINGS.map((binding) => [operation, binding, Command, from, to] as const));

describe.each(runs)('%s through the SDK [%s]', (operation, binding, Command, from, to) => {
  let s: KmsSetup;
  let key: KmsKeyInfo;
  beforeEach(() => {
    s = kmsSetup({ binding });
    key = s.world.kms.createKey({ state: from, alias: 'alias/k' });
  });
  afterEach(() => s.stub.restore());

  const send = (KeyId: string | undefined) => s.client.send(new Command({ KeyId }));

  it(`answers {} and the key is ${to}, by key id or key ARN`, async () => {
    expect(body(await send(key.KeyId))).toStrictEqual({});
    const m = (await s.client.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata!;
    expect([m.KeyState, m.Enabled]).toEqual([to, to === 'Enabled']);
    expect(body(await send(key.Arn))).toStrictEqual({});
    expect(s.world.kms.describe(key.Arn)?.KeyState).toBe(to);
  });

  it(`records KeyState ${from} → ${to} once; repeating it changes nothing`, async () => {
    s.clock.advance(3_000);
    await send(key.KeyId);
    await send(key.KeyId);
    const transitions = s.world.trace.filter((e) => e.kind === 'transition' && e.property === 'KeyState' && e.from !== 'none');
    expect(transitions).toEqual([
      expect.objectContaining({ time: T0 + 3_000, service: 'kms', resource: key.Arn, from, to, detail: operation }),
    ]);
  });

  it('rejects a key pending deletion: KMSInvalidStateException, the key stays PendingDeletion', async () => {
    s.world.kms.scheduleDeletion(key.KeyId, 7);
    const err = await rejection(send(key.KeyId));
    expect(err).toBeInstanceOf(KMSInvalidStateException);
    expect(err.message).toBe(`${key.Arn} is pending deletion.`);
    expect(err.$fault).toBe('client');
    expect(err.$metadata?.httpStatusCode).toBe(400);
    expect(s.world.kms.describe(key.KeyId)?.KeyState).toBe('PendingDeletion');
  });

  it.each([
    ['an alias name', () => 'alias/k', "Invalid keyId 'alias/k'"],
    ['an unknown key id', () => UNKNOWN_KEY_ID, `Key 'arn:aws:kms:us-east-1:${ACCOUNT}:key/${UNKNOWN_KEY_ID}' does not exist`],
    ['a key ARN of another region', () => key.Arn.replace(REGION, OTHER_REGION), `Invalid arn ${OTHER_REGION}`],
  ])('rejects %s: NotFoundException', async (_case, keyIdOf, message) => {
    const err = await rejection(send(keyIdOf()));
    expect(err).toBeInstanceOf(NotFoundException);
    expect(err.message).toBe(message);
    expect(s.world.kms.describe(key.KeyId)?.KeyState).toBe(from);
  });

  it('rejects a key of another account (cross-account use: no): NotFoundException', async () => {
    const theirs = s.world.kms.createKey({ account: OTHER_ACCOUNT, state: from });
    const err = await rejection(send(theirs.Arn));
    expect(err).toBeInstanceOf(NotFoundException);
    expect(err.message).toBe(`Key '${theirs.Arn}' does not exist`);
    expect(s.world.kms.describe(theirs.Arn)?.KeyState).toBe(from);
  });

  it('rejects an AWS managed key: AccessDeniedException', async () => {
    const managed = (await s.client.send(new DescribeKeyCommand({ KeyId: 'alias/aws/kinesis' }))).KeyMetadata!;
    const err = await rejection(send(managed.KeyId));
    expect(err).toBeInstanceOf(KMSServiceException);
    expect(err.name).toBe('AccessDeniedException');
    expect(err.message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:root is not authorized to perform: kms:${operation} on resource: ${managed.Arn} because no resource-based policy allows the kms:${operation} action`,
    );
    expect(s.world.kms.describe(managed.Arn ?? '')?.KeyState).toBe('Enabled');
  });

  it('validates KeyId first: ValidationException', async () => {
    const err = await rejection(send(undefined));
    expect(err.name).toBe('ValidationException');
    expect(err.message).toBe("1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null");
  });
});
