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
  if (list === undefined) return 0;
  const from = now - window.windowMs;
  while (list.length > 0 && list[0]! <= from) list.shift();
  return list.length;
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
  if (list === undefined) window.events.set(key, [now]);
  else list.push(now);
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
  countWithin(window, key, now);
  const first = window.events.get(key)?.[0];
  return first === undefined ? undefined : first + window.windowMs;
}
