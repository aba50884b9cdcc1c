/**
 * Where a world's "now" comes from. The world asks at every call, so whatever drives this clock
 * (fake timers, a virtual clock, real time) drives the world's asynchronous transitions.
 *
 * @example
 * ```ts
 * const fixed: Clock = { now: () => 0 };
 * ```
 */
export interface Clock {
  now(): number;
}

/**
 * The global clock: reads `Date.now()` at every call (never captured at import), so
 * `vi.useFakeTimers()`, `jest.useFakeTimers()` and an installed `@sinonjs/fake-timers` clock all
 * drive the world.
 *
 * @example
 * ```ts
 * createWorld({ clock: globalClock });
 * ```
 */
export const globalClock: Clock = { now: () => Date.now() };

/**
 * The shape of a `@sinonjs/fake-timers` clock this library reads (its `now` property).
 *
 * @example
 * ```ts
 * import FakeTimers from '@sinonjs/fake-timers';
 * const fake: FakeTimersClockLike = FakeTimers.createClock(0);
 * ```
 */
export interface FakeTimersClockLike {
  readonly now: number;
  tick(ms: number): number;
}

/**
 * A clock that reads an explicit `@sinonjs/fake-timers` clock (installed or not), e.g. one made
 * with `FakeTimers.createClock()` that touches no globals.
 *
 * @example
 * ```ts
 * import FakeTimers from '@sinonjs/fake-timers';
 * const fake = FakeTimers.createClock(0);
 * createWorld({ clock: fromFakeTimers(fake) });
 * fake.tick(5_000);
 * ```
 */
export function fromFakeTimers(clock: FakeTimersClockLike): Clock {
  return { now: () => clock.now };
}

/**
 * A private virtual clock that touches no globals: time moves only when you say.
 *
 * @example
 * ```ts
 * const clock = virtualClock(0);
 * const world = createWorld({ clock });
 * clock.advance(5_000);
 * ```
 */
export interface VirtualClock extends Clock {
  /** Moves time forward by `ms` (>= 0) and returns the new time. */
  advance(ms: number): number;
  /** Sets the time; it may not go backwards. */
  set(time: number): void;
}

/**
 * Creates a {@link VirtualClock} starting at `start` (epoch milliseconds, default 0).
 *
 * @example
 * ```ts
 * const clock = virtualClock(Date.UTC(2026, 0, 1));
 * ```
 */
export function virtualClock(start = 0): VirtualClock {
  if (!Number.isFinite(start)) throw new TypeError(`[kinesis-sse-harness] virtualClock start must be a finite number; got ${String(start)}`);
  let t = start;
  return {
    now: () => t,
    advance(ms: number): number {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new RangeError(`[kinesis-sse-harness] virtualClock.advance needs a finite number of milliseconds >= 0; got ${String(ms)}`);
      }
      t += ms;
      return t;
    },
    set(time: number): void {
      if (!Number.isFinite(time)) throw new TypeError(`[kinesis-sse-harness] virtualClock.set needs a finite time; got ${String(time)}`);
      if (time < t) throw new RangeError(`[kinesis-sse-harness] virtualClock cannot go back in time from ${t} to ${time}`);
      t = time;
    },
  };
}

/**
 * Turns what a user passed as `clock` into a {@link Clock}: `'global'` or nothing → the global
 * clock; a `@sinonjs/fake-timers` clock → {@link fromFakeTimers}; anything with a `now()` method → itself.
 *
 * @example
 * ```ts
 * toClock(undefined) === globalClock; // true
 * ```
 */
export function toClock(given: unknown): Clock {
  if (given === undefined || given === 'global') return globalClock;
  if (typeof given === 'object' && given !== null) {
    const c = given as { now?: unknown; tick?: unknown };
    if (typeof c.now === 'number' && typeof c.tick === 'function') return fromFakeTimers(given as FakeTimersClockLike);
    if (typeof c.now === 'function') return given as Clock;
  }
  throw new TypeError(
    `[kinesis-sse-harness] clock must be 'global', a @sinonjs/fake-timers clock, or an object with now(): number; got ${String(given)}`,
  );
}
