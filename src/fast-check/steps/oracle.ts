/**
 * The model-based steps' oracle: a deliberately simple account of what AWS should answer, written
 * from the reference (status rules, 24-hour limits, key states, the record-encryption lag), NOT a
 * copy of src/model. Where AWS allows more than one answer (a record written inside the
 * "up to 5 seconds" window), the oracle accepts each of them.
 */

/**
 * What records written now are encrypted with: nothing, or a key (an alias, or `AWS_OWNED_CMK`).
 *
 * @example
 * ```ts
 * const e: OracleEncryption = { type: 'KMS', key: 'alias/k0' };
 * ```
 */
export type OracleEncryption = { readonly type: 'NONE' } | { readonly type: 'KMS'; readonly key: string };

/**
 * A pending change of record encryption: during `[from, until)` either the old or the new holds.
 *
 * @example
 * ```ts
 * model.streams['s0']?.recordChange; // e.g. { to: { type: 'KMS', key: 'alias/k0' }, from: t, until: t + 5000 }
 * ```
 */
export interface OracleRecordChange {
  readonly to: OracleEncryption;
  readonly from: number;
  readonly until: number;
}

/**
 * A Kinesis stream as the oracle sees it.
 *
 * @example
 * ```ts
 * model.streams['s0']?.status; // 'ACTIVE' | 'UPDATING'
 * ```
 */
export interface OracleStream {
  status: 'ACTIVE' | 'UPDATING';
  /** The setting (what Describe shows, with the default `describeWhileUpdating: 'new'`). */
  setting: OracleEncryption;
  /** The setting before the update in progress (it comes back if the update fails). */
  previous: OracleEncryption;
  updateEndsAt: number;
  updateFails: boolean;
  records: OracleEncryption;
  recordChange?: OracleRecordChange;
  /** Times of successful new-key applications and stops (for the 24-hour limits). */
  readonly applications: number[];
  readonly stops: number[];
  /** Open shards (known when the setup noted them, see {@link noteShardCounts}). */
  shards?: number;
  /** Times of successful UpdateShardCount calls (for the 24-hour limit). */
  reshards?: number[];
  /** The open shards a resharding in progress leads to (while UPDATING after UpdateShardCount). */
  pendingShards?: number;
}

/**
 * A KMS key as the oracle sees it.
 *
 * @example
 * ```ts
 * model.keys['alias/k0']?.state; // 'Enabled'
 * ```
 */
export interface OracleKey {
  readonly alias: string;
  readonly keyId: string;
  readonly arn: string;
  /** `Deleted` once its waiting period ended: KMS then answers NotFound for it (its alias is gone too). */
  state: 'Enabled' | 'Disabled' | 'PendingDeletion' | 'Deleted';
  /** When a key pending deletion is deleted. */
  deletesAt?: number;
  accessDenied: boolean;
  /** Whether the key policy (PutKeyPolicy) denies the services the key; as `accessDenied` for them. */
  policyDenied?: boolean;
}

/**
 * Firehose encryption statuses.
 *
 * @example
 * ```ts
 * const s: OracleFirehoseStatus = 'ENABLING_FAILED';
 * ```
 */
export type OracleFirehoseStatus = 'DISABLED' | 'ENABLING' | 'ENABLED' | 'ENABLING_FAILED' | 'DISABLING' | 'DISABLING_FAILED';

/**
 * A Firehose delivery stream (DirectPut, ACTIVE) as the oracle sees it.
 *
 * @example
 * ```ts
 * model.deliveryStreams['d0']?.status; // 'DISABLED'
 * ```
 */
export interface OracleDeliveryStream {
  status: OracleFirehoseStatus;
  /** The key actually encrypting (after ENABLED): `AWS_OWNED_CMK` or a key alias. */
  inEffect?: string;
  /** The key being enabled (while ENABLING). */
  target?: string;
  transitionEndsAt: number;
  transitionFails: boolean;
  records: OracleEncryption;
  recordChange?: OracleRecordChange;
  readonly startStops: number[];
  /** Describe's `VersionId`: 1 at the start, one more per accepted UpdateDestination (and Start/Stop with `encryptionChangeMovesVersion`). */
  versionId: number;
}

/**
 * A call fault the oracle knows is pending (installed by a fault step).
 *
 * @example
 * ```ts
 * model.callFaults; // [{ service: 'kinesis', operation: 'PutRecord', error: 'LimitExceededException', remaining: 1 }]
 * ```
 */
export interface OracleCallFault {
  readonly service: 'kinesis' | 'firehose' | 'kms';
  readonly operation: string;
  readonly error: string;
  remaining: number;
}

/**
 * A transition fault the oracle knows is pending.
 *
 * @example
 * ```ts
 * model.transitionFaults; // [{ transition: 'stream-updating', extraDelayMs: 9000, fails: false, remaining: 1 }]
 * ```
 */
export interface OracleTransitionFault {
  readonly transition: string;
  readonly extraDelayMs: number;
  readonly fails: boolean;
  remaining: number;
}

/**
 * Durations and limits the oracle needs (the world is built with exactly these).
 *
 * @example
 * ```ts
 * model.settings.updatingMs; // 5000
 * ```
 */
export interface OracleSettings {
  readonly updatingMs: number;
  readonly enablingMs: number;
  readonly disablingMs: number;
  /** Records start (or stop) being encrypted at most this long after ACTIVE / ENABLED / DISABLED. */
  readonly lagMs: number;
  readonly keyApplicationsPer24h: number;
  readonly stopsPer24h: number;
  readonly startStopPer24h: number;
  /** Firehose `behaviour.updateDestinationWhileEncryptionChanging`. */
  readonly updateDestinationWhileEncryptionChanging: 'reject' | 'accept';
  /** Firehose `behaviour.encryptionChangeMovesVersion`. */
  readonly encryptionChangeMovesVersion: boolean;
  /** UPDATING after UpdateShardCount (absent: the resharding step is not drawn). */
  readonly reshardingMs?: number;
  readonly reshardsPer24h?: number;
  /** Open shards per account and region. */
  readonly shardLimit?: number;
}

/**
 * The oracle's state: virtual time, streams, keys, delivery streams, and the faults it knows
 * about. Steps read it in `check` and update it in `run`.
 *
 * @example
 * ```ts
 * const stream = model.streams['s0']; // { status: 'ACTIVE', setting: { type: 'NONE' }, ... }
 * ```
 */
export interface SseModel {
  readonly settings: OracleSettings;
  /** The virtual time (epoch ms) the oracle has reached. */
  now: number;
  readonly start: number;
  /** When false, steps act without asserting (for testing your own class alongside them). */
  readonly assert: boolean;
  readonly streams: Record<string, OracleStream>;
  readonly keys: Record<string, OracleKey>;
  readonly deliveryStreams: Record<string, OracleDeliveryStream>;
  readonly callFaults: OracleCallFault[];
  readonly transitionFaults: OracleTransitionFault[];
}

const DAY = 24 * 60 * 60 * 1000;

function within24h(times: readonly number[], now: number): number {
  return times.filter((t) => t > now - DAY).length;
}

/**
 * How many new-key applications (or stops, or Firehose start/stops) are in the rolling 24 hours. @internal
 *
 * @example
 * ```ts
 * usedInWindow([0, 1_000], 24 * 3600_000); // 1: the call at 0 has left the window
 * ```
 */
export function usedInWindow(times: readonly number[], now: number): number {
  return within24h(times, now);
}

function settleRecords(holder: { records: OracleEncryption; recordChange?: OracleRecordChange }, now: number): void {
  const change = holder.recordChange;
  if (change !== undefined && now >= change.until) {
    holder.records = change.to;
    delete holder.recordChange;
  }
}

function sameEncryption(a: OracleEncryption, b: OracleEncryption): boolean {
  return a.type === b.type && (a.type === 'NONE' || a.key === (b as { key: string }).key);
}

/**
 * Whether Kinesis or Firehose can use `alias` now (the problem, else undefined). @internal
 *
 * @example
 * ```ts
 * keyTrouble(model, 'alias/k1'); // 'disabled' after a DisableKey step
 * ```
 */
export function keyTrouble(model: SseModel, alias: string): 'not-found' | 'access-denied' | 'disabled' | 'pending-deletion' | undefined {
  const key = model.keys[alias];
  if (key === undefined) return undefined;
  if (key.state === 'Deleted') return 'not-found';
  if (key.accessDenied || key.policyDenied === true) return 'access-denied';
  if (key.state === 'Disabled') return 'disabled';
  if (key.state === 'PendingDeletion') return 'pending-deletion';
  return undefined;
}

/**
 * Brings the oracle to virtual time `now`: updates and encryption changes due by then complete, in
 * the order AWS would complete them. Idempotent.
 *
 * @example
 * ```ts
 * settleModel(model, model.now + 5_000);
 * ```
 */
export function settleModel(model: SseModel, now: number): void {
  if (now < model.now) return;
  // A key pending deletion is deleted at the end of its waiting period (with its alias). Whatever
  // settles below sees it unusable either way (pending deletion, then gone).
  for (const key of Object.values(model.keys)) {
    if (key.state === 'PendingDeletion' && key.deletesAt !== undefined && now >= key.deletesAt) {
      key.state = 'Deleted';
      delete key.deletesAt;
    }
  }
  for (const stream of Object.values(model.streams)) {
    if (stream.status === 'UPDATING' && now >= stream.updateEndsAt) {
      stream.status = 'ACTIVE';
      if (stream.pendingShards !== undefined) {
        if (!stream.updateFails) stream.shards = stream.pendingShards;
        delete stream.pendingShards;
      }
      if (stream.updateFails) {
        stream.setting = stream.previous;
      } else {
        const target = stream.recordChange?.to ?? stream.records;
        if (!sameEncryption(target, stream.setting)) {
          settleRecords(stream, stream.updateEndsAt);
          stream.recordChange = { to: stream.setting, from: stream.updateEndsAt, until: stream.updateEndsAt + model.settings.lagMs };
        }
      }
    }
    settleRecords(stream, now);
  }
  for (const d of Object.values(model.deliveryStreams)) {
    if ((d.status === 'ENABLING' || d.status === 'DISABLING') && now >= d.transitionEndsAt) {
      const at = d.transitionEndsAt;
      settleRecords(d, at);
      if (d.status === 'ENABLING') {
        const target = d.target!;
        delete d.target;
        const fails = d.transitionFails || (target !== 'AWS_OWNED_CMK' && keyTrouble(model, target) !== undefined);
        if (fails) {
          d.status = 'ENABLING_FAILED';
          if (d.inEffect !== undefined) {
            d.records = { type: 'KMS', key: d.inEffect };
            delete d.recordChange;
          }
        } else {
          d.status = 'ENABLED';
          d.inEffect = target;
          d.recordChange = { to: { type: 'KMS', key: target }, from: at, until: at + model.settings.lagMs };
        }
      } else {
        const grantStuck = d.inEffect !== undefined && d.inEffect !== 'AWS_OWNED_CMK' && (model.keys[d.inEffect]?.accessDenied === true || model.keys[d.inEffect]?.policyDenied === true);
        if (d.transitionFails || grantStuck) d.status = 'DISABLING_FAILED';
        else {
          d.status = 'DISABLED';
          delete d.inEffect;
          d.recordChange = { to: { type: 'NONE' }, from: at, until: at + model.settings.lagMs };
        }
      }
    }
    settleRecords(d, now);
  }
  model.now = now;
}

/**
 * The error name a pending call fault answers this call with, consuming it (faults are consulted in
 * the order they were installed, the first match answers), or undefined.
 *
 * @internal
 *
 * @example
 * ```ts
 * takeCallFault(model, 'kinesis', 'StartStreamEncryption'); // 'LimitExceededException' while a burst lasts
 * ```
 */
export function takeCallFault(model: SseModel, service: OracleCallFault['service'], operation: string): string | undefined {
  const fault = model.callFaults.find((f) => f.remaining > 0 && f.service === service && f.operation === operation);
  if (fault === undefined) return undefined;
  fault.remaining--;
  return fault.error;
}

/**
 * How a transition of `kind` starting now is changed by the pending transition faults (every
 * matching fault applies and is consumed).
 *
 * @internal
 *
 * @example
 * ```ts
 * takeTransitionFaults(model, 'encryption-enabling'); // { extraDelayMs: 0, fails: true }
 * ```
 */
export function takeTransitionFaults(model: SseModel, kind: string): { readonly extraDelayMs: number; readonly fails: boolean } {
  let extraDelayMs = 0;
  let fails = false;
  for (const f of model.transitionFaults) {
    if (f.remaining <= 0 || f.transition !== kind) continue;
    f.remaining--;
    extraDelayMs += f.extraDelayMs;
    fails ||= f.fails;
  }
  return { extraDelayMs, fails };
}

/**
 * The answers AWS may give to a record written now: what it is encrypted with, one or two
 * possibilities (two inside the lag window).
 *
 * @internal
 *
 * @example
 * ```ts
 * possibleRecordEncryptions(stream, now); // both encryptions while the ≤5 s lag runs
 * ```
 */
export function possibleRecordEncryptions(holder: { records: OracleEncryption; recordChange?: OracleRecordChange }, now: number): OracleEncryption[] {
  const change = holder.recordChange;
  if (change === undefined || now >= change.until) return [change?.to ?? holder.records];
  if (now < change.from) return [holder.records];
  return [holder.records, change.to];
}

/**
 * Starts a Kinesis encryption change in the oracle (after AWS accepted Start or Stop).
 *
 * @internal
 *
 * @example
 * ```ts
 * beginStreamUpdate(model, model.streams['s']!, { type: 'KMS', key: 'alias/k0' });
 * ```
 */
export function beginStreamUpdate(model: SseModel, stream: OracleStream, to: OracleEncryption): void {
  // A change still inside its lag window takes effect at once when a new update starts.
  if (stream.recordChange !== undefined) {
    stream.records = stream.recordChange.to;
    delete stream.recordChange;
  }
  const fault = takeTransitionFaults(model, 'stream-updating');
  stream.previous = stream.setting;
  stream.setting = to;
  stream.status = 'UPDATING';
  stream.updateEndsAt = model.now + model.settings.updatingMs + fault.extraDelayMs;
  stream.updateFails = fault.fails;
}

/**
 * Starts a resharding in the oracle (after AWS accepted UpdateShardCount): UPDATING for
 * `reshardingMs` (plus a pending `stream-resharding` fault's delay), the encryption unchanged, and
 * `target` open shards at the end unless the transition fails.
 *
 * @internal
 *
 * @example
 * ```ts
 * beginResharding(model, model.streams['s']!, 2);
 * ```
 */
export function beginResharding(model: SseModel, stream: OracleStream, target: number): void {
  const fault = takeTransitionFaults(model, 'stream-resharding');
  (stream.reshards ??= []).push(model.now);
  stream.previous = stream.setting;
  stream.status = 'UPDATING';
  stream.updateEndsAt = model.now + (model.settings.reshardingMs ?? 0) + fault.extraDelayMs;
  stream.updateFails = fault.fails;
  stream.pendingShards = target;
}

/**
 * Tells the oracle how many shards each stream starts with (the resharding step needs it).
 *
 * @internal
 *
 * @example
 * ```ts
 * noteShardCounts(model, { s0: 2 });
 * ```
 */
export function noteShardCounts(model: SseModel, counts: Readonly<Record<string, number | undefined>>): void {
  for (const [name, stream] of Object.entries(model.streams)) stream.shards = counts[name] ?? 1;
}

/**
 * Starts a Firehose encryption change in the oracle (after AWS accepted Start or Stop).
 *
 * @internal
 *
 * @example
 * ```ts
 * beginDeliveryStreamChange(model, model.deliveryStreams['d']!, 'alias/k1');
 * ```
 */
export function beginDeliveryStreamChange(model: SseModel, d: OracleDeliveryStream, enable: string | undefined): void {
  const kind = enable === undefined ? 'encryption-disabling' : 'encryption-enabling';
  const fault = takeTransitionFaults(model, kind);
  d.startStops.push(model.now);
  if (model.settings.encryptionChangeMovesVersion) d.versionId++;
  d.transitionFails = fault.fails;
  if (enable !== undefined) {
    d.status = 'ENABLING';
    d.target = enable;
    d.transitionEndsAt = model.now + model.settings.enablingMs + fault.extraDelayMs;
    // "You can continue to read and write data ... while ENABLING, but the data is not encrypted."
    d.records = { type: 'NONE' };
    delete d.recordChange;
  } else {
    d.status = 'DISABLING';
    d.transitionEndsAt = model.now + model.settings.disablingMs + fault.extraDelayMs;
  }
}

/**
 * A fresh oracle: every stream ACTIVE and unencrypted, every key Enabled, every delivery stream
 * ACTIVE with encryption DISABLED.
 *
 * @internal
 *
 * @example
 * ```ts
 * const keys = [{ alias: 'alias/k0', keyId: '1234abcd-12ab-34cd-56ef-1234567890ab', arn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' }];
 * const model = createOracle(settings, Date.UTC(2026, 0, 1), true, ['s0'], keys, []);
 * ```
 */
export function createOracle(
  settings: OracleSettings,
  start: number,
  assert: boolean,
  streams: readonly string[],
  keys: readonly { readonly alias: string; readonly keyId: string; readonly arn: string }[],
  deliveryStreams: readonly string[],
): SseModel {
  const model: SseModel = {
    settings,
    now: start,
    start,
    assert,
    streams: {},
    keys: {},
    deliveryStreams: {},
    callFaults: [],
    transitionFaults: [],
  };
  for (const name of streams) {
    model.streams[name] = {
      status: 'ACTIVE',
      setting: { type: 'NONE' },
      previous: { type: 'NONE' },
      updateEndsAt: start,
      updateFails: false,
      records: { type: 'NONE' },
      applications: [],
      stops: [],
    };
  }
  for (const k of keys) model.keys[k.alias] = { ...k, state: 'Enabled', accessDenied: false };
  for (const name of deliveryStreams) {
    model.deliveryStreams[name] = { status: 'DISABLED', transitionEndsAt: start, transitionFails: false, records: { type: 'NONE' }, startStops: [], versionId: 1 };
  }
  return model;
}
