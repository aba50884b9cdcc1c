// The part of a World the matchers read, as a structural type: the matchers depend on the views'
// contract (world.kinesis/firehose/kms/trace), not on how the world is built.
// spec/matchers/world-contract.spec.ts checks that createWorld()'s World satisfies it.
import type { TraceEntry } from '../../model/trace';
import { traceResourceName, type TraceLog } from '../../model/trace-log';

/**
 * What the matchers read of a world's trace index (`world.traceLog`).
 *
 * @example
 * ```ts
 * const log: MatcherTraceLog = world.traceLog;
 * ```
 */
export type MatcherTraceLog = Pick<
  TraceLog,
  'total' | 'start' | 'dropped' | 'droppedThrough' | 'droppedNote' | 'droppedOf' | 'forResource' | 'transitionsOf' | 'callsOf' | 'callsElsewhere'
>;

/**
 * `{ used, limit, nextFreeAt? }` of one rolling-window limit.
 *
 * @example
 * ```ts
 * const u: LimitUsageLike = { used: 25, limit: 25, nextFreeAt: Date.UTC(2026, 0, 2) };
 * ```
 */
export interface LimitUsageLike {
  readonly used: number;
  readonly limit: number;
  readonly nextFreeAt?: number;
}

/**
 * The members of DescribeStreamSummary's `StreamDescriptionSummary` the matchers read.
 *
 * @example
 * ```ts
 * const s: StreamSummaryLike | undefined = world.kinesis.describe('orders');
 * ```
 */
export interface StreamSummaryLike {
  readonly StreamName: string;
  readonly StreamARN: string;
  readonly StreamStatus: string;
  readonly EncryptionType?: string;
  readonly KeyId?: string;
}

/**
 * One record written to a Kinesis stream.
 *
 * @example
 * ```ts
 * const [first]: readonly KinesisRecordLike[] = world.kinesis.records('orders');
 * ```
 */
export interface KinesisRecordLike {
  readonly ShardId: string;
  readonly SequenceNumber: string;
  readonly PartitionKey: string;
  readonly time: number;
  readonly encrypted: boolean;
  readonly KeyId?: string;
}

/**
 * The members of DescribeDeliveryStream's `DeliveryStreamDescription` the matchers read.
 *
 * @example
 * ```ts
 * const d: DeliveryStreamDescriptionLike | undefined = world.firehose.describe('logs');
 * ```
 */
export interface DeliveryStreamDescriptionLike {
  readonly DeliveryStreamName: string;
  readonly DeliveryStreamARN: string;
  readonly DeliveryStreamStatus: string;
  readonly DeliveryStreamEncryptionConfiguration?: {
    readonly KeyARN?: string;
    readonly KeyType?: string;
    readonly Status?: string;
    readonly FailureDescription?: { readonly Type: string; readonly Details: string };
  };
}

/**
 * One record written to a delivery stream.
 *
 * @example
 * ```ts
 * const [first]: readonly FirehoseRecordLike[] = world.firehose.records('logs');
 * ```
 */
export interface FirehoseRecordLike {
  readonly RecordId: string;
  readonly time: number;
  readonly encrypted: boolean;
  readonly KeyType?: string;
  readonly KeyARN?: string;
}

/**
 * The key that actually encrypts a delivery stream.
 *
 * @example
 * ```ts
 * const k: KeyInEffectLike = { KeyType: 'AWS_OWNED_CMK' };
 * ```
 */
export interface KeyInEffectLike {
  readonly KeyType: string;
  readonly KeyARN?: string;
}

/**
 * What the matchers read of a world.
 *
 * @example
 * ```ts
 * const w: MatcherWorld = createWorld();
 * ```
 */
export interface MatcherWorld {
  readonly accountId: string;
  readonly region: string;
  readonly trace: readonly TraceEntry[];
  readonly traceLog: MatcherTraceLog;
  now(): number;
  readonly kinesis: {
    describe(stream: string): StreamSummaryLike | undefined;
    records(stream: string, options?: { readonly since?: number }): readonly KinesisRecordLike[];
    droppedRecords(stream: string): { readonly count: number; readonly through: number | undefined };
    limits(stream: string): { readonly keyApplications: LimitUsageLike; readonly stops: LimitUsageLike };
  };
  readonly firehose: {
    describe(deliveryStream: string): DeliveryStreamDescriptionLike | undefined;
    records(deliveryStream: string, options?: { readonly since?: number }): readonly FirehoseRecordLike[];
    droppedRecords(deliveryStream: string): { readonly count: number; readonly through: number | undefined };
    keyInEffect(deliveryStream: string): KeyInEffectLike | undefined;
    limits(deliveryStream: string): { readonly startStop: LimitUsageLike };
  };
  readonly kms: {
    describe(keyId: string): { readonly KeyId: string; readonly Arn: string } | undefined;
  };
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Date) return `a Date (${Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString()})`;
  if (typeof v === 'object') return Array.isArray(v) ? 'an array' : 'an object';
  if (typeof v === 'function') return 'a function';
  return `${typeof v} ${String(v)}`;
}

/**
 * The received value as a world, or a TypeError (never a failed assertion, also under `.not`)
 * naming the matcher and what it got.
 *
 * @example
 * ```ts
 * const world = asWorld(received, 'toHaveStreamStatus'); // throws a TypeError for anything else
 * ```
 */
export function asWorld(received: unknown, matcher: string): MatcherWorld {
  const w = received as Partial<Record<'kinesis' | 'firehose' | 'kms' | 'now', unknown>> | null;
  if (
    typeof received !== 'object' ||
    w === null ||
    typeof w.now !== 'function' ||
    typeof w.kinesis !== 'object' ||
    typeof w.firehose !== 'object' ||
    typeof w.kms !== 'object'
  ) {
    throw new TypeError(
      `[kinesis-sse-harness] ${matcher}: expect() must receive a world made by createWorld(), e.g. expect(world).${matcher}(…); received ${typeof received === 'object' && received !== null && !Array.isArray(received) ? 'an object without the kinesis, firehose and kms views' : describeValue(received)}`,
    );
  }
  return received as MatcherWorld;
}

/**
 * Checks that a resource argument is a non-empty string.
 *
 * @example
 * ```ts
 * checkName(stream, 'stream', 'toHaveStreamStatus');
 * ```
 */
export function checkName(value: unknown, what: string, matcher: string): asserts value is string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new TypeError(`[kinesis-sse-harness] ${matcher}: ${what} must be a non-empty name or ARN; got ${describeValue(value)}`);
  }
}

/**
 * Checks that an options argument is undefined or an object with only known members.
 *
 * @example
 * ```ts
 * checkOptions(options, ['since', 'KeyId'], 'options', 'toHaveEncryptedStreamRecords');
 * ```
 */
export function checkOptions(value: unknown, known: readonly string[], what: string, matcher: string): void {
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`[kinesis-sse-harness] ${matcher}: ${what} must be an object; got ${describeValue(value)}`);
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new TypeError(`[kinesis-sse-harness] ${matcher}: unknown ${what} member '${key}'; known: ${known.join(', ')}`);
    }
  }
}

/**
 * Checks a `since` option: undefined or a finite number of epoch milliseconds.
 *
 * @example
 * ```ts
 * checkSince(options?.since, 'toHaveEncryptedStreamRecords');
 * ```
 */
export function checkSince(value: unknown, matcher: string): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TypeError(`[kinesis-sse-harness] ${matcher}: since must be a finite virtual time in epoch milliseconds; got ${describeValue(value)}`);
  }
}

/**
 * Whether `v` is an asymmetric matcher (`expect.any(…)`, `expect.stringMatching(…)`, …).
 *
 * @example
 * ```ts
 * isAsymmetric(expect.any(String)); // true
 * ```
 */
export function isAsymmetric(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { asymmetricMatch?: unknown }).asymmetricMatch === 'function';
}

/**
 * Whether a KMS key name given by the test (`expected`) names the key the world reports (`actual`):
 * the same string, or two names (key id, key ARN, alias name, alias ARN) of one key in the world.
 * Asymmetric matchers go through the runner's `equals`.
 *
 * @example
 * ```ts
 * sameKey(world, 'arn:aws:kms:us-east-1:123456789012:key/…', 'alias/orders', (a, b) => this.equals(a, b));
 * ```
 */
export function sameKey(world: MatcherWorld, actual: string | undefined, expected: unknown, equals: (a: unknown, b: unknown) => boolean): boolean {
  if (isAsymmetric(expected) || typeof expected !== 'string') return equals(actual, expected);
  if (actual === undefined) return false;
  if (actual === expected) return true;
  const a = world.kms.describe(actual);
  const e = world.kms.describe(expected);
  return a !== undefined && e !== undefined && a.Arn === e.Arn;
}

/**
 * A line saying that two different names stand for the same KMS key, when the expected key matched
 * the reported one only through the world's KMS (so a message showing two different strings is not
 * a puzzle); no line otherwise.
 *
 * @example
 * ```ts
 * sameKeyNote(world, summary.KeyId, 'alias/orders'); // ['(alias/orders and arn:… name the same KMS key)']
 * ```
 */
export function sameKeyNote(world: MatcherWorld, actual: string | undefined, expected: unknown): string[] {
  if (typeof expected !== 'string' || actual === undefined || actual === expected) return [];
  const a = world.kms.describe(actual);
  if (a === undefined || a.Arn !== world.kms.describe(expected)?.Arn) return [];
  const which = a.Arn === actual || a.Arn === expected ? '' : ` ${a.Arn}`;
  return [`(${expected} and ${actual} name the same KMS key${which})`];
}

/**
 * The stream name in an ARN (`…:stream/<name>`), or the argument itself when it is a name.
 *
 * @example
 * ```ts
 * resourceName('arn:aws:kinesis:us-east-1:123456789012:stream/orders'); // 'orders'
 * ```
 */
export function resourceName(nameOrArn: string): string {
  return traceResourceName(nameOrArn);
}

/**
 * Checks that a value is one of `allowed` (or an asymmetric matcher standing for one).
 *
 * @example
 * ```ts
 * checkEnum(status, STREAM_STATUSES, 'status', 'toHaveStreamStatus');
 * ```
 */
export function checkEnum(value: unknown, allowed: readonly string[], what: string, matcher: string): void {
  if (isAsymmetric(value)) return;
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new TypeError(`[kinesis-sse-harness] ${matcher}: ${what} must be one of ${allowed.join(', ')}; got ${describeValue(value)}`);
  }
}
