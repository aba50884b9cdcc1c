import { firehoseSdk } from '../load';
import { beginDeliveryStreamChange, keyTrouble, possibleRecordEncryptions, usedInWindow, type SseModel } from './oracle';
import type { SseReal } from './real';
import { answerName, callAws, expectAnswer, type SseStep } from './step';

/** A step on one Firehose delivery stream of the config. */
abstract class DeliveryStreamStep implements SseStep {
  constructor(readonly deliveryStream: string) {}
  check(m: Readonly<SseModel>): boolean {
    return m.deliveryStreams[this.deliveryStream] !== undefined;
  }
  abstract run(m: SseModel, r: SseReal): Promise<void>;
  abstract toString(): string;
}

/**
 * StartDeliveryStreamEncryption with the AWS-owned key or a customer managed key (by alias; the
 * step passes its key ARN). The oracle expects LimitExceededException past the 25 Start/Stop calls
 * of 24 hours, ResourceInUseException while ENABLING or DISABLING, InvalidArgumentException for
 * the key already enabled, else `{}` and ENABLING, which ends ENABLED, or ENABLING_FAILED when
 * the key cannot be used by then.
 *
 * @example
 * ```ts
 * new StartDeliveryStreamEncryptionStep('d0', 'AWS_OWNED_CMK').toString(); // 'StartDeliveryStreamEncryption(d0, AWS_OWNED_CMK)'
 * ```
 */
export class StartDeliveryStreamEncryptionStep extends DeliveryStreamStep {
  constructor(
    deliveryStream: string,
    /** `AWS_OWNED_CMK`, or a key alias. */
    readonly key: string,
  ) {
    super(deliveryStream);
  }
  override check(m: Readonly<SseModel>): boolean {
    return super.check(m) && (this.key === 'AWS_OWNED_CMK' || m.keys[this.key] !== undefined);
  }
  async run(m: SseModel, r: SseReal): Promise<void> {
    const d = m.deliveryStreams[this.deliveryStream]!;
    const config =
      this.key === 'AWS_OWNED_CMK' ? { KeyType: 'AWS_OWNED_CMK' as const } : { KeyType: 'CUSTOMER_MANAGED_CMK' as const, KeyARN: m.keys[this.key]!.arn };
    const o = await callAws(m, r, this.toString(), 'firehose', 'StartDeliveryStreamEncryption', () =>
      r.firehose.send(new (firehoseSdk('sseSteps').StartDeliveryStreamEncryptionCommand)({ DeliveryStreamName: this.deliveryStream, DeliveryStreamEncryptionConfigurationInput: config })),
    );
    if (o === undefined) return;
    const expected =
      usedInWindow(d.startStops, m.now) >= m.settings.startStopPer24h
        ? 'LimitExceededException'
        : d.status === 'ENABLING' || d.status === 'DISABLING'
          ? 'ResourceInUseException'
          : d.status === 'ENABLED' && d.inEffect === this.key
            ? 'InvalidArgumentException'
            : 'ok';
    expectAnswer(m, this.toString(), answerName(o), [expected]);
    if (!o.ok || !m.assert) return;
    beginDeliveryStreamChange(m, d, this.key);
  }
  toString(): string {
    return `StartDeliveryStreamEncryption(${this.deliveryStream}, ${this.key})`;
  }
}

/**
 * StopDeliveryStreamEncryption. The oracle expects LimitExceededException past the 25 Start/Stop
 * calls of 24 hours, ResourceInUseException while ENABLING or DISABLING, InvalidArgumentException
 * when nothing is encrypting, else `{}` and DISABLING, which ends DISABLED (DISABLING_FAILED when
 * Firehose cannot retire its grant on the key).
 *
 * @example
 * ```ts
 * new StopDeliveryStreamEncryptionStep('d0').toString(); // 'StopDeliveryStreamEncryption(d0)'
 * ```
 */
export class StopDeliveryStreamEncryptionStep extends DeliveryStreamStep {
  async run(m: SseModel, r: SseReal): Promise<void> {
    const d = m.deliveryStreams[this.deliveryStream]!;
    const o = await callAws(m, r, this.toString(), 'firehose', 'StopDeliveryStreamEncryption', () =>
      r.firehose.send(new (firehoseSdk('sseSteps').StopDeliveryStreamEncryptionCommand)({ DeliveryStreamName: this.deliveryStream })),
    );
    if (o === undefined) return;
    const expected =
      usedInWindow(d.startStops, m.now) >= m.settings.startStopPer24h
        ? 'LimitExceededException'
        : d.status === 'ENABLING' || d.status === 'DISABLING'
          ? 'ResourceInUseException'
          : d.inEffect === undefined
            ? 'InvalidArgumentException'
            : 'ok';
    expectAnswer(m, this.toString(), answerName(o), [expected]);
    if (!o.ok || !m.assert) return;
    beginDeliveryStreamChange(m, d, undefined);
  }
  toString(): string {
    return `StopDeliveryStreamEncryption(${this.deliveryStream})`;
  }
}

/**
 * Firehose PutRecord. The oracle expects `Encrypted: false` for records not encrypted, `true` for
 * records encrypted with a usable key, InvalidKMSResourceException for a customer managed key that
 * cannot be used (either of two answers inside the "up to 5 seconds" window).
 *
 * @example
 * ```ts
 * new PutFirehoseRecordStep('d0').toString(); // 'PutRecord(d0)'
 * ```
 */
export class PutFirehoseRecordStep extends DeliveryStreamStep {
  async run(m: SseModel, r: SseReal): Promise<void> {
    const d = m.deliveryStreams[this.deliveryStream]!;
    const o = await callAws(m, r, this.toString(), 'firehose', 'PutRecord', () =>
      r.firehose.send(new (firehoseSdk('sseSteps').PutRecordCommand)({ DeliveryStreamName: this.deliveryStream, Record: { Data: new Uint8Array([1, 2, 3]) } })),
    );
    if (o === undefined) return;
    const allowed = possibleRecordEncryptions(d, m.now).map((e) => {
      if (e.type === 'NONE') return 'ok (Encrypted: false)';
      if (e.key === 'AWS_OWNED_CMK') return 'ok (Encrypted: true)';
      return keyTrouble(m, e.key) === undefined ? 'ok (Encrypted: true)' : 'InvalidKMSResourceException';
    });
    const answered = o.ok ? `ok (Encrypted: ${String((o.value as { Encrypted?: unknown }).Encrypted)})` : o.name;
    expectAnswer(m, this.toString(), answered, allowed);
  }
  toString(): string {
    return `PutRecord(${this.deliveryStream})`;
  }
}

/**
 * UpdateDestination with the VersionId the oracle holds (a new S3 prefix each time). The oracle
 * expects ResourceInUseException while ENABLING or DISABLING (unless the world's
 * `updateDestinationWhileEncryptionChanging` is `'accept'`), else `{}` and VersionId one more;
 * the encryption change in progress goes on untouched.
 *
 * @example
 * ```ts
 * new UpdateDestinationStep('d0').toString(); // 'UpdateDestination(d0)'
 * ```
 */
export class UpdateDestinationStep extends DeliveryStreamStep {
  async run(m: SseModel, r: SseReal): Promise<void> {
    const d = m.deliveryStreams[this.deliveryStream]!;
    const o = await callAws(m, r, this.toString(), 'firehose', 'UpdateDestination', () =>
      r.firehose.send(
        new (firehoseSdk('sseSteps').UpdateDestinationCommand)({
          DeliveryStreamName: this.deliveryStream,
          CurrentDeliveryStreamVersionId: String(d.versionId),
          DestinationId: 'destinationId-000000000001',
          ExtendedS3DestinationUpdate: { Prefix: `v${d.versionId + 1}/` },
        }),
      ),
    );
    if (o === undefined) return;
    const changing = d.status === 'ENABLING' || d.status === 'DISABLING';
    const expected = changing && m.settings.updateDestinationWhileEncryptionChanging === 'reject' ? 'ResourceInUseException' : 'ok';
    expectAnswer(m, this.toString(), answerName(o), [expected]);
    if (!o.ok || !m.assert) return;
    d.versionId++;
  }
  toString(): string {
    return `UpdateDestination(${this.deliveryStream})`;
  }
}

/**
 * DescribeDeliveryStream. The oracle expects the encryption Status, a FailureDescription
 * exactly when it is ENABLING_FAILED or DISABLING_FAILED, and its VersionId.
 *
 * @example
 * ```ts
 * new DescribeDeliveryStreamStep('d0').toString(); // 'DescribeDeliveryStream(d0)'
 * ```
 */
export class DescribeDeliveryStreamStep extends DeliveryStreamStep {
  async run(m: SseModel, r: SseReal): Promise<void> {
    const d = m.deliveryStreams[this.deliveryStream]!;
    const o = await callAws(m, r, this.toString(), 'firehose', 'DescribeDeliveryStream', () =>
      r.firehose.send(new (firehoseSdk('sseSteps').DescribeDeliveryStreamCommand)({ DeliveryStreamName: this.deliveryStream })),
    );
    if (o === undefined) return;
    const failed = d.status.endsWith('_FAILED');
    let answered = answerName(o);
    if (o.ok) {
      const description = (o.value as { DeliveryStreamDescription?: { VersionId?: string; DeliveryStreamEncryptionConfiguration?: { Status?: string; FailureDescription?: unknown } } })
        .DeliveryStreamDescription;
      const c = description?.DeliveryStreamEncryptionConfiguration;
      answered = `${c?.Status}${c?.FailureDescription === undefined ? '' : ' with FailureDescription'}, VersionId ${description?.VersionId}`;
    }
    expectAnswer(m, this.toString(), answered, [`${d.status}${failed ? ' with FailureDescription' : ''}, VersionId ${d.versionId}`]);
  }
  toString(): string {
    return `DescribeDeliveryStream(${this.deliveryStream})`;
  }
}
