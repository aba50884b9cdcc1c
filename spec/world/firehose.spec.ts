import { describe, expect, it } from 'vitest';
import { createWorld, virtualClock } from '../../src/index';

describe('world.firehose', () => {
  const setup = () => {
    const clock = virtualClock(0);
    return { clock, world: createWorld({ clock, firehose: { durations: { creating: 100, enabling: 10, encryptionLag: 0 } } }) };
  };

  it('createDeliveryStream makes an ACTIVE DirectPut stream by default and returns its description', () => {
    const { world } = setup();
    const d = world.firehose.createDeliveryStream('orders');
    expect(d).toMatchObject({ DeliveryStreamName: 'orders', DeliveryStreamStatus: 'ACTIVE', DeliveryStreamType: 'DirectPut', DeliveryStreamEncryptionConfiguration: { Status: 'DISABLED' } });
    expect(world.firehose.describe('orders')).toStrictEqual(d);
    expect(world.firehose.deliveryStreamCount).toBe(1);
  });

  it('active: false leaves it CREATING; encryption makes it ENABLED at ACTIVE with the key in effect', () => {
    const { world, clock } = setup();
    const key = world.kms.createKey();
    world.firehose.createDeliveryStream('later', { active: false });
    expect(world.firehose.describe('later')?.DeliveryStreamStatus).toBe('CREATING');
    clock.advance(100);
    expect(world.firehose.describe('later')?.DeliveryStreamStatus).toBe('ACTIVE');
    world.firehose.createDeliveryStream('cmk', { encryption: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn } });
    expect(world.firehose.describe('cmk')?.DeliveryStreamEncryptionConfiguration).toStrictEqual({ KeyARN: key.Arn, KeyType: 'CUSTOMER_MANAGED_CMK', Status: 'ENABLED' });
    expect(world.firehose.keyInEffect('cmk')).toStrictEqual({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn });
    expect(world.firehose.keyInEffect('later')).toBeUndefined();
    expect(world.kms.grants(key.Arn)).toHaveLength(1);
  });

  it('tags() shows the tags the API set, as copies, by name or ARN; [] for an unknown stream', () => {
    const { world } = setup();
    const d = world.firehose.createDeliveryStream('orders');
    expect(world.firehose.tags('orders')).toStrictEqual([]);
    expect(world.call('firehose', 'TagDeliveryStream', { DeliveryStreamName: 'orders', Tags: [{ Key: 'team', Value: 'payments' }, { Key: 'flag' }] }).ok).toBe(true);
    const tags = world.firehose.tags(d.DeliveryStreamARN);
    expect(tags).toStrictEqual([{ Key: 'team', Value: 'payments' }, { Key: 'flag' }]);
    (tags as { Key: string }[])[0]!.Key = 'changed';
    expect(world.firehose.tags('orders')[0]).toStrictEqual({ Key: 'team', Value: 'payments' });
    expect(world.firehose.tags('nope')).toStrictEqual([]);
  });

  it('Kinesis- and MSK-sourced streams, other regions, names()', () => {
    const { world } = setup();
    world.firehose.createDeliveryStream('k', { type: 'KinesisStreamAsSource', kinesisStreamARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/src' });
    world.firehose.createDeliveryStream('m', { type: 'MSKAsSource' });
    world.firehose.createDeliveryStream('e', { region: 'eu-west-1' });
    expect(world.firehose.describe('k')?.Source).toStrictEqual({
      KinesisStreamSourceDescription: { KinesisStreamARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/src', RoleARN: 'arn:aws:iam::123456789012:role/firehose-source', DeliveryStartTimestamp: 0 },
    });
    expect('DeliveryStreamEncryptionConfiguration' in world.firehose.describe('m')!).toBe(false);
    expect(world.firehose.names()).toStrictEqual(['k', 'm']);
    expect(world.firehose.names({ region: 'eu-west-1' })).toStrictEqual(['e']);
    expect(world.firehose.describe('e')).toBeUndefined();
    expect(world.firehose.describe('e', { region: 'eu-west-1' })?.DeliveryStreamARN).toBe('arn:aws:firehose:eu-west-1:123456789012:deliverystream/e');
    expect(world.firehose.describe('arn:aws:firehose:eu-west-1:123456789012:deliverystream/e')?.DeliveryStreamName).toBe('e');
  });

  it('refuses what CreateDeliveryStream would refuse, naming AWS answer; refuses unknown options', () => {
    const { world } = setup();
    world.firehose.createDeliveryStream('orders');
    expect(() => world.firehose.createDeliveryStream('orders')).toThrow(
      "[kinesis-sse-harness] world.firehose.createDeliveryStream('orders'): CreateDeliveryStream would fail with ResourceInUseException: Firehose orders under accountId 123456789012 already exists",
    );
    expect(() => world.firehose.createDeliveryStream('bad name')).toThrow(/would fail with ValidationException: 1 validation error detected/);
    expect(() => world.firehose.createDeliveryStream('k', { type: 'KinesisStreamAsSource', encryption: { KeyType: 'AWS_OWNED_CMK' } })).toThrow(/InvalidArgumentException/);
    expect(() => world.firehose.createDeliveryStream('x', { colour: 'red' } as never)).toThrow("[kinesis-sse-harness] world.firehose.createDeliveryStream: unknown option 'colour'; known: type, encryption, kinesisStreamARN, active, region");
  });

  it('records(), limits(), and copies that cannot touch the world', () => {
    const { world, clock } = setup();
    world.firehose.createDeliveryStream('orders');
    expect(world.firehose.records('orders')).toStrictEqual([]);
    expect(world.firehose.records('nope')).toStrictEqual([]);
    const put = world.call('firehose', 'PutRecord', { DeliveryStreamName: 'orders', Record: { Data: new Uint8Array([1]) } });
    const records = world.firehose.records('orders');
    expect(records).toHaveLength(1);
    // The world keeps no RecordId string: the view draws the same one again, and shows it as a plain
    // member wherever a record is read, printed, copied or serialized.
    const id = (put as { ok: true; value: { RecordId: string } }).value.RecordId;
    expect(records[0]!.RecordId).toBe(id);
    expect(Object.keys(records[0]!)).toStrictEqual(['DeliveryStreamARN', 'RecordId', 'time', 'encrypted', 'size']);
    expect(JSON.parse(JSON.stringify(records[0]))).toMatchObject({ RecordId: id });
    expect({ ...records[0]! }.RecordId).toBe(id);
    expect(structuredClone(records[0]!).RecordId).toBe(id);
    (records as unknown as unknown[]).pop();
    expect(world.firehose.records('orders')).toHaveLength(1);
    expect(world.firehose.limits('orders')).toStrictEqual({ startStop: { used: 0, limit: 25 } });
    world.call('firehose', 'StartDeliveryStreamEncryption', { DeliveryStreamName: 'orders' });
    expect(world.firehose.limits('orders')).toStrictEqual({ startStop: { used: 1, limit: 25, nextFreeAt: 86_400_000 } });
    clock.advance(86_400_000);
    expect(world.firehose.limits('orders')).toStrictEqual({ startStop: { used: 0, limit: 25 } });
    expect(() => world.firehose.limits('nope')).toThrow(RangeError);
    expect(() => world.firehose.describe('')).toThrow(/a delivery stream name or ARN is required/);
  });
});
