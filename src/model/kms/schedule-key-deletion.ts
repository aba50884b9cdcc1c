import { defineOperation } from '../operation';
import { fail, ok } from '../result';
import { structure } from '../shape';
import { scheduleKeyDeletion as schedule } from './lifecycle';
import { pendingWindowOutOfRange } from './messages';
import { DEFAULT_PENDING_WINDOW_IN_DAYS, keyToChange, pendingWindowAllowed } from './rules';
import { KEY_ID, PENDING_WINDOW_IN_DAYS } from './shapes';

/** The output of the operation. */
const OUTPUT = structure({
  KeyId: { type: 'string' },
  DeletionDate: { type: 'timestamp' },
  KeyState: { type: 'string' },
  PendingWindowInDays: { type: 'integer' },
});

/** The input of the operation. */
const INPUT = structure({ KeyId: KEY_ID, PendingWindowInDays: PENDING_WINDOW_IN_DAYS });

/**
 * ScheduleKeyDeletion: the key goes to PendingDeletion with `DeletionDate` = now +
 * PendingWindowInDays days (7–30, default 30 [DOC]) and is deleted, with its aliases and grants,
 * when the window ends. A window outside 7–30 is `ValidationException: PendingWindowInDays must be
 * between 7 and 30` [REAL]; a key already pending deletion is `KMSInvalidStateException` [REAL].
 * Answers `{ KeyId: <key ARN>, DeletionDate, KeyState: 'PendingDeletion', PendingWindowInDays }` [DOC].
 *
 * @example
 * ```ts
 * scheduleKeyDeletion.run(world, { KeyId: key.keyId, PendingWindowInDays: 7 }, { now, region: 'us-east-1' });
 * ```
 */
export const scheduleKeyDeletion = defineOperation({
  service: 'kms',
  name: 'ScheduleKeyDeletion',
  input: INPUT,
  output: OUTPUT,
  errors: ['NotFoundException', 'InvalidArnException', 'DependencyTimeoutException', 'KMSInternalException', 'KMSInvalidStateException'],
  run(world, input, ctx) {
    const days = input.PendingWindowInDays ?? DEFAULT_PENDING_WINDOW_IN_DAYS;
    if (!pendingWindowAllowed(days)) return fail(pendingWindowOutOfRange());
    const found = keyToChange(world, input.KeyId, ctx, 'ScheduleKeyDeletion', 'schedule-deletion');
    if (!found.ok) return found;
    const key = found.value;
    const deletionDate = schedule(world, key, days, ctx.now, 'ScheduleKeyDeletion');
    return ok({ KeyId: key.arn, DeletionDate: deletionDate, KeyState: 'PendingDeletion', PendingWindowInDays: days });
  },
});
