import * as fc from 'fast-check';
import type { KeyCondition, KeySpec, KeyState } from '../../model/kms/state';
import { KEY_CONDITIONS, KEY_STATES } from '../../model/vocabulary';
import type { ScenarioKey } from '../scenario';
import { aliasName } from './alias-name';
import { choice } from './choice';

/**
 * Constraints of {@link kmsKey}.
 *
 * @example
 * ```ts
 * const c: KmsKeyConstraints = { alias: 'alias/orders', states: ['Enabled', 'Disabled'], conditions: ['access-denied'] };
 * ```
 */
export interface KmsKeyConstraints {
  /** The key's alias: a fixed name, an arbitrary of names, or `false` for none. Default: a drawn alias name. */
  readonly alias?: string | fc.Arbitrary<string> | false;
  /** The states to draw from. Default all three (`Enabled`, `Disabled`, `PendingDeletion`), biased to `Enabled`. */
  readonly states?: readonly KeyState[];
  /** The conditions that may be switched on (each independently). Default none. */
  readonly conditions?: readonly KeyCondition[];
  /** The key specs to draw from. Default `['SYMMETRIC_DEFAULT']`. */
  readonly specs?: readonly KeySpec[];
}

const STATES: readonly KeyState[] = KEY_STATES;

/**
 * KMS keys as a scenario starts with them ({@link ScenarioKey}): an alias, a state (`Enabled`,
 * `Disabled`, `PendingDeletion` with a 7-to-30-day window) and conditions (`access-denied`,
 * `opt-in-required`, `throttled`, `grant-revoked`). Shrinks towards an enabled key with no
 * conditions. Records have an ordinary prototype.
 *
 * @example
 * ```ts
 * const keys = fc.uniqueArray(kmsKey(), { selector: (k) => k.alias, maxLength: 3 });
 * ```
 */
export function kmsKey(constraints: KmsKeyConstraints = {}): fc.Arbitrary<ScenarioKey> {
  const states = constraints.states ?? STATES;
  if (states.length === 0 || states.some((s) => !STATES.includes(s))) {
    throw new RangeError(`[kinesis-sse-harness] kmsKey states must be a non-empty list of ${STATES.join(', ')}; got ${JSON.stringify(states)}`);
  }
  const conditions = constraints.conditions ?? [];
  if (conditions.some((c) => !KEY_CONDITIONS.includes(c))) {
    throw new RangeError(`[kinesis-sse-harness] kmsKey conditions must be among ${KEY_CONDITIONS.join(', ')}; got ${JSON.stringify(conditions)}`);
  }
  const specs = constraints.specs ?? ['SYMMETRIC_DEFAULT'];
  if (specs.length === 0) throw new RangeError('[kinesis-sse-harness] kmsKey specs must not be empty');
  const alias =
    constraints.alias === false ? fc.constant(undefined) : typeof constraints.alias === 'string' ? fc.constant(constraints.alias) : (constraints.alias ?? aliasName());
  const state = states.length === 1 ? fc.constant(states[0]!) : choice({ arbitrary: fc.constant(states[0]!), weight: 2 }, { arbitrary: fc.constantFrom(...states), weight: 1 });
  return fc
    .record(
      {
        alias,
        state,
        pendingWindowInDays: fc.integer({ min: 7, max: 30 }),
        conditions: fc.subarray([...conditions]),
        spec: fc.constantFrom(...specs),
      },
      { noNullPrototype: true },
    )
    .map(({ alias: a, state: s, pendingWindowInDays, conditions: c, spec }) => ({
      ...(a === undefined ? {} : { alias: a }),
      state: s,
      ...(s === 'PendingDeletion' ? { pendingWindowInDays } : {}),
      conditions: c,
      ...(spec === 'SYMMETRIC_DEFAULT' ? {} : { spec }),
    }));
}
