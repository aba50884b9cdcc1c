import { describe, expect, it } from 'vitest';
import { createWorld, virtualClock } from '../../src/index';

describe('createWorld', () => {
  it('defaults to account 123456789012, us-east-1, seed 0', () => {
    const w = createWorld({ clock: virtualClock() });
    expect([w.accountId, w.region, w.seed]).toEqual(['123456789012', 'us-east-1', 0]);
  });

  it('rejects bad options with an error naming the option', () => {
    expect(() => createWorld({ accountId: '123' })).toThrow("[kinesis-sse-harness] accountId must be 12 digits; got \"123\"");
    expect(() => createWorld({ region: 'Mars' })).toThrow(/region must look like 'us-east-1'/);
    expect(() => createWorld({ seed: 1.5 })).toThrow(/seed must be an integer/);
    expect(() => createWorld({ kinesis: { durations: { updating: -5 } } })).toThrow(/kinesis\.durations\.updating must be a number of milliseconds >= 0/);
    expect(() => createWorld({ kinesis: { durations: { updating: { min: 5, max: 1 } } } })).toThrow(/kinesis\.durations\.updating/);
    expect(() => createWorld({ kinesis: { limits: { stopsPer24h: 2.5 } } })).toThrow(/kinesis\.limits\.stopsPer24h must be a whole number/);
    expect(() => createWorld({ kinesis: { behaviour: { nope: 1 } as never } })).toThrow(/unknown option kinesis\.behaviour\.nope/);
    expect(() => createWorld({ colour: 'red' } as never)).toThrow(/unknown world option 'colour'/);
  });

  it('never lets time run backwards', () => {
    let t = 100;
    const w = createWorld({ clock: { now: () => t } });
    expect(w.now()).toBe(100);
    t = 50;
    expect(w.now()).toBe(100);
  });

  it('answers an operation it does not model as AWS answers an unknown target, and records the call', () => {
    const w = createWorld({ clock: virtualClock() });
    expect(w.call('kinesis', 'SplitShard', {})).toEqual({
      ok: false,
      error: { service: 'kinesis', type: 'UnknownOperationException', message: '', httpStatus: 400, fault: 'client' },
    });
    expect(w.trace.at(-1)).toMatchObject({ kind: 'call', operation: 'SplitShard', error: { type: 'UnknownOperationException' } });
  });
});
