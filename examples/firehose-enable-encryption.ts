// Turning on server-side encryption of a Firehose delivery stream with a customer managed key and
// verifying it took. Firehose has no waiter: callers poll DescribeDeliveryStream themselves.
import { DescribeDeliveryStreamCommand, StartDeliveryStreamEncryptionCommand, type FirehoseClient } from '@aws-sdk/client-firehose';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function encryptionOf(firehose: FirehoseClient, name: string) {
  const { DeliveryStreamDescription } = await firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: name }));
  return DeliveryStreamDescription?.DeliveryStreamEncryptionConfiguration;
}

/**
 * The naive version: polls until the status is no longer ENABLING, and then reports success; an
 * ENABLING_FAILED (a disabled key, a key policy that denies Firehose) counts as done, and so does
 * running out of polls while still ENABLING.
 */
export async function enableEncryptionNaive(firehose: FirehoseClient, name: string, keyArn: string): Promise<void> {
  await firehose.send(
    new StartDeliveryStreamEncryptionCommand({
      DeliveryStreamName: name,
      DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: keyArn },
    }),
  );
  for (let poll = 0; poll < 10; poll++) {
    const config = await encryptionOf(firehose, name);
    if (config?.Status !== 'ENABLING') return;
    await sleep(5_000);
  }
}

/**
 * The correct version: succeeds only on ENABLED with the requested key; ENABLING_FAILED is an
 * error carrying Firehose's FailureDescription; so is still ENABLING when the deadline passes.
 */
export async function enableEncryption(firehose: FirehoseClient, name: string, keyArn: string, maxWaitMs = 10 * 60_000): Promise<void> {
  await firehose.send(
    new StartDeliveryStreamEncryptionCommand({
      DeliveryStreamName: name,
      DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: keyArn },
    }),
  );
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    const config = await encryptionOf(firehose, name);
    if (config?.Status === 'ENABLED') {
      if (config.KeyARN !== keyArn) throw new Error(`${name} is encrypted with ${config.KeyARN ?? config.KeyType}, not ${keyArn}`);
      return;
    }
    if (config?.Status === 'ENABLING_FAILED') {
      const f = config.FailureDescription;
      throw new Error(`enabling encryption of ${name} failed: ${f?.Type ?? 'UNKNOWN'}: ${f?.Details ?? ''}`);
    }
    if (Date.now() >= deadline) throw new Error(`encryption of ${name} still ${config?.Status} after ${maxWaitMs} ms`);
    await sleep(5_000);
  }
}
