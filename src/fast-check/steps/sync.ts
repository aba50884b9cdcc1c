import { settleModel, type SseModel } from './oracle';
import type { SseReal } from './real';

/**
 * Brings the oracle to the world's current time before a step acts: your own commands (a class
 * that polls with timers, under runScenario) may have moved virtual time on since the last step.
 *
 * @internal
 *
 * @example
 * ```ts
 * catchUp(model, real); // the oracle sees transitions due by the world's now
 * ```
 */
export function catchUp(m: SseModel, r: SseReal): void {
  settleModel(m, r.world.now());
}
