// Two jobs that touch one stream at the same time: a deploy step that puts the stream on the
// application's key, and a compliance job that encrypts any unencrypted stream with the
// organisation's default key. Each is right on its own; run together, their calls interleave, and
// Kinesis refuses a Start while the stream is UPDATING (ResourceInUseException).
import { DescribeStreamSummaryCommand, StartStreamEncryptionCommand, waitUntilStreamExists, type KinesisClient, type StreamDescriptionSummary } from '@aws-sdk/client-kinesis';

/** The naive deploy step: puts the stream on `keyId`. */
export async function deployNaive(kinesis: KinesisClient, streamName: string, keyId: string): Promise<void> {
  await kinesis.send(new StartStreamEncryptionCommand({ StreamName: streamName, EncryptionType: 'KMS', KeyId: keyId }));
}

/** The naive compliance job: encrypts the stream with the default key when it reads it unencrypted. */
export async function enforceEncryptionNaive(kinesis: KinesisClient, streamName: string, defaultKeyId: string): Promise<void> {
  const { StreamDescriptionSummary } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: streamName }));
  if (StreamDescriptionSummary?.EncryptionType !== 'KMS') {
    await kinesis.send(new StartStreamEncryptionCommand({ StreamName: streamName, EncryptionType: 'KMS', KeyId: defaultKeyId }));
  }
}

/**
 * Starts encryption with `keyId` when `wanted` says the stream needs it, once the stream is ACTIVE.
 * When another change got in between the read and the Start (ResourceInUseException), it waits for
 * ACTIVE again and decides again from what the stream is now.
 */
async function startWhenActive(
  kinesis: KinesisClient,
  streamName: string,
  keyId: string,
  wanted: (stream: StreamDescriptionSummary | undefined) => boolean,
): Promise<void> {
  for (let attempt = 1; attempt <= 10; attempt++) {
    await waitUntilStreamExists({ client: kinesis, maxWaitTime: 600 }, { StreamName: streamName });
    const { StreamDescriptionSummary } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: streamName }));
    if (!wanted(StreamDescriptionSummary)) return;
    try {
      await kinesis.send(new StartStreamEncryptionCommand({ StreamName: streamName, EncryptionType: 'KMS', KeyId: keyId }));
      return;
    } catch (error) {
      if ((error as Error).name !== 'ResourceInUseException') throw error;
    }
  }
  throw new Error(`${streamName} kept changing under us; gave up after 10 attempts`);
}

/** The correct deploy step: the application's key wins, whatever the compliance job did. */
export function deploy(kinesis: KinesisClient, streamName: string, keyId: string): Promise<void> {
  return startWhenActive(kinesis, streamName, keyId, (s) => s?.EncryptionType !== 'KMS' || s.KeyId !== keyId);
}

/** The correct compliance job: encrypts only a stream that is still unencrypted when it is ACTIVE. */
export function enforceEncryption(kinesis: KinesisClient, streamName: string, defaultKeyId: string): Promise<void> {
  return startWhenActive(kinesis, streamName, defaultKeyId, (s) => s?.EncryptionType !== 'KMS');
}
