import { KinesisClient, KMSAccessDeniedException, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorld, mockKinesis, mockKms, virtualClock } from '../../../src/index';
import { BINDINGS, clientConfig, mockOptions } from '../../../fixtures/bindings';

describe.each(BINDINGS)('AWS managed keys of other services [%s]', (binding) => {
  const stubs: { restore(): void }[] = [];
  afterEach(() => stubs.splice(0).forEach((s) => s.restore()));

  function setup() {
    const world = createWorld({ clock: virtualClock(0) });
    stubs.push(mockKinesis(world, mockOptions(binding)), mockKms(world, mockOptions(binding)));
    world.kinesis.createStream('orders', { active: true });
    return { world, client: new KinesisClient(clientConfig(binding, 'us-east-1')) };
  }

  it('alias/aws/kinesis is usable; alias/aws/s3 (name or ARN) is refused with KMSAccessDeniedException and changes nothing [INF]', async () => {
    const { world, client } = setup();
    const before = world.kinesis.describe('orders');
    for (const KeyId of ['alias/aws/s3', 'arn:aws:kms:us-east-1:123456789012:alias/aws/s3']) {
      const err = await client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId })).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(KMSAccessDeniedException);
      expect((err as KMSAccessDeniedException).$metadata.httpStatusCode).toBe(400);
    }
    expect(world.kinesis.describe('orders')).toStrictEqual(before);
    const { $metadata, ...output } = await client.send(
      new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }),
    );
    expect(output).toStrictEqual({});
    expect($metadata.httpStatusCode).toBe(200);
    expect(world.kinesis.describe('orders')).toMatchObject({ StreamStatus: 'UPDATING', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' });
  });

  it('the key ARN of another service\'s managed key is refused too', async () => {
    const { client } = setup();
    const { KeyMetadata } = await new KMSClient(clientConfig(binding, 'us-east-1')).send(new DescribeKeyCommand({ KeyId: 'alias/aws/s3' }));
    const err = await client
      .send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: KeyMetadata!.Arn! }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KMSAccessDeniedException);
    expect((err as Error).message).toBe(
      `User: arn:aws:sts::123456789012:assumed-role/kinesis-sse-harness/session is not authorized to perform: kms:GenerateDataKey on resource: ${KeyMetadata!.Arn!}`,
    );
  });
});
