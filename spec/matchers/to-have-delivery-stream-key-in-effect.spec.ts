import { describe, expect, it } from 'vitest';
import '../../src/vitest';
import { setup, startDeliveryStreamEncryption, uncoloured } from './support';

describe('toHaveDeliveryStreamKeyInEffect', () => {
  it('follows the key actually in use, not the one reported', () => {
    const { world, clock } = setup();
    world.firehose.createDeliveryStream('logs');
    const key = world.kms.createKey({ alias: 'alias/logs' });
    expect(world).not.toHaveDeliveryStreamKeyInEffect('logs');
    startDeliveryStreamEncryption(world, 'logs', { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn });
    // ENABLING: Describe already reports the CMK; records are not encrypted with it yet.
    expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'ENABLING', KeyARN: key.Arn });
    expect(world).not.toHaveDeliveryStreamKeyInEffect('logs');
    clock.advance(5_000 + 2_000);
    expect(world).toHaveDeliveryStreamKeyInEffect('logs');
    expect(world).toHaveDeliveryStreamKeyInEffect('logs', { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: 'alias/logs' });
    expect(world).not.toHaveDeliveryStreamKeyInEffect('logs', { KeyType: 'AWS_OWNED_CMK' });
  });

  it('fails with expected, received, what Describe reports and the trace', () => {
    const { world, clock } = setup();
    world.firehose.createDeliveryStream('logs');
    const key = world.kms.createKey({ alias: 'alias/logs' });
    clock.advance(1_000);
    startDeliveryStreamEncryption(world, 'logs', { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn });
    expect(uncoloured(() => expect(world).toHaveDeliveryStreamKeyInEffect('logs', { KeyARN: key.Arn }))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveDeliveryStreamKeyInEffect(deliveryStream, expected)

      Delivery stream: logs (ACTIVE)
      Expected: Object {
        "KeyARN": "arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb",
      }
      Received: no key in effect (records are written unencrypted)
      Reported by DescribeDeliveryStream: Object {
        "KeyARN": "arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb",
        "KeyType": "CUSTOMER_MANAGED_CMK",
        "Status": "ENABLING",
      }

      Trace of the delivery stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s firehose deliverystream/logs DeliveryStreamStatus none → CREATING
        +0.000s firehose deliverystream/logs EncryptionStatus none → DISABLED
        +0.000s firehose deliverystream/logs DeliveryStreamStatus CREATING → ACTIVE
        +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState none → Enabled  (world.kms.createKey)
        +1.000s firehose StartDeliveryStreamEncryption {DeliveryStreamName: "logs", DeliveryStreamEncryptionConfigurationInput: {KeyType: "CUSTOMER_MANAGED_CMK", KeyARN: "arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb"}} → {}
        +1.000s firehose deliverystream/logs EncryptionStatus DISABLED → ENABLING]
    `);
    clock.advance(7_000);
    expect(uncoloured(() => expect(world).not.toHaveDeliveryStreamKeyInEffect('logs'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).not.toHaveDeliveryStreamKeyInEffect(deliveryStream, expected)

      Delivery stream: logs (ACTIVE)
      Expected: no key in effect
      Received: Object {
        "KeyARN": "arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb",
        "KeyType": "CUSTOMER_MANAGED_CMK",
      }
      Reported by DescribeDeliveryStream: Object {
        "KeyARN": "arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb",
        "KeyType": "CUSTOMER_MANAGED_CMK",
        "Status": "ENABLED",
      }

      Trace of the delivery stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s firehose deliverystream/logs DeliveryStreamStatus none → CREATING
        +0.000s firehose deliverystream/logs EncryptionStatus none → DISABLED
        +0.000s firehose deliverystream/logs DeliveryStreamStatus CREATING → ACTIVE
        +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState none → Enabled  (world.kms.createKey)
        +1.000s firehose StartDeliveryStreamEncryption {DeliveryStreamName: "logs", DeliveryStreamEncryptionConfigurationInput: {KeyType: "CUSTOMER_MANAGED_CMK", KeyARN: "arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb"}} → {}
        +1.000s firehose deliverystream/logs EncryptionStatus DISABLED → ENABLING
        +6.000s firehose deliverystream/logs EncryptionStatus ENABLING → ENABLED
        +6.000s firehose deliverystream/logs KeyInEffect none → arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb  (grant 27c11ec4ed50cddca8670d35a1a3444449e37b4114f6108ad65180860daf24d6 created)
        +8.000s firehose deliverystream/logs RecordEncryption false → true  (arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb)]
    `);
    expect(uncoloured(() => expect(world).toHaveDeliveryStreamKeyInEffect('nope'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveDeliveryStreamKeyInEffect(deliveryStream, expected)

      Delivery stream: nope
      Expected: a key in effect
      Received: the delivery stream does not exist

      Trace of the delivery stream: no entries.]
    `);
  });

  it('works as an asymmetric matcher', () => {
    const { world } = setup();
    world.firehose.createDeliveryStream('logs');
    expect({ world }).toEqual({ world: expect.not.toHaveDeliveryStreamKeyInEffect('logs') });
  });

  it('takes an asymmetric matcher for KeyARN, and throws a TypeError for a bad expectation', () => {
    const { world, clock } = setup();
    world.firehose.createDeliveryStream('logs');
    const key = world.kms.createKey({ alias: 'alias/logs' });
    startDeliveryStreamEncryption(world, 'logs', { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn });
    clock.advance(7_000);
    expect(world).toHaveDeliveryStreamKeyInEffect('logs', { KeyARN: expect.stringMatching(/^arn:aws:kms:us-east-1:123456789012:key\//) });
    expect(world).not.toHaveDeliveryStreamKeyInEffect('logs', { KeyARN: expect.stringMatching(/alias/) });
    // @ts-expect-error: not a KeyType
    expect(() => expect(world).not.toHaveDeliveryStreamKeyInEffect('logs', { KeyType: 'KMS' })).toThrowErrorMatchingInlineSnapshot(`[TypeError: [kinesis-sse-harness] toHaveDeliveryStreamKeyInEffect: KeyType must be one of AWS_OWNED_CMK, CUSTOMER_MANAGED_CMK; got "KMS"]`);
  });
});
