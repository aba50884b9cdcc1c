import { describe, expect, it } from 'vitest';
import '../../src/vitest';
import { failureOf, putRecord, setup, startStreamEncryption, stopStreamEncryption, uncoloured } from './support';

describe('toHaveEncryptedStreamRecords', () => {
  it('passes when every record since the given time was encrypted', () => {
    // Arrange: encryption lag 2 s after UPDATING (5 s) ends
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    const key = world.kms.createKey({ alias: 'alias/orders' });
    putRecord(world, 'orders');
    startStreamEncryption(world, 'orders', 'alias/orders');
    clock.advance(5_000);
    const active = world.now();
    putRecord(world, 'orders'); // in the lag window: not encrypted yet
    clock.advance(2_000);
    putRecord(world, 'orders');
    putRecord(world, 'orders');
    // Assert
    expect(world).toHaveEncryptedStreamRecords('orders', { since: active + 2_000 });
    expect(world).toHaveEncryptedStreamRecords('orders', { since: active + 2_000, KeyId: key.Arn });
    expect(world).not.toHaveEncryptedStreamRecords('orders', { since: active });
    expect(world).not.toHaveEncryptedStreamRecords('orders');
  });

  it('fails listing the records that were not encrypted, with the trace', () => {
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    world.kms.createKey({ alias: 'alias/orders' });
    startStreamEncryption(world, 'orders', 'alias/orders');
    clock.advance(5_000);
    putRecord(world, 'orders');
    clock.advance(2_000);
    putRecord(world, 'orders');
    expect(uncoloured(() => expect(world).toHaveEncryptedStreamRecords('orders', { since: world.now() - 2_000 }))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveEncryptedStreamRecords(stream, options)

      Stream: orders
      Expected: at least one record written since +5.000s, and every one encrypted
      Received: 2 records written since +5.000s, 1 not encrypted:
        +5.000s shardId-000000000000 49670424472731169861061894383144094351084855697172594690: not encrypted

      Trace of the stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s kinesis stream/orders StreamStatus none → ACTIVE
        +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState none → Enabled  (world.kms.createKey)
        +0.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "alias/orders"} → {}
        +0.000s kinesis stream/orders StreamStatus ACTIVE → UPDATING
        +0.000s kinesis stream/orders EncryptionType NONE → KMS
        +0.000s kinesis stream/orders KeyId none → alias/orders
        +5.000s kinesis stream/orders StreamStatus UPDATING → ACTIVE
        +5.000s kinesis PutRecord {StreamName: "orders", PartitionKey: "pk", Data: <1 bytes>} → {ShardId: "shardId-000000000000", SequenceNumber: "49670424472731169861061894383144094351084855697172594690"}
        +7.000s kinesis stream/orders RecordEncryption NONE → KMS  (NONE -> KMS alias/orders)
        +7.000s kinesis PutRecord {StreamName: "orders", PartitionKey: "pk", Data: <1 bytes>} → {ShardId: "shardId-000000000000", SequenceNumber: "49670424472731169861061894383145303276904470463786254338", EncryptionType: "KMS"}]
    `);
    expect(uncoloured(() => expect(world).not.toHaveEncryptedStreamRecords('orders', { since: world.now() }))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).not.toHaveEncryptedStreamRecords(stream, options)

      Stream: orders
      Expected: no record written since +7.000s, or one not encrypted
      Received: 1 record written since +7.000s, encrypted

      Trace of the stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s kinesis stream/orders StreamStatus none → ACTIVE
        +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState none → Enabled  (world.kms.createKey)
        +0.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "alias/orders"} → {}
        +0.000s kinesis stream/orders StreamStatus ACTIVE → UPDATING
        +0.000s kinesis stream/orders EncryptionType NONE → KMS
        +0.000s kinesis stream/orders KeyId none → alias/orders
        +5.000s kinesis stream/orders StreamStatus UPDATING → ACTIVE
        +5.000s kinesis PutRecord {StreamName: "orders", PartitionKey: "pk", Data: <1 bytes>} → {ShardId: "shardId-000000000000", SequenceNumber: "49670424472731169861061894383144094351084855697172594690"}
        +7.000s kinesis stream/orders RecordEncryption NONE → KMS  (NONE -> KMS alias/orders)
        +7.000s kinesis PutRecord {StreamName: "orders", PartitionKey: "pk", Data: <1 bytes>} → {ShardId: "shardId-000000000000", SequenceNumber: "49670424472731169861061894383145303276904470463786254338", EncryptionType: "KMS"}]
    `);
  });

  it('fails when a record was encrypted with another key', () => {
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    world.kms.createKey({ alias: 'alias/old' });
    world.kms.createKey({ alias: 'alias/new' });
    startStreamEncryption(world, 'orders', 'alias/old');
    clock.advance(7_000);
    putRecord(world, 'orders');
    expect(uncoloured(() => expect(world).toHaveEncryptedStreamRecords('orders', { KeyId: 'alias/new' }))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveEncryptedStreamRecords(stream, options)

      Stream: orders
      Expected: at least one record written, and every one encrypted with "alias/new"
      Received: 1 record written, 1 not encrypted with "alias/new":
        +7.000s shardId-000000000000 49670424472731169861061894383144094351084855834611548162: encrypted with "alias/old"

      Trace of the stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s kinesis stream/orders StreamStatus none → ACTIVE
        +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState none → Enabled  (world.kms.createKey)
        +0.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "alias/old"} → {}
        +0.000s kinesis stream/orders StreamStatus ACTIVE → UPDATING
        +0.000s kinesis stream/orders EncryptionType NONE → KMS
        +0.000s kinesis stream/orders KeyId none → alias/old
        +5.000s kinesis stream/orders StreamStatus UPDATING → ACTIVE
        +7.000s kinesis stream/orders RecordEncryption NONE → KMS  (NONE -> KMS alias/old)
        +7.000s kinesis PutRecord {StreamName: "orders", PartitionKey: "pk", Data: <1 bytes>} → {ShardId: "shardId-000000000000", SequenceNumber: "49670424472731169861061894383144094351084855834611548162", EncryptionType: "KMS"}]
    `);
  });

  it('lists the first five records that were not encrypted and counts the rest', () => {
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    for (let i = 0; i < 7; i++) {
      putRecord(world, 'orders', `pk${i}`);
      clock.advance(1_000);
    }
    const printed = failureOf(() => expect(world).toHaveEncryptedStreamRecords('orders'));
    const listed = printed.split('\n').filter((l) => /^  \+\d+\.\d{3}s shardId-000000000000 \d+: not encrypted$/.test(l));
    expect(listed.map((l) => l.trim().split(' ')[0])).toEqual(['+0.000s', '+1.000s', '+2.000s', '+3.000s', '+4.000s']);
    expect(printed).toContain('Received: 7 records written, 7 not encrypted:\n');
    expect(printed).toContain(`${listed[4]}\n  … and 2 more\n`);
  });

  it('fails when no record was written in the window: an empty window proves nothing', () => {
    const { world } = setup();
    world.kinesis.createStream('orders');
    expect(uncoloured(() => expect(world).toHaveEncryptedStreamRecords('orders'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveEncryptedStreamRecords(stream, options)

      Stream: orders
      Expected: at least one record written, and every one encrypted
      Received: no record written

      Trace of the stream (+0.000s = 2026-01-01T00:00:00.000Z):
        +0.000s kinesis stream/orders StreamStatus none → ACTIVE]
    `);
    expect(uncoloured(() => expect(world).toHaveEncryptedStreamRecords('nope'))).toThrowErrorMatchingInlineSnapshot(`
      [Error: expect(world).toHaveEncryptedStreamRecords(stream, options)

      Stream: nope
      Expected: at least one record written, and every one encrypted
      Received: the stream does not exist

      Trace of the stream: no entries.]
    `);
  });

  it('after StopStreamEncryption, .not passes for the new records', () => {
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    world.kms.createKey({ alias: 'alias/orders' });
    startStreamEncryption(world, 'orders', 'alias/orders');
    clock.advance(7_000);
    stopStreamEncryption(world, 'orders', 'alias/orders');
    clock.advance(7_000);
    const off = world.now();
    putRecord(world, 'orders');
    expect(world).not.toHaveEncryptedStreamRecords('orders', { since: off });
  });

  it('throws a TypeError for a bad since', () => {
    const { world } = setup();
    // @ts-expect-error: since is epoch milliseconds
    expect(() => expect(world).toHaveEncryptedStreamRecords('orders', { since: new Date(0) })).toThrowErrorMatchingInlineSnapshot(`[TypeError: [kinesis-sse-harness] toHaveEncryptedStreamRecords: since must be a finite virtual time in epoch milliseconds; got a Date (1970-01-01T00:00:00.000Z)]`);
  });

  it('works as an asymmetric matcher and takes one for KeyId', () => {
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    world.kms.createKey({ alias: 'alias/orders' });
    startStreamEncryption(world, 'orders', 'alias/orders');
    clock.advance(7_000);
    putRecord(world, 'orders');
    expect(world).toHaveEncryptedStreamRecords('orders', { KeyId: expect.stringMatching(/^alias\//) });
    expect({ world }).toEqual({ world: expect.toHaveEncryptedStreamRecords('orders') });
    expect({ world }).toEqual({ world: expect.not.toHaveEncryptedStreamRecords('orders', { KeyId: expect.stringMatching(/^arn:/) }) });
  });
});
