import { kinesisSdk } from '../load';
import { beginResharding, beginStreamUpdate, keyTrouble, possibleRecordEncryptions, usedInWindow, type SseModel } from './oracle';
import type { SseReal } from './real';
import { answerName, callAws, expectAnswer, type SseStep } from './step';

const KMS_ERRORS = { 'not-found': 'KMSNotFoundException', 'access-denied': 'KMSAccessDeniedException', disabled: 'KMSDisabledException', 'pending-deletion': 'KMSInvalidStateException' } as const;

/** A step on one Kinesis stream of the config. */
abstract class StreamStep implements SseStep {
  constructor(readonly stream: string) {}
  check(m: Readonly<SseModel>): boolean {
    return m.streams[this.stream] !== undefined;
  }
  abstract run(m: SseModel, r: SseReal): Promise<void>;
  abstract toString(): string;
}

/**
 * StartStreamEncryption with a key alias. The oracle expects ResourceInUseException while the
 * stream is UPDATING, the KMS exception of an unusable key, LimitExceededException past the
 * new-key applications of 24 hours, else `{}` and UPDATING.
 *
 * @example
 * ```ts
 * new StartStreamEncryptionStep('s0', 'alias/k1').toString(); // 'StartStreamEncryption(s0, alias/k1)'
 * ```
 */
export class StartStreamEncryptionStep extends StreamStep {
  constructor(
    stream: string,
    readonly key: string,
  ) {
    super(stream);
  }
  override check(m: Readonly<SseModel>): boolean {
    return super.check(m) && m.keys[this.key] !== undefined;
  }
  async run(m: SseModel, r: SseReal): Promise<void> {
    const s = m.streams[this.stream]!;
    const o = await callAws(m, r, this.toString(), 'kinesis', 'StartStreamEncryption', () =>
      r.kinesis.send(new (kinesisSdk('sseSteps').StartStreamEncryptionCommand)({ StreamName: this.stream, EncryptionType: 'KMS', KeyId: this.key })),
    );
    if (o === undefined) return;
    const same = s.setting.type === 'KMS' && s.setting.key === this.key;
    const trouble = keyTrouble(m, this.key);
    const expected =
      s.status !== 'ACTIVE'
        ? 'ResourceInUseException'
        : trouble !== undefined
          ? KMS_ERRORS[trouble]
          : !same && usedInWindow(s.applications, m.now) >= m.settings.keyApplicationsPer24h
            ? 'LimitExceededException'
            : 'ok';
    expectAnswer(m, this.toString(), answerName(o), [expected]);
    if (!o.ok || !m.assert) return;
    if (!same) s.applications.push(m.now);
    beginStreamUpdate(m, s, { type: 'KMS', key: this.key });
  }
  toString(): string {
    return `StartStreamEncryption(${this.stream}, ${this.key})`;
  }
}

/**
 * StopStreamEncryption (with the stream's key, or any key when it is not encrypted: the world
 * accepts that by default). The oracle expects ResourceInUseException while UPDATING,
 * LimitExceededException past the stops of 24 hours, else `{}` and UPDATING.
 *
 * @example
 * ```ts
 * new StopStreamEncryptionStep('s0').toString(); // 'StopStreamEncryption(s0)'
 * ```
 */
export class StopStreamEncryptionStep extends StreamStep {
  async run(m: SseModel, r: SseReal): Promise<void> {
    const s = m.streams[this.stream]!;
    const o = await callAws(m, r, this.toString(), 'kinesis', 'StopStreamEncryption', () => {
      const KeyId = s.setting.type === 'KMS' ? s.setting.key : (Object.keys(m.keys)[0] ?? 'alias/aws/kinesis');
      return r.kinesis.send(new (kinesisSdk('sseSteps').StopStreamEncryptionCommand)({ StreamName: this.stream, EncryptionType: 'KMS', KeyId }));
    });
    if (o === undefined) return;
    const expected = s.status !== 'ACTIVE' ? 'ResourceInUseException' : usedInWindow(s.stops, m.now) >= m.settings.stopsPer24h ? 'LimitExceededException' : 'ok';
    expectAnswer(m, this.toString(), answerName(o), [expected]);
    if (!o.ok || !m.assert) return;
    s.stops.push(m.now);
    beginStreamUpdate(m, s, { type: 'NONE' });
  }
  toString(): string {
    return `StopStreamEncryption(${this.stream})`;
  }
}

/**
 * PutRecord. The oracle knows what records are encrypted with (either of two inside the
 * "up to 5 seconds" window): unencrypted → an answer without EncryptionType; encrypted with a
 * usable key → `EncryptionType: 'KMS'`; with an unusable key → the KMS exception.
 *
 * @example
 * ```ts
 * new PutRecordStep('s0').toString(); // 'PutRecord(s0)'
 * ```
 */
export class PutRecordStep extends StreamStep {
  async run(m: SseModel, r: SseReal): Promise<void> {
    const s = m.streams[this.stream]!;
    const o = await callAws(m, r, this.toString(), 'kinesis', 'PutRecord', () =>
      r.kinesis.send(new (kinesisSdk('sseSteps').PutRecordCommand)({ StreamName: this.stream, PartitionKey: 'p', Data: new Uint8Array([1, 2, 3]) })),
    );
    if (o === undefined) return;
    const allowed = possibleRecordEncryptions(s, m.now).map((e) => {
      if (e.type === 'NONE') return 'ok (unencrypted)';
      const trouble = keyTrouble(m, e.key);
      return trouble === undefined ? 'ok (KMS)' : KMS_ERRORS[trouble];
    });
    const answered = o.ok
      ? (() => {
          const t = (o.value as { EncryptionType?: unknown }).EncryptionType;
          return t === 'KMS' ? 'ok (KMS)' : t === undefined ? 'ok (unencrypted)' : `ok (EncryptionType ${String(t)})`;
        })()
      : o.name;
    expectAnswer(m, this.toString(), answered, allowed);
  }
  toString(): string {
    return `PutRecord(${this.stream})`;
  }
}

/**
 * DescribeStreamSummary. The oracle expects the stream's status and its encryption setting
 * (shown at once while UPDATING, the world's default).
 *
 * @example
 * ```ts
 * new DescribeStreamStep('s0').toString(); // 'DescribeStreamSummary(s0)'
 * ```
 */
export class DescribeStreamStep extends StreamStep {
  async run(m: SseModel, r: SseReal): Promise<void> {
    const s = m.streams[this.stream]!;
    const o = await callAws(m, r, this.toString(), 'kinesis', 'DescribeStreamSummary', () => r.kinesis.send(new (kinesisSdk('sseSteps').DescribeStreamSummaryCommand)({ StreamName: this.stream })));
    if (o === undefined) return;
    const expected = `${s.status} ${s.setting.type}${s.setting.type === 'KMS' ? ` ${s.setting.key}` : ''}`;
    let answered = answerName(o);
    if (o.ok) {
      const d = (o.value as { StreamDescriptionSummary?: { StreamStatus?: string; EncryptionType?: string; KeyId?: string } }).StreamDescriptionSummary;
      answered = `${d?.StreamStatus} ${d?.EncryptionType}${d?.KeyId === undefined ? '' : ` ${d.KeyId}`}`;
    }
    expectAnswer(m, this.toString(), answered, [expected]);
  }
  toString(): string {
    return `DescribeStreamSummary(${this.stream})`;
  }
}

/**
 * UpdateShardCount to double (`'up'`) or half (`'down'`, at least 1) the open shards: resharding,
 * possibly during a rotation. The oracle expects ResourceInUseException while the stream is
 * UPDATING (after a Start, a Stop or another resharding), LimitExceededException past the
 * account's shard limit or the calls of 24 hours, else the counts and UPDATING; the stream's
 * encryption carries on to the new shards (PutRecord and Describe steps check it), and Start/Stop
 * meanwhile are ResourceInUseException.
 *
 * @example
 * ```ts
 * new UpdateShardCountStep('s0', 'up').toString(); // 'UpdateShardCount(s0, up)'
 * ```
 */
export class UpdateShardCountStep extends StreamStep {
  constructor(
    stream: string,
    readonly direction: 'up' | 'down',
  ) {
    super(stream);
  }
  override check(m: Readonly<SseModel>): boolean {
    return super.check(m) && m.settings.reshardingMs !== undefined && m.streams[this.stream]!.shards !== undefined;
  }
  async run(m: SseModel, r: SseReal): Promise<void> {
    const s = m.streams[this.stream]!;
    const open = s.shards!;
    const target = this.direction === 'up' ? open * 2 : Math.max(1, Math.ceil(open / 2));
    const o = await callAws(m, r, this.toString(), 'kinesis', 'UpdateShardCount', () =>
      r.kinesis.send(new (kinesisSdk('sseSteps').UpdateShardCountCommand)({ StreamName: this.stream, TargetShardCount: target, ScalingType: 'UNIFORM_SCALING' })),
    );
    if (o === undefined) return;
    const accountOpen = Object.values(m.streams).reduce((n, st) => n + (st.shards ?? 1), 0);
    const expected =
      s.status !== 'ACTIVE'
        ? 'ResourceInUseException'
        : accountOpen - open + target > (m.settings.shardLimit ?? Number.POSITIVE_INFINITY) || usedInWindow(s.reshards ?? [], m.now) >= (m.settings.reshardsPer24h ?? Number.POSITIVE_INFINITY)
          ? 'LimitExceededException'
          : 'ok';
    expectAnswer(m, this.toString(), answerName(o), [expected]);
    if (!o.ok || !m.assert) return;
    const out = o.value as { CurrentShardCount?: number; TargetShardCount?: number };
    expectAnswer(m, this.toString(), `${out.CurrentShardCount} -> ${out.TargetShardCount}`, [`${open} -> ${target}`]);
    beginResharding(m, s, target);
  }
  toString(): string {
    return `UpdateShardCount(${this.stream}, ${this.direction})`;
  }
}
