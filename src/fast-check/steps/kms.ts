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

/**
 * The key policy a {@link KeyPolicyStep} puts: the account root may do everything, and, when
 * `deny`, the Kinesis and Firehose service principals may use the key for nothing (a policy the
 * world reads as denying both services; see docs/kms.md, "Key policies").
 *
 * @example
 * ```ts
 * JSON.parse(stepKeyPolicy('123456789012', true)).Statement.length; // 2
 * ```
 */
export function stepKeyPolicy(account: string, deny: boolean): string {
  const statements: object[] = [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' }];
  if (deny) statements.push({ Sid: 'No SSE', Effect: 'Deny', Principal: { Service: ['kinesis.amazonaws.com', 'firehose.amazonaws.com'] }, Action: 'kms:*', Resource: '*' });
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

/**
 * PutKeyPolicy through the KMS API: a policy that denies Kinesis and Firehose the key, or the
 * default-like policy that allows them again (drawn for instance while a delivery stream is
 * ENABLING). KMS accepts it in every key state, so the oracle expects success, and then treats
 * the key as it treats a key with the `access-denied` condition.
 *
 * @example
 * ```ts
 * new KeyPolicyStep('alias/k0', true).toString(); // 'PutKeyPolicy(alias/k0, deny)'
 * ```
 */
export class KeyPolicyStep implements SseStep {
  constructor(
    readonly key: string,
    readonly deny: boolean,
  ) {}
  check(m: Readonly<SseModel>): boolean {
    return m.keys[this.key] !== undefined;
  }
  async run(m: SseModel, r: SseReal): Promise<void> {
    const k = m.keys[this.key]!;
    const account = k.arn.split(':')[4]!;
    const command = new (kmsSdk('sseSteps').PutKeyPolicyCommand)({ KeyId: k.keyId, Policy: stepKeyPolicy(account, this.deny) });
    const o = await callAws(m, r, this.toString(), 'kms', 'PutKeyPolicy', () => r.kms.send(command as never));
    if (o === undefined) return;
    expectAnswer(m, this.toString(), answerName(o), ['ok']);
    if (!o.ok || !m.assert) return;
    k.policyDenied = this.deny;
  }
  toString(): string {
    return `PutKeyPolicy(${this.key}, ${this.deny ? 'deny' : 'allow'})`;
  }
}
