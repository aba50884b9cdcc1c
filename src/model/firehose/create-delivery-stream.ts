import type { CallContext } from '../context';
import type { LegacyOperation } from '../operation';
import { fail, ok, type Result } from '../result';
import type { ServiceError } from '../errors';
import { validateInput } from '../validate';
import type { ModelWorld } from '../world';
import { destinationEntry, findStream, sourceDescription } from './describe';
import { beginCreate, checkCmk, KMS_FAILURES, streamsUsingKey } from './lifecycle';
import {
  alreadyExists,
  invalidArgument,
  invalidKms,
  KEY_ARN_NOT_ALLOWED,
  KEY_ARN_REQUIRED,
  keyLimit,
  limitExceeded,
  ONE_DESTINATION,
  sourceConfigMismatch,
  sourceConfigMissing,
  sourceStreamMissing,
  sseNotSupported,
  streamQuota,
} from './messages';
import { CREATE_MEMBERS, DESTINATIONS } from './shapes';
import { deliveryStreamArn, type DeliveryStream, type DeliveryStreamType, type FirehoseKey } from './state';

type Input = Readonly<Record<string, unknown>>;

const SOURCE_MEMBERS: readonly (readonly [string, DeliveryStreamType, string])[] = [
  // [input member, the only type it fits, the name AWS (moto) uses in the message]
  ['KinesisStreamSourceConfiguration', 'KinesisStreamAsSource', 'KinesisSourceStreamConfig'],
  ['MSKSourceConfiguration', 'MSKAsSource', 'MSKSourceConfiguration'],
  ['DatabaseSourceConfiguration', 'DatabaseAsSource', 'DatabaseSourceConfiguration'],
  ['DirectPutSourceConfiguration', 'DirectPut', 'DirectPutSourceConfiguration'],
];

/**
 * The key an encryption input asks for, or the InvalidArgumentException its combination of
 * KeyType and KeyARN gets (CUSTOMER_MANAGED_CMK needs a KeyARN; AWS_OWNED_CMK with a KeyARN per
 * `behaviour.awsOwnedWithKeyArn`). Shared by CreateDeliveryStream and StartDeliveryStreamEncryption.
 *
 * @example
 * ```ts
 * requestedKey(world, { KeyType: 'AWS_OWNED_CMK' }); // { ok: true, value: { KeyType: 'AWS_OWNED_CMK' } }
 * ```
 */
export function requestedKey(world: ModelWorld, input: Input | undefined): Result<FirehoseKey> {
  if (input === undefined) return ok({ KeyType: 'AWS_OWNED_CMK' });
  const keyArn = input['KeyARN'] as string | undefined;
  if (input['KeyType'] === 'CUSTOMER_MANAGED_CMK') {
    if (keyArn === undefined) return fail(invalidArgument(KEY_ARN_REQUIRED));
    return ok({ KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: keyArn });
  }
  if (keyArn !== undefined && world.firehoseOptions.behaviour.awsOwnedWithKeyArn === 'reject') return fail(invalidArgument(KEY_ARN_NOT_ALLOWED));
  return ok({ KeyType: 'AWS_OWNED_CMK' });
}

/**
 * Whether a CMK may take one more delivery stream, and (per `behaviour.syncKmsProblems`) whether
 * KMS refuses it at once. Shared by CreateDeliveryStream and StartDeliveryStreamEncryption.
 *
 * @example
 * ```ts
 * const error = cmkAdmission(world, key, arn, now, 'us-east-1');
 * ```
 */
export function cmkAdmission(world: ModelWorld, key: FirehoseKey, streamArn: string, now: number, region: string): ServiceError | undefined {
  const keyArn = key.KeyARN;
  if (keyArn === undefined) return undefined;
  const limit = world.firehoseOptions.limits.deliveryStreamsPerKey;
  if (streamsUsingKey(world, keyArn, streamArn) >= limit) return limitExceeded(keyLimit(keyArn, limit));
  const sync = world.firehoseOptions.behaviour.syncKmsProblems;
  if (sync.length > 0) {
    const c = checkCmk(world, keyArn, now, region);
    if ('problem' in c && sync.includes(c.problem)) return invalidKms(KMS_FAILURES[c.problem].details(keyArn), KMS_FAILURES[c.problem].code);
  }
  return undefined;
}

/**
 * Adds a delivery stream to the world as CreateDeliveryStream does (after validation) and begins
 * CREATING → ACTIVE. Used by the operation and by `world.firehose.createDeliveryStream`.
 *
 * @example
 * ```ts
 * const r = addDeliveryStream(world, { DeliveryStreamName: 'd', ExtendedS3DestinationConfiguration: { RoleARN, BucketARN } }, ctx);
 * ```
 */
export function addDeliveryStream(world: ModelWorld, input: Input, ctx: CallContext): Result<DeliveryStream> {
  const name = input['DeliveryStreamName'] as string;
  const type = (input['DeliveryStreamType'] as DeliveryStreamType | undefined) ?? 'DirectPut';
  const destinations = Object.keys(DESTINATIONS).filter((m) => input[m] !== undefined);
  if (destinations.length !== 1) return fail(invalidArgument(ONE_DESTINATION));
  for (const [member, fits, label] of SOURCE_MEMBERS) {
    if (input[member] !== undefined && type !== fits) return fail(invalidArgument(sourceConfigMismatch(label, fits)));
    if (input[member] === undefined && type === fits && fits !== 'DirectPut') return fail(invalidArgument(sourceConfigMissing(member, fits)));
  }
  const sse = input['DeliveryStreamEncryptionConfigurationInput'] as Input | undefined;
  if (sse !== undefined && type !== 'DirectPut') return fail(invalidArgument(sseNotSupported(type)));
  const requested = sse === undefined ? undefined : requestedKey(world, sse);
  if (requested !== undefined && !requested.ok) return requested;
  const key = requested?.value;

  const arn = deliveryStreamArn(name, ctx.region, world.accountId);
  if (findStream(world, name, ctx.region) !== undefined) return fail(alreadyExists(name, world.accountId));
  const quota = world.firehoseOptions.limits.deliveryStreamsPerRegion;
  let inRegion = 0;
  for (const s of world.firehose.deliveryStreams.values()) if (s.region === ctx.region) inRegion++;
  if (inRegion >= quota) return fail(limitExceeded(streamQuota(quota)));
  const kinesisSource = input['KinesisStreamSourceConfiguration'] as Input | undefined;
  if (kinesisSource !== undefined && world.firehoseOptions.behaviour.checkSourceStream) {
    const sourceArn = kinesisSource['KinesisStreamARN'] as string;
    if (!world.kinesis.streams.has(sourceArn)) return fail(invalidArgument(sourceStreamMissing(sourceArn)));
  }
  if (key !== undefined) {
    const refused = cmkAdmission(world, key, arn, ctx.now, ctx.region);
    if (refused !== undefined) return fail(refused);
  }

  const destinationMember = destinations[0]!;
  const sourceMember = SOURCE_MEMBERS.find(([, fits]) => fits === type)![0];
  const sourceConfig = input[sourceMember] as Input | undefined;
  const source = sourceConfig === undefined ? undefined : sourceDescription(type, sourceConfig, ctx.now);
  const tags = (input['Tags'] as { Key: string; Value?: string }[] | undefined) ?? [];
  const stream: DeliveryStream = {
    name,
    arn,
    region: ctx.region,
    type,
    status: 'CREATING',
    createTimestamp: ctx.now,
    versionId: 1,
    ...(source === undefined ? {} : { source }),
    destinations: [destinationEntry(destinationMember, input[destinationMember] as Input)],
    tags: tags.map((t) => ({ ...t })),
    records: [],
  };
  if (type === 'DirectPut') {
    if (key === undefined) stream.encryption = { Status: 'DISABLED' };
    else {
      stream.target = key;
      stream.encryption = {
        Status: world.firehoseOptions.behaviour.encryptionStatusWhileCreating,
        KeyType: key.KeyType,
        ...(key.KeyARN === undefined ? {} : { KeyARN: key.KeyARN }),
      };
    }
  }
  world.firehose.deliveryStreams.set(arn, stream);
  beginCreate(world, stream, ctx.now);
  return ok(stream);
}

/**
 * CreateDeliveryStream: DirectPut (default), KinesisStreamAsSource, MSKAsSource or
 * DatabaseAsSource, with exactly one destination, optionally with
 * `DeliveryStreamEncryptionConfigurationInput` (DirectPut only). The stream is CREATING, then
 * ACTIVE after `durations.creating` — or CREATING_FAILED (for good) when its CMK cannot be used.
 *
 * @example
 * ```ts
 * invoke(world, 'firehose', 'CreateDeliveryStream', { DeliveryStreamName: 'd', ExtendedS3DestinationConfiguration: { RoleARN, BucketARN } }, { now: 0 });
 * // { ok: true, value: { DeliveryStreamARN: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/d' } }
 * ```
 */
export const createDeliveryStream: LegacyOperation = (world, input, ctx) => {
  const invalid = validateInput('firehose', input, CREATE_MEMBERS);
  if (invalid !== undefined) return fail(invalid);
  const r = addDeliveryStream(world, input as Input, ctx);
  return r.ok ? ok({ DeliveryStreamARN: r.value.arn }) : r;
};
