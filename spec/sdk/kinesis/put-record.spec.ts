import { createHash } from 'node:crypto';
import {
  DryRunOperationException,
  InvalidArgumentException,
  KMSAccessDeniedException,
  KMSDisabledException,
  KMSInvalidStateException,
  PutRecordCommand,
  ResourceNotFoundException,
  StartStreamEncryptionCommand,
  StopStreamEncryptionCommand,
  ValidationException,
  type PutRecordCommandInput,
} from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorldOptions } from '../../../src/index';
import { BINDINGS, ACCOUNT, activeStream, body, data, encryptStream, expectAwsError, kinesisHarness, rejectionOf, T0, transitions, type KinesisHarness } from '../../../fixtures/kinesis';

const put = (input: Partial<PutRecordCommandInput> = {}) => new PutRecordCommand({ StreamName: 'orders', PartitionKey: 'pk', Data: data(), ...input });

describe.each(BINDINGS)('PutRecord [%s]', (binding) => {
  let h: KinesisHarness;
  afterEach(() => h.restore());

  it('on an unencrypted stream answers { ShardId, SequenceNumber } with no EncryptionType key [REAL]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    const out = await h.client.send(put());
    expect(body(out)).toStrictEqual({ ShardId: 'shardId-000000000000', SequenceNumber: expect.stringMatching(/^\d{56}$/) });
    expect(out).not.toHaveProperty('EncryptionType');
  });

  it("on an encrypted stream (after the lag) answers EncryptionType 'KMS' [DOC + REAL]", async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    await encryptStream(h, 'orders');
    const out = await h.client.send(put());
    expect(body(out)).toStrictEqual({ ShardId: 'shardId-000000000000', SequenceNumber: expect.stringMatching(/^\d{56}$/), EncryptionType: 'KMS' });
    expect(h.world.kinesis.records('orders')[0]).toMatchObject({ encrypted: true, KeyId: 'alias/aws/kinesis' });
  });

  it('while UPDATING after a Start it succeeds unencrypted; while UPDATING after a Stop it is still encrypted [DOC + INF]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    await h.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    const duringStart = await h.client.send(put());
    expect(duringStart).not.toHaveProperty('EncryptionType');
    h.clock.advance(5_000 + 2_000);
    await h.client.send(new StopStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    const duringStop = await h.client.send(put());
    expect(duringStop.EncryptionType).toBe('KMS');
    h.clock.advance(5_000 + 2_000);
    expect(await h.client.send(put())).not.toHaveProperty('EncryptionType');
    expect(h.world.kinesis.records('orders').map((r) => r.encrypted)).toStrictEqual([false, true, false]);
  });

  it('within durations.encryptionLag after ACTIVE either is possible: the flip time is drawn from the seed and traced [DOC + INF]', async () => {
    const flipAfterActive = async (seed: number): Promise<number> => {
      const k = kinesisHarness({ binding, seed, kinesis: { durations: { encryptionLag: { min: 0, max: 5_000 } } } });
      try {
        await activeStream(k, 'orders');
        await k.client.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
        k.clock.advance(5_000);
        const active = k.clock.now();
        const seen: boolean[] = [];
        for (let t = 0; t <= 5_000; t += 250) {
          seen.push((await k.client.send(put())).EncryptionType === 'KMS');
          k.clock.advance(250);
        }
        const flip = k.world.trace.find((e) => e.kind === 'transition' && e.property === 'RecordEncryption')!;
        expect(flip).toMatchObject({ from: 'NONE', to: 'KMS', detail: 'NONE -> KMS alias/aws/kinesis' });
        const lag = flip.time - active;
        expect(lag).toBeGreaterThanOrEqual(0);
        expect(lag).toBeLessThanOrEqual(5_000);
        // every write before the flip was unencrypted, every write from it on encrypted
        expect(seen).toStrictEqual(seen.map((_, i) => i * 250 >= lag));
        return lag;
      } finally {
        k.restore();
      }
    };
    const lags = [await flipAfterActive(1), await flipAfterActive(2), await flipAfterActive(3)];
    expect(await flipAfterActive(2)).toBe(lags[1]);
    expect(new Set(lags).size).toBeGreaterThan(1);
    h = kinesisHarness({ binding });
  });

  it('on a CREATING stream is ResourceNotFoundException `Stream <n> under account <a> not found.` (not ResourceInUse) [REAL]', async () => {
    h = kinesisHarness({ binding });
    h.world.kinesis.createStream('orders', { active: false });
    expectAwsError(await rejectionOf(h.client.send(put())), ResourceNotFoundException, `Stream orders under account ${ACCOUNT} not found.`);
    expect(h.world.kinesis.records('orders')).toStrictEqual([]);
  });

  it('an unknown stream is ResourceNotFoundException; identification by ARN works', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    expectAwsError(await rejectionOf(h.client.send(put({ StreamName: 'nope' }))), ResourceNotFoundException, `Stream nope under account ${ACCOUNT} not found.`);
    await h.client.send(put({ StreamName: undefined, StreamARN: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/orders` }));
    expect(h.world.kinesis.records('orders')).toHaveLength(1);
  });

  describe('a key that became unusable after encryption started makes later writes fail [DOC + INF]', () => {
    async function encryptedWith(options: WorldOptions = {}): Promise<string> {
      h = kinesisHarness({ binding, ...options });
      await activeStream(h, 'orders');
      const key = h.world.kms.createKey({ alias: 'alias/orders' });
      await encryptStream(h, 'orders', 'alias/orders');
      return key.Arn;
    }

    it('disabled: KMSDisabledException, nothing written; enabled again: writes work', async () => {
      const arn = await encryptedWith();
      await h.client.send(put());
      h.world.kms.disable('alias/orders');
      expectAwsError(await rejectionOf(h.client.send(put())), KMSDisabledException, `${arn} is disabled.`);
      expect(h.world.kinesis.records('orders')).toHaveLength(1);
      h.world.kms.enable('alias/orders');
      expect((await h.client.send(put())).EncryptionType).toBe('KMS');
    });

    it('pending deletion: KMSInvalidStateException; access denied: KMSAccessDeniedException naming kms:GenerateDataKey', async () => {
      const arn = await encryptedWith();
      h.world.kms.setCondition('alias/orders', 'access-denied');
      expectAwsError(
        await rejectionOf(h.client.send(put())),
        KMSAccessDeniedException,
        `User: arn:aws:sts::${ACCOUNT}:assumed-role/kinesis-sse-harness/session is not authorized to perform: kms:GenerateDataKey on resource: ${arn}`,
      );
      h.world.kms.setCondition('alias/orders', 'access-denied', false);
      h.world.kms.scheduleDeletion('alias/orders', 7);
      expectAwsError(await rejectionOf(h.client.send(put())), KMSInvalidStateException, `${arn} is pending deletion.`);
    });

    it('with dataKeyCacheMs, writes keep succeeding until the cached data key is that old, then fail [INF]', async () => {
      const arn = await encryptedWith({ kinesis: { behaviour: { dataKeyCacheMs: 300_000 } } });
      await h.client.send(put());
      const checked = h.clock.now();
      h.world.kms.disable('alias/orders');
      h.clock.advance(299_999);
      expect((await h.client.send(put())).EncryptionType).toBe('KMS');
      h.clock.set(checked + 300_000);
      expectAwsError(await rejectionOf(h.client.send(put())), KMSDisabledException, `${arn} is disabled.`);
    });

    it('writes while UPDATING after a Stop still need the old key; a stream not encrypting never asks KMS', async () => {
      await encryptedWith();
      await h.client.send(new StopStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/orders' }));
      h.world.kms.disable('alias/orders');
      expect((await rejectionOf(h.client.send(put()))).name).toBe('KMSDisabledException');
      h.clock.advance(7_000);
      expect(await h.client.send(put())).not.toHaveProperty('EncryptionType');
    });
  });

  describe('validation [MODEL + REAL format]', () => {
    it('PartitionKey 1–256, required; Data required', async () => {
      h = kinesisHarness({ binding });
      await activeStream(h, 'orders');
      expectAwsError(
        await rejectionOf(h.client.send(put({ PartitionKey: '' }))),
        ValidationException,
        "1 validation error detected: Value '' at 'partitionKey' failed to satisfy constraint: Member must have length greater than or equal to 1",
      );
      const long = 'p'.repeat(257);
      expectAwsError(
        await rejectionOf(h.client.send(put({ PartitionKey: long }))),
        ValidationException,
        `1 validation error detected: Value '${long}' at 'partitionKey' failed to satisfy constraint: Member must have length less than or equal to 256`,
      );
      expectAwsError(
        await rejectionOf(h.client.send(new PutRecordCommand({ StreamName: 'orders' } as never))),
        ValidationException,
        "2 validation errors detected: Value null at 'data' failed to satisfy constraint: Member must not be null; Value null at 'partitionKey' failed to satisfy constraint: Member must not be null",
      );
      await h.client.send(put({ PartitionKey: 'p'.repeat(256), Data: new Uint8Array() }));
      expect(h.world.kinesis.records('orders')).toHaveLength(1);
    });

    it("Data over 1 MiB is ValidationException `Value at 'data' ...` [REAL]; exactly 1 MiB is accepted (recordSizeModel: 'classic')", async () => {
      h = kinesisHarness({ binding });
      await activeStream(h, 'orders');
      expectAwsError(
        await rejectionOf(h.client.send(put({ Data: new Uint8Array(1_048_577) }))),
        ValidationException,
        "1 validation error detected: Value at 'data' failed to satisfy constraint: Member must have length less than or equal to 1048576",
      );
      await h.client.send(put({ Data: new Uint8Array(1_048_576) }));
    });

    it("recordSizeModel: 'large-records': Data up to 10 MiB, within the stream's MaxRecordSizeInKiB (default 1024) [MODEL]", async () => {
      h = kinesisHarness({ binding, kinesis: { behaviour: { recordSizeModel: 'large-records' } } });
      await activeStream(h, 'orders');
      expectAwsError(
        await rejectionOf(h.client.send(put({ Data: new Uint8Array(1_048_576) }))),
        InvalidArgumentException,
        `Record size exceeds the maximum record size of 1024 KiB of stream orders under account ${ACCOUNT}.`,
      );
      const { CreateStreamCommand } = await import('@aws-sdk/client-kinesis');
      await h.client.send(new CreateStreamCommand({ StreamName: 'big', ShardCount: 1, MaxRecordSizeInKiB: 10240 }));
      h.clock.advance(10_000);
      await h.client.send(put({ StreamName: 'big', Data: new Uint8Array(4_000_000) }));
      expectAwsError(
        await rejectionOf(h.client.send(put({ StreamName: 'big', Data: new Uint8Array(10_485_761) }))),
        ValidationException,
        "1 validation error detected: Value at 'data' failed to satisfy constraint: Member must have length less than or equal to 10485760",
      );
    });

    it('ExplicitHashKey: pattern checked, 2^128 or more is InvalidArgumentException [REAL], otherwise it picks the shard', async () => {
      h = kinesisHarness({ binding });
      await activeStream(h, 'orders', 2);
      expectAwsError(
        await rejectionOf(h.client.send(put({ ExplicitHashKey: '-1' }))),
        ValidationException,
        "1 validation error detected: Value '-1' at 'explicitHashKey' failed to satisfy constraint: Member must satisfy regular expression pattern: 0|([1-9]\\d{0,38})",
      );
      const tooBig = (1n << 128n).toString();
      expectAwsError(
        await rejectionOf(h.client.send(put({ ExplicitHashKey: tooBig }))),
        InvalidArgumentException,
        `Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was ${tooBig}`,
      );
      expect((await h.client.send(put({ ExplicitHashKey: '0' }))).ShardId).toBe('shardId-000000000000');
      expect((await h.client.send(put({ ExplicitHashKey: ((1n << 128n) - 1n).toString() }))).ShardId).toBe('shardId-000000000001');
      expect((await h.client.send(put({ ExplicitHashKey: (1n << 127n).toString() }))).ShardId).toBe('shardId-000000000001');
      expect((await h.client.send(put({ ExplicitHashKey: ((1n << 127n) - 1n).toString() }))).ShardId).toBe('shardId-000000000000');
    });

    it('SequenceNumberForOrdering must be a sequence number of this stream [REAL text]', async () => {
      h = kinesisHarness({ binding });
      await activeStream(h, 'orders');
      const first = await h.client.send(put());
      await h.client.send(put({ SequenceNumberForOrdering: first.SequenceNumber! }));
      expectAwsError(
        await rejectionOf(h.client.send(put({ SequenceNumberForOrdering: '5' }))),
        InvalidArgumentException,
        `ExclusiveMinimumSequenceNumber 5 used in PutRecord on stream orders under account ${ACCOUNT} is invalid.`,
      );
    });
  });

  it('routes by the MD5 of the partition key into the shards’ hash-key ranges [DOC]', async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders', 4);
    for (const pk of ['a', 'user-1', 'user-2', 'ünïcödé', '🙂', 'x'.repeat(256)]) {
      const hash = BigInt(`0x${createHash('md5').update(pk, 'utf8').digest('hex')}`);
      const expected = `shardId-00000000000${Number((hash * 4n) >> 128n)}`;
      expect((await h.client.send(put({ PartitionKey: pk }))).ShardId).toBe(expected);
    }
  });

  it('gives deterministic, increasing 56-digit sequence numbers; records carry their arrival time', async () => {
    const run = async (): Promise<{ readonly ShardId: string; readonly SequenceNumber: string }[]> => {
      const k = kinesisHarness({ binding });
      try {
        await activeStream(k, 'orders', 2);
        const out: { ShardId: string; SequenceNumber: string }[] = [];
        for (let i = 0; i < 6; i++) {
          const { ShardId, SequenceNumber } = await k.client.send(put({ PartitionKey: `k${i}` }));
          out.push({ ShardId: ShardId!, SequenceNumber: SequenceNumber! });
        }
        expect(k.world.kinesis.records('orders').map((r) => r.time)).toStrictEqual(Array(6).fill(T0 + 10_000));
        return out;
      } finally {
        k.restore();
      }
    };
    const a = await run();
    expect(a.every((r) => /^\d{56}$/.test(r.SequenceNumber))).toBe(true);
    // AWS's layout (kinesis-sse-facts §h): numbers grow within a shard, in the order written.
    for (const shard of new Set(a.map((r) => r.ShardId))) {
      const numbers = a.filter((r) => r.ShardId === shard).map((r) => BigInt(r.SequenceNumber));
      expect([...numbers].sort((x, y) => (x < y ? -1 : 1))).toStrictEqual(numbers);
    }
    expect(await run()).toStrictEqual(a);
    h = kinesisHarness({ binding });
  });

  it("DryRun: true is DryRunOperationException once every check passed; nothing is written [UNKNOWN text]", async () => {
    h = kinesisHarness({ binding });
    await activeStream(h, 'orders');
    expectAwsError(await rejectionOf(h.client.send(put({ DryRun: true }))), DryRunOperationException, 'Request would have succeeded, but DryRun flag is set.');
    expectAwsError(await rejectionOf(h.client.send(put({ DryRun: true, StreamName: 'nope' }))), ResourceNotFoundException, `Stream nope under account ${ACCOUNT} not found.`);
    expect(h.world.kinesis.records('orders')).toStrictEqual([]);
    await h.client.send(put({ DryRun: false }));
    expect(h.world.kinesis.records('orders')).toHaveLength(1);
    expect(transitions(h.world, 'RecordEncryption')).toStrictEqual([]);
  });
});
