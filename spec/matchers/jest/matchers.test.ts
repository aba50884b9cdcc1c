// The matchers under jest 30, registered by the kinesis-sse-harness/jest entry (setupFilesAfterEnv):
// every matcher is there, passes and fails, works with .not and as an asymmetric matcher, and its
// messages render with jest's own utils. Run by spec/matchers/jest.spec.ts.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { KinesisClient, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import { createWorld, mockKinesis, mockKms } from 'kinesis-sse-harness';
import { matchers } from 'kinesis-sse-harness/matchers';
import { putDeliveryRecord, putRecord, setup, startDeliveryStreamEncryption, startStreamEncryption, uncoloured } from '../support';

describe('the kinesis-sse-harness/jest entry', () => {
  it('registers every matcher on jest’s expect', () => {
    for (const name of Object.keys(matchers)) {
      expect(typeof (expect as unknown as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('throws a clear error when there is no global expect to extend', () => {
    const saved = (globalThis as { expect?: unknown }).expect;
    try {
      delete (globalThis as { expect?: unknown }).expect;
      jest.isolateModules(() => {
        expect(() => require('../../../src/jest')).toThrow(/found no global `expect` to extend/);
      });
    } finally {
      (globalThis as { expect?: unknown }).expect = saved;
    }
  });
});

describe('Kinesis matchers under jest', () => {
  it('toHaveStreamStatus and toHaveStreamEncryption pass, fail and invert', () => {
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    const key = world.kms.createKey({ alias: 'alias/orders' });
    startStreamEncryption(world, 'orders', 'alias/orders');
    expect(world).toHaveStreamStatus('orders', 'UPDATING');
    clock.advance(5_000);
    expect(world).toHaveStreamStatus('orders', 'ACTIVE');
    expect(world).not.toHaveStreamStatus('orders', 'UPDATING');
    expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'KMS', KeyId: key.Arn });
    expect(world).toHaveStreamEncryption('orders', { KeyId: expect.stringMatching(/^alias\//) });
    expect(() => expect(world).toHaveStreamStatus('orders', 'UPDATING')).toThrow('Received: "ACTIVE"');
    expect(uncoloured(() => expect(world).not.toHaveStreamEncryption('orders'))).toThrowErrorMatchingInlineSnapshot(`
"expect(world).not.toHaveStreamEncryption(stream, expected)

Stream: orders (ACTIVE)
Expected: not {"EncryptionType": "KMS"}
Received: {"EncryptionType": "KMS", "KeyId": "alias/orders"}

Trace of the stream (+0.000s = 2026-01-01T00:00:00.000Z):
  +0.000s kinesis stream/orders StreamStatus none → ACTIVE
  +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState none → Enabled  (world.kms.createKey)
  +0.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "alias/orders"} → {}
  +0.000s kinesis stream/orders StreamStatus ACTIVE → UPDATING
  +0.000s kinesis stream/orders EncryptionType NONE → KMS
  +0.000s kinesis stream/orders KeyId none → alias/orders
  +5.000s kinesis stream/orders StreamStatus UPDATING → ACTIVE"
`);
  });

  it('toHaveEncryptedStreamRecords and toHaveStayedWithinStreamEncryptionLimits', () => {
    const { world, clock } = setup({ kinesis: { limits: { keyApplicationsPer24h: 1 } } });
    world.kinesis.createStream('orders');
    world.kms.createKey({ alias: 'alias/a' });
    world.kms.createKey({ alias: 'alias/b' });
    startStreamEncryption(world, 'orders', 'alias/a');
    clock.advance(5_000);
    putRecord(world, 'orders');
    clock.advance(2_000);
    const encryptedFrom = world.now();
    putRecord(world, 'orders');
    expect(world).toHaveEncryptedStreamRecords('orders', { since: encryptedFrom, KeyId: 'alias/a' });
    expect(world).not.toHaveEncryptedStreamRecords('orders');
    expect(uncoloured(() => expect(world).toHaveEncryptedStreamRecords('orders'))).toThrowErrorMatchingInlineSnapshot(`
"expect(world).toHaveEncryptedStreamRecords(stream, options)

Stream: orders
Expected: at least one record written, and every one encrypted
Received: 2 records written, 1 not encrypted:
  +5.000s shardId-000000000000 49670424472731169861061894383144094351084855697172594690: not encrypted

Trace of the stream (+0.000s = 2026-01-01T00:00:00.000Z):
  +0.000s kinesis stream/orders StreamStatus none → ACTIVE
  +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState none → Enabled  (world.kms.createKey)
  +0.000s kinesis StartStreamEncryption {StreamName: "orders", EncryptionType: "KMS", KeyId: "alias/a"} → {}
  +0.000s kinesis stream/orders StreamStatus ACTIVE → UPDATING
  +0.000s kinesis stream/orders EncryptionType NONE → KMS
  +0.000s kinesis stream/orders KeyId none → alias/a
  +5.000s kinesis stream/orders StreamStatus UPDATING → ACTIVE
  +5.000s kinesis PutRecord {StreamName: "orders", PartitionKey: "pk", Data: <1 bytes>} → {ShardId: "shardId-000000000000", SequenceNumber: "49670424472731169861061894383144094351084855697172594690"}
  +7.000s kinesis stream/orders RecordEncryption NONE → KMS  (NONE -> KMS alias/a)
  +7.000s kinesis PutRecord {StreamName: "orders", PartitionKey: "pk", Data: <1 bytes>} → {ShardId: "shardId-000000000000", SequenceNumber: "49670424472731169861061894383145303276904470463786254338", EncryptionType: "KMS"}"
`);
    expect(world).toHaveStayedWithinStreamEncryptionLimits('orders');
    expect(world.call('kinesis', 'StartStreamEncryption', { StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/b' }).ok).toBe(false);
    expect(world).not.toHaveStayedWithinStreamEncryptionLimits('orders');
  });

  it('toHaveTransition, also as an asymmetric matcher', () => {
    const { world, clock } = setup();
    world.kinesis.createStream('orders');
    world.kms.createKey({ alias: 'alias/orders' });
    startStreamEncryption(world, 'orders', 'alias/orders');
    clock.advance(5_000);
    expect(world).toHaveTransition('orders', { property: 'StreamStatus', from: 'UPDATING', to: 'ACTIVE' });
    expect(world).not.toHaveTransition('orders', { property: 'StreamStatus', to: 'DELETING' });
    expect({ world }).toEqual({ world: expect.toHaveTransition('orders', { property: 'KeyId', to: 'alias/orders' }) });
    expect({ world }).toEqual({ world: expect.not.toHaveStreamStatus('orders', 'UPDATING') });
    expect({ world }).not.toEqual({ world: expect.toHaveStreamStatus('orders', 'UPDATING') });
  });
});

describe('Firehose matchers under jest', () => {
  it('status, encryption, key in effect and encrypted records', () => {
    const { world, clock } = setup();
    world.firehose.createDeliveryStream('logs');
    const key = world.kms.createKey({ alias: 'alias/logs' });
    expect(world).toHaveDeliveryStreamStatus('logs', 'ACTIVE');
    startDeliveryStreamEncryption(world, 'logs', { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn });
    expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'ENABLING' });
    expect(world).not.toHaveDeliveryStreamKeyInEffect('logs');
    clock.advance(7_000);
    putDeliveryRecord(world, 'logs');
    expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'ENABLED', KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: 'alias/logs' });
    expect(world).toHaveDeliveryStreamKeyInEffect('logs', { KeyARN: key.KeyId });
    expect(world).toHaveEncryptedDeliveryStreamRecords('logs', { KeyType: 'CUSTOMER_MANAGED_CMK' });
    expect(uncoloured(() => expect(world).toHaveDeliveryStreamKeyInEffect('logs', { KeyType: 'AWS_OWNED_CMK' }))).toThrowErrorMatchingInlineSnapshot(`
"expect(world).toHaveDeliveryStreamKeyInEffect(deliveryStream, expected)

Delivery stream: logs (ACTIVE)
Expected: {"KeyType": "AWS_OWNED_CMK"}
Received: {"KeyARN": "arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb", "KeyType": "CUSTOMER_MANAGED_CMK"}
Reported by DescribeDeliveryStream: {"KeyARN": "arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb", "KeyType": "CUSTOMER_MANAGED_CMK", "Status": "ENABLED"}

Trace of the delivery stream (+0.000s = 2026-01-01T00:00:00.000Z):
  +0.000s firehose deliverystream/logs DeliveryStreamStatus none → CREATING
  +0.000s firehose deliverystream/logs EncryptionStatus none → DISABLED
  +0.000s firehose deliverystream/logs DeliveryStreamStatus CREATING → ACTIVE
  +0.000s kms key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb KeyState none → Enabled  (world.kms.createKey)
  +0.000s firehose StartDeliveryStreamEncryption {DeliveryStreamName: "logs", DeliveryStreamEncryptionConfigurationInput: {KeyType: "CUSTOMER_MANAGED_CMK", KeyARN: "arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb"}} → {}
  +0.000s firehose deliverystream/logs EncryptionStatus DISABLED → ENABLING
  +5.000s firehose deliverystream/logs EncryptionStatus ENABLING → ENABLED
  +5.000s firehose deliverystream/logs KeyInEffect none → arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb  (grant 27c11ec4ed50cddca8670d35a1a3444449e37b4114f6108ad65180860daf24d6 created)
  +7.000s firehose deliverystream/logs RecordEncryption false → true  (arn:aws:kms:us-east-1:123456789012:key/b3e5b3f6-77fa-45f3-bab5-dfe12c0ddcdb)
  +7.000s firehose PutRecord {DeliveryStreamName: "logs", Record: {Data: <1 bytes>}} → {Encrypted: true, … 1 more member}"
`);
  });
});

describe('with jest’s fake timers and the SDK', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('UPDATING ends when fake time passes', async () => {
    jest.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    const world = createWorld({ seed: 1 });
    const kinesis = mockKinesis(world);
    const kms = mockKms(world);
    try {
      world.kinesis.createStream('orders');
      world.kms.createKey({ alias: 'alias/orders' });
      await new KinesisClient({ region: 'us-east-1' }).send(
        new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/orders' }),
      );
      expect(world).toHaveStreamStatus('orders', 'UPDATING');
      jest.advanceTimersByTime(10_000);
      expect(world).toHaveStreamStatus('orders', 'ACTIVE');
      expect(world).toHaveStreamEncryption('orders', { KeyId: 'alias/orders' });
    } finally {
      kinesis.restore();
      kms.restore();
    }
  });
});
