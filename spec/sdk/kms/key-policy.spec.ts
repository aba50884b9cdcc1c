import { CreateKeyCommand, GetKeyPolicyCommand, MalformedPolicyDocumentException, NotFoundException, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import { DescribeDeliveryStreamCommand, StartDeliveryStreamEncryptionCommand } from '@aws-sdk/client-firehose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT, BINDINGS, body, kmsSetup, rejection, type KmsSetup } from '../../../fixtures/kms';
import { createActive, DURATIONS, firehoseSetup, type FirehoseSetup } from '../../../fixtures/firehose';

// GetKeyPolicy / PutKeyPolicy, and a key policy that denies Kinesis or Firehose: one more way to
// reach the state the `access-denied` condition stands for (docs/kms.md, "Key policies").

const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const allowRoot = { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' };
const policy = (...extra: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: [allowRoot, ...extra] });
const denyService = (service: string, Action: string | string[] = 'kms:*') => ({ Effect: 'Deny', Principal: { Service: `${service}.amazonaws.com` }, Action, Resource: '*' });

/** The default key policy as KMS prints it (REAL statement; DOC layout of GetKeyPolicy's example). */
const DEFAULT_POLICY = `{
  "Version" : "2012-10-17",
  "Id" : "key-default-1",
  "Statement" : [ {
    "Sid" : "Enable IAM User Permissions",
    "Effect" : "Allow",
    "Principal" : {
      "AWS" : "${ROOT}"
    },
    "Action" : "kms:*",
    "Resource" : "*"
  } ]
}`;

describe.each(BINDINGS)('GetKeyPolicy / PutKeyPolicy through the SDK [%s]', (binding) => {
  let s: KmsSetup;
  beforeEach(() => {
    s = kmsSetup({ binding });
  });
  afterEach(() => s.stub.restore());

  it('a new key has the default key policy, PolicyName default', async () => {
    const key = s.world.kms.createKey();
    expect(body(await s.client.send(new GetKeyPolicyCommand({ KeyId: key.KeyId })))).toStrictEqual({ Policy: DEFAULT_POLICY, PolicyName: 'default' });
    expect(JSON.parse(DEFAULT_POLICY)).toStrictEqual({ Version: '2012-10-17', Id: 'key-default-1', Statement: [allowRoot] });
  });

  it("PutKeyPolicy replaces it, GetKeyPolicy answers the document unchanged; CreateKey's Policy is kept too", async () => {
    const key = s.world.kms.createKey();
    const doc = policy({ Sid: 'extra', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:ListGrants', Resource: '*' });
    expect(body(await s.client.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, PolicyName: 'default', Policy: doc })))).toStrictEqual({});
    expect((await s.client.send(new GetKeyPolicyCommand({ KeyId: key.Arn, PolicyName: 'default' }))).Policy).toBe(doc);
    const created = await s.client.send(new CreateKeyCommand({ Policy: doc }));
    expect((await s.client.send(new GetKeyPolicyCommand({ KeyId: created.KeyMetadata!.KeyId }))).Policy).toBe(doc);
  });

  it.each([
    ['not JSON', 'not a real policy statement', ''],
    ['JSON without statements', '{"Version":"2012-10-17"}', ''],
    ['a statement without an Effect', JSON.stringify({ Statement: [{ Principal: '*', Action: 'kms:*' }] }), ''],
    ['a statement without a principal', JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }] }), 'Policy contains a statement with one or more invalid principals.'],
    ['an invalid principal', JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Nobody: 'x' }, Action: 'kms:*' }] }), 'Policy contains a statement with one or more invalid principals.'],
    ['a policy that locks the account out', JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Service: 'kinesis.amazonaws.com' }, Action: 'kms:*' }] }), 'The new key policy will not allow you to update the key policy in the future.'],
  ])('%s: MalformedPolicyDocumentException, the policy unchanged [REAL texts]', async (_what, doc, message) => {
    const key = s.world.kms.createKey();
    for (const p of [s.client.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: doc })), s.client.send(new CreateKeyCommand({ Policy: doc }))]) {
      const err = await rejection(p);
      expect(err).toBeInstanceOf(MalformedPolicyDocumentException);
      if (message !== '') expect(err.message).toBe(message);
    }
    expect((await s.client.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }))).Policy).toBe(DEFAULT_POLICY);
    expect(s.world.kms.keyCount).toBe(1);
  });

  it('BypassPolicyLockoutSafetyCheck accepts a policy that locks the account out', async () => {
    const key = s.world.kms.createKey();
    const doc = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Service: 'kinesis.amazonaws.com' }, Action: 'kms:*' }] });
    await s.client.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: doc, BypassPolicyLockoutSafetyCheck: true }));
    expect((await s.client.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }))).Policy).toBe(doc);
  });

  it('works in every key state; a PolicyName other than default, an alias, or an AWS managed key are refused', async () => {
    const key = s.world.kms.createKey({ alias: 'alias/p' });
    s.world.kms.scheduleDeletion(key.KeyId, 7);
    await s.client.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: policy() }));
    expect((await s.client.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }))).Policy).toBe(policy());
    const other = await rejection(s.client.send(new GetKeyPolicyCommand({ KeyId: key.KeyId, PolicyName: 'other' })));
    expect(other).toBeInstanceOf(NotFoundException);
    expect(await rejection(s.client.send(new GetKeyPolicyCommand({ KeyId: 'alias/p' })))).toBeInstanceOf(NotFoundException);
    const managed = s.world.kms.createKey({ manager: 'AWS' });
    const denied = await rejection(s.client.send(new PutKeyPolicyCommand({ KeyId: managed.KeyId, Policy: policy() })));
    expect(denied.name).toBe('AccessDeniedException');
  });
});

describe('a key policy that denies the service makes SSE fail as the access-denied condition does', () => {
  let s: KmsSetup;
  beforeEach(() => {
    s = kmsSetup({ binding: 'send' });
    s.world.kinesis.createStream('orders');
  });
  afterEach(() => s.stub.restore());

  /** StartStreamEncryption's answer for a key, with its ARN written as <arn>. */
  const startWith = (keyArn: string) => {
    const r = s.world.call('kinesis', 'StartStreamEncryption', { StreamName: 'orders', EncryptionType: 'KMS', KeyId: keyArn });
    return r.ok ? 'ok' : { type: r.error.type, message: r.error.message.replace(keyArn, '<arn>') };
  };

  const conditioned = () => {
    const key = s.world.kms.createKey({ conditions: ['access-denied'] });
    return startWith(key.Arn);
  };

  it.each([
    ['a Deny of kms:* for the Kinesis service principal', policy(denyService('kinesis'))],
    ['a Deny of kms:GenerateDataKey for everyone', policy({ Effect: 'Deny', Principal: '*', Action: 'kms:GenerateDataKey', Resource: '*' })],
    ['a Deny of kms:Encrypt for AWS *', policy({ Effect: 'Deny', Principal: { AWS: '*' }, Action: ['kms:Encrypt'], Resource: '*' })],
    ['no Allow for the account root (bypassing the lockout check)', JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*' }] })],
  ])('%s: StartStreamEncryption is KMSAccessDeniedException, as with the condition', async (_what, doc) => {
    const expected = conditioned();
    expect(expected).toMatchObject({ type: 'KMSAccessDeniedException' });
    const key = s.world.kms.createKey();
    await s.client.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: doc, BypassPolicyLockoutSafetyCheck: true }));
    expect(startWith(key.Arn)).toStrictEqual(expected);
    expect(s.world.kinesis.describe('orders')?.EncryptionType).toBe('NONE');
  });

  it.each([
    ['the default policy', policy()],
    ['a Deny for the Firehose service only', policy(denyService('firehose'))],
    ['a Deny that only a Condition would apply', policy({ ...denyService('kinesis'), Condition: { Bool: { 'aws:SecureTransport': 'false' } } })],
    ['a Deny of other actions', policy(denyService('kinesis', ['kms:ScheduleKeyDeletion', 'kms:Disable*']))],
  ])('%s: Kinesis may use the key', async (_what, doc) => {
    const key = s.world.kms.createKey();
    await s.client.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: doc }));
    expect(startWith(key.Arn)).toBe('ok');
  });

  it('putting the default policy back makes the key usable again', async () => {
    const key = s.world.kms.createKey();
    await s.client.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: policy(denyService('kinesis')) }));
    expect(startWith(key.Arn)).not.toBe('ok');
    await s.client.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: DEFAULT_POLICY }));
    expect(startWith(key.Arn)).toBe('ok');
  });
});

describe.each(BINDINGS)('a policy change during ENABLING fails Firehose encryption as the access-denied condition does [%s]', (binding) => {
  let f: FirehoseSetup;
  afterEach(() => f.restore());

  const enablingThen = async (deny: (keyId: string) => Promise<void> | void) => {
    f = firehoseSetup({ binding });
    await createActive(f, 'orders');
    const key = f.world.kms.createKey();
    await f.client.send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'orders', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn } }));
    await deny(key.KeyId);
    f.clock.advance(DURATIONS.enabling);
    const d = await f.client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'orders' }));
    const enc = d.DeliveryStreamDescription?.DeliveryStreamEncryptionConfiguration;
    return { Status: enc?.Status, Type: enc?.FailureDescription?.Type, Details: enc?.FailureDescription?.Details?.replace(key.Arn, '<arn>') };
  };

  it('PutKeyPolicy denying the Firehose service principal → ENABLING_FAILED KMS_ACCESS_DENIED, the same failure', async () => {
    const viaCondition = await enablingThen((keyId) => f.world.kms.setCondition(keyId, 'access-denied'));
    f.restore();
    const viaPolicy = await enablingThen(async (KeyId) => {
      await f.kms.send(new PutKeyPolicyCommand({ KeyId, Policy: policy(denyService('firehose')) }));
    });
    expect(viaCondition).toMatchObject({ Status: 'ENABLING_FAILED', Type: 'KMS_ACCESS_DENIED' });
    expect(viaPolicy).toStrictEqual(viaCondition);
  });

  it('a policy that denies only Kinesis leaves Firehose ENABLED', async () => {
    const r = await enablingThen(async (KeyId) => {
      await f.kms.send(new PutKeyPolicyCommand({ KeyId, Policy: policy(denyService('kinesis')) }));
    });
    expect(r.Status).toBe('ENABLED');
  });
});
