import type { CallContext } from '../context';
import { schedule } from '../pending';
import { fail, ok, type Result } from '../result';
import { planTransition } from '../transition-plan';
import type { ModelWorld } from '../world';
import { consumerNotFound, kinesisError } from './messages';
import type { KinesisConsumer, KinesisStream } from './state';
import { findStream, traceTransition } from './streams';

/**
 * Stream consumers (enhanced fan-out): CREATING at registration, ACTIVE after
 * `durations.consumerCreating`, DELETING at deregistration and gone after
 * `durations.consumerDeleting`, each traced as `ConsumerStatus` of the consumer's ARN.
 */

/**
 * A consumer's ARN: `<stream ARN>/consumer/<name>:<epoch seconds of registration>`. [REAL format:
 * botocore's ConsumerARN pattern, AWS documentation examples]
 *
 * @example
 * ```ts
 * consumerArn('arn:aws:kinesis:us-east-1:123456789012:stream/orders', 'c', Date.UTC(2026, 0, 1)); // '…/consumer/c:1767225600'
 * ```
 */
export function consumerArn(streamArn: string, name: string, now: number): string {
  return `${streamArn}/consumer/${name}:${Math.max(0, Math.floor(now / 1000))}`;
}

/**
 * A consumer in the shape RegisterStreamConsumer and ListStreamConsumers answer (the creation time
 * in whole seconds, as its ARN). [INF precision]
 *
 * @example
 * ```ts
 * consumerShape(consumer).ConsumerStatus; // 'CREATING'
 * ```
 */
export function consumerShape(c: KinesisConsumer): {
  ConsumerName: string;
  ConsumerARN: string;
  ConsumerStatus: 'CREATING' | 'ACTIVE' | 'DELETING';
  ConsumerCreationTimestamp: number;
} {
  return { ConsumerName: c.name, ConsumerARN: c.arn, ConsumerStatus: c.status, ConsumerCreationTimestamp: Math.floor(c.createdAt / 1000) * 1000 };
}

function setConsumerStatus(world: ModelWorld, c: KinesisConsumer, to: 'ACTIVE' | 'DELETING' | 'none', at: number, detail?: string): void {
  const from = c.status;
  if (to !== 'none') c.status = to;
  traceTransition(world, at, c.arn, 'ConsumerStatus', from, to, detail);
}

/**
 * Registers a consumer in CREATING and schedules its CREATING → ACTIVE (plan kind `consumer-creating`).
 *
 * @example
 * ```ts
 * const c = addConsumer(world, stream, 'analytics', {}, now);
 * ```
 */
export function addConsumer(world: ModelWorld, stream: KinesisStream, name: string, tags: Readonly<Record<string, string>>, now: number): KinesisConsumer {
  const c: KinesisConsumer = { name, arn: consumerArn(stream.arn, name, now), status: 'CREATING', createdAt: now, tags: { ...tags } };
  stream.consumers.push(c);
  traceTransition(world, now, c.arn, 'ConsumerStatus', 'none', 'CREATING');
  const plan = planTransition(world, { service: 'kinesis', resource: c.arn, kind: 'consumer-creating', now }, world.kinesisOptions.durations.consumerCreating);
  c.pending = schedule(world.pending, now + plan.delay, `kinesis consumer ${name} CREATING->ACTIVE`, (at) => {
    c.pending = undefined;
    setConsumerStatus(world, c, 'ACTIVE', at, plan.label);
  });
  return c;
}

/**
 * Moves a consumer to DELETING (cancelling its creation if pending) and schedules its removal
 * (plan kind `consumer-deleting`).
 *
 * @example
 * ```ts
 * beginConsumerDeletion(world, stream, consumer, now);
 * ```
 */
export function beginConsumerDeletion(world: ModelWorld, stream: KinesisStream, c: KinesisConsumer, now: number): void {
  if (c.pending !== undefined) c.pending.cancelled = true;
  setConsumerStatus(world, c, 'DELETING', now);
  const plan = planTransition(world, { service: 'kinesis', resource: c.arn, kind: 'consumer-deleting', now }, world.kinesisOptions.durations.consumerDeleting);
  c.pending = schedule(world.pending, now + plan.delay, `kinesis consumer ${c.name} DELETING->gone`, (at) => {
    c.pending = undefined;
    const i = stream.consumers.indexOf(c);
    if (i >= 0) stream.consumers.splice(i, 1);
    setConsumerStatus(world, c, 'none', at, plan.label);
  });
}

/**
 * Removes every consumer of a stream at once (DeleteStream with `EnforceConsumerDeletion: true`),
 * traced as `ConsumerStatus` → `none`.
 *
 * @example
 * ```ts
 * dropConsumers(world, stream, now);
 * ```
 */
export function dropConsumers(world: ModelWorld, stream: KinesisStream, now: number): void {
  for (const c of stream.consumers) {
    if (c.pending !== undefined) c.pending.cancelled = true;
    c.pending = undefined;
    setConsumerStatus(world, c, 'none', now, 'DeleteStream EnforceConsumerDeletion');
  }
  stream.consumers = [];
}

/**
 * The consumer a DescribeStreamConsumer / DeregisterStreamConsumer call names: by ConsumerARN, or
 * by StreamARN and ConsumerName. Neither → InvalidArgumentException [UNKNOWN text]; an unknown
 * stream → its ResourceNotFoundException; an unknown consumer → ResourceNotFoundException.
 *
 * @example
 * ```ts
 * const r = findConsumer(world, { ConsumerARN: arn }, ctx);
 * ```
 */
export function findConsumer(
  world: ModelWorld,
  input: { readonly ConsumerARN?: string; readonly ConsumerName?: string; readonly StreamARN?: string },
  ctx: CallContext,
): Result<{ readonly stream: KinesisStream; readonly consumer: KinesisConsumer }> {
  let streamArn = input.StreamARN;
  let name = input.ConsumerName;
  if (input.ConsumerARN !== undefined) {
    const m = /^(.*)\/consumer\/([a-zA-Z0-9_.-]+):\d+$/.exec(input.ConsumerARN);
    if (m === null) return fail(kinesisError('InvalidArgumentException', `ConsumerARN ${input.ConsumerARN} is not a valid consumer ARN.`));
    streamArn = m[1]!;
    name = m[2]!;
  } else if (streamArn === undefined || name === undefined) {
    return fail(kinesisError('InvalidArgumentException', 'Either ConsumerARN or both ConsumerName and StreamARN must be provided.'));
  }
  const found = findStream(world, { StreamARN: streamArn }, ctx);
  if (!found.ok) return found;
  const stream = found.value;
  const consumer = stream.consumers.find((c) => (input.ConsumerARN === undefined ? c.name === name : c.arn === input.ConsumerARN));
  if (consumer === undefined) return fail(consumerNotFound(name, stream.arn));
  return ok({ stream, consumer });
}
