import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AliasIndex, aliasesPointingTo } from '../../../src/model/kms/alias-index';
import type { KmsAlias } from '../../../src/model/kms/state';

const alias = (name: string, key: string): KmsAlias => ({ aliasName: `alias/${name}`, aliasArn: `arn:aws:kms:us-east-1:123456789012:alias/${name}`, targetKeyArn: key, creationDate: 0, lastUpdatedDate: 0 });

const op = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), name: fc.constantFrom('a', 'b', 'c', 'd', 'e'), key: fc.constantFrom('k1', 'k2', 'k3') }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), name: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'zz') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clear' as const) }) },
);

describe('the alias index', () => {
  it('after any sequence of sets, deletes and clears, gives each key the aliases a walk over the map gives, in map order', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const indexed = new AliasIndex();
        const plain = new Map<string, KmsAlias>();
        for (const o of ops) {
          if (o.kind === 'set') {
            const a = alias(o.name, o.key);
            indexed.set(a.aliasArn, a);
            plain.set(a.aliasArn, a);
          } else if (o.kind === 'delete') {
            const arn = alias(o.name, '').aliasArn;
            expect(indexed.delete(arn)).toBe(plain.delete(arn));
          } else {
            indexed.clear();
            plain.clear();
          }
          expect([...indexed]).toStrictEqual([...plain]);
          for (const key of ['k1', 'k2', 'k3', 'k4']) expect(aliasesPointingTo(indexed, key)).toStrictEqual(aliasesPointingTo(plain, key));
        }
      }),
    );
  });
});
