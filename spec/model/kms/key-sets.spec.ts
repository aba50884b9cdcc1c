import { describe, expect, it } from 'vitest';
import { createKey } from '../../../src/model/kms/keys';
import { setKeyCondition } from '../../../src/model/kms/lifecycle';
import { applyTags } from '../../../src/model/kms/tags';
import { createModelWorld } from '../../../src/model/world';

describe("a key's conditions and tags are its own", () => {
  it('keys made without them share nothing another key can change: setting a condition or a tag on one leaves every other as it was', () => {
    const w = createModelWorld();
    const a = createKey(w, {}, 0, 'us-east-1');
    const b = createKey(w, {}, 0, 'us-east-1');
    const before = { conditions: b.conditions, tags: b.tags };
    setKeyCondition(w, a, 'access-denied', true, 0);
    applyTags(a, [{ TagKey: 'team', TagValue: 'orders' }]);
    expect([...a.conditions]).toStrictEqual(['access-denied']);
    expect([...a.tags]).toStrictEqual([['team', 'orders']]);
    expect([...b.conditions]).toStrictEqual([]);
    expect([...b.tags]).toStrictEqual([]);
    const c = createKey(w, {}, 0, 'us-east-1');
    expect([...c.conditions]).toStrictEqual([]);
    expect([...c.tags]).toStrictEqual([]);
    // A change replaces the set, so a value read before it stays as it was read.
    const seen = a.conditions;
    setKeyCondition(w, a, 'throttled', true, 0);
    expect([...seen]).toStrictEqual(['access-denied']);
    expect([...a.conditions]).toStrictEqual(['access-denied', 'throttled']);
    expect(before.conditions.size + before.tags.size).toBe(0);
  });

  it('a key made with conditions gets a set of its own', () => {
    const w = createModelWorld();
    const a = createKey(w, { conditions: ['throttled'] }, 0, 'us-east-1');
    const b = createKey(w, { conditions: ['throttled'] }, 0, 'us-east-1');
    setKeyCondition(w, a, 'throttled', false, 0);
    expect([...a.conditions]).toStrictEqual([]);
    expect([...b.conditions]).toStrictEqual(['throttled']);
  });
});
