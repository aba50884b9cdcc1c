// The trace of a delivery stream's whole life through the SDK: every call and every transition, in
// order, each at its own virtual time, with the details (fault labels, failures, grants) it carries.
import { CreateDeliveryStreamCommand, DeleteDeliveryStreamCommand, StopDeliveryStreamEncryptionCommand } from '@aws-sdk/client-firehose';
import type { TraceEntry } from '../../../src/index';
import { modelEntry } from '../../../fixtures/bindings';
import { afterEach, describe, expect, it } from 'vitest';
import { BINDINGS, ACCOUNT, DURATIONS, expectAwsError, firehoseSetup, REGION, S3_DESTINATION, start, T0, type FirehoseSetup } from '../../../fixtures/firehose';

const ARN = `arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/orders`;
/** The call entries of a Create and a refused Start, as the model writes them (the SDK form of input and output). */
const CALLS = [
  {
    seq: 0,
    time: T0,
    kind: 'call',
    service: 'firehose',
    operation: 'CreateDeliveryStream',
    region: REGION,
    input: { DeliveryStreamName: 'orders', ExtendedS3DestinationConfiguration: S3_DESTINATION },
    output: { DeliveryStreamARN: ARN },
  },
  {
    seq: 3,
    time: T0,
    kind: 'call',
    service: 'firehose',
    operation: 'StartDeliveryStreamEncryption',
    region: REGION,
    input: { DeliveryStreamName: 'orders', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } },
    error: {
      service: 'firehose',
      type: 'ResourceInUseException',
      message: `Firehose orders under account ${ACCOUNT} is in CREATING state and is not available for this operation.`,
      fault: 'client',
      httpStatus: 400,
    },
  },
];

function firehoseTrace(setup: FirehoseSetup, from = 0): string[] {
  return setup.world.trace
    .slice(from)
    .filter((e) => e.service === 'firehose')
    .map((e) => {
      if (e.kind === 'call') return `@${e.time - T0} call ${e.operation}${e.error === undefined ? '' : ` ${e.error.type}`}`;
      expect(e.resource).toBe(ARN);
      return `@${e.time - T0} ${e.property} ${e.from} -> ${e.to}${e.detail === undefined ? '' : ` (${e.detail})`}`;
    });
}

describe.each(BINDINGS)('the Firehose trace [%s]', (binding) => {
  let setup: FirehoseSetup;
  afterEach(() => setup.restore());

  it('create with a CMK, a slowed key change that fails, delete: every transition in order at its virtual time', async () => {
    setup = firehoseSetup({ binding });
    const one = setup.world.kms.createKey();
    const two = setup.world.kms.createKey();
    setup.world.kms.disable(two.KeyId);
    await setup.client.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'orders',
        ExtendedS3DestinationConfiguration: S3_DESTINATION,
        DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: one.Arn },
      }),
    );
    setup.clock.advance(DURATIONS.creating);
    const grant = setup.world.kms.grants(one.Arn)[0]!.GrantId;
    // A fault plan that only slows the next ENABLING names itself in the trace.
    setup.world.model.transitionHooks.push((_w, r) => (r.kind === 'encryption-enabling' ? { extraDelayMs: 1_000, label: 'slow KMS' } : undefined));
    await start(setup, 'orders', two.Arn);
    setup.clock.advance(DURATIONS.enabling + 1_000);
    const c = DURATIONS.creating;
    const failed = c + DURATIONS.enabling + 1_000;
    await setup.client.send(new DeleteDeliveryStreamCommand({ DeliveryStreamName: 'orders' }));
    await expectAwsError(start(setup, 'orders'), 'ResourceInUseException', /DELETING state/);
    setup.clock.advance(DURATIONS.deleting);
    expect(firehoseTrace(setup)).toStrictEqual([
      '@0 call CreateDeliveryStream',
      '@0 DeliveryStreamStatus none -> CREATING',
      '@0 EncryptionStatus none -> ENABLING',
      `@${c} DeliveryStreamStatus CREATING -> ACTIVE`,
      `@${c} EncryptionStatus ENABLING -> ENABLED`,
      `@${c} KeyInEffect none -> ${one.Arn} (grant ${grant} created)`,
      `@${c} RecordEncryption false -> true (${one.Arn})`,
      `@${c} call StartDeliveryStreamEncryption`,
      `@${c} EncryptionStatus ENABLED -> ENABLING`,
      `@${c} RecordEncryption true -> false (none)`,
      `@${failed} EncryptionStatus ENABLING -> ENABLING_FAILED (slow KMS; DISABLED_KMS_KEY: ${two.Arn} is disabled.)`,
      `@${failed} RecordEncryption false -> true (${one.Arn})`,
      `@${failed} call DeleteDeliveryStream`,
      `@${failed} DeliveryStreamStatus ACTIVE -> DELETING`,
      `@${failed} call StartDeliveryStreamEncryption ResourceInUseException`,
      `@${failed + DURATIONS.deleting} KeyInEffect ${one.Arn} -> none (grant ${grant} retired)`,
      `@${failed + DURATIONS.deleting} DeliveryStreamStatus DELETING -> none`,
    ]);
  });

  it('a fault that fails DISABLING or DELETING is named with its FailureDescription', async () => {
    setup = firehoseSetup({ binding });
    setup.world.firehose.createDeliveryStream('orders');
    await start(setup, 'orders');
    setup.clock.advance(DURATIONS.enabling + DURATIONS.encryptionLag);
    setup.world.model.transitionHooks.push((_w, r) =>
      r.kind === 'encryption-disabling' || r.kind === 'delivery-stream-deleting' ? { failure: { type: 'UNKNOWN_ERROR', details: r.kind }, label: `fail ${r.kind}` } : undefined,
    );
    const from = setup.world.trace.length;
    const t = setup.clock.now() - T0;
    await setup.client.send(new StopDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'orders' }));
    setup.clock.advance(DURATIONS.disabling);
    await setup.client.send(new DeleteDeliveryStreamCommand({ DeliveryStreamName: 'orders' }));
    setup.clock.advance(DURATIONS.deleting);
    const d = t + DURATIONS.disabling;
    expect(firehoseTrace(setup, from)).toStrictEqual([
      `@${t} call StopDeliveryStreamEncryption`,
      `@${t} EncryptionStatus ENABLED -> DISABLING`,
      `@${d} EncryptionStatus DISABLING -> DISABLING_FAILED (fail encryption-disabling; UNKNOWN_ERROR: encryption-disabling)`,
      `@${d} call DeleteDeliveryStream`,
      `@${d} DeliveryStreamStatus ACTIVE -> DELETING`,
      `@${d + DURATIONS.deleting} DeliveryStreamStatus DELETING -> DELETING_FAILED (fail delivery-stream-deleting; UNKNOWN_ERROR: delivery-stream-deleting)`,
    ]);
  });

  it('call entries are the model\'s on every binding: compared whole, ignoring only the members the transport adds', async () => {
    setup = firehoseSetup({ binding });
    await setup.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders', ExtendedS3DestinationConfiguration: S3_DESTINATION }));
    await expectAwsError(start(setup, 'orders'), 'ResourceInUseException', /CREATING state/);
    const calls = setup.world.trace.filter((e) => e.kind === 'call').map(modelEntry);
    expect(calls).toStrictEqual(CALLS);
    // modelEntry drops attempt and invocation from call entries, and nothing else.
    const attempt = { ...calls[0], attempt: 2, invocation: 'c0ffee00-0000-4000-8000-000000000000' } as unknown as TraceEntry;
    expect(modelEntry(attempt)).toStrictEqual(calls[0]);
    const transition = setup.world.trace.find((e) => e.kind === 'transition')!;
    expect(modelEntry(transition)).toBe(transition);
  });
});
