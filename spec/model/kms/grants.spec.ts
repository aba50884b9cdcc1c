import { describe, expect, it } from 'vitest';
import { createKey } from '../../../src/model/kms/keys';
import { createGrant, FIREHOSE_GRANT_OPERATIONS, FIREHOSE_PRINCIPAL, grantsHeldBy, grantsOn, grantUsable, retireGrant } from '../../../src/model/kms/grants';
import { setKeyCondition } from '../../../src/model/kms/lifecycle';
import { createModelWorld } from '../../../src/model/world';

const HOLDER = 'arn:aws:firehose:us-east-1:123456789012:deliverystream/d';
const request = { holder: HOLDER, granteePrincipal: FIREHOSE_PRINCIPAL, retiringPrincipal: FIREHOSE_PRINCIPAL, operations: FIREHOSE_GRANT_OPERATIONS };

describe('KMS grants created and retired by services', () => {
  it('createGrant stores a grant with a 64-hex-digit id drawn from the id generator; same seed, same id', () => {
    const a = createModelWorld({ seed: 3 });
    const b = createModelWorld({ seed: 3 });
    const ka = createKey(a, {}, 0, 'us-east-1');
    const kb = createKey(b, {}, 0, 'us-east-1');
    const ga = createGrant(a, ka, request, 5);
    expect(ga).toStrictEqual({
      grantId: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown as string,
      keyArn: ka.arn,
      granteePrincipal: FIREHOSE_PRINCIPAL,
      retiringPrincipal: FIREHOSE_PRINCIPAL,
      operations: [...FIREHOSE_GRANT_OPERATIONS],
      creationDate: 5,
      holder: HOLDER,
    });
    expect(createGrant(b, kb, request, 5).grantId).toBe(ga.grantId);
    expect(grantsOn(a, ka.arn)).toStrictEqual([ga]);
    expect(grantsOn(a)).toStrictEqual([ga]);
    expect(grantsHeldBy(a, HOLDER)).toStrictEqual([ga]);
    expect(grantsHeldBy(a, 'other')).toStrictEqual([]);
    expect(grantUsable(a, ga.grantId)).toBe(true);
  });

  it('retireGrant removes it; fails while the key is access-denied or grant-revoked; a missing grant or key counts as retired', () => {
    const w = createModelWorld();
    const key = createKey(w, {}, 0, 'us-east-1');
    const g = createGrant(w, key, request, 0);
    setKeyCondition(w, key, 'access-denied', true, 0);
    expect(retireGrant(w, g.grantId)).toStrictEqual({ ok: false, reason: `Access denied when retiring grant ${g.grantId} on KMS key ${key.arn}.` });
    setKeyCondition(w, key, 'access-denied', false, 0);
    setKeyCondition(w, key, 'grant-revoked', true, 0);
    expect(grantUsable(w, g.grantId)).toBe(false);
    expect(retireGrant(w, g.grantId)).toStrictEqual({ ok: false, reason: `Grant ${g.grantId} on KMS key ${key.arn} was revoked and cannot be retired.` });
    setKeyCondition(w, key, 'grant-revoked', false, 0);
    expect(retireGrant(w, g.grantId)).toStrictEqual({ ok: true });
    expect(w.kms.grants.size).toBe(0);
    expect(grantUsable(w, g.grantId)).toBe(false);
    expect(retireGrant(w, g.grantId)).toStrictEqual({ ok: true });
    const g2 = createGrant(w, key, request, 0);
    w.kms.keys.delete(key.arn);
    expect(grantUsable(w, g2.grantId)).toBe(false);
    expect(retireGrant(w, g2.grantId)).toStrictEqual({ ok: true });
    expect(w.kms.grants.size).toBe(0);
  });
});
