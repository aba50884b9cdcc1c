import { describe, expect, it } from 'vitest';
import { createWorld, virtualClock } from '../../src/index';

// Issue 9: each misuse of the library's own API is a TypeError that names what was wrong.
describe('createWorld refuses what is not a world description', () => {
  it.each([
    [null, 'createWorld takes an options object; got null'],
    [5, 'createWorld takes an options object; got 5'],
    [[], 'createWorld takes an options object; got an array'],
    ['us-east-1', 'createWorld takes an options object; got us-east-1'],
  ])('createWorld(%j)', (given, message) => {
    expect(() => createWorld(given as never)).toThrow(new TypeError(`[kinesis-sse-harness] ${message}`));
  });

  it('takes no options at all, or undefined, as the defaults', () => {
    expect(createWorld().accountId).toBe('123456789012');
    expect(createWorld(undefined).region).toBe('us-east-1');
  });

  it('refuses a seed the 32-bit generators would fold onto another one', () => {
    const message = (v: string) => `[kinesis-sse-harness] seed must be an integer of 32 bits (-2147483648 to 4294967295, as fast-check's seeds are); got ${v}`;
    expect(() => createWorld({ seed: 2 ** 60 })).toThrow(new TypeError(message(String(2 ** 60))));
    expect(() => createWorld({ seed: 2 ** 32 })).toThrow(new TypeError(message('4294967296')));
    expect(() => createWorld({ seed: -(2 ** 31) - 1 })).toThrow(new TypeError(message('-2147483649')));
    expect(() => createWorld({ seed: 1.5 })).toThrow(new TypeError(message('1.5')));
    expect(() => createWorld({ seed: Number.NaN })).toThrow(new TypeError(message('NaN')));
    expect(createWorld({ seed: 2 ** 32 - 1 }).seed).toBe(2 ** 32 - 1);
    expect(createWorld({ seed: -(2 ** 31) }).seed).toBe(-(2 ** 31));
  });

  it('refuses an account id that is not a string of 12 digits, a number included', () => {
    expect(() => createWorld({ accountId: 123456789012 as never })).toThrow(
      new TypeError('[kinesis-sse-harness] accountId must be a string of 12 digits; got number 123456789012'),
    );
    expect(() => createWorld({ accountId: '12345' })).toThrow(new TypeError('[kinesis-sse-harness] accountId must be 12 digits; got "12345"'));
  });

  it('refuses a clock that reads NaN at once, and one that starts to later at the call that reads it', () => {
    expect(() => createWorld({ clock: { now: () => Number.NaN } })).toThrow(
      new TypeError("[kinesis-sse-harness] the world's clock must return a finite number of epoch milliseconds; its now() returned NaN"),
    );
    expect(() => createWorld({ clock: { now: () => 'soon' as never } })).toThrow(/its now\(\) returned soon/);
    let t = 0;
    const world = createWorld({ clock: { now: () => t } });
    t = Number.NaN;
    expect(() => world.call('kinesis', 'ListStreams', {})).toThrow(new TypeError('[kinesis-sse-harness] now must be a finite number; got NaN'));
  });

  it('still accepts every clock form it documents', () => {
    expect(createWorld({ clock: virtualClock(5) }).now()).toBe(5);
    expect(createWorld({ clock: 'global' }).now()).toBeGreaterThan(0);
  });

  it("refuses a clock set back past the world's time instead of silently freezing every transition", () => {
    let t = Date.UTC(2026, 5, 1); // e.g. a fake clock set with vi.setSystemTime after the setup
    const world = createWorld({ clock: { now: () => t } });
    world.kinesis.createStream('orders', { active: true });
    t = Date.UTC(2026, 0, 1);
    expect(() => world.call('kinesis', 'ListStreams', {})).toThrow(
      new TypeError(
        "[kinesis-sse-harness] the clock went back to 2026-01-01T00:00:00.000Z, 13046400000 ms before the world's time 2026-06-01T00:00:00.000Z. " +
          "The world's time never runs backwards, so every transition would wait until the clock passes 2026-06-01T00:00:00.000Z again. " +
          'Set the fake clock (vi.useFakeTimers({ now }), jest.setSystemTime, clock.setSystemTime) before the world\'s first call, or give createWorld the clock you drive.',
      ),
    );
    t = Date.UTC(2026, 5, 1) - 500; // real clocks jitter: under a second back is the world's time
    expect(world.now()).toBe(Date.UTC(2026, 5, 1));
  });
});
