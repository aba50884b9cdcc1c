import { describe, expect, it } from 'vitest';
import { ACCOUNT, OTHER_ACCOUNT, OTHER_REGION, T0, UNKNOWN_KEY_ID } from '../../../fixtures/kms';
import { ANY_KEY_ID, awsManagedKey, createKey, keyIdForm, keyProblem, resolveKeyId } from '../../../src/model/kms/keys';
import { setKeyCondition, setKeyState } from '../../../src/model/kms/lifecycle';
import { createModelWorld, type ModelWorld } from '../../../src/model/world';

const world = (): ModelWorld => createModelWorld({ accountId: ACCOUNT, region: 'us-east-1', seed: 5 });

describe('keyIdForm', () => {
  it.each([
    ['1234abcd-12ab-34cd-56ef-1234567890ab', 'key-id'],
    ['mrk-1234abcd12ab34cd56ef1234567890ab', 'key-id'],
    [`arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`, 'key-arn'],
    [`arn:aws:kms:us-east-1:${ACCOUNT}:alias/orders`, 'alias-arn'],
    ['alias/orders', 'alias-name'],
    ['alias/aws/kinesis', 'alias-name'],
    ['alias/', 'invalid'],
    ['1234abcd12ab34cd56ef1234567890ab', 'invalid'],
    [`arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/s`, 'invalid'],
    [`arn:aws:kms:us-east-1:${ACCOUNT}:key/`, 'invalid'],
    ['', 'invalid'],
  ])('%s is %s', (keyId, form) => {
    expect(keyIdForm(keyId)).toBe(form);
  });
});

describe('resolveKeyId', () => {
  it('applies the operation mode: aliases only where accepted, other accounts only where cross-account use is allowed', () => {
    const w = world();
    const theirs = createKey(w, { account: OTHER_ACCOUNT }, T0, 'us-east-1');
    const mine = createKey(w, {}, T0, 'us-east-1');
    w.kms.aliases.set(`arn:aws:kms:us-east-1:${ACCOUNT}:alias/m`, {
      aliasName: 'alias/m',
      aliasArn: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/m`,
      targetKeyArn: mine.arn,
      creationDate: T0,
      lastUpdatedDate: T0,
    });
    const loose = { aliases: true, crossAccount: true };
    const strict = { aliases: false, crossAccount: false };
    expect(resolveKeyId(w, 'alias/m', 'us-east-1', loose)).toEqual({ found: 'key', key: mine });
    expect(resolveKeyId(w, 'alias/m', 'us-east-1', strict)).toMatchObject({ found: 'none', error: { type: 'NotFoundException', message: "Invalid keyId 'alias/m'" } });
    expect(resolveKeyId(w, theirs.arn, 'us-east-1', loose)).toEqual({ found: 'key', key: theirs });
    expect(resolveKeyId(w, theirs.arn, 'us-east-1', strict)).toMatchObject({ found: 'none', error: { message: `Key '${theirs.arn}' does not exist` } });
    expect(resolveKeyId(w, mine.arn.replace('us-east-1', OTHER_REGION), 'us-east-1', loose)).toMatchObject({
      found: 'none',
      error: { type: 'NotFoundException', message: `Invalid arn ${OTHER_REGION}`, httpStatus: 400, fault: 'client' },
    });
  });

  it('names the AWS managed key of a known service without creating it; awsManagedKey creates it once per region', () => {
    const w = world();
    expect(resolveKeyId(w, 'alias/aws/kinesis', 'us-east-1', ANY_KEY_ID)).toEqual({ found: 'aws-managed', service: 'kinesis', region: 'us-east-1' });
    expect(resolveKeyId(w, `arn:aws:kms:us-east-1:${ACCOUNT}:alias/aws/kinesis`, 'us-east-1', ANY_KEY_ID)).toEqual({ found: 'aws-managed', service: 'kinesis', region: 'us-east-1' });
    expect(w.kms.keys.size).toBe(0);
    expect(w.trace).toEqual([]);
    const first = awsManagedKey(w, 'kinesis', T0, 'us-east-1');
    expect(first.manager).toBe('AWS');
    expect(resolveKeyId(w, `arn:aws:kms:us-east-1:${ACCOUNT}:alias/aws/kinesis`, 'us-east-1', ANY_KEY_ID)).toEqual({ found: 'key', key: first });
    expect(resolveKeyId(w, 'alias/aws/kinesis', 'us-east-1', ANY_KEY_ID)).toEqual({ found: 'key', key: first });
    expect(awsManagedKey(w, 'kinesis', T0 + 9, 'us-east-1')).toBe(first);
    expect(resolveKeyId(w, 'alias/aws/kinesis', OTHER_REGION, ANY_KEY_ID)).toEqual({ found: 'aws-managed', service: 'kinesis', region: OTHER_REGION });
    const eu = awsManagedKey(w, 'kinesis', T0, OTHER_REGION);
    expect(eu.region).toBe(OTHER_REGION);
    expect(eu).not.toBe(first);
    expect(resolveKeyId(w, 'alias/aws/not-a-service', 'us-east-1', ANY_KEY_ID)).toMatchObject({ found: 'none', error: { type: 'NotFoundException' } });
    expect(resolveKeyId(w, `arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:alias/aws/kinesis`, 'us-east-1', ANY_KEY_ID)).toMatchObject({ found: 'none', error: { type: 'NotFoundException' } });
    expect(w.kms.keys.size).toBe(2);
  });

  it('finds nothing for a well-formed id no key has', () => {
    expect(resolveKeyId(world(), UNKNOWN_KEY_ID, 'us-east-1', ANY_KEY_ID)).toMatchObject({ found: 'none', error: { type: 'NotFoundException' } });
  });
});

describe('keyProblem', () => {
  it('reports conditions before state, state before spec', () => {
    const w = world();
    const key = createKey(w, {}, T0, 'us-east-1');
    expect(keyProblem(key)).toBeUndefined();
    setKeyState(w, key, 'Disabled', T0);
    expect(keyProblem(key)).toBe('disabled');
    setKeyCondition(w, key, 'throttled', true, T0);
    expect(keyProblem(key)).toBe('throttled');
    setKeyCondition(w, key, 'access-denied', true, T0);
    expect(keyProblem(key)).toBe('access-denied');
    setKeyCondition(w, key, 'opt-in-required', true, T0);
    expect(keyProblem(key)).toBe('opt-in-required');
    const pending = createKey(w, {}, T0, 'us-east-1');
    setKeyState(w, pending, 'PendingDeletion', T0);
    expect(keyProblem(pending)).toBe('pending-deletion');
    const rsa = createKey(w, { spec: 'RSA_2048' }, T0, 'us-east-1');
    expect([rsa.usage, keyProblem(rsa)]).toEqual(['ENCRYPT_DECRYPT', 'wrong-key-spec']);
  });
});

describe('createKey', () => {
  it('draws key ids from the world seed: the same seed gives the same ids, and a key-material id derived from the key id', () => {
    const a = createKey(world(), {}, T0, 'us-east-1');
    const b = createKey(world(), {}, T0, 'us-east-1');
    expect(a.keyId).toBe(b.keyId);
    expect(a.keyMaterialId).toBe(b.keyMaterialId);
    expect(a.keyMaterialId).toMatch(/^[0-9a-f]{64}$/);
    expect(createKey(world(), { spec: 'HMAC_256' }, T0, 'us-east-1').keyMaterialId).toBeUndefined();
  });
});
