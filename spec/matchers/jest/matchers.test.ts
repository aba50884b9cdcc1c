// The matchers under jest 30, registered by the kinesis-sse-harness/jest entry (setupFilesAfterEnv):
// every matcher is there, passes and fails, works with .not and as an asymmetric matcher, and its
// messages render with jest's own utils. Run by spec/matchers/jest.spec.ts.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { KinesisClient, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import { createWorld, mockKinesis, mockKms } from 'kinesis-sse-harness';
import { matchers } from 'kinesis-sse-harness/matchers';
import { call, putDeliveryRecord, putRecord, setup, startStreamEncryption, uncoloured } from '../support';

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
    expect(uncoloured(() => expect(world).not.toHaveStreamEncryption('orders'))).toThrowErrorMatchingSnapshot();
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
    expect(uncoloured(() => expect(world).toHaveEncryptedStreamRecords('orders'))).toThrowErrorMatchingSnapshot();
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
    call(world, 'firehose', 'StartDeliveryStreamEncryption', {
      DeliveryStreamName: 'logs',
      DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: key.Arn },
    });
    expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'ENABLING' });
    expect(world).not.toHaveDeliveryStreamKeyInEffect('logs');
    clock.advance(7_000);
    putDeliveryRecord(world, 'logs');
    expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'ENABLED', KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: 'alias/logs' });
    expect(world).toHaveDeliveryStreamKeyInEffect('logs', { KeyARN: key.KeyId });
    expect(world).toHaveEncryptedDeliveryStreamRecords('logs', { KeyType: 'CUSTOMER_MANAGED_CMK' });
    expect(uncoloured(() => expect(world).toHaveDeliveryStreamKeyInEffect('logs', { KeyType: 'AWS_OWNED_CMK' }))).toThrowErrorMatchingSnapshot();
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
