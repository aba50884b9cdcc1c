import { DAY_MS } from '../rolling-window';
import type { KmsKey } from './state';

/**
 * The rotation period when EnableKeyRotation gives none, and AWS managed keys' period [DOC].
 *
 * @example
 * ```ts
 * DEFAULT_ROTATION_PERIOD_IN_DAYS; // 365
 * ```
 */
export const DEFAULT_ROTATION_PERIOD_IN_DAYS = 365;

/**
 * A key's automatic rotation as GetKeyRotationStatus reports it at `now`: AWS managed keys always
 * rotate every 365 days from their creation [DOC]; a customer managed key rotates every
 * `RotationPeriodInDays` from when rotation was enabled (or its period changed) [DOC]. The next
 * rotation date is the first whole period after that which is later than `now` (the world rotates
 * no key material: the date only moves on) [INF].
 *
 * @example
 * ```ts
 * rotationStatus(key, now); // { enabled: false } for a new key
 * ```
 */
export function rotationStatus(key: KmsKey, now: number): { readonly enabled: false } | { readonly enabled: true; readonly periodInDays: number; readonly next: number } {
  const rotation = key.manager === 'AWS' ? { periodInDays: DEFAULT_ROTATION_PERIOD_IN_DAYS, since: key.creationDate } : key.rotation;
  if (rotation === undefined) return { enabled: false };
  const period = rotation.periodInDays * DAY_MS;
  const periods = Math.max(1, Math.floor((now - rotation.since) / period) + 1);
  return { enabled: true, periodInDays: rotation.periodInDays, next: rotation.since + periods * period };
}
