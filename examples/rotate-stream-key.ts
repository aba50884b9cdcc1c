// A scheduled key rotation: every hour, a job creates a fresh KMS key and moves a stream onto it.
// Kinesis allows 25 successful new-key applications per stream in any rolling 24 hours.
import { CreateKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import { DescribeStreamSummaryCommand, StartStreamEncryptionCommand, waitUntilStreamExists, type KinesisClient } from '@aws-sdk/client-kinesis';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function newKey(kms: KMSClient, streamName: string): Promise<string> {
  const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Description: `rotation key for ${streamName}` }));
  if (KeyMetadata?.KeyId === undefined) throw new Error('CreateKey returned no key');
  return KeyMetadata.KeyId;
}

/**
 * The naive version: on any failure (the waiter timing out because UPDATING took longer than a
 * minute, a throttled call), it retries the whole rotation, with another new key. Each retry
 * that Kinesis accepts is one more new-key application, so slow updates burn through the 25 per
 * 24 hours and the rotation then fails for the rest of the day with LimitExceededException.
 */
export async function rotateStreamKeyNaive(kinesis: KinesisClient, kms: KMSClient, streamName: string): Promise<string> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= 5; attempt++) {
    try {
      const keyId = await newKey(kms, streamName);
      await kinesis.send(new StartStreamEncryptionCommand({ StreamName: streamName, EncryptionType: 'KMS', KeyId: keyId }));
      await waitUntilStreamExists({ client: kinesis, maxWaitTime: 60 }, { StreamName: streamName });
      return keyId;
    } catch (error) {
      lastError = error;
      await sleep(30_000);
    }
  }
  throw lastError;
}

/**
 * The correct version: one new key per rotation. It applies the key once; when the waiter times
 * out it looks at the stream instead of starting again (the key is already applied, the update is
 * just slow), and it retries StartStreamEncryption only when that call itself was refused because
 * the stream was busy (ResourceInUseException), never after Kinesis accepted it. Anything else
 * fails the rotation; the next scheduled one tries again.
 */
export async function rotateStreamKey(kinesis: KinesisClient, kms: KMSClient, streamName: string, maxWaitMs = 30 * 60_000): Promise<string> {
  const keyId = await newKey(kms, streamName);
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    try {
      await kinesis.send(new StartStreamEncryptionCommand({ StreamName: streamName, EncryptionType: 'KMS', KeyId: keyId }));
      break;
    } catch (error) {
      if ((error as Error).name !== 'ResourceInUseException' || Date.now() > deadline) throw error;
      await sleep(15_000);
    }
  }
  for (;;) {
    try {
      await waitUntilStreamExists({ client: kinesis, maxWaitTime: 60 }, { StreamName: streamName });
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError' || Date.now() > deadline) throw error;
    }
    const { StreamDescriptionSummary: d } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: streamName }));
    if (d?.StreamStatus === 'ACTIVE') {
      if (d.KeyId !== keyId) throw new Error(`rotation of ${streamName} did not take: the stream is on ${d.KeyId ?? 'no key'}`);
      return keyId;
    }
    if (Date.now() > deadline) throw new Error(`rotation of ${streamName} still ${d?.StreamStatus} after ${maxWaitMs} ms`);
  }
}

/** Runs a rotation every `everyMs` for `count` times, as a scheduler would, and reports each one. */
export async function runRotationSchedule(
  rotate: () => Promise<string>,
  count: number,
  everyMs = 60 * 60_000,
): Promise<readonly ({ readonly ok: true; readonly keyId: string } | { readonly ok: false; readonly error: string })[]> {
  const results: ({ ok: true; keyId: string } | { ok: false; error: string })[] = [];
  const start = Date.now();
  for (let i = 0; i < count; i++) {
    const at = start + i * everyMs;
    if (Date.now() < at) await sleep(at - Date.now());
    try {
      results.push({ ok: true, keyId: await rotate() });
    } catch (error) {
      results.push({ ok: false, error: `${(error as Error).name}: ${(error as Error).message}` });
    }
  }
  return results;
}
