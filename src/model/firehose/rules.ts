import { DeliveryStreamIndex } from './stream-index';
import type { CallContext } from '../context';
import type { ServiceError } from '../errors';
import { fail, ok, type Result } from '../result';
import { countWithin, record } from '../rolling-window';
import type { ModelWorld } from '../world';
import { findStream } from './describe';
import { checkCmk, recordKeyProblem } from './keys';
import {
  alreadyExists,
  encryptionInProgress,
  GRANT_REVOKED,
  invalidArgument,
  invalidKms,
  KEY_ARN_NOT_ALLOWED,
  KEY_ARN_REQUIRED,
  keyLimit,
  KMS_FAILURES,
  limitExceeded,
  notAvailable,
  notFound,
  notPermittedOnType,
  ONE_DESTINATION,
  sourceConfigMismatch,
  sourceConfigMissing,
  sourceStreamMissing,
  sseNotSupported,
  startStopLimit,
  streamQuota,
  versionMismatch,
} from './messages';
import { DESTINATIONS, type CreateInput, type DestinationMember, type EncryptionInput } from './shapes';
import type { DeliveryStream, DeliveryStreamType, FirehoseKey } from './state';

/*
 * Every Firehose precondition, limit and state check, in one place: the operations, the world's
 * setup view (world.firehose.createDeliveryStream) and the limits it reports call these.
 */

/**
 * Whether a delivery stream counts as one of the (at most 500) streams a CMK encrypts: it is not
 * being deleted or stopped, and the key is in effect or being enabled.
 *
 * @example
 * ```ts
 * usesKey(stream, keyArn);
 * ```
 */
export function usesKey(s: DeliveryStream, keyArn: string): boolean {
  if (s.status === 'DELETING' || s.status === 'DELETING_FAILED') return false;
  const status = s.encryption?.Status;
  if (status === 'DISABLING' || status === 'DISABLED') return false;
  return s.target?.KeyARN === keyArn || s.keyInEffect?.KeyARN === keyArn;
}

/**
 * How many delivery streams other than `exceptArn` use the CMK `keyArn`.
 *
 * @example
 * ```ts
 * streamsUsingKey(world, keyArn, arn);
 * ```
 */
export function streamsUsingKey(world: ModelWorld, keyArn: string, exceptArn?: string): number {
  const streams = world.firehose.deliveryStreams;
  let n = 0;
  const candidates = streams instanceof DeliveryStreamIndex ? streams.referencing(keyArn) : streams.values();
  for (const s of candidates) if (s.arn !== exceptArn && usesKey(s, keyArn)) n++;
  return n;
}

/**
 * Start+Stop calls of a stream in the rolling 24 hours ending at `now`.
 *
 * @example
 * ```ts
 * startStopUsed(world, arn, now);
 * ```
 */
export function startStopUsed(world: ModelWorld, arn: string, now: number): number {
  return countWithin(world.firehose.startStop, arn, now);
}

/**
 * Counts one Start or Stop call of a stream.
 *
 * @example
 * ```ts
 * countStartStop(world, arn, now);
 * ```
 */
export function countStartStop(world: ModelWorld, arn: string, now: number): void {
  record(world.firehose.startStop, arn, now);
}

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
export function requestedKey(world: ModelWorld, input: EncryptionInput | undefined): Result<FirehoseKey> {
  if (input === undefined) return ok({ KeyType: 'AWS_OWNED_CMK' });
  const keyArn = input.KeyARN;
  if (input.KeyType === 'CUSTOMER_MANAGED_CMK') {
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
 * The source configuration members of CreateDeliveryStream: the member, the only type it fits,
 * and the name AWS (moto) uses in the message.
 *
 * @example
 * ```ts
 * SOURCE_MEMBERS.find(([, fits]) => fits === 'MSKAsSource')?.[0]; // 'MSKSourceConfiguration'
 * ```
 */
export const SOURCE_MEMBERS = [
  ['KinesisStreamSourceConfiguration', 'KinesisStreamAsSource', 'KinesisSourceStreamConfig'],
  ['MSKSourceConfiguration', 'MSKAsSource', 'MSKSourceConfiguration'],
  ['DatabaseSourceConfiguration', 'DatabaseAsSource', 'DatabaseSourceConfiguration'],
  ['DirectPutSourceConfiguration', 'DirectPut', 'DirectPutSourceConfiguration'],
] as const satisfies readonly (readonly [keyof CreateInput, DeliveryStreamType, string])[];

const DESTINATION_MEMBERS = Object.keys(DESTINATIONS) as DestinationMember[];

/**
 * What CreateDeliveryStream's checks found acceptable: the stream type, its one destination
 * member, and the key it is created with (if SSE was asked for).
 *
 * @example
 * ```ts
 * const plan: CreatePlan = { type: 'DirectPut', destination: 'ExtendedS3DestinationConfiguration', key: undefined };
 * ```
 */
export interface CreatePlan {
  readonly type: DeliveryStreamType;
  readonly destination: DestinationMember;
  readonly key: FirehoseKey | undefined;
}

/**
 * CreateDeliveryStream's checks after validation, in AWS's order: exactly one destination; each
 * source configuration fits the type (and the type's own is there); SSE only on DirectPut, with a
 * valid KeyType/KeyARN; the name is free (ResourceInUseException); the region's quota; the Kinesis
 * source stream exists (`behaviour.checkSourceStream`); the CMK may take the stream.
 *
 * @example
 * ```ts
 * const plan = checkCreate(world, input, arn, ctx);
 * ```
 */
export function checkCreate(world: ModelWorld, input: CreateInput, arn: string, ctx: CallContext): Result<CreatePlan> {
  const name = input.DeliveryStreamName;
  const type = input.DeliveryStreamType ?? 'DirectPut';
  const destinations = DESTINATION_MEMBERS.filter((m) => input[m] !== undefined);
  if (destinations.length !== 1) return fail(invalidArgument(ONE_DESTINATION));
  for (const [member, fits, label] of SOURCE_MEMBERS) {
    if (input[member] !== undefined && type !== fits) return fail(invalidArgument(sourceConfigMismatch(label, fits)));
    if (input[member] === undefined && type === fits && fits !== 'DirectPut') return fail(invalidArgument(sourceConfigMissing(member, fits)));
  }
  const sse = input.DeliveryStreamEncryptionConfigurationInput;
  if (sse !== undefined && type !== 'DirectPut') return fail(invalidArgument(sseNotSupported(type)));
  const requested = sse === undefined ? undefined : requestedKey(world, sse);
  if (requested !== undefined && !requested.ok) return requested;
  const key = requested?.value;

  if (findStream(world, name, ctx.region) !== undefined) return fail(alreadyExists(name, world.accountId));
  const quota = world.firehoseOptions.limits.deliveryStreamsPerRegion;
  const streams = world.firehose.deliveryStreams;
  let inRegion = 0;
  if (streams instanceof DeliveryStreamIndex) inRegion = streams.countIn(ctx.region);
  else for (const s of streams.values()) if (s.region === ctx.region) inRegion++;
  if (inRegion >= quota) return fail(limitExceeded(streamQuota(quota)));
  const kinesisSource = input.KinesisStreamSourceConfiguration;
  if (kinesisSource !== undefined && world.firehoseOptions.behaviour.checkSourceStream) {
    const sourceArn = kinesisSource.KinesisStreamARN;
    if (!world.kinesis.streams.has(sourceArn)) return fail(invalidArgument(sourceStreamMissing(sourceArn)));
  }
  if (key !== undefined) {
    const refused = cmkAdmission(world, key, arn, ctx.now, ctx.region);
    if (refused !== undefined) return fail(refused);
  }
  return ok({ type, destination: destinations[0]!, key });
}

/**
 * DeleteDeliveryStream's check: the stream exists (ResourceNotFoundException) and is not
 * CREATING (ResourceInUseException).
 *
 * @example
 * ```ts
 * const s = checkDelete(world, 'orders', 'us-east-1');
 * ```
 */
export function checkDelete(world: ModelWorld, name: string, region: string): Result<DeliveryStream> {
  const s = findStream(world, name, region);
  if (s === undefined) return fail(notFound(name, world.accountId));
  if (s.status === 'CREATING') return fail(notAvailable(s.name, world.accountId, s.status));
  return ok(s);
}

/**
 * A StartDeliveryStreamEncryption or StopDeliveryStreamEncryption call that passed the checks both
 * share: `reject` answers an error found afterwards (counting it toward the 25 per 24 hours when
 * `behaviour.countRejectedStartStop` is on), `accept` counts the call and stamps
 * `LastUpdateTimestamp` (per `behaviour.encryptionChangeUpdatesTimestamp`).
 *
 * @example
 * ```ts
 * const call = encryptionCall(world, 'orders', ctx);
 * if (!call.ok) return call;
 * call.value.accept();
 * ```
 */
export interface EncryptionCall {
  readonly stream: DeliveryStream;
  reject(error: ServiceError): Result<never>;
  accept(): void;
}

/**
 * The checks StartDeliveryStreamEncryption and StopDeliveryStreamEncryption share, in order: the
 * delivery stream exists (ResourceNotFoundException, N-1); fewer than `limits.startStopPer24h`
 * calls in the rolling 24 hours (LimitExceededException, never counted itself); it is a DirectPut
 * stream (InvalidArgumentException); it is ACTIVE and no encryption change is in progress
 * (ResourceInUseException).
 *
 * @example
 * ```ts
 * const call = encryptionCall(world, 'orders', { now, region: 'us-east-1' });
 * ```
 */
export function encryptionCall(world: ModelWorld, name: string, ctx: CallContext): Result<EncryptionCall> {
  const s = findStream(world, name, ctx.region);
  const account = world.accountId;
  if (s === undefined) return fail(notFound(name, account));
  const behaviour = world.firehoseOptions.behaviour;
  const call: EncryptionCall = {
    stream: s,
    reject(error) {
      if (behaviour.countRejectedStartStop) countStartStop(world, s.arn, ctx.now);
      return fail(error);
    },
    accept() {
      countStartStop(world, s.arn, ctx.now);
      if (behaviour.encryptionChangeUpdatesTimestamp) s.lastUpdateTimestamp = ctx.now;
      if (behaviour.encryptionChangeMovesVersion) s.versionId++;
    },
  };
  const limit = world.firehoseOptions.limits.startStopPer24h;
  if (startStopUsed(world, s.arn, ctx.now) >= limit) return fail(limitExceeded(startStopLimit(s.name, account, limit)));
  if (s.type !== 'DirectPut' || s.encryption === undefined) return call.reject(notPermittedOnType(s.type));
  if (s.status !== 'ACTIVE') return call.reject(notAvailable(s.name, account, s.status));
  const status = s.encryption.Status;
  if (status === 'ENABLING' || status === 'DISABLING') return call.reject(encryptionInProgress(s.name, account, status));
  return ok(call);
}

/**
 * The delivery stream TagDeliveryStream and UntagDeliveryStream change: it exists
 * (ResourceNotFoundException) and is ACTIVE (ResourceInUseException while CREATING, DELETING or
 * failed). The encryption status does not matter: tags are not part of the encryption. [INFERRED]
 *
 * @example
 * ```ts
 * const s = taggableStream(world, 'orders', 'us-east-1');
 * ```
 */
export function taggableStream(world: ModelWorld, name: string, region: string): Result<DeliveryStream> {
  const s = findStream(world, name, region);
  if (s === undefined) return fail(notFound(name, world.accountId));
  if (s.status !== 'ACTIVE') return fail(notAvailable(s.name, world.accountId, s.status));
  return ok(s);
}

/**
 * The delivery stream UpdateDestination changes, in the order of its checks: it exists
 * (ResourceNotFoundException); it is ACTIVE (ResourceInUseException); no encryption change is in
 * progress (ResourceInUseException, per `behaviour.updateDestinationWhileEncryptionChanging`); the
 * version matches (ConcurrentModificationException). [INFERRED order]
 *
 * @example
 * ```ts
 * const s = updatableStream(world, 'orders', '1', 'us-east-1');
 * ```
 */
export function updatableStream(world: ModelWorld, name: string, versionId: string, region: string): Result<DeliveryStream> {
  const s = findStream(world, name, region);
  const account = world.accountId;
  if (s === undefined) return fail(notFound(name, account));
  if (s.status !== 'ACTIVE') return fail(notAvailable(s.name, account, s.status));
  const status = s.encryption?.Status;
  if ((status === 'ENABLING' || status === 'DISABLING') && world.firehoseOptions.behaviour.updateDestinationWhileEncryptionChanging === 'reject') {
    return fail(notAvailable(s.name, account, status));
  }
  if (versionId !== String(s.versionId)) return fail(versionMismatch(s.name, String(s.versionId), versionId));
  return ok(s);
}

/**
 * The delivery stream records may be written to right now, or the error PutRecord and
 * PutRecordBatch answer: ResourceNotFoundException for an unknown name (and while CREATING or
 * CREATING_FAILED, or DELETING with `behaviour.recordsWhileDeleting: 'reject'`),
 * InvalidArgumentException on a non-DirectPut stream, InvalidKMSResourceException (K-1) when the
 * CMK in effect cannot be used.
 *
 * @example
 * ```ts
 * const target = writableStream(world, 'd', 'us-east-1');
 * ```
 */
export function writableStream(world: ModelWorld, name: string, region: string): Result<DeliveryStream, ServiceError> {
  const s = findStream(world, name, region);
  if (s === undefined) return fail(notFound(name, world.accountId));
  if (s.type !== 'DirectPut') return fail(notPermittedOnType(s.type));
  if (s.status === 'CREATING' || s.status === 'CREATING_FAILED') return fail(notFound(name, world.accountId));
  if ((s.status === 'DELETING' || s.status === 'DELETING_FAILED') && world.firehoseOptions.behaviour.recordsWhileDeleting === 'reject') {
    return fail(notFound(name, world.accountId));
  }
  const problem = recordKeyProblem(world, s);
  if (problem !== undefined) return fail(invalidKms(GRANT_REVOKED, problem));
  return ok(s);
}
