import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callResource, TraceLog, traceResourceName } from '../../src/model/trace-log';
import type { CallEntry, NewTraceEntry, TraceEntry } from '../../src/model/trace';

const ACCOUNT = '123456789012';
const arn = (name: string): string => `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/${name}`;
const transition = (name: string, time: number): NewTraceEntry => ({
  kind: 'transition',
  time,
  service: 'kinesis',
  resource: arn(name),
  property: 'StreamStatus',
  from: 'ACTIVE',
  to: 'UPDATING',
});
const put = (name: string, time: number, region = 'us-east-1'): Omit<CallEntry, 'seq'> => ({
  kind: 'call',
  time,
  service: 'kinesis',
  operation: 'PutRecord',
  region,
  input: { StreamName: name, PartitionKey: 'p' },
});

describe('TraceLog', () => {
  it('numbers entries and keeps them all by default', () => {
    const log = new TraceLog(ACCOUNT, Infinity);
    for (let i = 0; i < 5; i++) log.append(put('a', i));
    expect(log.entries.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4]);
    expect([log.total, log.length, log.dropped, log.start, log.droppedNote()]).toEqual([5, 5, 0, 0, undefined]);
  });

  it('keeps the latest `limit` entries, says how many were dropped, and keeps their numbers', () => {
    const log = new TraceLog(ACCOUNT, 3);
    for (let i = 0; i < 5_000; i++) log.append(i % 2 === 0 ? put('a', i) : transition('b', i));
    expect(log.entries.map((e) => e.seq)).toEqual([4_997, 4_998, 4_999]);
    expect([log.total, log.length, log.dropped, log.firstSeq, log.droppedThrough, log.start]).toEqual([5_000, 3, 4_997, 4_997, 4_996, 0]);
    expect(log.droppedNote()).toBe('(4,997 earlier trace entries dropped by retain.traceEntries = 3)');
    expect(log.forResource(arn('a')).map((e) => e.seq)).toEqual([4_998]);
    expect(log.transitionsOf(arn('b')).map((e) => e.seq)).toEqual([4_997, 4_999]);
    expect(log.transitionsOf('b').map((e) => e.seq)).toEqual([4_997, 4_999]);
    expect(log.droppedOf(arn('a'))).toEqual({ count: 2_499, through: 4_996 });
    expect(log.droppedOf(arn('b'))).toEqual({ count: 2_498, through: 4_995 });
    expect(log.droppedOf(arn('c'))).toEqual({ count: 0, through: undefined });
    expect(log.slice(0).map((e) => e.seq)).toEqual([4_997, 4_998, 4_999]);
    expect(log.slice(4_998, 4_999).map((e) => e.seq)).toEqual([4_998]);
    expect([log.at(4_996), log.at(4_999)?.seq, log.at(5_000)]).toEqual([undefined, 4_999, undefined]);
  });

  it('a limit of 0 keeps nothing but still counts', () => {
    const log = new TraceLog(ACCOUNT, 0);
    log.append(put('a', 1));
    expect([log.entries.length, log.total, log.forResource(arn('a')).length, log.droppedOf(arn('a')).count]).toEqual([0, 1, 0, 1]);
  });

  it('indexes calls by the stream they name (ARN, or name in the call region) and transitions by ARN and name', () => {
    const log = new TraceLog(ACCOUNT, Infinity);
    log.append(put('a', 0));
    log.append(put('a', 1, 'eu-west-1'));
    log.append({ ...put('x', 2), input: { StreamARN: arn('a'), PartitionKey: 'p' } });
    log.append(transition('a', 3));
    log.append({ kind: 'call', time: 4, service: 'kms', operation: 'DescribeKey', region: 'us-east-1', input: { KeyId: 'alias/a' } });
    log.append({ kind: 'call', time: 5, service: 'firehose', operation: 'PutRecord', region: 'us-east-1', input: { DeliveryStreamName: 'a' } });
    expect(log.forResource(arn('a')).map((e) => e.seq)).toEqual([0, 2, 3]);
    expect(log.callsOf(arn('a'), 3).map((e) => e.seq)).toEqual([0, 2]);
    expect(log.forResource(arn('a'), 3).map((e) => e.seq)).toEqual([0, 2]);
    expect(log.callsOf(`arn:aws:firehose:us-east-1:${ACCOUNT}:deliverystream/a`).map((e) => e.seq)).toEqual([5]);
    expect(log.callsOf(`arn:aws:kinesis:eu-west-1:${ACCOUNT}:stream/a`).map((e) => e.seq)).toEqual([1]);
    expect(traceResourceName(arn('orders'))).toBe('orders');
    expect(callResource({ service: 'kms', region: 'us-east-1', input: { KeyId: 'k' } }, ACCOUNT)).toBeUndefined();
  });

  it('whatever the limit, the kept entries and each resource\'s are the latest of what a plain array would hold', () => {
    fc.assert(
      // Six names, so some resources have one entry (held as it is) and others many (a bucket).
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.boolean()), { maxLength: 300 }), fc.nat(320), (limit, ops, before) => {
        const log = new TraceLog(ACCOUNT, limit);
        const all: TraceEntry[] = [];
        ops.forEach(([name, isCall], i) => all.push(log.append<TraceEntry>((isCall ? put(name, i) : transition(name, i)) as TraceEntry)));
        const kept = all.slice(Math.max(0, all.length - limit));
        expect(log.entries).toEqual(kept);
        for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) {
          const mine = (e: TraceEntry): boolean => (e.kind === 'transition' ? e.resource === arn(name) : (e.input as { StreamName: string }).StreamName === name);
          expect(log.forResource(arn(name))).toEqual(kept.filter(mine));
          expect(log.forResource(arn(name), before)).toEqual(kept.filter((e) => mine(e) && e.seq < before));
          expect(log.transitionsOf(name, before)).toEqual(kept.filter((e) => mine(e) && e.kind === 'transition' && e.seq < before));
          expect(log.droppedOf(arn(name)).count).toBe(all.filter(mine).length - kept.filter(mine).length);
        }
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});
