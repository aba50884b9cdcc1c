import type { ServiceError } from '../errors';
import { fail, ok, type Result } from '../result';
import type { ModelWorld } from '../world';
import { utf8Bytes } from '../bytes';
import { dryRun, explicitHashKeyOutOfRange, kinesisError } from './messages';
import { checkKey, kmsProblemError } from './keys';
import { HASH_SPACE, keptPartitionKey, parseSequenceNumber, partitionHashKey, sequenceNumber, shardFor, wholeSecond } from './shards';
import type { KinesisRecord, KinesisShard, KinesisStream } from './state';
import { dropExpiredKinesisRecords } from '../retention';

/**
 * One record of a write as the declarations type it (PutRecord's input, or an entry of PutRecords).
 *
 * @example
 * ```ts
 * const e: RecordEntry = { Data: new Uint8Array([1]), PartitionKey: 'a' };
 * ```
 */
export interface RecordEntry {
  readonly Data: Uint8Array;
  readonly PartitionKey: string;
  readonly ExplicitHashKey?: string;
}

/**
 * The hash key of a record to write: its ExplicitHashKey (InvalidArgumentException beyond 2^128-1
 * [REAL]) or the MD5 of its partition key.
 *
 * @example
 * ```ts
 * hashKeyOf({ PartitionKey: 'a' });
 * ```
 */
function hashKeyOf(entry: RecordEntry): Result<bigint> {
  const explicit = entry.ExplicitHashKey;
  if (explicit === undefined) return ok(partitionHashKey(entry.PartitionKey));
  const value = BigInt(explicit);
  if (value >= HASH_SPACE) return fail(kinesisError('InvalidArgumentException', explicitHashKeyOutOfRange(explicit)));
  return ok(value);
}

/**
 * With `recordSizeModel: 'large-records'`, a record's data and partition key must fit the
 * stream's MaxRecordSizeInKiB (default 1024). [MODEL; text UNKNOWN]
 *
 * @example
 * ```ts
 * recordTooLarge(world, stream, [data, 'pk']);
 * ```
 */
function recordTooLarge(world: ModelWorld, stream: KinesisStream, data: Uint8Array, partitionKey: string): ServiceError | undefined {
  if (world.kinesisOptions.behaviour.recordSizeModel === 'classic') return undefined;
  const kib = stream.maxRecordSizeKiB ?? 1024;
  if (data.byteLength + utf8Bytes(partitionKey).byteLength <= kib * 1024) return undefined;
  return kinesisError(
    'InvalidArgumentException',
    `Record size exceeds the maximum record size of ${kib} KiB of stream ${stream.name} under account ${stream.account}.`,
  );
}

/** How records written now are encrypted, and the data key to remember once the write succeeds. */
interface WriteEncryption {
  readonly encrypted: boolean;
  readonly keyId?: string;
  /** The data key the stream remembers when the whole call succeeds (absent: nothing new to remember). */
  readonly remember?: { readonly keyId: string; readonly checkedAt: number };
}

const UNENCRYPTED: Result<WriteEncryption> = ok({ encrypted: false });

/**
 * How records written now will be encrypted, after asking KMS when the stream's data key is older
 * than `behaviour.dataKeyCacheMs` (the KMS exception when the key became unusable). The stream
 * remembers `remember` only when the whole call succeeds ({@link writeRecords}). No closures: this
 * runs on every write.
 *
 * @example
 * ```ts
 * const enc = encryptionForWrite(world, stream, now);
 * if (enc.ok && enc.value.remember !== undefined) stream.dataKey = enc.value.remember;
 * ```
 */
function encryptionForWrite(world: ModelWorld, stream: KinesisStream, now: number): Result<WriteEncryption> {
  const enc = stream.recordEncryption;
  if (enc.type === 'NONE') return UNENCRYPTED;
  const cached = stream.dataKey;
  if (cached !== undefined && cached.keyId === enc.keyId && now - cached.checkedAt < world.kinesisOptions.behaviour.dataKeyCacheMs) {
    return ok({ encrypted: true, keyId: enc.keyId });
  }
  const usable = checkKey(world, enc.keyId, now, stream.region);
  if (usable.problem !== undefined) return fail(kmsProblemError(world, usable.problem, enc.keyId, usable.key, stream.region, 'kms:GenerateDataKey'));
  return ok({ encrypted: true, keyId: enc.keyId, remember: { keyId: enc.keyId, checkedAt: now } });
}

/**
 * Checks `SequenceNumberForOrdering`: it must be a sequence number of a shard of this stream
 * (its shard index and that shard's creation second).
 * InvalidArgumentException otherwise. [REAL text]
 *
 * @example
 * ```ts
 * orderingProblem(stream, '4900...');
 * ```
 */
export function orderingProblem(stream: KinesisStream, ordering: string | undefined): ServiceError | undefined {
  if (ordering === undefined) return undefined;
  const parsed = parseSequenceNumber(ordering);
  const shard = parsed === undefined ? undefined : stream.shards[parsed.shardIndex];
  if (parsed !== undefined && shard !== undefined && wholeSecond(shard.createdAt) === parsed.shardCreatedSecond) return undefined;
  return kinesisError(
    'InvalidArgumentException',
    `ExclusiveMinimumSequenceNumber ${ordering} used in PutRecord on stream ${stream.name} under account ${stream.account} is invalid.`,
  );
}

/** The largest chunk of record data a shard allocates. */
const CHUNK_MAX = 64 * 1024;
/** The first chunk of a shard (each next one is twice the last, up to {@link CHUNK_MAX}). */
const CHUNK_MIN = 256;
/** Records bigger than this keep their own bytes (a full-size chunk holds at least 16 of the others). */
const SHARED_MAX = CHUNK_MAX / 16;
const NO_BYTES = new Uint8Array(0);

/**
 * Where a record's data is kept: small data is copied into the shard's current chunk (a new one,
 * twice the last, when it is full), so the world keeps one buffer per many records instead of one
 * per record (a buffer object costs some 200 bytes of heap, more than most records' data); bigger
 * data gets a copy of its own. Either way nothing outside the world (the caller, an interceptor
 * that saw the input) holds the bytes the world keeps.
 *
 * @example
 * ```ts
 * const { chunk, offset, size } = storeData(shard, new Uint8Array([1, 2]));
 * ```
 */
function storeData(shard: KinesisShard, data: Uint8Array): { readonly chunk: Uint8Array; readonly offset: number; readonly size: number } {
  const size = data.byteLength;
  if (size === 0) return { chunk: NO_BYTES, offset: 0, size };
  if (size > SHARED_MAX) return { chunk: new Uint8Array(data), offset: 0, size };
  let current = shard.dataChunk;
  if (current === undefined || current.bytes.byteLength - current.used < size) {
    const last = current === undefined ? 0 : current.bytes.byteLength;
    current = { bytes: new Uint8Array(Math.min(CHUNK_MAX, Math.max(CHUNK_MIN, last * 2, size))), used: 0 };
    shard.dataChunk = current;
  }
  const offset = current.used;
  current.bytes.set(data, offset);
  current.used += size;
  return { chunk: current.bytes, offset, size };
}

/**
 * A copy of a stored record's data (what GetRecords answers).
 *
 * @example
 * ```ts
 * recordData(stream.shards[0].records[0]); // Uint8Array
 * ```
 */
export function recordData(r: KinesisRecord): Uint8Array {
  const out = new Uint8Array(r.size);
  if (r.size > 0) out.set(r.chunk.subarray(r.offset, r.offset + r.size));
  return out;
}

/**
 * Appends a record to the shard its hash key falls in, with the next sequence number.
 *
 * @example
 * ```ts
 * const r = appendRecord(stream, hashKey, 'pk', data, now, { encrypted: false });
 * ```
 */
function appendRecord(
  stream: KinesisStream,
  hashKey: bigint,
  partitionKey: string,
  data: Uint8Array,
  now: number,
  enc: { readonly encrypted: boolean; readonly keyId?: string },
): KinesisRecord {
  const shard = shardFor(stream, hashKey);
  const stored = storeData(shard, data);
  stream.counter += 1n;
  const rec: KinesisRecord = {
    sequenceNumber: sequenceNumber(shard.createdAt, shard.index, stream.counter, now),
    counter: Number(stream.counter),
    shardId: shard.shardId,
    partitionKey,
    chunk: stored.chunk,
    offset: stored.offset,
    size: stored.size,
    arrival: now,
    encrypted: enc.encrypted,
  };
  if (enc.encrypted && enc.keyId !== undefined) (rec as { keyId?: string }).keyId = enc.keyId;
  shard.records.push(rec);
  return rec;
}

/**
 * A record a write will append, once every check of the call has passed.
 *
 * @example
 * ```ts
 * const p: PlannedRecord = { hashKey: 0n, partitionKey: 'a', data: new Uint8Array([1]) };
 * ```
 */
export interface PlannedRecord {
  readonly hashKey: bigint;
  readonly partitionKey: string;
  readonly data: Uint8Array;
}

/**
 * Checks one entry of a write against the stream and plans it: its hash key
 * ({@link hashKeyOf}) and its size ({@link recordTooLarge}).
 *
 * @example
 * ```ts
 * const p = planRecord(world, stream, { PartitionKey: 'a', Data: new Uint8Array([1]) });
 * ```
 */
export function planRecord(world: ModelWorld, stream: KinesisStream, entry: RecordEntry): Result<PlannedRecord> {
  const hashKey = hashKeyOf(entry);
  if (!hashKey.ok) return hashKey;
  const data = entry.Data;
  const partitionKey = keptPartitionKey(entry.PartitionKey);
  const tooLarge = recordTooLarge(world, stream, data, partitionKey);
  if (tooLarge !== undefined) return fail(tooLarge);
  return ok({ hashKey: hashKey.value, partitionKey, data });
}

/**
 * The end of every write: the key check of an encrypting stream (the KMS exception, nothing
 * written), then `DryRun: true` (DryRunOperationException, nothing written), then the records
 * appended in order, each encrypted as records written now are. `encrypted` says whether they
 * were, i.e. whether the answer carries `EncryptionType: 'KMS'`.
 *
 * @example
 * ```ts
 * const w = writeRecords(world, stream, [planned], false, now);
 * if (w.ok) w.value.records[0].sequenceNumber;
 * ```
 */
export function writeRecords(
  world: ModelWorld,
  stream: KinesisStream,
  planned: readonly PlannedRecord[],
  dryRunFlag: boolean | undefined,
  now: number,
): Result<{ readonly records: readonly KinesisRecord[]; readonly encrypted: boolean }> {
  const enc = encryptionForWrite(world, stream, now);
  if (!enc.ok) return enc;
  if (dryRunFlag === true) return fail(dryRun());
  if (enc.value.remember !== undefined) stream.dataKey = enc.value.remember;
  const records: KinesisRecord[] = [];
  for (const p of planned) records.push(appendRecord(stream, p.hashKey, p.partitionKey, p.data, now, enc.value));
  dropExpiredKinesisRecords(world, stream, now);
  return ok({ records, encrypted: enc.value.encrypted });
}
