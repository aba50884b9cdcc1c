import type { ModelWorld } from '../world';
import { DESTINATIONS, type CreateInput, type DestinationMember, type SourceDescription } from './shapes';
import {
  deliveryStreamArn,
  type DeliveryStream,
  type DeliveryStreamEncryptionStatus,
  type DeliveryStreamStatus,
  type DeliveryStreamType,
  type FailureDescription,
  type FirehoseKeyType,
} from './state';

/**
 * `DeliveryStreamEncryptionConfiguration` as Describe returns it: a never-encrypted DirectPut
 * stream shows exactly `{ Status: 'DISABLED' }`; `KeyARN` only with `CUSTOMER_MANAGED_CMK`;
 * `FailureDescription` only with ENABLING_FAILED / DISABLING_FAILED.
 *
 * @example
 * ```ts
 * const c: DeliveryStreamEncryptionConfiguration = { KeyType: 'AWS_OWNED_CMK', Status: 'ENABLED' };
 * ```
 */
export interface DeliveryStreamEncryptionConfiguration {
  readonly KeyARN?: string;
  readonly KeyType?: FirehoseKeyType;
  readonly Status?: DeliveryStreamEncryptionStatus;
  readonly FailureDescription?: FailureDescription;
}

/**
 * An entry of Describe's `Destinations`: its `DestinationId` and one `...DestinationDescription`
 * (S3 and extended S3 with AWS's defaults, other destinations echoed without their secrets).
 *
 * @example
 * ```ts
 * const d: DestinationDescription = { DestinationId: 'destinationId-000000000001', S3DestinationDescription: { RoleARN, BucketARN } };
 * ```
 */
export interface DestinationDescription {
  readonly DestinationId: string;
  readonly [description: string]: unknown;
}

/**
 * `DeliveryStreamDescription` exactly as DescribeDeliveryStream returns it, timestamps as epoch
 * milliseconds. Members AWS omits are absent. Kinesis- and MSK-sourced streams have no
 * `DeliveryStreamEncryptionConfiguration` at all, and have `Source`.
 *
 * @example
 * ```ts
 * const d = world.firehose.describe('orders');
 * d?.DeliveryStreamEncryptionConfiguration; // { Status: 'DISABLED' }
 * ```
 */
export interface DeliveryStreamDescription {
  readonly DeliveryStreamName: string;
  readonly DeliveryStreamARN: string;
  readonly DeliveryStreamStatus: DeliveryStreamStatus;
  readonly FailureDescription?: FailureDescription;
  readonly DeliveryStreamEncryptionConfiguration?: DeliveryStreamEncryptionConfiguration;
  readonly DeliveryStreamType: DeliveryStreamType;
  readonly VersionId: string;
  readonly CreateTimestamp?: number;
  readonly LastUpdateTimestamp?: number;
  readonly Source?: SourceDescription;
  readonly Destinations: readonly DestinationDescription[];
  readonly HasMoreDestinations: boolean;
}

/**
 * A deep copy of plain data (objects, arrays, blobs, scalars), so nothing handed out can touch the
 * world.
 *
 * @example
 * ```ts
 * const copy = clone({ a: [1, 2] });
 * ```
 */
export function clone<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Uint8Array) return new Uint8Array(value) as T; // a copy even of a Buffer (whose slice() is a view)
  if (Array.isArray(value)) return value.map((v: unknown) => clone(v)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (v !== undefined) out[k] = clone(v);
  return out as T;
}

/**
 * The Describe shape of a delivery stream (a fresh copy).
 *
 * @example
 * ```ts
 * describeStream(stream).DeliveryStreamStatus; // 'ACTIVE'
 * ```
 */
export function describeStream(s: DeliveryStream): DeliveryStreamDescription {
  const enc = s.encryption;
  const encryption: DeliveryStreamEncryptionConfiguration | undefined =
    enc === undefined
      ? undefined
      : {
          ...(enc.KeyARN === undefined || enc.KeyType !== 'CUSTOMER_MANAGED_CMK' ? {} : { KeyARN: enc.KeyARN }),
          ...(enc.KeyType === undefined ? {} : { KeyType: enc.KeyType }),
          Status: enc.Status,
          ...(enc.FailureDescription === undefined ? {} : { FailureDescription: { ...enc.FailureDescription } }),
        };
  return {
    DeliveryStreamName: s.name,
    DeliveryStreamARN: s.arn,
    DeliveryStreamStatus: s.status,
    ...(s.failure === undefined ? {} : { FailureDescription: { ...s.failure } }),
    ...(encryption === undefined ? {} : { DeliveryStreamEncryptionConfiguration: encryption }),
    DeliveryStreamType: s.type,
    VersionId: String(s.versionId),
    CreateTimestamp: s.createTimestamp,
    ...(s.lastUpdateTimestamp === undefined ? {} : { LastUpdateTimestamp: s.lastUpdateTimestamp }),
    ...(s.source === undefined ? {} : { Source: clone(s.source) }),
    Destinations: clone(s.destinations),
    HasMoreDestinations: false,
  };
}

/**
 * Finds delivery stream `name` as a client in `region` of the world's account sees it.
 *
 * @example
 * ```ts
 * findStream(world, 'orders', 'us-east-1');
 * ```
 */
export function findStream(world: ModelWorld, name: string, region: string): DeliveryStream | undefined {
  return world.firehose.deliveryStreams.get(deliveryStreamArn(name, region, world.accountId));
}

/**
 * The delivery streams of the world's account in `region`, by name (alphabetical), in every
 * status: what ListDeliveryStreams pages through and `world.firehose.names` lists.
 *
 * @example
 * ```ts
 * streamsInRegion(world, 'us-east-1').map((s) => s.name);
 * ```
 */
export function streamsInRegion(world: ModelWorld, region: string): DeliveryStream[] {
  return [...world.firehose.deliveryStreams.values()].filter((s) => s.region === region).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The members an extended S3 destination shares with its plain `S3DestinationDescription`. */
const PLAIN_S3_MEMBERS = ['RoleARN', 'BucketARN', 'Prefix', 'ErrorOutputPrefix', 'BufferingHints', 'CompressionFormat', 'EncryptionConfiguration', 'CloudWatchLoggingOptions'];

const SECRETS = new Set(['Password', 'AccessKey', 'HECToken', 'PrivateKey', 'KeyPassphrase']);

function withoutSecrets(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return clone(value);
  if (Array.isArray(value)) return value.map(withoutSecrets);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (v !== undefined && !SECRETS.has(k)) out[k] = withoutSecrets(v);
  return out;
}

function copyConfig(config: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) {
    if (v === undefined || SECRETS.has(k)) continue;
    if (k === 'S3Configuration' && typeof v === 'object' && v !== null) out['S3DestinationDescription'] = s3Description(v as Record<string, unknown>);
    else if (k === 'S3BackupConfiguration' && typeof v === 'object' && v !== null) out['S3BackupDescription'] = s3Description(v as Record<string, unknown>);
    else out[k] = withoutSecrets(v);
  }
  return out;
}

/** The S3 part of a destination as Describe shows it, with the defaults AWS fills in. [AWS-REAL shapes] */
function s3Description(config: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 300 },
    CompressionFormat: 'UNCOMPRESSED',
    EncryptionConfiguration: { NoEncryptionConfig: 'NoEncryption' },
    CloudWatchLoggingOptions: { Enabled: false },
  };
  for (const [k, v] of Object.entries(config)) if (v !== undefined) out[k] = clone(v);
  return out;
}

/**
 * The `Destinations` entry for a CreateDeliveryStream destination configuration: the
 * `...DestinationConfiguration` member becomes `...DestinationDescription` under DestinationId
 * `destinationId-000000000001`; S3 and extended S3 get AWS's defaults (buffering 5 MiB / 300 s,
 * UNCOMPRESSED, NoEncryption, logging off, backup Disabled) and an extended S3 destination is
 * also described as `S3DestinationDescription`, as real AWS does. Other destinations are echoed
 * without their secrets.
 *
 * @example
 * ```ts
 * destinationEntry('ExtendedS3DestinationConfiguration', { RoleARN, BucketARN });
 * ```
 */
export function destinationEntry(member: DestinationMember, config: Readonly<Record<string, unknown>>): DestinationDescription {
  const description = DESTINATIONS[member];
  const entry: { DestinationId: string; [description: string]: unknown } = { DestinationId: 'destinationId-000000000001' };
  if (member === 'ExtendedS3DestinationConfiguration') {
    const { S3BackupConfiguration, S3BackupMode, ...rest } = config;
    const extended = s3Description(rest);
    extended['S3BackupMode'] = S3BackupMode ?? 'Disabled';
    if (S3BackupConfiguration !== undefined && S3BackupConfiguration !== null) {
      extended['S3BackupDescription'] = s3Description(S3BackupConfiguration as Record<string, unknown>);
    }
    entry[description] = extended;
    const plain: Record<string, unknown> = {};
    for (const k of PLAIN_S3_MEMBERS) if (rest[k] !== undefined) plain[k] = rest[k];
    entry['S3DestinationDescription'] = s3Description(plain);
  } else if (member === 'S3DestinationConfiguration') {
    entry[description] = s3Description(config);
  } else {
    entry[description] = copyConfig(config);
  }
  return entry;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** An S3 part after an update: the members given replace the ones described, the others are kept. */
function mergeS3(current: unknown, update: unknown): Record<string, unknown> {
  const out = { ...record(current) };
  for (const [k, v] of Object.entries(record(update))) if (v !== undefined) out[k] = clone(v);
  return s3Description(out);
}

/**
 * A `Destinations` entry after UpdateDestination of the same destination type: "Firehose merges
 * the configuration parameters specified with the destination configuration that already exists
 * ... If any of the parameters are not specified in the call, the existing values are retained"
 * [MODEL]. `config` is the update in configuration form (`S3Update` → `S3Configuration`,
 * `S3BackupUpdate` → `S3BackupConfiguration`). Members are merged one level deep; the S3 parts
 * (`S3DestinationDescription`, `S3BackupDescription`) member by member. An extended S3 destination's
 * plain `S3DestinationDescription` follows it, as on create; an S3 update of an extended S3
 * destination changes the members both describe.
 *
 * @example
 * ```ts
 * mergeDestination(entry, 'ExtendedS3DestinationConfiguration', { Prefix: 'v2/' });
 * ```
 */
export function mergeDestination(entry: DestinationDescription, member: DestinationMember, config: Readonly<Record<string, unknown>>): DestinationDescription {
  const description = DESTINATIONS[member];
  const next: { DestinationId: string; [description: string]: unknown } = clone(entry);
  if (member === 'S3DestinationConfiguration') {
    next[description] = mergeS3(entry[description], config);
    if (entry['ExtendedS3DestinationDescription'] !== undefined) {
      const extended = { ...record(entry['ExtendedS3DestinationDescription']) };
      for (const k of PLAIN_S3_MEMBERS) if (config[k] !== undefined) extended[k] = clone(config[k]);
      next['ExtendedS3DestinationDescription'] = extended;
    }
    return next;
  }
  const current = record(entry[description]);
  const merged: Record<string, unknown> = { ...current };
  for (const [k, v] of Object.entries(config)) {
    if (v === undefined || SECRETS.has(k)) continue;
    if (k === 'S3Configuration') merged['S3DestinationDescription'] = mergeS3(current['S3DestinationDescription'], v);
    else if (k === 'S3BackupConfiguration') merged['S3BackupDescription'] = mergeS3(current['S3BackupDescription'], v);
    else merged[k] = withoutSecrets(v);
  }
  next[description] = merged;
  if (member === 'ExtendedS3DestinationConfiguration') {
    const plain: Record<string, unknown> = {};
    for (const k of PLAIN_S3_MEMBERS) if (merged[k] !== undefined) plain[k] = merged[k];
    next['S3DestinationDescription'] = s3Description(plain);
  }
  return next;
}

/**
 * The `Source` of a Kinesis-, MSK- or database-sourced stream, from its CreateDeliveryStream
 * input; `undefined` for DirectPut.
 *
 * @example
 * ```ts
 * sourceDescription('KinesisStreamAsSource', input, now);
 * ```
 */
export function sourceDescription(type: DeliveryStreamType, input: CreateInput, now: number): SourceDescription | undefined {
  switch (type) {
    case 'KinesisStreamAsSource': {
      const config = input.KinesisStreamSourceConfiguration;
      if (config === undefined) return undefined;
      return { KinesisStreamSourceDescription: { KinesisStreamARN: config.KinesisStreamARN, RoleARN: config.RoleARN, DeliveryStartTimestamp: now } };
    }
    case 'MSKAsSource': {
      const config = input.MSKSourceConfiguration;
      return config === undefined ? undefined : { MSKSourceDescription: { ...clone(config), DeliveryStartTimestamp: now } };
    }
    case 'DatabaseAsSource': {
      const config = input.DatabaseSourceConfiguration;
      return config === undefined ? undefined : { DatabaseSourceDescription: clone(config) };
    }
    case 'DirectPut':
      return undefined;
  }
}
