import { describe, expect, it } from 'vitest';
import '../../src/vitest';
import { failureOf, setup, startStreamEncryption, stopStreamEncryption, uncoloured } from './support';

describe('toHaveStreamEncryption', () => {
  it('with no expectation passes when the stream is encrypted', () => {
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    world.kms.createKey({ alias: 'alias/orders' });
    expect(world).not.toHaveStreamEncryption('orders');
    startStreamEncryption(world, 'orders', 'alias/orders');
    clock.advance(5_000);
    expect(world).toHaveStreamEncryption('orders');
    expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'KMS' });
  });

  it('matches KeyId by the reported string or by any other name of the same key', () => {
    const { world } = setup();
    world.kinesis.createStream('orders');
    const key = world.kms.createKey({ alias: 'alias/orders' });
    const other = world.kms.createKey({ alias: 'alias/other' });
    startStreamEncryption(world, 'orders', 'alias/orders');
    expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'KMS', KeyId: 'alias/orders' });
    expect(world).toHaveStreamEncryption('orders', { KeyId: key.Arn });
    expect(world).toHaveStreamEncryption('orders', { KeyId: key.KeyId });
    expect(world).toHaveStreamEncryption('orders', { KeyId: expect.stringMatching(/^alias\//) });
    expect(world).not.toHaveStreamEncryption('orders', { KeyId: other.Arn });
    expect(world).not.toHaveStreamEncryption('orders', { KeyId: 'alias/nope' });
  });

  it('passes for NONE after StopStreamEncryption', () => {
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    world.kms.createKey({ alias: 'alias/orders' });
    startStreamEncryption(world, 'orders', 'alias/orders');
    clock.advance(5_000);
    stopStreamEncryption(world, 'orders', 'alias/orders');
    clock.advance(5_000);
    expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'NONE' });
    expect(world).not.toHaveStreamEncryption('orders');
  });

  it('fails with expected, received and the stream trace', () => {
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    const key = world.kms.createKey({ alias: 'alias/orders' });
    clock.advance(1_000);
    startStreamEncryption(world, 'orders', key.Arn);
    clock.advance(5_000);
    expect(uncoloured(() => expect(world).toHaveStreamEncryption('orders', { KeyId: 'alias/other' }))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveStreamEncryption(stream, expected)

      Stream: orders (ACTIVE)
      Expected: Object {
        "KeyId": "alias/other",
      }
      Received: Object {
        "EncryptionType": "KMS",
        "KeyId": "arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb",
      }

      Trace of the stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s kinesis stream/orders StreamStatus none → ACTIVE
        +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState none → Enabled  (world.kms.createKey)
        +1.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb"} → {}
        +1.000s kinesis stream/orders StreamStatus ACTIVE → UPDATING
        +1.000s kinesis stream/orders EncryptionType NONE → KMS
        +1.000s kinesis stream/orders KeyId none → arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb
        +6.000s kinesis stream/orders StreamStatus UPDATING → ACTIVE]
    `);
    expect(uncoloured(() => expect(world).not.toHaveStreamEncryption('orders', { KeyId: 'alias/orders' }))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).not.toHaveStreamEncryption(stream, expected)

      Stream: orders (ACTIVE)
      Expected: not Object {
        "KeyId": "alias/orders",
      }
      Received: Object {
        "EncryptionType": "KMS",
        "KeyId": "arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb",
      }
      (alias/orders and arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb name the same KMS key)

      Trace of the stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s kinesis stream/orders StreamStatus none → ACTIVE
        +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState none → Enabled  (world.kms.createKey)
        +1.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb"} → {}
        +1.000s kinesis stream/orders StreamStatus ACTIVE → UPDATING
        +1.000s kinesis stream/orders EncryptionType NONE → KMS
        +1.000s kinesis stream/orders KeyId none → arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb
        +6.000s kinesis stream/orders StreamStatus UPDATING → ACTIVE]
    `);
  });

  it('gives the runner a diff of the expected members only, a member that matched shown as expected', () => {
    const { world } = setup();
    world.kinesis.createStream('orders');
    const key = world.kms.createKey({ alias: 'alias/orders' });
    startStreamEncryption(world, 'orders', key.Arn);
    const diffed = (expected: { EncryptionType?: 'KMS' | 'NONE'; KeyId?: string }): unknown => {
      try {
        expect(world).toHaveStreamEncryption('orders', expected);
      } catch (e) {
        return { actual: (e as { actual?: unknown }).actual, expected: (e as { expected?: unknown }).expected };
      }
      throw new Error('the matcher passed');
    };
    // The reported ARN matched alias/orders: only EncryptionType differs.
    expect(diffed({ EncryptionType: 'NONE', KeyId: 'alias/orders' })).toEqual({
      actual: { EncryptionType: 'KMS', KeyId: 'alias/orders' },
      expected: { EncryptionType: 'NONE', KeyId: 'alias/orders' },
    });
    expect(diffed({ KeyId: 'alias/other' })).toEqual({ actual: { KeyId: key.Arn }, expected: { KeyId: 'alias/other' } });
  });

  it('shows the state changes of the keys the stream used, not of every key in the world', () => {
    const { world } = setup();
    world.kinesis.createStream('orders');
    const used = world.kms.createKey({ alias: 'alias/orders' });
    const other = world.kms.createKey({ alias: 'alias/payments' });
    startStreamEncryption(world, 'orders', 'alias/orders');
    world.kms.disable(used.Arn);
    world.kms.disable(other.Arn);
    const printed = failureOf(() => expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'NONE' }));
    expect(printed).toContain(`kms ${used.Arn.split(':')[5]} KeyState Enabled → Disabled`);
    expect(printed).not.toContain(other.Arn.split(':')[5]);
  });

  it('fails for a stream that does not exist', () => {
    const { world } = setup();
    expect(uncoloured(() => expect(world).toHaveStreamEncryption('nope'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveStreamEncryption(stream, expected)

      Stream: nope
      Expected: Object {
        "EncryptionType": "KMS",
      }
      Received: the stream does not exist

      Trace of the stream: no entries.]
    `);
    expect(world).not.toHaveStreamEncryption('nope');
  });

  it('works as an asymmetric matcher', () => {
    const { world } = setup();
    world.kinesis.createStream('orders');
    expect([world]).toContainEqual(expect.toHaveStreamEncryption('orders', { EncryptionType: 'NONE' }));
    expect([world]).not.toContainEqual(expect.toHaveStreamEncryption('orders'));
  });

  it('throws a TypeError for a bad expectation', () => {
    const { world } = setup();
    world.kinesis.createStream('orders');
    // @ts-expect-error: KeyArn is not a member of the expectation
    expect(() => expect(world).toHaveStreamEncryption('orders', { KeyArn: 'x' })).toThrowErrorMatchingInlineSnapshot(`[TypeError: [kinesis-sse-harness] toHaveStreamEncryption: unknown expectation member 'KeyArn'; known: EncryptionType, KeyId]`);
    // @ts-expect-error: not an EncryptionType
    expect(() => expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'AES256' })).toThrowErrorMatchingInlineSnapshot(`[TypeError: [kinesis-sse-harness] toHaveStreamEncryption: EncryptionType must be one of NONE, KMS; got "AES256"]`);
  });
});
