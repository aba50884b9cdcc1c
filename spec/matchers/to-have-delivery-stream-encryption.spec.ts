import { describe, expect, it } from 'vitest';
import '../../src/vitest';
import { failureOf, setup, startDeliveryStreamEncryption, uncoloured } from './support';

describe('toHaveDeliveryStreamEncryption', () => {
  it('with no expectation passes when Status is ENABLED', () => {
    const { world, clock } = setup();
    world.firehose.createDeliveryStream('logs');
    expect(world).not.toHaveDeliveryStreamEncryption('logs');
    expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'DISABLED' });
    startDeliveryStreamEncryption(world, 'logs', { KeyType: 'AWS_OWNED_CMK' });
    expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'ENABLING', KeyType: 'AWS_OWNED_CMK' });
    clock.advance(5_000);
    expect(world).toHaveDeliveryStreamEncryption('logs');
    expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'ENABLED', KeyType: 'AWS_OWNED_CMK' });
  });

  it('matches KeyARN by any name of the same key', () => {
    const { world, clock } = setup();
    world.firehose.createDeliveryStream('logs');
    const key = world.kms.createKey({ alias: 'alias/logs' });
    startDeliveryStreamEncryption(world, 'logs', { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn });
    clock.advance(5_000);
    expect(world).toHaveDeliveryStreamEncryption('logs', { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn });
    expect(world).toHaveDeliveryStreamEncryption('logs', { KeyARN: 'alias/logs' });
    expect(world).toHaveDeliveryStreamEncryption('logs', { KeyARN: key.KeyId });
    expect(world).not.toHaveDeliveryStreamEncryption('logs', { KeyType: 'AWS_OWNED_CMK' });
  });

  it('checks FailureDescription after a failed change', () => {
    const { world, clock } = setup();
    world.firehose.createDeliveryStream('logs');
    const key = world.kms.createKey({ alias: 'alias/logs' });
    startDeliveryStreamEncryption(world, 'logs', { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn });
    world.kms.disable(key.Arn);
    clock.advance(5_000);
    expect(world).toHaveDeliveryStreamEncryption('logs', {
      Status: 'ENABLING_FAILED',
      FailureDescription: expect.objectContaining({ Type: 'DISABLED_KMS_KEY' }),
    });
    expect(uncoloured(() => expect(world).toHaveDeliveryStreamEncryption('logs'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveDeliveryStreamEncryption(deliveryStream, expected)

      Delivery stream: logs (ACTIVE)
      Expected: Object {
        "Status": "ENABLED",
      }
      Received: Object {
        "FailureDescription": Object {
          "Details": "arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb is disabled.",
          "Type": "DISABLED_KMS_KEY",
        },
        "KeyARN": "arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb",
        "KeyType": "CUSTOMER_MANAGED_CMK",
        "Status": "ENABLING_FAILED",
      }

      Trace of the delivery stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s firehose deliverystream/logs DeliveryStreamStatus none → CREATING
        +0.000s firehose deliverystream/logs EncryptionStatus none → DISABLED
        +0.000s firehose deliverystream/logs DeliveryStreamStatus CREATING → ACTIVE
        +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState none → Enabled  (world.kms.createKey)
        +0.000s firehose StartDeliveryStreamEncryption {DeliveryStreamName: "logs", DeliveryStreamEncryptionConfigurationInput: {KeyType: "CUSTOMER_MANAGED_CMK", KeyARN: "arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb"}} → {}
        +0.000s firehose deliverystream/logs EncryptionStatus DISABLED → ENABLING
        +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState Enabled → Disabled  (world.kms.disable)
        +5.000s firehose deliverystream/logs EncryptionStatus ENABLING → ENABLING_FAILED  (DISABLED_KMS_KEY: arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb is disabled.)]
    `);
  });

  it('fails with expected, received and the trace, also under .not and for an unknown stream', () => {
    const { world, clock } = setup();
    world.firehose.createDeliveryStream('logs');
    clock.advance(1_000);
    startDeliveryStreamEncryption(world, 'logs', { KeyType: 'AWS_OWNED_CMK' });
    clock.advance(5_000);
    expect(uncoloured(() => expect(world).not.toHaveDeliveryStreamEncryption('logs', { KeyType: 'AWS_OWNED_CMK' }))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).not.toHaveDeliveryStreamEncryption(deliveryStream, expected)

      Delivery stream: logs (ACTIVE)
      Expected: not Object {
        "KeyType": "AWS_OWNED_CMK",
      }
      Received: Object {
        "KeyType": "AWS_OWNED_CMK",
        "Status": "ENABLED",
      }

      Trace of the delivery stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s firehose deliverystream/logs DeliveryStreamStatus none → CREATING
        +0.000s firehose deliverystream/logs EncryptionStatus none → DISABLED
        +0.000s firehose deliverystream/logs DeliveryStreamStatus CREATING → ACTIVE
        +1.000s firehose StartDeliveryStreamEncryption {DeliveryStreamName: "logs", DeliveryStreamEncryptionConfigurationInput: {KeyType: "AWS_OWNED_CMK"}} → {}
        +1.000s firehose deliverystream/logs EncryptionStatus DISABLED → ENABLING
        +6.000s firehose deliverystream/logs EncryptionStatus ENABLING → ENABLED
        +6.000s firehose deliverystream/logs KeyInEffect none → AWS_OWNED_CMK]
    `);
    expect(uncoloured(() => expect(world).toHaveDeliveryStreamEncryption('nope'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveDeliveryStreamEncryption(deliveryStream, expected)

      Delivery stream: nope
      Expected: Object {
        "Status": "ENABLED",
      }
      Received: the delivery stream does not exist

      Trace of the delivery stream: no entries.]
    `);
  });

  it('throws a TypeError for a bad expectation', () => {
    const { world } = setup();
    // @ts-expect-error: not a KeyType
    expect(() => expect(world).toHaveDeliveryStreamEncryption('logs', { KeyType: 'KMS' })).toThrowErrorMatchingInlineSnapshot(`[TypeError: [kinesis-sse-harness] toHaveDeliveryStreamEncryption: KeyType must be one of AWS_OWNED_CMK, CUSTOMER_MANAGED_CMK; got "KMS"]`);
  });

  it('shows the state changes of the CMK the delivery stream used, not of every key in the world', () => {
    const { world } = setup();
    world.firehose.createDeliveryStream('logs');
    const used = world.kms.createKey({ alias: 'alias/logs' });
    const other = world.kms.createKey({ alias: 'alias/payments' });
    startDeliveryStreamEncryption(world, 'logs', { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: used.Arn });
    world.kms.disable(used.Arn);
    world.kms.disable(other.Arn);
    const printed = failureOf(() => expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'DISABLED' }));
    expect(printed).toContain(`kms ${used.Arn.split(':')[5]} KeyState Enabled → Disabled`);
    expect(printed).not.toContain(other.Arn.split(':')[5]);
  });

  it('works as an asymmetric matcher', () => {
    const { world } = setup();
    world.firehose.createDeliveryStream('logs');
    expect({ world }).toEqual({ world: expect.toHaveDeliveryStreamEncryption('logs', { Status: 'DISABLED' }) });
    expect({ world }).toEqual({ world: expect.not.toHaveDeliveryStreamEncryption('logs') });
    expect({ world }).not.toEqual({ world: expect.toHaveDeliveryStreamEncryption('logs') });
  });
});
