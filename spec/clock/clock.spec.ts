import FakeTimers from '@sinonjs/fake-timers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromFakeTimers, globalClock, toClock, virtualClock } from '../../src/clock/clock';

describe('clocks', () => {
  afterEach(() => vi.useRealTimers());

  it('globalClock reads Date.now at every call, so vitest fake timers drive it', () => {
    vi.useFakeTimers({ now: 1_000 });
    expect(globalClock.now()).toBe(1_000);
    vi.advanceTimersByTime(2_500);
    expect(globalClock.now()).toBe(3_500);
  });

  it('fromFakeTimers reads a private @sinonjs/fake-timers clock without touching globals', () => {
    const fake = FakeTimers.createClock(50);
    const clock = fromFakeTimers(fake);
    fake.tick(10);
    expect(clock.now()).toBe(60);
    expect(toClock(fake).now()).toBe(60);
  });

  it('virtualClock moves only forward and says why it refuses', () => {
    const c = virtualClock(10);
    expect(c.advance(5)).toBe(15);
    c.set(20);
    expect(c.now()).toBe(20);
    expect(() => c.set(19)).toThrow('[kinesis-sse-harness] virtualClock cannot go back in time from 20 to 19');
    expect(() => c.advance(-1)).toThrow(RangeError);
    expect(() => virtualClock(Number.NaN)).toThrow(TypeError);
  });

  it('toClock accepts global, fake-timers clocks and Clock objects, and rejects anything else clearly', () => {
    expect(toClock(undefined)).toBe(globalClock);
    expect(toClock('global')).toBe(globalClock);
    const c = virtualClock();
    expect(toClock(c)).toBe(c);
    expect(() => toClock('local')).toThrow(/clock must be 'global', a @sinonjs\/fake-timers clock, or an object with now\(\): number/);
  });
});
