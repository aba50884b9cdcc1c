// A remediation job: "every stream must be encrypted with a KMS key that works". It is handed a
// stream and the key to use, and must leave the stream encrypted with a usable key, or fail loudly.
import { DescribeKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import { DescribeStreamSummaryCommand, StartStreamEncryptionCommand, waitUntilStreamExists, type KinesisClient } from '@aws-sdk/client-kinesis';

/** What the remediation did. */
export type EnsureOutcome = 'already-encrypted' | 'encrypted';

/** The stream to fix and the key to encrypt it with. */
export interface EnsureRequest {
  readonly streamName: string;
  /** The key to use when the stream needs (re-)encrypting, in any KeyId form. */
  readonly keyId: string;
}

/**
 * The naive version. Two bugs: a stream that is already `KMS` counts as compliant even when its
 * key is disabled or pending deletion (every write to it then fails), and it returns as soon as
 * StartStreamEncryption answers, while the stream is still UPDATING.
 */
export async function ensureStreamEncryptedNaive(kinesis: KinesisClient, _kms: KMSClient, request: EnsureRequest): Promise<EnsureOutcome> {
  const { StreamDescriptionSummary } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: request.streamName }));
  if (StreamDescriptionSummary?.EncryptionType === 'KMS') return 'already-encrypted';
  await kinesis.send(new StartStreamEncryptionCommand({ StreamName: request.streamName, EncryptionType: 'KMS', KeyId: request.keyId }));
  return 'encrypted';
}

async function keyIsEnabled(kms: KMSClient, keyId: string): Promise<boolean> {
  try {
    const { KeyMetadata } = await kms.send(new DescribeKeyCommand({ KeyId: keyId }));
    return KeyMetadata?.KeyState === 'Enabled';
  } catch (error) {
    if ((error as Error).name === 'NotFoundException') return false;
    throw error;
  }
}

/**
 * The correct version: waits until the stream is ACTIVE (it may be CREATING or UPDATING), checks
 * that the key of an already encrypted stream is Enabled, re-encrypts with the given key when it
 * is not, waits for ACTIVE again and verifies the result before saying so.
 */
export async function ensureStreamEncrypted(kinesis: KinesisClient, kms: KMSClient, request: EnsureRequest, maxWaitSeconds = 900): Promise<EnsureOutcome> {
  const StreamName = request.streamName;
  await waitUntilStreamExists({ client: kinesis, maxWaitTime: maxWaitSeconds }, { StreamName });
  const before = (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName }))).StreamDescriptionSummary;
  if (before?.EncryptionType === 'KMS' && before.KeyId !== undefined && (await keyIsEnabled(kms, before.KeyId))) return 'already-encrypted';
  if (!(await keyIsEnabled(kms, request.keyId))) throw new Error(`cannot encrypt ${StreamName}: key ${request.keyId} is not enabled`);
  await kinesis.send(new StartStreamEncryptionCommand({ StreamName, EncryptionType: 'KMS', KeyId: request.keyId }));
  await waitUntilStreamExists({ client: kinesis, maxWaitTime: maxWaitSeconds }, { StreamName });
  const after = (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName }))).StreamDescriptionSummary;
  if (after?.StreamStatus !== 'ACTIVE' || after.EncryptionType !== 'KMS' || after.KeyId !== request.keyId) {
    throw new Error(`encrypting ${StreamName} did not take: ${after?.StreamStatus} ${after?.EncryptionType} ${after?.KeyId ?? ''}`);
  }
  if (!(await keyIsEnabled(kms, request.keyId))) throw new Error(`key ${request.keyId} was disabled while ${StreamName} was being encrypted`);
  return 'encrypted';
}
