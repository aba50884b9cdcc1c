import { fail, ok } from '../result';
import { validateInput, type Members } from '../validate';
import type { LegacyOperation } from '../operation';
import { kmsValidation, pendingDeletion } from './errors';
import { checkKey } from './key-state-operation';
import { scheduleKeyDeletion as schedule } from './lifecycle';
import { KEY_ID } from './shapes';

/** PendingWindowInDays: the model allows 1–365 [MODEL]; KMS itself accepts 7–30 [DOC, REAL]. */
const MEMBERS: Members = { KeyId: KEY_ID, PendingWindowInDays: { type: 'integer', min: 1, max: 365 } };

/**
 * ScheduleKeyDeletion: the key goes to PendingDeletion with `DeletionDate` = now +
 * PendingWindowInDays days (7–30, default 30 [DOC]) and is deleted, with its aliases and grants,
 * when the window ends. A window outside 7–30 is `ValidationException: PendingWindowInDays must be
 * between 7 and 30` [REAL]; a key already pending deletion is `KMSInvalidStateException` [REAL].
 * Answers `{ KeyId: <key ARN>, DeletionDate, KeyState: 'PendingDeletion', PendingWindowInDays }` [DOC].
 *
 * @example
 * ```ts
 * scheduleKeyDeletion(world, { KeyId: key.keyId, PendingWindowInDays: 7 }, { now, region: 'us-east-1' });
 * ```
 */
export const scheduleKeyDeletion: LegacyOperation = (world, rawInput, ctx) => {
  const invalid = validateInput('kms', rawInput, MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const input = rawInput as { readonly KeyId: string; readonly PendingWindowInDays?: number };
  const days = input.PendingWindowInDays ?? 30;
  if (!Number.isInteger(days) || days < 7 || days > 30) return fail(kmsValidation('PendingWindowInDays must be between 7 and 30'));
  const found = checkKey(world, input.KeyId, ctx, 'ScheduleKeyDeletion');
  if (!found.ok) return found;
  const key = found.value;
  if (key.state === 'PendingDeletion') return fail(pendingDeletion(key.arn));
  const deletionDate = schedule(world, key, days, ctx.now, 'ScheduleKeyDeletion');
  return ok({ KeyId: key.arn, DeletionDate: deletionDate, KeyState: 'PendingDeletion', PendingWindowInDays: days });
};
