import { describe, expect, it } from 'vitest';
import '../../src/vitest';
import { setup, startDeliveryStreamEncryption, startStreamEncryption, T0, uncoloured } from './support';

describe('toHaveTransition', () => {
  it('finds a transition of a stream, a delivery stream or a key, by name, ARN or alias', () => {
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    world.firehose.createDeliveryStream('logs');
    const key = world.kms.createKey({ alias: 'alias/orders' });
    startStreamEncryption(world, 'orders', 'alias/orders');
    clock.advance(5_000);
    startDeliveryStreamEncryption(world, 'logs', { KeyType: 'AWS_OWNED_CMK' });
    clock.advance(5_000);
    world.kms.disable('alias/orders');

    expect(world).toHaveTransition('orders', { property: 'StreamStatus', from: 'UPDATING', to: 'ACTIVE' });
    expect(world).toHaveTransition(world.kinesis.describe('orders')!.StreamARN, { property: 'EncryptionType', to: 'KMS' });
    expect(world).toHaveTransition('logs', { property: 'EncryptionStatus', from: 'ENABLING', to: 'ENABLED', service: 'firehose' });
    expect(world).toHaveTransition('alias/orders', { property: 'KeyState', to: 'Disabled' });
    expect(world).toHaveTransition(key.KeyId, { property: 'KeyState', from: 'Enabled', to: expect.stringMatching(/^Dis/) });
    expect(world).not.toHaveTransition('orders', { property: 'StreamStatus', to: 'DELETING' });
    expect(world).not.toHaveTransition('orders', { property: 'StreamStatus', to: 'ACTIVE', since: world.now() });
  });

  it('holds the from/to values docs/matchers/to-have-transition.md gives per property', () => {
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    world.firehose.createDeliveryStream('logs');
    const key = world.kms.createKey({ alias: 'alias/orders' });
    startStreamEncryption(world, 'orders', 'alias/orders');
    startDeliveryStreamEncryption(world, 'logs', { KeyType: 'AWS_OWNED_CMK' });
    clock.advance(7_000);
    world.kms.scheduleDeletion('alias/orders', 7);

    expect(world).toHaveTransition('orders', { property: 'EncryptionType', from: 'NONE', to: 'KMS' });
    expect(world).toHaveTransition('orders', { property: 'KeyId', from: 'none', to: 'alias/orders' });
    expect(world).not.toHaveTransition('orders', { property: 'KeyId', to: key.Arn }); // a string, as given
    expect(world).toHaveTransition('orders', { property: 'RecordEncryption', from: 'NONE', to: 'KMS', detail: 'NONE -> KMS alias/orders' });
    expect(world).toHaveTransition('logs', { property: 'EncryptionStatus', from: 'DISABLED', to: 'ENABLING' });
    expect(world).toHaveTransition('logs', { property: 'KeyInEffect', from: 'none', to: 'AWS_OWNED_CMK' });
    expect(world).toHaveTransition('logs', { property: 'RecordEncryption', from: 'false', to: 'true' });
    expect(world).toHaveTransition('alias/orders', { property: 'KeyState', from: 'none', to: 'Enabled' });
    expect(world).toHaveTransition(key.Arn, { property: 'KeyState', from: 'Enabled', to: 'PendingDeletion' });
  });

  it('fails with the expected transition and the resource’s transitions', () => {
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    world.kms.createKey({ alias: 'alias/orders' });
    clock.advance(1_000);
    startStreamEncryption(world, 'orders', 'alias/orders');
    expect(uncoloured(() => expect(world).toHaveTransition('orders', { property: 'StreamStatus', from: 'UPDATING', to: 'ACTIVE' }))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveTransition(resource, transition)

      Resource: orders
      Expected transition: Object {
        "from": "UPDATING",
        "property": "StreamStatus",
        "to": "ACTIVE",
      }
      Received: no such transition

      Transitions of the resource (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s kinesis stream/orders StreamStatus none → ACTIVE
        +1.000s kinesis stream/orders StreamStatus ACTIVE → UPDATING
        +1.000s kinesis stream/orders EncryptionType NONE → KMS
        +1.000s kinesis stream/orders KeyId none → alias/orders]
    `);
    clock.advance(5_000);
    expect(uncoloured(() => expect(world).not.toHaveTransition('orders', { property: 'StreamStatus', to: 'ACTIVE', since: T0 + 2_000 }))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).not.toHaveTransition(resource, transition)

      Resource: orders
      Expected transition since +2.000s: not Object {
        "property": "StreamStatus",
        "to": "ACTIVE",
      }
      Received: +6.000s kinesis stream/orders StreamStatus UPDATING → ACTIVE

      Transitions of the resource (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s kinesis stream/orders StreamStatus none → ACTIVE
        +1.000s kinesis stream/orders StreamStatus ACTIVE → UPDATING
        +1.000s kinesis stream/orders EncryptionType NONE → KMS
        +1.000s kinesis stream/orders KeyId none → alias/orders
        +6.000s kinesis stream/orders StreamStatus UPDATING → ACTIVE]
    `);
  });

  it('finds a KeyCondition transition (a condition switched on or off with world.kms.setCondition)', () => {
    const { world, clock } = setup();
    world.kms.createKey({ alias: 'alias/k' });
    clock.advance(1_000);
    world.kms.setCondition('alias/k', 'throttled');

    expect(world).toHaveTransition('alias/k', { property: 'KeyCondition', from: 'none', to: 'throttled' });
    expect(world).not.toHaveTransition('alias/k', { property: 'KeyCondition', from: 'throttled', to: 'none' });
    expect(uncoloured(() => expect(world).not.toHaveTransition('alias/k', { property: 'KeyCondition', to: 'throttled' }))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).not.toHaveTransition(resource, transition)

      Resource: alias/k
      Expected transition: not Object {
        "property": "KeyCondition",
        "to": "throttled",
      }
      Received: +1.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyCondition none → throttled  (world.kms.setCondition)

      Transitions of the resource (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState none → Enabled  (world.kms.createKey)
        +1.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyCondition none → throttled  (world.kms.setCondition)]
    `);
    expect(uncoloured(() => expect(world).toHaveTransition('alias/k', { property: 'KeyCondition', to: 'access-denied' }))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveTransition(resource, transition)

      Resource: alias/k
      Expected transition: Object {
        "property": "KeyCondition",
        "to": "access-denied",
      }
      Received: no such transition

      Transitions of the resource (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState none → Enabled  (world.kms.createKey)
        +1.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyCondition none → throttled  (world.kms.setCondition)]
    `);
  });

  it('works as an asymmetric matcher', () => {
    const { world } = setup();
    world.kinesis.createStream('orders');
    expect({ world }).toEqual({ world: expect.toHaveTransition('orders', { property: 'StreamStatus', to: 'ACTIVE' }) });
  });

  it('throws a TypeError for an unknown property', () => {
    const { world } = setup();
    // @ts-expect-error: Status is not a transition property
    expect(() => expect(world).toHaveTransition('orders', { property: 'Status', to: 'ACTIVE' })).toThrowErrorMatchingInlineSnapshot(`[TypeError: [kinesis-sse-harness] toHaveTransition: transition.property must be one of StreamStatus, EncryptionType, KeyId, RecordEncryption, DeliveryStreamStatus, EncryptionStatus, KeyInEffect, KeyState, KeyCondition, ConsumerStatus; got "Status"]`);
    // @ts-expect-error: the transition is required
    expect(() => expect(world).toHaveTransition('orders')).toThrowErrorMatchingInlineSnapshot(`[TypeError: [kinesis-sse-harness] toHaveTransition: transition must be an object like { property: 'StreamStatus', to: 'ACTIVE' }]`);
  });
});
