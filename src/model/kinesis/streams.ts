import { formatArn, partitionOf } from '../arn';
import type { CallContext } from '../context';
import { fail, ok, type Result } from '../result';
import { appendTrace, type ModelWorld } from '../world';
import { invalidStreamArn, kinesisError, MISSING_STREAM_IDENTIFIER, streamNotFound } from './messages';
import type { KinesisStream, StreamStatus } from './state';
import { StreamIndex } from './stream-index';
import type { TransitionProperty } from '../vocabulary';

/**
 * The ARN of a stream: `arn:<partition>:kinesis:<region>:<account>:stream/<name>`.
 *
 * @example
 * ```ts
 * streamArn('us-east-1', '123456789012', 'orders'); // 'arn:aws:kinesis:us-east-1:123456789012:stream/orders'
 * ```
 */
export function streamArn(region: string, account: string, name: string): string {
  return formatArn('kinesis', region, account, `stream/${name}`);
}

/**
 * Which stream a call names: its ARN, its name and its account (from the ARN when one is given).
 *
 * @example
 * ```ts
 * const ref: StreamRef = { arn, name: 'orders', account: '123456789012' };
 * ```
 */
export interface StreamRef {
  readonly arn: string;
  readonly name: string;
  readonly account: string;
}

/**
 * Works out which stream a call names from StreamName and/or StreamARN, before any state is read:
 * neither → InvalidArgumentException; an ARN of another region than the caller's (or another
 * partition) → InvalidArgumentException [INF: "Provided ARNs must share the same region as the
 * Kinesis endpoint"]; both given but naming different streams → the ARN wins, or
 * InvalidArgumentException with `behaviour.nameAndArnDisagree: 'reject'` [UNKNOWN].
 *
 * @example
 * ```ts
 * const ref = identifyStream(world, { StreamName: 'orders' }, ctx);
 * ```
 */
export function identifyStream(world: ModelWorld, input: Readonly<Record<string, unknown>>, ctx: CallContext): Result<StreamRef> {
  const name = typeof input['StreamName'] === 'string' ? input['StreamName'] : undefined;
  const arn = typeof input['StreamARN'] === 'string' ? input['StreamARN'] : undefined;
  if (arn === undefined) {
    if (name === undefined) return fail(kinesisError('InvalidArgumentException', MISSING_STREAM_IDENTIFIER));
    return ok({ arn: streamArn(ctx.region, world.accountId, name), name, account: world.accountId });
  }
  // The ARN passed the model's pattern `arn:aws.*:kinesis:.*:\d{12}:stream/\S+`, which also lets
  // through ARNs no parser reads (`arn:aws:x:kinesis:…`): those name no stream. [INF text]
  const m = /^arn:(aws[^:]*):kinesis:(.*):(\d{12}):stream\/(\S+)$/.exec(arn);
  if (m === null) return fail(kinesisError('InvalidArgumentException', invalidStreamArn(arn)));
  const parts = { partition: m[1]!, region: m[2]!, account: m[3]! };
  const arnName = m[4]!;
  if (parts.region !== ctx.region || parts.partition !== partitionOf(ctx.region)) {
    return fail(
      kinesisError('InvalidArgumentException', `StreamARN ${arn} is not in region ${ctx.region}: provided ARNs must share the same region as the Kinesis endpoint.`),
    );
  }
  if (name !== undefined && streamArn(ctx.region, world.accountId, name) !== arn && world.kinesisOptions.behaviour.nameAndArnDisagree === 'reject') {
    return fail(kinesisError('InvalidArgumentException', `StreamARN ${arn} and StreamName ${name} do not name the same stream.`));
  }
  return ok({ arn, name: arnName, account: parts.account });
}

/**
 * The stream a call names, or ResourceNotFoundException `Stream <n> under account <a> not found.`.
 *
 * @example
 * ```ts
 * const r = findStream(world, input, ctx);
 * if (r.ok) r.value.status;
 * ```
 */
export function findStream(world: ModelWorld, input: Readonly<Record<string, unknown>>, ctx: CallContext): Result<KinesisStream> {
  const ref = identifyStream(world, input, ctx);
  if (!ref.ok) return ref;
  const stream = world.kinesis.streams.get(ref.value.arn);
  return stream === undefined ? fail(streamNotFound(ref.value.name, ref.value.account)) : ok(stream);
}

/**
 * Appends a Kinesis transition to the trace.
 *
 * @example
 * ```ts
 * traceTransition(world, now, stream.arn, 'StreamStatus', 'ACTIVE', 'UPDATING');
 * ```
 */
export function traceTransition(world: ModelWorld, at: number, arn: string, property: TransitionProperty, from: string, to: string, detail?: string): void {
  appendTrace(world, { kind: 'transition', time: at, service: 'kinesis', resource: arn, property, from, to, ...(detail === undefined ? {} : { detail }) });
}

/**
 * Sets a stream's status and traces the change.
 *
 * @example
 * ```ts
 * setStatus(world, stream, 'UPDATING', now);
 * ```
 */
export function setStatus(world: ModelWorld, stream: KinesisStream, to: StreamStatus, at: number, detail?: string): void {
  const from = stream.status;
  stream.status = to;
  if (world.kinesis.streams instanceof StreamIndex) world.kinesis.streams.noteStatus(stream);
  traceTransition(world, at, stream.arn, 'StreamStatus', from, to, detail);
}

/**
 * The key under which the rolling 24-hour limits count a stream's calls: the stream itself (the
 * default), or its account and region with `limits.limitScope: 'account'`.
 *
 * @example
 * ```ts
 * limitKey(world, stream); // 'arn:aws:kinesis:us-east-1:123456789012:stream/orders#0'
 * ```
 */
export function limitKey(world: ModelWorld, stream: KinesisStream): string {
  return world.kinesisOptions.limits.limitScope === 'account' ? `${stream.account}:${stream.region}` : `${stream.arn}#${stream.serial}`;
}

/**
 * Whether a stream counts towards "streams simultaneously in CREATING or DELETING".
 *
 * @example
 * ```ts
 * isTransient(stream);
 * ```
 */
export function isTransient(stream: KinesisStream): boolean {
  return stream.status === 'CREATING' || stream.status === 'DELETING';
}
