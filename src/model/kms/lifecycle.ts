import { formatArn } from '../arn';
import { aliasesPointingTo } from './alias-index';
import { schedule } from '../pending';
import { DAY_MS } from '../rolling-window';
import { appendTrace, type ModelWorld } from '../world';
import type { KeyCondition, KeyState, KmsAlias, KmsKey } from './state';
import type { TransitionProperty } from '../vocabulary';

// State changes of keys shared by the KMS operations and the world's test-side view, so both
// record the same `KeyState` / `KeyCondition` transitions in the trace.

function transition(world: ModelWorld, key: KmsKey, property: TransitionProperty, from: string, to: string, time: number, detail?: string): void {
  appendTrace(world, {
    kind: 'transition',
    time,
    service: 'kms',
    resource: key.arn,
    property,
    from,
    to,
    ...(detail === undefined ? {} : { detail }),
  });
}

/**
 * Sets a key's state and records the `KeyState` transition; does nothing when it is already in
 * that state.
 *
 * @example
 * ```ts
 * setKeyState(world, key, 'Disabled', now, 'DisableKey');
 * ```
 */
export function setKeyState(world: ModelWorld, key: KmsKey, to: KeyState, time: number, detail?: string): void {
  if (key.state === to) return;
  const from = key.state;
  key.state = to;
  transition(world, key, 'KeyState', from, to, time, detail);
}

/**
 * Puts a key in PendingDeletion for `days` days and schedules its deletion for the end of the
 * waiting period. Returns the deletion date.
 *
 * @example
 * ```ts
 * const deletionDate = scheduleKeyDeletion(world, key, 7, now, 'ScheduleKeyDeletion');
 * ```
 */
export function scheduleKeyDeletion(world: ModelWorld, key: KmsKey, days: number, now: number, detail?: string): number {
  const deletionDate = now + days * DAY_MS;
  key.deletionDate = deletionDate;
  key.pendingWindowInDays = days;
  setKeyState(world, key, 'PendingDeletion', now, detail);
  key.deletion = schedule(world.pending, deletionDate, `KMS key ${key.arn} deleted`, (at) => deleteKey(world, key, at, days));
  return deletionDate;
}

/**
 * Cancels a key's pending deletion: the key is Disabled, as KMS leaves it [DOC].
 *
 * @example
 * ```ts
 * cancelKeyDeletion(world, key, now, 'CancelKeyDeletion');
 * ```
 */
export function cancelKeyDeletion(world: ModelWorld, key: KmsKey, now: number, detail?: string): void {
  if (key.deletion !== undefined) key.deletion.cancelled = true;
  delete key.deletion;
  delete key.deletionDate;
  delete key.pendingWindowInDays;
  setKeyState(world, key, 'Disabled', now, detail);
}

/**
 * Deletes a key at the end of its waiting period: the key, every alias that points to it and
 * every grant on it are gone, as KMS deletes "the KMS key and all AWS KMS metadata associated with
 * it" [DOC]. Records `KeyState PendingDeletion → none`.
 *
 * @example
 * ```ts
 * deleteKey(world, key, at, 7);
 * ```
 */
export function deleteKey(world: ModelWorld, key: KmsKey, at: number, days: number): void {
  world.kms.keys.delete(key.arn);
  for (const alias of aliasesPointingTo(world.kms.aliases, key.arn)) world.kms.aliases.delete(alias.aliasArn);
  for (const [id, grant] of world.kms.grants) if (grant.keyArn === key.arn) world.kms.grants.delete(id);
  const from = key.state;
  delete key.deletion;
  transition(world, key, 'KeyState', from, 'none', at, `deleted after the ${days}-day waiting period`);
}

/**
 * Switches a test condition on or off for a key and records a `KeyCondition` transition
 * (`none` → the condition when switched on, the condition → `none` when switched off); does
 * nothing when it is already so.
 *
 * @example
 * ```ts
 * setKeyCondition(world, key, 'access-denied', true, now);
 * ```
 */
export function setKeyCondition(world: ModelWorld, key: KmsKey, condition: KeyCondition, on: boolean, now: number, detail?: string): void {
  if (key.conditions.has(condition) === on) return;
  const next = new Set(key.conditions);
  if (on) next.add(condition);
  else next.delete(condition);
  key.conditions = next;
  transition(world, key, 'KeyCondition', on ? 'none' : condition, on ? condition : 'none', now, detail);
}

/**
 * Adds an alias in the key's account and region.
 *
 * @example
 * ```ts
 * addAlias(world, 'alias/orders', key, now);
 * ```
 */
export function addAlias(world: ModelWorld, aliasName: string, key: KmsKey, now: number): KmsAlias {
  const aliasArn = formatArn('kms', key.region, key.account, aliasName);
  const alias: KmsAlias = { aliasName, aliasArn, targetKeyArn: key.arn, creationDate: now, lastUpdatedDate: now };
  world.kms.aliases.set(aliasArn, alias);
  return alias;
}

/**
 * The names of the aliases that point to a key, in creation order.
 *
 * @example
 * ```ts
 * aliasesOf(world, key); // ['alias/orders']
 * ```
 */
export function aliasesOf(world: ModelWorld, key: KmsKey): string[] {
  return aliasesPointingTo(world.kms.aliases, key.arn).map((alias) => alias.aliasName);
}
