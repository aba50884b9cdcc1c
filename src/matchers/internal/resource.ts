// A stream or delivery stream as a matcher finds it: what Describe reports now, its ARN, and the trace
// to show. The Kinesis and Firehose matchers differ in which view they read and how they name the
// resource, not in what they do with it; this is the one place that knows the difference.
import type { TraceEntry } from '../../model/trace';
import { concernsDeliveryStream, concernsStream, deliveryStreamArn, formatTraceSlice, streamArn, withItsKeys } from './format';
import type { DeliveryStreamDescriptionLike, MatcherWorld, StreamSummaryLike } from './world';

/**
 * How messages name a kind of resource: the label of its head line, the noun in sentences, and the
 * matcher's argument.
 *
 * @example
 * ```ts
 * const k: ResourceKind = { label: 'Stream', noun: 'stream', argument: 'stream' };
 * ```
 */
export interface ResourceKind {
  readonly label: string;
  readonly noun: string;
  readonly argument: string;
}

/**
 * A stream or delivery stream, read once when the matcher runs (the message, built later, shows that
 * moment, not a later one).
 *
 * @example
 * ```ts
 * const r = lookUpStream(world, 'orders');
 * r.description?.EncryptionType; // what DescribeStreamSummary reports now
 * ```
 */
export interface Found<D> {
  readonly world: MatcherWorld;
  readonly kind: ResourceKind;
  /** The name or ARN the test gave. */
  readonly name: string;
  /** What Describe reports now; undefined when the resource does not exist. */
  readonly description: D | undefined;
  /** Its status (`StreamStatus`, `DeliveryStreamStatus`); undefined when it does not exist. */
  readonly status: string | undefined;
  /** The world's trace when the matcher ran. */
  readonly trace: readonly TraceEntry[];
  /** Which trace entries concern the resource: its own, and the key-state changes of the keys they name. */
  readonly concerns: (e: TraceEntry) => boolean;
}

const STREAM: ResourceKind = { label: 'Stream', noun: 'stream', argument: 'stream' };
const DELIVERY_STREAM: ResourceKind = { label: 'Delivery stream', noun: 'delivery stream', argument: 'deliveryStream' };

/**
 * The Kinesis stream `name` (name or ARN) as DescribeStreamSummary reports it now.
 *
 * @example
 * ```ts
 * lookUpStream(world, 'orders').status; // 'ACTIVE'
 * ```
 */
export function lookUpStream(world: MatcherWorld, name: string): Found<StreamSummaryLike> {
  const description = world.kinesis.describe(name);
  const arn = description?.StreamARN ?? streamArn(world, name);
  const trace = world.trace.slice();
  return { world, kind: STREAM, name, description, status: description?.StreamStatus, trace, concerns: withItsKeys(world, trace, concernsStream(arn)) };
}

/**
 * The delivery stream `name` (name or ARN) as DescribeDeliveryStream reports it now.
 *
 * @example
 * ```ts
 * lookUpDeliveryStream(world, 'logs').status; // 'ACTIVE'
 * ```
 */
export function lookUpDeliveryStream(world: MatcherWorld, name: string): Found<DeliveryStreamDescriptionLike> {
  const description = world.firehose.describe(name);
  const arn = description?.DeliveryStreamARN ?? deliveryStreamArn(world, name);
  const trace = world.trace.slice();
  return {
    world,
    kind: DELIVERY_STREAM,
    name,
    description,
    status: description?.DeliveryStreamStatus,
    trace,
    concerns: withItsKeys(world, trace, concernsDeliveryStream(arn)),
  };
}

/**
 * The head line of a message: `Stream: orders`, or `Stream: orders (ACTIVE)` with its status.
 *
 * @example
 * ```ts
 * headLine(lookUpStream(world, 'orders'), true); // 'Stream: orders (ACTIVE)'
 * ```
 */
export function headLine(found: Found<unknown>, withStatus: boolean): string {
  const status = withStatus && found.status !== undefined ? ` (${found.status})` : '';
  return `${found.kind.label}: ${found.name}${status}`;
}

/**
 * `Received: the stream does not exist` (or delivery stream).
 *
 * @example
 * ```ts
 * missingLine(lookUpStream(world, 'nope')); // 'Received: the stream does not exist'
 * ```
 */
export function missingLine(found: Found<unknown>): string {
  return `Received: the ${found.kind.noun} does not exist`;
}

/**
 * The resource's part of the trace, as a message ends with it.
 *
 * @example
 * ```ts
 * traceOf(lookUpStream(world, 'orders')); // 'Trace of the stream (+0.000s = …):\n  +0.000s kinesis stream/orders …'
 * ```
 */
export function traceOf(found: Found<unknown>): string {
  const slice = formatTraceSlice(found.trace, found.concerns, `Trace of the ${found.kind.noun}`, found.world.region);
  const note = elsewhereNote(found);
  return note === undefined ? slice : `${note}\n${slice}`;
}

/**
 * When calls naming the resource went to another region than the world's (a client built with
 * another region): `Region: the call went to eu-west-1, the world's streams are in us-east-1.`
 */
function elsewhereNote(found: Found<unknown>): string | undefined {
  const home = found.world.region;
  const astray = found.trace.filter((e) => e.kind === 'call' && e.region !== home && found.concerns(e));
  if (astray.length === 0) return undefined;
  const regions = [...new Set(astray.map((e) => (e.kind === 'call' ? e.region : '')))].join(', ');
  const calls = astray.length === 1 ? 'the call' : `${astray.length} calls naming this ${found.kind.noun}`;
  return `Region: ${calls} went to ${regions}, the world's ${found.kind.noun}s are in ${home}.`;
}
