/**
 * Asynchronous transitions are never scheduled on a timer: each one is stored with the virtual time
 * at which it becomes due, and {@link settle} applies every due transition, in time order, whenever
 * the world is observed at a later `now`.
 */

/**
 * A transition waiting to become due.
 *
 * @example
 * ```ts
 * const p = schedule(queue, 5_000, 'StreamStatus UPDATING->ACTIVE', (at) => { stream.status = 'ACTIVE'; });
 * ```
 */
export interface Pending {
  readonly at: number;
  readonly seq: number;
  readonly label: string;
  readonly apply: (at: number) => void;
  cancelled: boolean;
}

/**
 * The world's pending transitions, kept sorted by (at, seq).
 *
 * @example
 * ```ts
 * const q: PendingQueue = createPendingQueue();
 * schedule(q, 5_000, 'UPDATING->ACTIVE', () => {});
 * ```
 */
export interface PendingQueue {
  readonly items: Pending[];
  nextSeq: number;
}

/**
 * An empty {@link PendingQueue}.
 *
 * @example
 * ```ts
 * const q = createPendingQueue();
 * ```
 */
export function createPendingQueue(): PendingQueue {
  return { items: [], nextSeq: 0 };
}

/**
 * Adds a transition that becomes due at virtual time `at`; `apply` receives `at` when it runs.
 * Returns the entry so its owner can cancel it (`entry.cancelled = true`).
 *
 * @example
 * ```ts
 * schedule(q, now + 5_000, 'UPDATING->ACTIVE', () => {});
 * ```
 */
export function schedule(queue: PendingQueue, at: number, label: string, apply: (at: number) => void): Pending {
  const entry: Pending = { at, seq: queue.nextSeq++, label, apply, cancelled: false };
  const items = queue.items;
  let i = items.length;
  while (i > 0 && items[i - 1]!.at > at) i--;
  items.splice(i, 0, entry);
  return entry;
}

/**
 * Applies, in order of due time, every pending transition due at or before `now`. A transition may
 * schedule further ones; those run too if they are due by `now`. Idempotent: settling twice at the
 * same `now` changes nothing the second time.
 *
 * @example
 * ```ts
 * settle(q, 10_000);
 * ```
 */
export function settle(queue: PendingQueue, now: number): void {
  const items = queue.items;
  while (items.length > 0 && items[0]!.at <= now) {
    const entry = items.shift()!;
    if (!entry.cancelled) entry.apply(entry.at);
  }
}

/**
 * The due time of the next pending transition, or `undefined` when none is pending.
 *
 * @example
 * ```ts
 * nextDue(q); // e.g. 5000
 * ```
 */
export function nextDue(queue: PendingQueue): number | undefined {
  for (const item of queue.items) if (!item.cancelled) return item.at;
  return undefined;
}
