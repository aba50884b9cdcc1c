// `$metadata` of outputs and SDK exceptions, the one part of an answer that is binding-specific by
// design: the send-level stub fakes it; through the transport the SDK builds it from the HTTP
// response (see expectMetadata in fixtures/bindings.ts for both expectations and their sources).
import { CreateDeliveryStreamCommand, DescribeDeliveryStreamCommand, ResourceNotFoundException as FirehoseNotFound } from '@aws-sdk/client-firehose';
import { CreateStreamCommand, DescribeStreamSummaryCommand, InternalFailureException, PutRecordCommand, ResourceNotFoundException } from '@aws-sdk/client-kinesis';
import { CreateKeyCommand, DescribeKeyCommand, NotFoundException } from '@aws-sdk/client-kms';
import { afterEach, describe, expect, it } from 'vitest';
import { installFaults } from '../../src/model/faults';
import { BINDINGS, expectMetadata } from '../../fixtures/bindings';
import { firehoseSetup, S3_DESTINATION, type FirehoseSetup } from '../../fixtures/firehose';
import { activeStream, data, kinesisHarness, rejectionOf, type KinesisHarness } from '../../fixtures/kinesis';
import { kmsSetup, UNKNOWN_KEY_ID, type KmsSetup } from '../../fixtures/kms';

describe.each(BINDINGS)('$metadata [%s]', (binding) => {
  const restores: (() => void)[] = [];
  afterEach(() => restores.splice(0).forEach((r) => r()));
  const kinesis = (): KinesisHarness => {
    const h = kinesisHarness({ binding });
    restores.push(() => h.restore());
    return h;
  };
  const firehose = (): FirehoseSetup => {
    const s = firehoseSetup({ binding });
    restores.push(() => s.restore());
    return s;
  };
  const kms = (): KmsSetup => {
    const s = kmsSetup({ binding });
    restores.push(() => s.stub.restore());
    return s;
  };

  it('Kinesis: an output, a client error (400) and a server error (500), each with its request id and x-amz-id-2', async () => {
    const h = kinesis();
    const out = await h.client.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 1 }));
    expectMetadata(binding, 'kinesis', out.$metadata, 200);
    const missing = await rejectionOf(h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'nope' })));
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
    expectMetadata(binding, 'kinesis', missing.$metadata, 400);
    h.clock.advance(10_000);
    installFaults(h.world.model, [{ kind: 'internal-failure', service: 'kinesis', operation: 'PutRecord' }], h.clock.now());
    const failed = await rejectionOf(h.client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'p', Data: data() })));
    expect(failed).toBeInstanceOf(InternalFailureException);
    expectMetadata(binding, 'kinesis', failed.$metadata, 500);
  });

  it('every answer has its own request id', async () => {
    const h = kinesis();
    await activeStream(h, 'orders');
    const ids = new Set<unknown>();
    for (let i = 0; i < 5; i++) ids.add((await h.client.send(new DescribeStreamSummaryCommand({ StreamName: 'orders' }))).$metadata.requestId);
    expect(ids.size).toBe(5);
  });

  it('Firehose: an output and a client error, without x-amz-id-2', async () => {
    const s = firehose();
    const out = await s.client.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'orders', ExtendedS3DestinationConfiguration: S3_DESTINATION }));
    expectMetadata(binding, 'firehose', out.$metadata, 200);
    const missing = await s.client.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'nope' })).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(FirehoseNotFound);
    expectMetadata(binding, 'firehose', (missing as FirehoseNotFound).$metadata, 400);
  });

  it('KMS: an output and a client error, without x-amz-id-2', async () => {
    const s = kms();
    const out = await s.client.send(new CreateKeyCommand({}));
    expectMetadata(binding, 'kms', out.$metadata, 200);
    const missing = await s.client.send(new DescribeKeyCommand({ KeyId: UNKNOWN_KEY_ID })).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundException);
    expectMetadata(binding, 'kms', (missing as NotFoundException).$metadata, 400);
  });
});
