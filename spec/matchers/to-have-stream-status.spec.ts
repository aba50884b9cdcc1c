import { describe, expect, it } from 'vitest';
import '../../src/vitest';
import { setup, startStreamEncryption, uncoloured } from './support';

describe('toHaveStreamStatus', () => {
  it('passes when DescribeStreamSummary reports the status, by name or ARN', () => {
    // Arrange
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    world.kms.createKey({ alias: 'alias/orders' });
    const arn = world.kinesis.describe('orders')!.StreamARN;
    // Act
    startStreamEncryption(world, 'orders', 'alias/orders');
    // Assert
    expect(world).toHaveStreamStatus('orders', 'UPDATING');
    expect(world).toHaveStreamStatus(arn, 'UPDATING');
    clock.advance(5_000);
    expect(world).toHaveStreamStatus('orders', 'ACTIVE');
    expect(world).not.toHaveStreamStatus('orders', 'UPDATING');
  });

  it('fails with expected, received and the stream trace', () => {
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    world.kms.createKey({ alias: 'alias/orders' });
    clock.advance(1_000);
    startStreamEncryption(world, 'orders', 'alias/orders');
    expect(uncoloured(() => expect(world).toHaveStreamStatus('orders', 'ACTIVE'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveStreamStatus(stream, status)

      Stream: orders
      Expected: "ACTIVE"
      Received: "UPDATING"

      Trace of the stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s kinesis stream/orders StreamStatus none → ACTIVE
        +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState none → Enabled  (world.kms.createKey)
        +1.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "alias/orders"} → {}
        +1.000s kinesis stream/orders StreamStatus ACTIVE → UPDATING
        +1.000s kinesis stream/orders EncryptionType NONE → KMS
        +1.000s kinesis stream/orders KeyId none → alias/orders]
    `);
    expect(uncoloured(() => expect(world).not.toHaveStreamStatus('orders', 'UPDATING'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).not.toHaveStreamStatus(stream, status)

      Stream: orders
      Expected: not "UPDATING"
      Received: "UPDATING"

      Trace of the stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s kinesis stream/orders StreamStatus none → ACTIVE
        +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState none → Enabled  (world.kms.createKey)
        +1.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "alias/orders"} → {}
        +1.000s kinesis stream/orders StreamStatus ACTIVE → UPDATING
        +1.000s kinesis stream/orders EncryptionType NONE → KMS
        +1.000s kinesis stream/orders KeyId none → alias/orders]
    `);
  });

  it('fails for a stream that does not exist, and .not passes', () => {
    const { world } = setup();
    expect(uncoloured(() => expect(world).toHaveStreamStatus('nope', 'ACTIVE'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveStreamStatus(stream, status)

      Stream: nope
      Expected: "ACTIVE"
      Received: the stream does not exist

      Trace of the stream: no entries.]
    `);
    expect(world).not.toHaveStreamStatus('nope', 'ACTIVE');
  });

  it('works after .resolves, and its message says so', async () => {
    const { world } = setup();
    world.kinesis.createStream('orders');
    await expect(Promise.resolve(world)).resolves.toHaveStreamStatus('orders', 'ACTIVE');
    const failed = await expect(Promise.resolve(world)).resolves.toHaveStreamStatus('orders', 'UPDATING').catch((e: unknown) => e);
    // eslint-disable-next-line no-control-regex -- strips the terminal's colour escapes, as spec/matchers/support.ts does
    expect(String((failed as Error).message).split('\n')[0]!.replace(/\u001b\[[0-9;]*m/g, '')).toBe('expect(world).resolves.toHaveStreamStatus(stream, status)');
  });

  it('takes asymmetric matchers, and works as one', () => {
    const { world } = setup();
    world.kinesis.createStream('orders');
    expect(world).toHaveStreamStatus('orders', expect.stringMatching(/^ACT/));
    expect({ world }).toEqual({ world: expect.toHaveStreamStatus('orders', 'ACTIVE') });
    expect({ world }).toEqual({ world: expect.not.toHaveStreamStatus('orders', 'UPDATING') });
    expect({ world }).not.toEqual({ world: expect.toHaveStreamStatus('orders', 'UPDATING') });
  });

  it('throws a TypeError for what is not a world or not a status, also under .not', () => {
    const { world } = setup();
    expect(() => expect({}).toHaveStreamStatus('orders', 'ACTIVE')).toThrowErrorMatchingInlineSnapshot(`[TypeError: [kinesis-sse-harness] toHaveStreamStatus: expect() must receive a world made by createWorld(), e.g. expect(world).toHaveStreamStatus(…); received an object without the kinesis, firehose and kms views]`);
    expect(() => expect(world).not.toHaveStreamStatus('', 'ACTIVE')).toThrowErrorMatchingInlineSnapshot(`[TypeError: [kinesis-sse-harness] toHaveStreamStatus: stream must be a non-empty name or ARN; got ""]`);
    // @ts-expect-error: not a StreamStatus
    expect(() => expect(world).not.toHaveStreamStatus('orders', 'ENABLED')).toThrow(TypeError);
  });
});
