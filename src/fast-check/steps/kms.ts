import { kmsSdk } from '../load';
import type { SseModel } from './oracle';
import type { SseReal } from './real';
import { catchUp } from './sync';
import { answerName, callAws, expectAnswer, type SseStep } from './step';

/**
 * The KMS changes a {@link KeyChangeStep} can make through the KMS API.
 *
 * @example
 * ```ts
 * new KeyChangeStep('ScheduleKeyDeletion' satisfies KmsChange, 'alias/k0');
 * ```
 */
export type KmsChange = 'DisableKey' | 'EnableKey' | 'ScheduleKeyDeletion' | 'CancelKeyDeletion';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The waiting period the step schedules (KMS's shortest). */
const PENDING_WINDOW_DAYS = 7;

/**
 * A change to a key through the KMS API (DisableKey, EnableKey, ScheduleKeyDeletion with the
 * shortest 7-day window, CancelKeyDeletion). The oracle expects KMSInvalidStateException where KMS
 * refuses the change for the key's state, NotFoundException once the key was deleted (7 days after
 * ScheduleKeyDeletion), else success.
 *
 * @example
 * ```ts
 * new KeyChangeStep('DisableKey', 'alias/k0').toString(); // 'DisableKey(alias/k0)'
 * ```
 */
export class KeyChangeStep implements SseStep {
  constructor(
    readonly change: KmsChange,
    readonly key: string,
  ) {}
  check(m: Readonly<SseModel>): boolean {
    return m.keys[this.key] !== undefined;
  }
  async run(m: SseModel, r: SseReal): Promise<void> {
    const k = m.keys[this.key]!;
    // DisableKey & co. take a key id or key ARN, not an alias (as KMS documents).
    const KeyId = k.keyId;
    const command =
      this.change === 'DisableKey'
        ? new (kmsSdk('sseSteps').DisableKeyCommand)({ KeyId })
        : this.change === 'EnableKey'
          ? new (kmsSdk('sseSteps').EnableKeyCommand)({ KeyId })
          : this.change === 'ScheduleKeyDeletion'
            ? new (kmsSdk('sseSteps').ScheduleKeyDeletionCommand)({ KeyId, PendingWindowInDays: PENDING_WINDOW_DAYS })
            : new (kmsSdk('sseSteps').CancelKeyDeletionCommand)({ KeyId });
    const o = await callAws(m, r, this.toString(), 'kms', this.change, () => r.kms.send(command as never));
    if (o === undefined) return;
    const pending = k.state === 'PendingDeletion';
    const refused = this.change === 'CancelKeyDeletion' ? !pending : pending;
    // A deleted key is gone: KMS answers NotFoundException to every change.
    expectAnswer(m, this.toString(), answerName(o), [k.state === 'Deleted' ? 'NotFoundException' : refused ? 'KMSInvalidStateException' : 'ok']);
    if (!o.ok || !m.assert) return;
    k.state = this.change === 'DisableKey' || this.change === 'CancelKeyDeletion' ? 'Disabled' : this.change === 'EnableKey' ? 'Enabled' : 'PendingDeletion';
    if (k.state === 'PendingDeletion') k.deletesAt = m.now + PENDING_WINDOW_DAYS * DAY_MS;
    else delete k.deletesAt;
  }
  toString(): string {
    return `${this.change}(${this.key})`;
  }
}

/**
 * Revokes or restores access to a key (the `access-denied` condition, standing for a key policy or
 * IAM change; made through `world.kms`, not an API call). Never asserts anything.
 *
 * @example
 * ```ts
 * new KeyAccessStep('alias/k0', false).toString(); // 'RevokeKeyAccess(alias/k0)'
 * ```
 */
export class KeyAccessStep implements SseStep {
  constructor(
    readonly key: string,
    readonly allowed: boolean,
  ) {}
  check(m: Readonly<SseModel>): boolean {
    return m.keys[this.key] !== undefined;
  }
  run(m: SseModel, r: SseReal): Promise<void> {
    catchUp(m, r);
    // A deleted key's policy cannot change (PutKeyPolicy answers NotFoundException): nothing to do.
    if (m.keys[this.key]!.state === 'Deleted') return Promise.resolve();
    r.world.kms.setCondition(this.key, 'access-denied', !this.allowed);
    m.keys[this.key]!.accessDenied = !this.allowed;
    return Promise.resolve();
  }
  toString(): string {
    return `${this.allowed ? 'RestoreKeyAccess' : 'RevokeKeyAccess'}(${this.key})`;
  }
}
