import { describe, expect, it } from 'vitest';
import '../../src/vitest';
import { putDeliveryRecord, setup, startDeliveryStreamEncryption, uncoloured } from './support';

describe('toHaveEncryptedDeliveryStreamRecords', () => {
  it('passes when every record since the given time was encrypted with the expected key', () => {
    const { world, clock } = setup();
    world.firehose.createDeliveryStream('logs');
    const key = world.kms.createKey({ alias: 'alias/logs' });
    putDeliveryRecord(world, 'logs');
    startDeliveryStreamEncryption(world, 'logs', { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn });
    clock.advance(5_000 + 2_000);
    const since = world.now();
    putDeliveryRecord(world, 'logs');
    putDeliveryRecord(world, 'logs');
    expect(world).toHaveEncryptedDeliveryStreamRecords('logs', { since });
    expect(world).toHaveEncryptedDeliveryStreamRecords('logs', { since, KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: 'alias/logs' });
    expect(world).not.toHaveEncryptedDeliveryStreamRecords('logs', { since, KeyType: 'AWS_OWNED_CMK' });
    expect(world).not.toHaveEncryptedDeliveryStreamRecords('logs');
  });

  it('fails listing the records that were not encrypted, with the trace', () => {
    const { world, clock } = setup();
    world.firehose.createDeliveryStream('logs');
    clock.advance(1_000);
    putDeliveryRecord(world, 'logs');
    startDeliveryStreamEncryption(world, 'logs', { KeyType: 'AWS_OWNED_CMK' });
    clock.advance(7_000);
    putDeliveryRecord(world, 'logs');
    expect(uncoloured(() => expect(world).toHaveEncryptedDeliveryStreamRecords('logs'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveEncryptedDeliveryStreamRecords(deliveryStream, options)

      Delivery stream: logs
      Expected: at least one record written, and every one encrypted
      Received: 2 records written, 1 not encrypted:
        +1.000s RecordId 7tO7WsO/Yfe/pU/OotV3…: not encrypted

      Trace of the delivery stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s firehose deliverystream/logs DeliveryStreamStatus none → CREATING
        +0.000s firehose deliverystream/logs EncryptionStatus none → DISABLED
        +0.000s firehose deliverystream/logs DeliveryStreamStatus CREATING → ACTIVE
        +1.000s firehose PutRecord {DeliveryStreamName: "logs", Record: {Data: <1 bytes>}} → {Encrypted: false, … 1 more member}
        +1.000s firehose StartDeliveryStreamEncryption {DeliveryStreamName: "logs", DeliveryStreamEncryptionConfigurationInput: {KeyType: "AWS_OWNED_CMK"}} → {}
        +1.000s firehose deliverystream/logs EncryptionStatus DISABLED → ENABLING
        +6.000s firehose deliverystream/logs EncryptionStatus ENABLING → ENABLED
        +6.000s firehose deliverystream/logs KeyInEffect none → AWS_OWNED_CMK
        +8.000s firehose deliverystream/logs RecordEncryption false → true  (AWS_OWNED_CMK)
        +8.000s firehose PutRecord {DeliveryStreamName: "logs", Record: {Data: <1 bytes>}} → {Encrypted: true, … 1 more member}]
    `);
    expect(uncoloured(() => expect(world).not.toHaveEncryptedDeliveryStreamRecords('logs', { since: world.now() }))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).not.toHaveEncryptedDeliveryStreamRecords(deliveryStream, options)

      Delivery stream: logs
      Expected: no record written since +8.000s, or one not encrypted
      Received: 1 record written since +8.000s, encrypted

      Trace of the delivery stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s firehose deliverystream/logs DeliveryStreamStatus none → CREATING
        +0.000s firehose deliverystream/logs EncryptionStatus none → DISABLED
        +0.000s firehose deliverystream/logs DeliveryStreamStatus CREATING → ACTIVE
        +1.000s firehose PutRecord {DeliveryStreamName: "logs", Record: {Data: <1 bytes>}} → {Encrypted: false, … 1 more member}
        +1.000s firehose StartDeliveryStreamEncryption {DeliveryStreamName: "logs", DeliveryStreamEncryptionConfigurationInput: {KeyType: "AWS_OWNED_CMK"}} → {}
        +1.000s firehose deliverystream/logs EncryptionStatus DISABLED → ENABLING
        +6.000s firehose deliverystream/logs EncryptionStatus ENABLING → ENABLED
        +6.000s firehose deliverystream/logs KeyInEffect none → AWS_OWNED_CMK
        +8.000s firehose deliverystream/logs RecordEncryption false → true  (AWS_OWNED_CMK)
        +8.000s firehose PutRecord {DeliveryStreamName: "logs", Record: {Data: <1 bytes>}} → {Encrypted: true, … 1 more member}]
    `);
    expect(uncoloured(() => expect(world).toHaveEncryptedDeliveryStreamRecords('logs', { since: world.now() + 1 }))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveEncryptedDeliveryStreamRecords(deliveryStream, options)

      Delivery stream: logs
      Expected: at least one record written since +8.001s, and every one encrypted
      Received: no record written since +8.001s

      Trace of the delivery stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s firehose deliverystream/logs DeliveryStreamStatus none → CREATING
        +0.000s firehose deliverystream/logs EncryptionStatus none → DISABLED
        +0.000s firehose deliverystream/logs DeliveryStreamStatus CREATING → ACTIVE
        +1.000s firehose PutRecord {DeliveryStreamName: "logs", Record: {Data: <1 bytes>}} → {Encrypted: false, … 1 more member}
        +1.000s firehose StartDeliveryStreamEncryption {DeliveryStreamName: "logs", DeliveryStreamEncryptionConfigurationInput: {KeyType: "AWS_OWNED_CMK"}} → {}
        +1.000s firehose deliverystream/logs EncryptionStatus DISABLED → ENABLING
        +6.000s firehose deliverystream/logs EncryptionStatus ENABLING → ENABLED
        +6.000s firehose deliverystream/logs KeyInEffect none → AWS_OWNED_CMK
        +8.000s firehose deliverystream/logs RecordEncryption false → true  (AWS_OWNED_CMK)
        +8.000s firehose PutRecord {DeliveryStreamName: "logs", Record: {Data: <1 bytes>}} → {Encrypted: true, … 1 more member}]
    `);
  });

  it('works as an asymmetric matcher, takes one for KeyARN, and throws a TypeError for a Kinesis option', () => {
    const { world, clock } = setup();
    world.firehose.createDeliveryStream('logs');
    startDeliveryStreamEncryption(world, 'logs', { KeyType: 'AWS_OWNED_CMK' });
    clock.advance(7_000);
    putDeliveryRecord(world, 'logs');
    expect({ world }).toEqual({ world: expect.toHaveEncryptedDeliveryStreamRecords('logs', { KeyType: expect.stringMatching(/^AWS_/) }) });
    expect({ world }).toEqual({ world: expect.not.toHaveEncryptedDeliveryStreamRecords('logs', { KeyARN: expect.any(String) }) });
    // @ts-expect-error: KeyId is toHaveEncryptedStreamRecords' option; a delivery stream's is KeyARN
    expect(() => expect(world).toHaveEncryptedDeliveryStreamRecords('logs', { KeyId: 'alias/logs' })).toThrowErrorMatchingInlineSnapshot(`[TypeError: [kinesis-sse-harness] toHaveEncryptedDeliveryStreamRecords: unknown options member 'KeyId'; known: since, KeyType, KeyARN]`);
  });
});
