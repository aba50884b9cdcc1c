// Matchers in a world that bounds what it keeps (createWorld({ retain })): they say when what they
// need was dropped, and refuse to guess.
import { describe, expect, it } from 'vitest';
import '../../src/vitest';
import { call, failureOf, setup, startStreamEncryption } from './support';

const HOUR = 3_600_000;

describe('matchers with retain', () => {
  it('a failure message ends with how many trace entries were dropped', () => {
    const { world } = setup({ retain: { traceEntries: 5 } });
    world.kinesis.createStream('orders');
    for (let i = 0; i < 20; i++) call(world, 'kinesis', 'PutRecord', { StreamName: 'orders', PartitionKey: 'p', Data: 'x' });
    const message = failureOf(() => expect(world).toHaveStreamStatus('orders', 'UPDATING'));
    expect(message).toContain(`  (${world.traceLog.total - 5} earlier trace entries dropped by retain.traceEntries = 5)`);
    expect(message.split('\n').filter((l) => l.includes('PutRecord'))).toHaveLength(5);
  });

  it('toHaveTransition: a kept transition passes; under .not, absence among dropped entries cannot be told', () => {
    const { world, clock } = setup({ retain: { traceEntries: 3 } });
    world.kinesis.createStream('orders');
    world.kms.createKey({ alias: 'alias/orders' });
    startStreamEncryption(world, 'orders', 'alias/orders');
    clock.advance(5_000);
    expect(world).toHaveTransition('orders', { property: 'StreamStatus', to: 'ACTIVE' });
    for (let i = 0; i < 5; i++) call(world, 'kinesis', 'PutRecord', { StreamName: 'orders', PartitionKey: 'p', Data: 'x' });
    expect(() => expect(world).not.toHaveTransition('orders', { property: 'StreamStatus', to: 'UPDATING' })).toThrow(
      /toHaveTransition cannot tell: no kept transition matches, and the world dropped what it needs \(\d+ earlier trace entries dropped by retain.traceEntries = 3\)/,
    );
    // A window after the dropped entries is fine.
    clock.advance(1_000);
    expect(world).not.toHaveTransition('orders', { property: 'StreamStatus', to: 'UPDATING', since: world.now() });
    expect(failureOf(() => expect(world).toHaveTransition('orders', { property: 'StreamStatus', to: 'UPDATING' }))).toMatch(/earlier trace entries dropped/);
  });

  it('toHaveStayedWithinStreamEncryptionLimits cannot tell once the stream\'s calls were dropped', () => {
    const { world } = setup({ retain: { traceEntries: 2 } });
    world.kinesis.createStream('orders');
    expect(world).toHaveStayedWithinStreamEncryptionLimits('orders');
    for (let i = 0; i < 3; i++) call(world, 'kinesis', 'PutRecord', { StreamName: 'orders', PartitionKey: 'p', Data: 'x' });
    expect(() => expect(world).toHaveStayedWithinStreamEncryptionLimits('orders')).toThrow(/toHaveStayedWithinStreamEncryptionLimits cannot tell/);
  });

  it("records matchers cannot tell about a window that reaches dropped records (records: 'readable'), and judge one after them", () => {
    const { world, clock } = setup({ retain: { records: 'readable' } });
    world.kinesis.createStream('orders');
    world.firehose.createDeliveryStream('logs');
    world.kms.createKey({ alias: 'alias/orders' });
    call(world, 'kinesis', 'PutRecord', { StreamName: 'orders', PartitionKey: 'p', Data: 'x' });
    call(world, 'firehose', 'PutRecord', { DeliveryStreamName: 'logs', Record: { Data: 'x' } });
    startStreamEncryption(world, 'orders', 'alias/orders');
    call(world, 'firehose', 'StartDeliveryStreamEncryption', { DeliveryStreamName: 'logs', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } });
    clock.advance(25 * HOUR);
    const since = world.now();
    call(world, 'kinesis', 'PutRecord', { StreamName: 'orders', PartitionKey: 'p', Data: 'x' });
    call(world, 'firehose', 'PutRecord', { DeliveryStreamName: 'logs', Record: { Data: 'x' } });
    expect(() => expect(world).toHaveEncryptedStreamRecords('orders')).toThrow(
      /toHaveEncryptedStreamRecords cannot tell: 1 earlier record was dropped by retain.records = 'readable' \(past the retention period, written up to \+0\.000s\)/,
    );
    expect(() => expect(world).toHaveEncryptedDeliveryStreamRecords('logs')).toThrow(/toHaveEncryptedDeliveryStreamRecords cannot tell/);
    expect(world).toHaveEncryptedStreamRecords('orders', { since });
    expect(world).toHaveEncryptedDeliveryStreamRecords('logs', { since });
  });
});
