import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeliveryStream, FirehoseKey } from '../../../src/model/firehose/state';
import { DeliveryStreamIndex } from '../../../src/model/firehose/stream-index';

const KEYS = ['arn:aws:kms:us-east-1:123456789012:key/k1', 'arn:aws:kms:us-east-1:123456789012:key/k2'];
const REGIONS = ['us-east-1', 'eu-west-1'];
const key = fc.option(fc.constantFrom<FirehoseKey>({ KeyType: 'AWS_OWNED_CMK' }, ...KEYS.map((k) => ({ KeyType: 'CUSTOMER_MANAGED_CMK' as const, KeyARN: k }))), { nil: undefined });

function stream(name: string, region: string, target: FirehoseKey | undefined, inEffect: FirehoseKey | undefined): DeliveryStream {
  return {
    name,
    arn: `arn:aws:firehose:${region}:123456789012:deliverystream/${name}`,
    region,
    type: 'DirectPut',
    status: 'ACTIVE',
    createTimestamp: 0,
    versionId: 1,
    destinations: [],
    tags: [],
    records: [],
    ...(target === undefined ? {} : { target }),
    ...(inEffect === undefined ? {} : { keyInEffect: inEffect }),
  };
}

const op = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), name: fc.constantFrom('a', 'b', 'c', 'd'), region: fc.constantFrom(...REGIONS), target: key, inEffect: key }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('keys' as const), at: fc.nat(), target: key, inEffect: key }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clear' as const) }) },
);

describe('the delivery-stream index', () => {
  it('after any sequence of creates, key changes, deletes and clears, agrees with a walk over every delivery stream', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const index = new DeliveryStreamIndex();
        for (const o of ops) {
          const all = [...index.values()];
          if (o.kind === 'set') {
            const s = stream(o.name, o.region, o.target, o.inEffect);
            index.set(s.arn, s);
          } else if (o.kind === 'keys' && all.length > 0) {
            const s = all[o.at % all.length]!;
            if (o.target === undefined) delete s.target;
            else s.target = o.target;
            if (o.inEffect === undefined) delete s.keyInEffect;
            else s.keyInEffect = o.inEffect;
            index.noteKeys(s);
          } else if (o.kind === 'delete' && all.length > 0) index.delete(all[o.at % all.length]!.arn);
          else if (o.kind === 'clear') index.clear();
          for (const region of REGIONS) expect(index.countIn(region)).toBe([...index.values()].filter((s) => s.region === region).length);
          for (const k of KEYS) {
            const using = [...index.values()].filter((s) => s.target?.KeyARN === k || s.keyInEffect?.KeyARN === k);
            expect(new Set(index.referencing(k))).toStrictEqual(new Set(using));
          }
        }
      }),
    );
  });
});
