import type { CallContext } from '../context';
import { defineOperation } from '../operation';
import { fail, ok, type Result } from '../result';
import { validateInput } from '../validate';
import type { ModelWorld } from '../world';
import { destinationEntry, sourceDescription } from './describe';
import { beginCreate } from './lifecycle';
import { checkCreate } from './rules';
import { CREATE_INPUT, CREATE_OUTPUT, type CreateInput } from './shapes';
import { deliveryStreamArn, type DeliveryStream } from './state';

/**
 * Adds a delivery stream to the world as CreateDeliveryStream does (after validation): the checks
 * of `checkCreate`, then the stream, CREATING → ACTIVE begun. Used by the operation and, through
 * {@link setUpDeliveryStream}, by `world.firehose.createDeliveryStream`.
 *
 * @example
 * ```ts
 * const r = addDeliveryStream(world, { DeliveryStreamName: 'd', ExtendedS3DestinationConfiguration: { RoleARN, BucketARN } }, ctx);
 * ```
 */
export function addDeliveryStream(world: ModelWorld, input: CreateInput, ctx: CallContext): Result<DeliveryStream> {
  const name = input.DeliveryStreamName;
  const arn = deliveryStreamArn(name, ctx.region, world.accountId);
  const checked = checkCreate(world, input, arn, ctx);
  if (!checked.ok) return checked;
  const { type, destination, key } = checked.value;

  const source = sourceDescription(type, input, ctx.now);
  const tags = input.Tags ?? [];
  const stream: DeliveryStream = {
    name,
    arn,
    region: ctx.region,
    type,
    status: 'CREATING',
    createTimestamp: ctx.now,
    versionId: 1,
    ...(source === undefined ? {} : { source }),
    destinations: [destinationEntry(destination, input[destination] ?? {})],
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
 * Creates a delivery stream for test setup exactly as CreateDeliveryStream would: the input is
 * validated against the operation's declaration, then {@link addDeliveryStream}. No call is
 * recorded in the trace (the stream's transitions are).
 *
 * @example
 * ```ts
 * const r = setUpDeliveryStream(world, { DeliveryStreamName: 'd', ExtendedS3DestinationConfiguration: { RoleARN, BucketARN } }, { now, region });
 * ```
 */
export function setUpDeliveryStream(world: ModelWorld, input: unknown, ctx: CallContext): Result<DeliveryStream> {
  const invalid = validateInput('firehose', input, createDeliveryStream.input.members);
  return invalid === undefined ? addDeliveryStream(world, input as CreateInput, ctx) : fail(invalid);
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
export const createDeliveryStream = defineOperation({
  service: 'firehose',
  name: 'CreateDeliveryStream',
  input: CREATE_INPUT,
  output: CREATE_OUTPUT,
  errors: ['InvalidArgumentException', 'LimitExceededException', 'ResourceInUseException', 'InvalidKMSResourceException'],
  run(world, input, ctx) {
    const r = addDeliveryStream(world, input, ctx);
    return r.ok ? ok({ DeliveryStreamARN: r.value.arn }) : r;
  },
});
