import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KinesisStream, StreamStatus } from '../../../src/model/kinesis/state';
import { StreamIndex } from '../../../src/model/kinesis/stream-index';
import { makeShards } from '../../../src/model/kinesis/shards';

function stream(name: string, region: string, account: string, shards: number, status: StreamStatus): KinesisStream {
  return {
    name,
    arn: `arn:aws:kinesis:${region}:${account}:stream/${name}`,
    account,
    region,
    serial: 0,
    status,
    createdAt: 0,
    mode: 'PROVISIONED',
    shards: makeShards(shards, 0),
    retentionHours: 24,
    tags: {},
    consumers: [],
    encryption: { type: 'NONE' },
    reported: { type: 'NONE' },
    recordEncryption: { type: 'NONE' },
    counter: 0n,
  };
}

const NAMES = ['a', 'b', 'B', 'orders', 'orders-2', 'z', 'é'];
const REGIONS = ['us-east-1', 'eu-west-1'];
const ACCOUNTS = ['123456789012', '210987654321'];
const STATUSES: readonly StreamStatus[] = ['CREATING', 'ACTIVE', 'UPDATING', 'DELETING'];

const op = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), name: fc.constantFrom(...NAMES), region: fc.constantFrom(...REGIONS), account: fc.constantFrom(...ACCOUNTS), shards: fc.integer({ min: 1, max: 3 }), status: fc.constantFrom(...STATUSES) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('status' as const), at: fc.nat(), status: fc.constantFrom(...STATUSES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clear' as const) }) },
);

describe('the stream index', () => {
  it('after any sequence of creates, status changes, deletes and clears, agrees with a walk over every stream', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const index = new StreamIndex();
        for (const o of ops) {
          const all = [...index.values()];
          if (o.kind === 'set') {
            const s = stream(o.name, o.region, o.account, o.shards, o.status);
            index.set(s.arn, s);
          } else if (o.kind === 'status' && all.length > 0) {
            const s = all[o.at % all.length]!;
            s.status = o.status;
            index.noteStatus(s);
          } else if (o.kind === 'delete' && all.length > 0) {
            index.delete(all[o.at % all.length]!.arn);
          } else if (o.kind === 'clear') index.clear();
          for (const region of REGIONS) {
            for (const account of ACCOUNTS) {
              const here = [...index.values()].filter((s) => s.region === region && s.account === account);
              const byName = [...here].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
              expect(index.sortedIn(region, account)).toStrictEqual(byName);
              expect(index.shardsIn(region, account)).toBe(here.reduce((n, s) => n + s.shards.length, 0));
              const transient = here.filter((s) => s.status === 'CREATING' || s.status === 'DELETING').length;
              expect(index.transientIn(region, account, Infinity)).toBe(transient);
              expect(index.transientIn(region, account, 1)).toBe(Math.min(1, transient));
            }
          }
        }
      }),
    );
  });
});
