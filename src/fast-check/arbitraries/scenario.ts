import * as fc from 'fast-check';
import type { FaultPlan } from '../../model/faults';
import type { ModelWorldOptions } from '../../model/world';
import type { Scenario, ScenarioDeliveryStream, ScenarioKey, ScenarioStream } from '../scenario';
import { faultPlan, type FaultPlanConstraints } from './fault-plan';
import { kmsKey } from './kms-key';
import { worldOptions, type WorldOptionsConstraints } from './world-options';

/**
 * Constraints of {@link scenario}.
 *
 * @example
 * ```ts
 * const c: ScenarioConstraints = {
 *   streams: fc.constant([{ name: 'orders' }]),
 *   faults: { kinds: ['key', 'slow-transition'] },
 * };
 * ```
 */
export interface ScenarioConstraints {
  /** The world's options: constraints of {@link worldOptions}, or an arbitrary. Default `worldOptions()`. */
  readonly world?: WorldOptionsConstraints | fc.Arbitrary<ModelWorldOptions>;
  /** The keys that exist at the start. Default: 1 to 3 {@link kmsKey}s with distinct aliases. */
  readonly keys?: fc.Arbitrary<readonly ScenarioKey[]>;
  /** The streams that exist at the start. Default none. */
  readonly streams?: fc.Arbitrary<readonly ScenarioStream[]>;
  /** The delivery streams that exist at the start. Default none. */
  readonly deliveryStreams?: fc.Arbitrary<readonly ScenarioDeliveryStream[]>;
  /**
   * The faults: constraints of {@link faultPlan} (whose `keyIds` default to the aliases of the
   * scenario's keys), an arbitrary, or `false` for none. Default `{}`.
   */
  readonly faults?: FaultPlanConstraints | fc.Arbitrary<FaultPlan> | false;
  /** The start (epoch ms). Default the runner's default start. */
  readonly start?: number;
}

/**
 * Scenarios ({@link Scenario}) for {@link runScenario}: world options, the keys, streams and delivery
 * streams that exist at the start, and a fault plan whose key faults hit the scenario's own keys.
 * Shrinks towards default options, fewer keys and fewer, earlier faults. Records have an ordinary
 * prototype.
 *
 * @example
 * ```ts
 * fc.assert(fc.asyncProperty(scenario({ streams: fc.constant([{ name: 'orders' }]) }), async (s) => {
 *   const r = await runScenario(s, () => ensureEncrypted('orders'));
 *   return !r.ok || r.world.kinesis.describe('orders')?.EncryptionType === 'KMS';
 * }));
 * ```
 */
export function scenario(constraints: ScenarioConstraints = {}): fc.Arbitrary<Scenario> {
  const world = constraints.world instanceof fc.Arbitrary ? constraints.world : worldOptions(constraints.world ?? {});
  const keys = constraints.keys ?? fc.uniqueArray(kmsKey(), { minLength: 1, maxLength: 3, selector: (k) => k.alias });
  const streams = constraints.streams ?? fc.constant([]);
  const deliveryStreams = constraints.deliveryStreams ?? fc.constant([]);
  const base = fc.record({ world, keys, streams, deliveryStreams }, { noNullPrototype: true });
  const given = constraints.faults ?? {};
  const withFaults: fc.Arbitrary<{ base: typeof base extends fc.Arbitrary<infer B> ? B : never; faults: FaultPlan }> =
    given === false
      ? base.map((b) => ({ base: b, faults: [] }))
      : given instanceof fc.Arbitrary
        ? fc.record({ base, faults: given }, { noNullPrototype: true })
        : given.keyIds !== undefined
          ? fc.record({ base, faults: faultPlan(given) }, { noNullPrototype: true })
          : base.chain((b) => {
              const aliases = b.keys.flatMap((k) => (k.alias === undefined ? [] : [k.alias]));
              return faultPlan({ ...given, keyIds: aliases }).map((faults) => ({ base: b, faults }));
            });
  return withFaults.map(({ base: b, faults }): Scenario => ({
    world: b.world,
    ...(constraints.start === undefined ? {} : { start: constraints.start }),
    keys: b.keys,
    ...(b.streams.length === 0 ? {} : { streams: b.streams }),
    ...(b.deliveryStreams.length === 0 ? {} : { deliveryStreams: b.deliveryStreams }),
    ...(faults.length === 0 ? {} : { faults }),
  }));
}
