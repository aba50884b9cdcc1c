// The Firehose model answered without the SDK (world.call): wire shapes with epoch-ms timestamps,
// the trace, and faults through the world's interceptors.
import { FirehoseClient, FirehoseServiceException, PutRecordCommand, ServiceUnavailableException, StartDeliveryStreamEncryptionCommand } from '@aws-sdk/client-firehose';
import { describe, expect, it } from 'vitest';
import { createWorld, mockFirehose, virtualClock } from '../../../src/index';
import { serviceError } from '../../../src/model/errors';
import { isModelled, modelledOperations } from '../../../src/model/invoke';

const S3 = { RoleARN: 'arn:aws:iam::123456789012:role/r', BucketARN: 'arn:aws:s3:::b' };

describe('Firehose model through world.call', () => {
  it('models the twelve operations of the Firehose API (every command of @aws-sdk/client-firehose)', () => {
    expect(modelledOperations('firehose')).toStrictEqual([
      'CreateDeliveryStream',
      'DeleteDeliveryStream',
      'DescribeDeliveryStream',
      'ListDeliveryStreams',
      'ListTagsForDeliveryStream',
      'PutRecord',
      'PutRecordBatch',
      'StartDeliveryStreamEncryption',
      'StopDeliveryStreamEncryption',
      'TagDeliveryStream',
      'UntagDeliveryStream',
      'UpdateDestination',
    ]);
    expect(isModelled('firehose', 'UpdateDestination')).toBe(true);
    expect(isModelled('firehose', 'GetRecords')).toBe(false);
  });

  it('answers wire shapes with epoch-ms timestamps and records each call in the trace', () => {
    const clock = virtualClock(1_000);
    const world = createWorld({ clock, firehose: { durations: { creating: 10 } } });
    const created = world.call('firehose', 'CreateDeliveryStream', { DeliveryStreamName: 'd', ExtendedS3DestinationConfiguration: S3 });
    expect(created).toStrictEqual({ ok: true, value: { DeliveryStreamARN: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/d' } });
    clock.advance(10);
    const d = world.call('firehose', 'DescribeDeliveryStream', { DeliveryStreamName: 'd' });
    expect(d.ok && (d.value as { DeliveryStreamDescription: { CreateTimestamp: number } }).DeliveryStreamDescription.CreateTimestamp).toBe(1_000);
    const calls = world.trace.filter((e) => e.kind === 'call').map((e) => (e.kind === 'call' ? [e.operation, e.time] : []));
    expect(calls).toStrictEqual([
      ['CreateDeliveryStream', 1_000],
      ['DescribeDeliveryStream', 1_010],
    ]);
    const missing = world.call('firehose', 'DescribeDeliveryStream', { DeliveryStreamName: 'x' });
    expect(missing).toStrictEqual({
      ok: false,
      error: { service: 'firehose', type: 'ResourceNotFoundException', message: 'Firehose x under account 123456789012 not found.', httpStatus: 400, fault: 'client' },
    });
  });

  it('a non-object input is a SerializationException, a wrong member type too', () => {
    const world = createWorld({ clock: virtualClock() });
    expect(world.call('firehose', 'ListDeliveryStreams', null)).toMatchObject({ ok: false, error: { type: 'SerializationException' } });
    expect(world.call('firehose', 'ListDeliveryStreams', { Limit: 'ten' })).toMatchObject({ ok: false, error: { type: 'SerializationException' } });
  });

  it('an interceptor (fault) answers instead of the model, and the trace says so; the SDK sees FirehoseServiceException for unmodelled types', async () => {
    const world = createWorld({ clock: virtualClock() });
    world.firehose.createDeliveryStream('d');
    world.model.interceptors.push((_w, call) =>
      call.service === 'firehose' && call.operation === 'StartDeliveryStreamEncryption'
        ? { error: serviceError('firehose', 'ThrottlingException', 'Please slow down. Max limit of 5 RPS has breached'), label: 'throttle' }
        : undefined,
    );
    const stub = mockFirehose(world);
    try {
      const err = (await new FirehoseClient({ region: 'us-east-1' }).send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'd' })).catch((e: unknown) => e)) as FirehoseServiceException;
      expect(err).toBeInstanceOf(FirehoseServiceException);
      expect(err.name).toBe('ThrottlingException');
      expect(err.$fault).toBe('client');
      expect(world.firehose.describe('d')?.DeliveryStreamEncryptionConfiguration).toStrictEqual({ Status: 'DISABLED' });
      const last = world.trace.filter((e) => e.kind === 'call').at(-1);
      expect(last).toMatchObject({ operation: 'StartDeliveryStreamEncryption', fault: 'throttle', error: { type: 'ThrottlingException' } });
    } finally {
      stub.restore();
    }
  });

  it('a ServiceUnavailableException fault reaches the SDK as its own class, a server fault with HTTP 503', async () => {
    const world = createWorld({ clock: virtualClock() });
    world.firehose.createDeliveryStream('d');
    world.model.interceptors.push((_w, call) =>
      call.operation === 'PutRecord' ? { error: serviceError('firehose', 'ServiceUnavailableException', 'Slow down.'), label: 'slow down' } : undefined,
    );
    const stub = mockFirehose(world);
    try {
      const err = (await new FirehoseClient({ region: 'us-east-1' })
        .send(new PutRecordCommand({ DeliveryStreamName: 'd', Record: { Data: new Uint8Array([1]) } }))
        .catch((e: unknown) => e)) as ServiceUnavailableException;
      expect(err).toBeInstanceOf(ServiceUnavailableException);
      expect(err.message).toBe('Slow down.');
      expect(err.$fault).toBe('server');
      expect(err.$metadata.httpStatusCode).toBe(503);
      expect(world.firehose.records('d')).toStrictEqual([]);
    } finally {
      stub.restore();
    }
  });
});
