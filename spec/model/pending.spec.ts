import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPendingQueue, nextDue, schedule, settle } from '../../src/model/pending';
import { countWithin, createRollingWindow, DAY_MS, nextFreeAt, record } from '../../src/model/rolling-window';

describe('pending transitions', () => {
  it('apply in due-time order, each with its own due time, only once due', () => {
    const q = createPendingQueue();
    const seen: string[] = [];
    schedule(q, 30, 'c', (at) => seen.push(`c@${at}`));
    schedule(q, 10, 'a', (at) => seen.push(`a@${at}`));
    schedule(q, 10, 'b', (at) => seen.push(`b@${at}`));
    settle(q, 9);
    expect(seen).toEqual([]);
    settle(q, 10);
    expect(seen).toEqual(['a@10', 'b@10']);
    expect(nextDue(q)).toBe(30);
    settle(q, 100);
    settle(q, 100);
    expect(seen).toEqual(['a@10', 'b@10', 'c@30']);
    expect(nextDue(q)).toBeUndefined();
  });

  it('skip cancelled entries and run transitions scheduled by transitions when due', () => {
    const q = createPendingQueue();
    const seen: number[] = [];
    const p = schedule(q, 5, 'x', () => seen.push(-1));
    p.cancelled = true;
    schedule(q, 1, 'chain', (at) => {
      seen.push(at);
      schedule(q, at + 1, 'next', (at2) => seen.push(at2));
    });
    settle(q, 10);
    expect(seen).toEqual([1, 2]);
  });

  it('settling in steps gives the same order as settling at once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { maxLength: 30 }), fc.array(fc.nat(1000), { maxLength: 10 }), (dues, cuts) => {
        const run = (steps: number[]): number[] => {
          const q = createPendingQueue();
          const seen: number[] = [];
          dues.forEach((d, i) => schedule(q, d, String(i), () => seen.push(i)));
          for (const s of steps) settle(q, s);
          settle(q, 1000);
          return seen;
        };
        expect(run([...cuts].sort((a, b) => a - b))).toEqual(run([]));
      }),
    );
  });
});

describe('rolling window', () => {
  it('counts events in (now - window, now] and frees the oldest as it rolls', () => {
    const w = createRollingWindow(DAY_MS);
    record(w, 'k', 0);
    record(w, 'k', 1000);
    expect(countWithin(w, 'k', DAY_MS - 1)).toBe(2);
    expect(nextFreeAt(w, 'k', DAY_MS - 1)).toBe(DAY_MS);
    expect(countWithin(w, 'k', DAY_MS)).toBe(1);
    expect(countWithin(w, 'k', DAY_MS + 1000)).toBe(0);
    expect(countWithin(w, 'other', 0)).toBe(0);
    expect(nextFreeAt(w, 'other', 0)).toBeUndefined();
  });
});
