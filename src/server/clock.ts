/**
 * How the endpoint moves its world's virtual time: only when told (`manual`), with wall time
 * (`realtime`), or by a fixed step before each AWS request is answered (`per-request`, for clients
 * that sleep in real time between polls, like the AWS CLI's 10-second waiter).
 */
import { performance } from 'node:perf_hooks';
import type { VirtualClock } from '../clock/clock';

/**
 * The clock modes of the endpoint.
 *
 * @example
 * ```ts
 * const mode: ClockMode = 'per-request';
 * ```
 */
export type ClockMode = 'manual' | 'realtime' | 'per-request';

/**
 * The clock modes, in the order the docs list them.
 *
 * @example
 * ```ts
 * CLOCK_MODES.includes('manual'); // true
 * ```
 */
export const CLOCK_MODES: readonly ClockMode[] = ['manual', 'realtime', 'per-request'];

/**
 * The default step of `per-request` mode: 10 s, the AWS CLI's and boto3's waiter delay, so each
 * poll of a waiter sees the time it would have seen against AWS.
 *
 * @example
 * ```ts
 * DEFAULT_MS_PER_REQUEST; // 10000
 * ```
 */
export const DEFAULT_MS_PER_REQUEST = 10_000;

/**
 * The endpoint's hold on its world's virtual clock: the mode, and the moves each mode makes.
 *
 * @example
 * ```ts
 * const driver: ClockDriver = clockDriver(virtualClock(0), 'per-request', 1_000);
 * driver.beforeAwsRequest(); // time is now 1000
 * ```
 */
export interface ClockDriver {
  readonly mode: ClockMode;
  readonly msPerRequest: number;
  /** The clock the driver moves (replaced on reset). */
  readonly clock: VirtualClock;
  /** Brings the clock up to wall time in `realtime` mode (nothing in the others). */
  sync(): void;
  /** What every AWS request does before it is answered: `sync()`, and in `per-request` mode a step of `msPerRequest`. */
  beforeAwsRequest(): void;
  /** Moves the clock on by `ms` (>= 0). */
  advance(ms: number): void;
  /** Sets the clock to `time` (epoch ms), never backwards. */
  set(time: number): void;
  /** Switches mode; `realtime` counts wall time from this moment. */
  setMode(mode: ClockMode, msPerRequest?: number): void;
  /** Drives another clock (a fresh world's), keeping the mode. */
  replaceClock(clock: VirtualClock): void;
}

/**
 * Checks a `msPerRequest` value: a finite number of milliseconds >= 0. Returns the error text, or
 * `undefined` when it is fine.
 *
 * @example
 * ```ts
 * msPerRequestProblem(-1); // 'msPerRequest must be a finite number of milliseconds >= 0; got -1'
 * ```
 */
export function msPerRequestProblem(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    return `msPerRequest must be a finite number of milliseconds >= 0; got ${JSON.stringify(value) ?? String(value)}`;
  }
  return undefined;
}

/**
 * Makes a {@link ClockDriver} for a virtual clock.
 *
 * @example
 * ```ts
 * const driver = clockDriver(virtualClock(Date.UTC(2026, 0, 1)), 'manual', DEFAULT_MS_PER_REQUEST);
 * driver.advance(5_000);
 * ```
 */
export function clockDriver(initial: VirtualClock, mode: ClockMode, msPerRequest: number): ClockDriver {
  let clock = initial;
  let current = mode;
  let step = msPerRequest;
  // realtime: virtual time = anchorVirtual + (wall now - anchorWall).
  let anchorWall = performance.now();
  let anchorVirtual = clock.now();
  const reanchor = (): void => {
    anchorWall = performance.now();
    anchorVirtual = clock.now();
  };
  const sync = (): void => {
    if (current !== 'realtime') return;
    const target = anchorVirtual + (performance.now() - anchorWall);
    if (target > clock.now()) clock.set(target);
  };
  return {
    get mode() {
      return current;
    },
    get msPerRequest() {
      return step;
    },
    get clock() {
      return clock;
    },
    sync,
    beforeAwsRequest() {
      sync();
      if (current === 'per-request' && step > 0) {
        clock.advance(step);
      }
    },
    advance(ms) {
      sync();
      clock.advance(ms);
      reanchor();
    },
    set(time) {
      sync();
      clock.set(time);
      reanchor();
    },
    setMode(next, nextStep) {
      sync();
      current = next;
      if (nextStep !== undefined) step = nextStep;
      reanchor();
    },
    replaceClock(next) {
      clock = next;
      reanchor();
    },
  };
}
