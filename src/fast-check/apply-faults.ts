import { installFaults, type FaultHandle, type FaultPlan } from '../model/faults';
import type { World } from '../world/index';

/**
 * Attaches a fault plan to a world you drive yourself (with `vi.useFakeTimers()` or a
 * `virtualClock`), its times counted from now (or from `start`). {@link runScenario} does this for
 * a scenario's `faults`. Call `remove()` on the handle to detach it.
 *
 * @example
 * ```ts
 * const world = createWorld({ clock: virtualClock(0) });
 * const faults = applyFaults(world, [{ kind: 'throttle', service: 'kinesis', operation: 'StartStreamEncryption', times: 2 }]);
 * // ... the code under test ...
 * faults.fired; // what hit, when
 * faults.remove();
 * ```
 */
export function applyFaults(world: World, plan: FaultPlan, options: { readonly start?: number } = {}): FaultHandle {
  return installFaults(world.model, plan, options.start ?? world.now());
}
