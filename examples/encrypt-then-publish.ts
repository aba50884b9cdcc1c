// Publishing sensitive records only once the stream encrypts them. AWS: "It can take up to 5
// seconds after the stream is in an ACTIVE status before all records written to the stream are
// encrypted"; PutRecord's EncryptionType says whether this record was.
import { PutRecordCommand, StartStreamEncryptionCommand, waitUntilStreamExists, type KinesisClient } from '@aws-sdk/client-kinesis';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The naive version: encrypts, waits for ACTIVE, and trusts the next record to be encrypted. */
export async function encryptThenPublishNaive(kinesis: KinesisClient, streamName: string, keyId: string, payload: Uint8Array): Promise<void> {
  await kinesis.send(new StartStreamEncryptionCommand({ StreamName: streamName, EncryptionType: 'KMS', KeyId: keyId }));
  await waitUntilStreamExists({ client: kinesis, maxWaitTime: 600 }, { StreamName: streamName });
  await kinesis.send(new PutRecordCommand({ StreamName: streamName, PartitionKey: 'sensitive', Data: payload }));
}

/**
 * The correct version: after ACTIVE, writes a harmless canary record and reads PutRecord's
 * EncryptionType; it publishes the sensitive record only once a canary came back `KMS`.
 */
export async function encryptThenPublish(kinesis: KinesisClient, streamName: string, keyId: string, payload: Uint8Array): Promise<void> {
  await kinesis.send(new StartStreamEncryptionCommand({ StreamName: streamName, EncryptionType: 'KMS', KeyId: keyId }));
  await waitUntilStreamExists({ client: kinesis, maxWaitTime: 600 }, { StreamName: streamName });
  for (let attempt = 0; ; attempt++) {
    const canary = await kinesis.send(new PutRecordCommand({ StreamName: streamName, PartitionKey: 'canary', Data: new Uint8Array([0]) }));
    if (canary.EncryptionType === 'KMS') break;
    if (attempt >= 30) throw new Error(`${streamName} still does not encrypt records 30 s after ACTIVE`);
    await sleep(1_000);
  }
  await kinesis.send(new PutRecordCommand({ StreamName: streamName, PartitionKey: 'sensitive', Data: payload }));
}
