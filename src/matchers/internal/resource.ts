// A stream or delivery stream as a matcher finds it: what Describe reports now, its ARN, and the trace
// to show. The Kinesis and Firehose matchers differ in which view they read and how they name the
// resource, not in what they do with it; this is the one place that knows the difference.
import type { CallEntry, TraceEntry } from '../../model/trace';
import { deliveryStreamArn, formatEntries, keysNamedBy, streamArn } from './format';
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
  /** The resource's ARN (as Describe reports it, or as its name stands for in this world). */
  readonly arn: string;
  /** The trace's length when the matcher ran: entries from then on are not the matcher's. */
  readonly endSeq: number;
  /** The instant a message's relative times count from: the world's first trace entry. */
  readonly start: number;
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
  return { world, kind: STREAM, name, description, status: description?.StreamStatus, arn, endSeq: world.traceLog.total, start: world.traceLog.start ?? 0 };
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
  return {
    world,
    kind: DELIVERY_STREAM,
    name,
    description,
    status: description?.DeliveryStreamStatus,
    arn,
    endSeq: world.traceLog.total,
    start: world.traceLog.start ?? 0,
  };
}

/**
 * The entries that concern the resource, as they were when the matcher ran: its own (its
 * transitions, the calls naming it) and the key-state changes of the KMS keys those entries name
 * (which explain most encryption failures), in order. Costs what the resource's entries are, not
 * the whole trace.
 *
 * @example
 * ```ts
 * concerning(lookUpStream(world, 'orders')).length;
 * ```
 */
export function concerning(found: Found<unknown>): TraceEntry[] {
  const log = found.world.traceLog;
  const own = log.forResource(found.arn, found.endSeq);
  const keys = keysNamedBy(found.world, own);
  if (keys.size === 0) return own;
  const keyStates = [...keys].flatMap((k) => log.transitionsOf(k, found.endSeq).filter((e) => e.service === 'kms' && e.property === 'KeyState'));
  return [...own, ...keyStates].sort((a, b) => a.seq - b.seq);
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
  const elsewhere = found.world.traceLog.callsElsewhere(found.arn, found.endSeq);
  const own = concerning(found);
  const entries = elsewhere.length === 0 ? own : [...own, ...elsewhere].sort((a, b) => a.seq - b.seq);
  const slice = formatEntries(entries, found.start, `Trace of the ${found.kind.noun}`, found.world.traceLog.droppedNote(), found.world.region, found.world.trace);
  return elsewhere.length === 0 ? slice : `${elsewhereNote(found, elsewhere)}\n${slice}`;
}

/**
 * The calls naming the resource that went to another region than the world's (a client built for
 * another region): `Region: the call went to eu-west-1, the world's streams are in us-east-1.`
 */
function elsewhereNote(found: Found<unknown>, astray: readonly CallEntry[]): string {
  const regions = [...new Set(astray.map((e) => e.region))].join(', ');
  const calls = astray.length === 1 ? 'the call' : `${astray.length} calls naming this ${found.kind.noun}`;
  return `Region: ${calls} went to ${regions}, the world's ${found.kind.noun}s are in ${found.world.region}.`;
}

/**
 * The error a matcher throws when its verdict depends on trace entries the world dropped
 * (`retain.traceEntries`): it can tell neither pass nor fail.
 *
 * @example
 * ```ts
 * throw cannotTell('toHaveTransition', world.traceLog, 'no kept transition matches');
 * ```
 */
export function cannotTell(matcher: string, log: MatcherWorld['traceLog'], why: string): Error {
  return new Error(
    `[kinesis-sse-harness] ${matcher} cannot tell: ${why}, and the world dropped what it needs ${log.droppedNote() ?? ''}. ` +
      `Give it a window after the dropped entries (since), or keep more (createWorld({ retain: { traceEntries } })).`,
  );
}
