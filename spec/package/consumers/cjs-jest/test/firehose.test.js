// useWorld() from a CommonJS jest project: the setup entry releases the world after each test.
const { FirehoseClient, StartDeliveryStreamEncryptionCommand, PutRecordCommand } = require('@aws-sdk/client-firehose');
const { useWorld } = require('kinesis-sse-harness');

afterEach(() => {
  jest.useRealTimers();
});

it('turns encryption on with an AWS owned key', async () => {
  jest.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
  const { world } = useWorld({ seed: 2 });
  world.firehose.createDeliveryStream('logs');
  const client = new FirehoseClient({ region: 'us-east-1' });

  await client.send(
    new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'logs', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } }),
  );
  expect(world).toHaveDeliveryStreamEncryption('logs', { Status: 'ENABLING', KeyType: 'AWS_OWNED_CMK' });
  await jest.advanceTimersByTimeAsync(60_000);
  const since = Date.now();
  await client.send(new PutRecordCommand({ DeliveryStreamName: 'logs', Record: { Data: Buffer.from('x') } }));

  expect(world).toHaveDeliveryStreamEncryption('logs');
  expect(world).toHaveDeliveryStreamKeyInEffect('logs', { KeyType: 'AWS_OWNED_CMK' });
  expect(world).toHaveEncryptedDeliveryStreamRecords('logs', { since, KeyType: 'AWS_OWNED_CMK' });
  expect({ world }).toEqual({ world: expect.not.toHaveDeliveryStreamEncryption('logs', { Status: 'DISABLED' }) });
});
