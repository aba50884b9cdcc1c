import { describe, expect, it } from 'vitest';
import '../../src/vitest';
import { setup, uncoloured } from './support';

describe('toHaveDeliveryStreamStatus', () => {
  it('passes when DescribeDeliveryStream reports the status', () => {
    const { world, clock } = setup({ firehose: { durations: { creating: 30_000 } } });
    world.firehose.createDeliveryStream('logs', { active: false });
    expect(world).toHaveDeliveryStreamStatus('logs', 'CREATING');
    expect(world).not.toHaveDeliveryStreamStatus('logs', 'ACTIVE');
    clock.advance(30_000);
    expect(world).toHaveDeliveryStreamStatus('logs', 'ACTIVE');
    expect(world).toHaveDeliveryStreamStatus(world.firehose.describe('logs')!.DeliveryStreamARN, 'ACTIVE');
  });

  it('fails with expected, received and the delivery stream trace', () => {
    const { world } = setup();
    world.firehose.createDeliveryStream('logs');
    expect(uncoloured(() => expect(world).toHaveDeliveryStreamStatus('logs', 'CREATING'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveDeliveryStreamStatus(deliveryStream, status)

      Delivery stream: logs
      Expected: "CREATING"
      Received: "ACTIVE"

      Trace of the delivery stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s firehose deliverystream/logs DeliveryStreamStatus none → CREATING
        +0.000s firehose deliverystream/logs EncryptionStatus none → DISABLED
        +0.000s firehose deliverystream/logs DeliveryStreamStatus CREATING → ACTIVE]
    `);
    expect(uncoloured(() => expect(world).not.toHaveDeliveryStreamStatus('logs', 'ACTIVE'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).not.toHaveDeliveryStreamStatus(deliveryStream, status)

      Delivery stream: logs
      Expected: not "ACTIVE"
      Received: "ACTIVE"

      Trace of the delivery stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s firehose deliverystream/logs DeliveryStreamStatus none → CREATING
        +0.000s firehose deliverystream/logs EncryptionStatus none → DISABLED
        +0.000s firehose deliverystream/logs DeliveryStreamStatus CREATING → ACTIVE]
    `);
    expect(uncoloured(() => expect(world).toHaveDeliveryStreamStatus('nope', 'ACTIVE'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveDeliveryStreamStatus(deliveryStream, status)

      Delivery stream: nope
      Expected: "ACTIVE"
      Received: the delivery stream does not exist

      Trace of the delivery stream: no entries.]
    `);
  });

  it('works as an asymmetric matcher and takes one', () => {
    const { world } = setup();
    world.firehose.createDeliveryStream('logs');
    expect(world).toHaveDeliveryStreamStatus('logs', expect.not.stringMatching(/FAILED/));
    expect({ world }).toEqual({ world: expect.toHaveDeliveryStreamStatus('logs', 'ACTIVE') });
  });

  it('throws a TypeError for a status that is not a DeliveryStreamStatus', () => {
    const { world } = setup();
    // @ts-expect-error: UPDATING is a Kinesis status
    expect(() => expect(world).toHaveDeliveryStreamStatus('logs', 'UPDATING')).toThrowErrorMatchingInlineSnapshot(`[TypeError: [kinesis-sse-harness] toHaveDeliveryStreamStatus: status must be one of CREATING, CREATING_FAILED, DELETING, DELETING_FAILED, ACTIVE; got "UPDATING"]`);
  });
});
