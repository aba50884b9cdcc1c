// A stateful class a service keeps for the lifetime of a process: before each batch of writes it
// calls guard.ensure(), which must leave the stream encrypted with a key that is enabled at that
// moment, falling back to the second key when the first one is disabled.
import type { KMSClient } from '@aws-sdk/client-kms';
import type { KinesisClient } from '@aws-sdk/client-kinesis';
import { DescribeKeyCommand } from '@aws-sdk/client-kms';
import { ensureStreamEncrypted } from './ensure-stream-encrypted';

/** What both guards offer. */
export interface EncryptionGuard {
  /** Resolves once the stream is encrypted with one of the keys, enabled now; rejects when no key is enabled. */
  ensure(): Promise<void>;
}

async function firstEnabled(kms: KMSClient, keyIds: readonly string[]): Promise<string | undefined> {
  for (const keyId of keyIds) {
    const { KeyMetadata } = await kms.send(new DescribeKeyCommand({ KeyId: keyId }));
    if (KeyMetadata?.KeyState === 'Enabled') return keyId;
  }
  return undefined;
}

/**
 * The naive version remembers that it verified the stream and skips the work from then on, so a
 * key disabled later goes unnoticed: ensure() keeps resolving while every write would fail.
 */
export class StreamEncryptionGuardNaive implements EncryptionGuard {
  private verified = false;
  constructor(
    private readonly kinesis: KinesisClient,
    private readonly kms: KMSClient,
    private readonly streamName: string,
    private readonly keyIds: readonly string[],
  ) {}
  async ensure(): Promise<void> {
    if (this.verified) return;
    const keyId = await firstEnabled(this.kms, this.keyIds);
    if (keyId === undefined) throw new Error(`no enabled key for ${this.streamName}`);
    await ensureStreamEncrypted(this.kinesis, this.kms, { streamName: this.streamName, keyId });
    this.verified = true;
  }
}

/**
 * The correct version verifies every time (two cheap reads when nothing changed) and re-encrypts
 * with the first enabled key when the stream's key is no longer enabled. It keeps, as state, how
 * many times it had to re-encrypt.
 */
export class StreamEncryptionGuard implements EncryptionGuard {
  reencryptions = 0;
  constructor(
    private readonly kinesis: KinesisClient,
    private readonly kms: KMSClient,
    private readonly streamName: string,
    private readonly keyIds: readonly string[],
  ) {}
  async ensure(): Promise<void> {
    const keyId = await firstEnabled(this.kms, this.keyIds);
    if (keyId === undefined) throw new Error(`no enabled key for ${this.streamName}`);
    const outcome = await ensureStreamEncrypted(this.kinesis, this.kms, { streamName: this.streamName, keyId });
    if (outcome === 'encrypted') this.reencryptions++;
  }
}
