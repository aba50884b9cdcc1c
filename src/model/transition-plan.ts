import { drawDuration, type Duration } from './duration';
import type { Service } from './errors';
import type { ModelWorld } from './world';

/**
 * An asynchronous transition about to be scheduled, as hooks (fault plans) see it.
 *
 * Kinds used by the services: `stream-creating`, `stream-updating`, `stream-deleting`,
 * `encryption-lag` (Kinesis); `delivery-stream-creating`, `delivery-stream-deleting`,
 * `encryption-enabling`, `encryption-disabling`, `firehose-encryption-lag` (Firehose).
 *
 * @example
 * ```ts
 * const r: TransitionRequest = { service: 'firehose', resource: arn, kind: 'encryption-enabling', now };
 * ```
 */
export interface TransitionRequest {
  readonly service: Service;
  /** The resource's ARN. */
  readonly resource: string;
  readonly kind: string;
  readonly now: number;
}

/**
 * What a hook may change about a transition: make it slower, or make it fail.
 *
 * @example
 * ```ts
 * const slowAndFailing: TransitionPlan = { extraDelayMs: 60_000, failure: { type: 'KMS_ACCESS_DENIED', details: 'denied' }, label: 'fault#0' };
 * ```
 */
export interface TransitionPlan {
  /** Milliseconds added to the drawn duration. */
  readonly extraDelayMs?: number;
  /** Ends the transition in its failed state (e.g. ENABLING_FAILED) with this FailureDescription. */
  readonly failure?: { readonly type: string; readonly details: string };
  /** Names the fault in the trace. */
  readonly label?: string;
}

/**
 * A hook consulted for every asynchronous transition; `undefined` leaves it as drawn.
 *
 * @example
 * ```ts
 * world.transitionHooks.push((w, r) => (r.kind === 'stream-updating' ? { extraDelayMs: 10_000 } : undefined));
 * ```
 */
export type TransitionHook = (world: ModelWorld, request: TransitionRequest) => TransitionPlan | undefined;

/**
 * Decides a transition's duration (drawn from `base` with the world's seed) and whether a hook
 * makes it slower or fail. Every service schedules its transitions through this, so fault plans
 * reach all of them the same way.
 *
 * @example
 * ```ts
 * const plan = planTransition(world, { service: 'kinesis', resource: arn, kind: 'stream-updating', now }, world.kinesisOptions.durations.updating);
 * schedule(world.pending, now + plan.delay, 'UPDATING->ACTIVE', () => { ... });
 * ```
 */
export function planTransition(
  world: ModelWorld,
  request: TransitionRequest,
  base: Duration,
): { readonly delay: number; readonly failure?: { readonly type: string; readonly details: string }; readonly label?: string } {
  let delay = drawDuration(base, world.rng);
  let failure: { readonly type: string; readonly details: string } | undefined;
  let label: string | undefined;
  for (const hook of world.transitionHooks) {
    const plan = hook(world, request);
    if (plan === undefined) continue;
    if (plan.extraDelayMs !== undefined) delay += plan.extraDelayMs;
    if (plan.failure !== undefined && failure === undefined) failure = plan.failure;
    if (plan.label !== undefined) label = label === undefined ? plan.label : `${label}, ${plan.label}`;
  }
  return { delay, ...(failure === undefined ? {} : { failure }), ...(label === undefined ? {} : { label }) };
}
