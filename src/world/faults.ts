import { installFaults as installModelFaults, type FaultHandle, type FaultPlan } from '../model/faults';
import type { World } from './index';

/**
 * Options of {@link installFaults}.
 *
 * @example
 * ```ts
 * const options: InstallFaultsOptions = { start: Date.UTC(2026, 0, 1) };
 * ```
 */
export interface InstallFaultsOptions {
  /** The virtual time (epoch ms) the plan's times count from. Default: the world's `now()`. */
  readonly start?: number;
}

/**
 * Attaches a fault plan (pure data, checked with `checkFaultPlan`) to a world made by
 * `createWorld`, its times counted from now (or from `options.start`): throttling bursts, internal
 * failures, failing or slow transitions, keys changed at a given virtual time. Every fault shows up
 * in the trace and in the SDK stubs' call history like any other answer. `runScenario` does this
 * for a scenario's `faults`. Call `remove()` on the handle to detach the plan; `fired` lists what hit.
 *
 * @example
 * ```ts
 * const world = createWorld({ clock: virtualClock(0) });
 * const faults = installFaults(world, [{ kind: 'throttle', service: 'kinesis', operation: 'StartStreamEncryption', times: 2 }]);
 * // ... the code under test ...
 * faults.fired; // what hit, when
 * faults.remove();
 * ```
 */
export function installFaults(world: World, plan: FaultPlan, options: InstallFaultsOptions = {}): FaultHandle {
  if (world === null || typeof world !== 'object' || typeof (world as Partial<World>).now !== 'function' || (world as Partial<World>).model === undefined) {
    throw new TypeError(`[kinesis-sse-harness] installFaults needs a world made by createWorld; got ${String(world)}`);
  }
  return installModelFaults(world.model, plan, options.start ?? world.now());
}
