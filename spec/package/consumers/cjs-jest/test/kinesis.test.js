// A jest 30 CommonJS user: require() of every entry, mockKinesis answering the SDK, jest's fake timers, the matchers.
const { KinesisClient, StartStreamEncryptionCommand, PutRecordCommand } = require('@aws-sdk/client-kinesis');
const { createWorld, mockKinesis, mockKms } = require('kinesis-sse-harness');
const { matchers } = require('kinesis-sse-harness/matchers');

afterEach(() => {
  jest.useRealTimers();
});

it('registers every matcher from kinesis-sse-harness/jest', () => {
  for (const name of Object.keys(matchers)) expect(typeof expect[name]).toBe('function');
});

it('encrypts a stream in virtual time', async () => {
  jest.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
  const world = createWorld({ seed: 1 });
  const kinesis = mockKinesis(world);
  const kms = mockKms(world);
  world.kinesis.createStream('orders');
  world.kms.createKey({ alias: 'alias/orders' });
  const client = new KinesisClient({ region: 'us-east-1' });

  await client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/orders' }));
  expect(world).toHaveStreamStatus('orders', 'UPDATING');
  await jest.advanceTimersByTimeAsync(60_000);
  await client.send(new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'k', Data: Buffer.from('x') }));

  expect(world).toHaveStreamStatus('orders', 'ACTIVE');
  expect(world).toHaveStreamEncryption('orders', { EncryptionType: 'KMS', KeyId: 'alias/orders' });
  expect(world).toHaveEncryptedStreamRecords('orders');
  expect(world).not.toHaveTransition('orders', { property: 'StreamStatus', to: 'DELETING' });
  expect(() => expect(world).toHaveStreamStatus('orders', 'UPDATING')).toThrow(/Trace of the stream/);

  kinesis.restore();
  kms.restore();
});

it('rejects with instances of the classes this project required (through jest’s module registry)', async () => {
  const { KinesisServiceException, ResourceInUseException } = require('@aws-sdk/client-kinesis');
  const world = createWorld({ seed: 3 });
  const kinesis = mockKinesis(world);
  world.kinesis.createStream('busy', { active: false });
  const err = await new KinesisClient({ region: 'us-east-1' })
    .send(new StartStreamEncryptionCommand({ StreamName: 'busy', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }))
    .catch((e) => e);
  expect(err).toBeInstanceOf(ResourceInUseException);
  expect(err).toBeInstanceOf(KinesisServiceException);
  expect(Object.getPrototypeOf(err)).toBe(ResourceInUseException.prototype);
  expect(err.message).toBe('Stream busy under account 123456789012 not ACTIVE, instead in state CREATING');
  kinesis.restore();
});
