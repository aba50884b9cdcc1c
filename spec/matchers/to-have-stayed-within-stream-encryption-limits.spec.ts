import { describe, expect, it } from 'vitest';
import '../../src/vitest';
import { setup, startStreamEncryption, uncoloured } from './support';

const limits = { kinesis: { limits: { keyApplicationsPer24h: 2 } } };

describe('toHaveStayedWithinStreamEncryptionLimits', () => {
  it('passes while no Start/Stop was refused for the 24-hour limits', () => {
    const { world, clock } = setup(limits);
    world.kinesis.createStream('orders');
    world.kms.createKey({ alias: 'alias/a' });
    world.kms.createKey({ alias: 'alias/b' });
    startStreamEncryption(world, 'orders', 'alias/a');
    clock.advance(5_000);
    startStreamEncryption(world, 'orders', 'alias/b');
    clock.advance(5_000);
    expect(world).toHaveStayedWithinStreamEncryptionLimits('orders');
  });

  it('fails once the world refused a key application, listing it, the usage now and the trace', () => {
    const { world, clock } = setup(limits);
    world.kinesis.createStream('orders');
    for (const alias of ['alias/a', 'alias/b', 'alias/c']) world.kms.createKey({ alias });
    startStreamEncryption(world, 'orders', 'alias/a');
    clock.advance(5_000);
    startStreamEncryption(world, 'orders', 'alias/b');
    clock.advance(5_000);
    const refused = world.call('kinesis', 'StartStreamEncryption', { StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/c' });
    expect(refused.ok).toBe(false);
    expect(world).not.toHaveStayedWithinStreamEncryptionLimits('orders');
    expect(uncoloured(() => expect(world).toHaveStayedWithinStreamEncryptionLimits('orders'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveStayedWithinStreamEncryptionLimits(stream)

      Stream: orders
      Expected: no StartStreamEncryption or StopStreamEncryption refused for the 24-hour limits
      Received: 1 call refused:
        +10.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "alias/c"} → ✗ LimitExceededException: Rate exceeded for stream orders under account 123456789012. You can successfully apply a new AWS KMS key for server-side encryption 2 times in a rolling 24-hour period.
      Usage now: key applications 2/2, next free at +24h00m00.000s; stops 0/25

      Trace of the stream (+0.000s = 2026-01-01T00:00:00.000Z):
        … 3 earlier entries left out
        +0.000s kms key/49e37b41-14f6-4108-9ad6-5180860daf24 KeyState none → Enabled  (world.kms.createKey)
        +0.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "alias/a"} → {}
        +0.000s kinesis stream/orders StreamStatus ACTIVE → UPDATING
        +0.000s kinesis stream/orders EncryptionType NONE → KMS
        +0.000s kinesis stream/orders KeyId none → alias/a
        +5.000s kinesis stream/orders StreamStatus UPDATING → ACTIVE
        +5.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "alias/b"} → {}
        +5.000s kinesis stream/orders RecordEncryption NONE → KMS  (NONE -> KMS alias/a)
        +5.000s kinesis stream/orders StreamStatus ACTIVE → UPDATING
        +5.000s kinesis stream/orders KeyId alias/a → alias/b
        +10.000s kinesis stream/orders StreamStatus UPDATING → ACTIVE
        +10.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "alias/c"} → ✗ LimitExceededException: Rate exceeded for stream orders under account 123456789012. You can successfully apply a new AWS KMS key for server-side encryption 2 times in a rolling 24-hour period.]
    `);
  });

  it('does not count a LimitExceededException injected as a fault, nor another stream’s refusals', () => {
    const { world, clock } = setup(limits);
    world.kinesis.createStream('orders');
    world.kinesis.createStream('other');
    for (const alias of ['alias/a', 'alias/b', 'alias/c']) world.kms.createKey({ alias });
    world.model.interceptors.push((_m, c) =>
      c.operation === 'StartStreamEncryption' && (c.input as { StreamName?: string }).StreamName === 'orders'
        ? { error: { service: 'kinesis', type: 'LimitExceededException', message: 'Rate exceeded for stream orders', httpStatus: 400, fault: 'client' }, label: 'throttle' }
        : undefined,
    );
    expect(world.call('kinesis', 'StartStreamEncryption', { StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/a' }).ok).toBe(false);
    startStreamEncryption(world, 'other', 'alias/a');
    clock.advance(5_000);
    startStreamEncryption(world, 'other', 'alias/b');
    clock.advance(5_000);
    expect(world.call('kinesis', 'StartStreamEncryption', { StreamName: 'other', EncryptionType: 'KMS', KeyId: 'alias/c' }).ok).toBe(false);
    expect(world).toHaveStayedWithinStreamEncryptionLimits('orders');
    expect(uncoloured(() => expect(world).not.toHaveStayedWithinStreamEncryptionLimits('orders'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).not.toHaveStayedWithinStreamEncryptionLimits(stream)

      Stream: orders
      Expected: a StartStreamEncryption or StopStreamEncryption refused for the 24-hour limits
      Received: none refused
      Usage now: key applications 0/2; stops 0/25

      Trace of the stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s kinesis stream/orders StreamStatus none → ACTIVE
        +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState none → Enabled  (world.kms.createKey)
        +0.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "alias/a"} → ✗ LimitExceededException: Rate exceeded for stream orders  [throttle]]
    `);
  });

  it('fails for a stream that does not exist', () => {
    const { world } = setup();
    expect(uncoloured(() => expect(world).toHaveStayedWithinStreamEncryptionLimits('nope'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveStayedWithinStreamEncryptionLimits(stream)

      Stream: nope
      Expected: no StartStreamEncryption or StopStreamEncryption refused for the 24-hour limits
      Received: the stream does not exist

      Trace of the stream: no entries.]
    `);
  });

  it('works as an asymmetric matcher, and throws a TypeError for what is not a world', () => {
    const { world } = setup();
    world.kinesis.createStream('orders');
    expect([world]).toContainEqual(expect.toHaveStayedWithinStreamEncryptionLimits('orders'));
    expect({ world }).toEqual({ world: expect.not.toHaveStayedWithinStreamEncryptionLimits('nope') });
    expect(() => expect(world.kinesis).not.toHaveStayedWithinStreamEncryptionLimits('orders')).toThrowErrorMatchingInlineSnapshot(`[TypeError: [kinesis-sse-harness] toHaveStayedWithinStreamEncryptionLimits: expect() must receive a world made by createWorld(), e.g. expect(world).toHaveStayedWithinStreamEncryptionLimits(…); received an object without the kinesis, firehose and kms views]`);
  });
});
