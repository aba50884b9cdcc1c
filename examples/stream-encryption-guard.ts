// A stateful class a service keeps for the lifetime of a process: before each batch of writes it
// calls guard.ensure(), which must leave the stream encrypted with a key that is enabled at that
// moment, falling back to the second key when the first one is disabled.
import type { KMSClient } from '@aws-sdk/client-kms';
import type { KinesisClient } from '@aws-sdk/client-kinesis';
import { DescribeKeyCommand } from '@aws-sdk/client-kms';
import { ensureStreamEncrypted, type EnsureOutcome } from './ensure-stream-encrypted';

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

/** What both guards share: the clients, the stream, the keys in order of preference. */
abstract class GuardBase implements EncryptionGuard {
  constructor(
    private readonly kinesis: KinesisClient,
    private readonly kms: KMSClient,
    private readonly streamName: string,
    private readonly keyIds: readonly string[],
  ) {}
  abstract ensure(): Promise<void>;
  /** Leaves the stream encrypted with the first key that is enabled now (re-encrypting when its key is not). */
  protected async encryptWithFirstEnabledKey(): Promise<EnsureOutcome> {
    const keyId = await firstEnabled(this.kms, this.keyIds);
    if (keyId === undefined) throw new Error(`no enabled key for ${this.streamName}`);
    return ensureStreamEncrypted(this.kinesis, this.kms, { streamName: this.streamName, keyId });
  }
}

/**
 * The naive version remembers that it verified the stream and skips the work from then on, so a
 * key disabled later goes unnoticed: ensure() keeps resolving while every write would fail.
 */
export class StreamEncryptionGuardNaive extends GuardBase {
  private verified = false;
  async ensure(): Promise<void> {
    if (this.verified) return;
    await this.encryptWithFirstEnabledKey();
    this.verified = true;
  }
}

/**
 * The correct version verifies every time (two cheap reads when nothing changed) and re-encrypts
 * with the first enabled key when the stream's key is no longer enabled. It keeps, as state, how
 * many times it had to re-encrypt.
 */
export class StreamEncryptionGuard extends GuardBase {
  reencryptions = 0;
  async ensure(): Promise<void> {
    if ((await this.encryptWithFirstEnabledKey()) === 'encrypted') this.reencryptions++;
  }
}
