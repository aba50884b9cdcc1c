/**
 * Counts events in a rolling window (e.g. "25 successful key applications in a rolling 24-hour
 * period"), per key.
 *
 * @example
 * ```ts
 * const w = createRollingWindow(24 * 3600_000);
 * record(w, 'stream-arn', now);
 * countWithin(w, 'stream-arn', now); // 1
 * ```
 */
export interface RollingWindow {
  readonly windowMs: number;
  readonly events: Map<string, number[]>;
}

/**
 * One day in milliseconds.
 *
 * @example
 * ```ts
 * createRollingWindow(DAY_MS); // the 24-hour windows of the SSE limits
 * ```
 */
export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Creates an empty {@link RollingWindow}.
 *
 * @example
 * ```ts
 * createRollingWindow(DAY_MS);
 * ```
 */
export function createRollingWindow(windowMs: number): RollingWindow {
  return { windowMs, events: new Map() };
}

/**
 * How many events for `key` happened in `(now - windowMs, now]`.
 *
 * @example
 * ```ts
 * countWithin(w, 'k', now);
 * ```
 */
export function countWithin(window: RollingWindow, key: string, now: number): number {
  const list = window.events.get(key);
  return list === undefined ? 0 : list.length - firstWithin(list, now - window.windowMs);
}

/** The index of the first event after `from` (events are in time order). Reads only: a refused call changes nothing. */
function firstWithin(list: readonly number[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Records one event for `key` at `now`.
 *
 * @example
 * ```ts
 * record(w, 'k', now);
 * ```
 */
export function record(window: RollingWindow, key: string, now: number): void {
  const list = window.events.get(key);
  if (list === undefined) {
    window.events.set(key, [now]);
    return;
  }
  // Events that left the window are dropped here, on a counted (successful) call only.
  const expired = firstWithin(list, now - window.windowMs);
  if (expired > 0) list.splice(0, expired);
  list.push(now);
}

/**
 * When the oldest event for `key` leaves the window (the first instant another event is allowed
 * if the window is full), or `undefined` when there is none.
 *
 * @example
 * ```ts
 * nextFreeAt(w, 'k', now);
 * ```
 */
export function nextFreeAt(window: RollingWindow, key: string, now: number): number | undefined {
  const list = window.events.get(key);
  const first = list?.[firstWithin(list, now - window.windowMs)];
  return first === undefined ? undefined : first + window.windowMs;
}
