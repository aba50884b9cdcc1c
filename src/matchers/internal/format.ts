// Message building shared by the matchers: the hint line, expected/received, and the slice of the
// world's trace that concerns the resource.
import { formatOffset, formatTimeline } from '../../world/timeline';
import { formatArn } from '../../model/arn';
import type { TraceEntry } from '../../model/trace';
import type { SseMatcherContext } from '../types';
import type { MatcherWorld } from './world';

/**
 * How many trace entries a failure message shows at most (the latest ones).
 *
 * @example
 * ```ts
 * formatTraceSlice(world.trace, concernsStream(arn), 'Trace of the stream'); // at most TRACE_LINES entries
 * ```
 */
export const TRACE_LINES = 12;

function resourceOf(arn: string): string {
  const parts = arn.split(':');
  return parts.length >= 6 ? parts.slice(5).join(':') : arn;
}

/**
 * The instant a message's relative times count from: the world's first trace entry.
 *
 * @example
 * ```ts
 * traceStart(world.trace); // the virtual time shown as +0.000s
 * ```
 */
export function traceStart(trace: readonly TraceEntry[]): number {
  return trace[0]?.time ?? 0;
}

/**
 * A virtual time relative to `start`, as the timeline shows it: `+5.000s`.
 *
 * @example
 * ```ts
 * offset(12_500, 0); // '+12.500s'
 * ```
 */
export function offset(time: number, start: number): string {
  return formatOffset(time - start);
}

/**
 * One trace entry on one line, as the timeline shows it (virtual time relative to `start`).
 *
 * @example
 * ```ts
 * formatTraceEntry(world.trace[3]!, traceStart(world.trace)); // '+5.000s kinesis stream/orders StreamStatus UPDATING → ACTIVE'
 * ```
 */
export function formatTraceEntry(entry: TraceEntry, start: number): string {
  return formatTimeline([entry], { start });
}

/**
 * The latest {@link TRACE_LINES} entries of `trace` that `select` keeps, as a timeline under a title
 * that names the instant the relative times count from.
 *
 * @example
 * ```ts
 * formatTraceSlice(world.trace, concernsStream(streamArn(world, 'orders')), 'Trace of the stream');
 * ```
 */
export function formatTraceSlice(trace: readonly TraceEntry[], select: (e: TraceEntry) => boolean, title: string, region?: string): string {
  const kept = trace.filter(select);
  if (kept.length === 0) return `${title}: no entries.`;
  const start = traceStart(trace);
  const lines = formatTimeline(kept, { start, last: TRACE_LINES, ...(region === undefined ? {} : { region }) }).split('\n');
  return [`${title} (+0.000s = ${new Date(start).toISOString()}):`, ...lines.map((l) => `  ${l}`)].join('\n');
}

function inputOf(entry: TraceEntry): Record<string, unknown> {
  return entry.kind === 'call' && typeof entry.input === 'object' && entry.input !== null ? (entry.input as Record<string, unknown>) : {};
}

/**
 * The ARN a stream name stands for in this world (the argument itself when it is an ARN).
 *
 * @example
 * ```ts
 * streamArn(world, 'orders'); // 'arn:aws:kinesis:us-east-1:123456789012:stream/orders'
 * ```
 */
export function streamArn(world: MatcherWorld, nameOrArn: string): string {
  return nameOrArn.startsWith('arn:') ? nameOrArn : formatArn('kinesis', world.region, world.accountId, `stream/${nameOrArn}`);
}

/**
 * The ARN a delivery stream name stands for in this world (the argument itself when it is an ARN).
 *
 * @example
 * ```ts
 * deliveryStreamArn(world, 'logs'); // 'arn:aws:firehose:us-east-1:123456789012:deliverystream/logs'
 * ```
 */
export function deliveryStreamArn(world: MatcherWorld, nameOrArn: string): string {
  return nameOrArn.startsWith('arn:') ? nameOrArn : formatArn('firehose', world.region, world.accountId, `deliverystream/${nameOrArn}`);
}

/**
 * Whether a trace entry is the stream's own: its transitions and the Kinesis calls naming it.
 *
 * @example
 * ```ts
 * world.trace.filter(concernsStream(streamArn(world, 'orders')));
 * ```
 */
export function concernsStream(arn: string): (e: TraceEntry) => boolean {
  const name = resourceOf(arn).replace(/^stream\//, '');
  return (e) => {
    if (e.kind === 'transition') return e.resource === arn;
    if (e.service !== 'kinesis') return false;
    const input = inputOf(e);
    return input['StreamARN'] === arn || (input['StreamARN'] === undefined && input['StreamName'] === name);
  };
}

/**
 * Whether a trace entry is the delivery stream's own (as {@link concernsStream} for Firehose).
 *
 * @example
 * ```ts
 * world.trace.filter(concernsDeliveryStream(deliveryStreamArn(world, 'logs')));
 * ```
 */
export function concernsDeliveryStream(arn: string): (e: TraceEntry) => boolean {
  const name = resourceOf(arn).replace(/^deliverystream\//, '');
  return (e) => {
    if (e.kind === 'transition') return e.resource === arn;
    return e.service === 'firehose' && inputOf(e)['DeliveryStreamName'] === name;
  };
}

/** The KMS key names a stream's or delivery stream's own entries mention. */
function keyNames(e: TraceEntry): unknown[] {
  if (e.kind === 'transition') return e.property === 'KeyId' || e.property === 'KeyInEffect' ? [e.from, e.to] : [];
  const input = inputOf(e);
  const config = input['DeliveryStreamEncryptionConfigurationInput'];
  return [input['KeyId'], typeof config === 'object' && config !== null ? (config as Record<string, unknown>)['KeyARN'] : undefined];
}

/**
 * The resource's own entries (`own`) and the key-state changes of the KMS keys those entries name
 * (which explain most encryption failures); other keys' changes are noise in a world with many keys.
 *
 * @example
 * ```ts
 * const concerns = withItsKeys(world, world.trace, concernsStream(arn));
 * ```
 */
export function withItsKeys(world: MatcherWorld, trace: readonly TraceEntry[], own: (e: TraceEntry) => boolean): (e: TraceEntry) => boolean {
  const keys = new Set<string>();
  for (const e of trace) {
    if (!own(e)) continue;
    for (const name of keyNames(e)) {
      if (typeof name !== 'string' || name === 'none') continue;
      const arn = world.kms.describe(name)?.Arn;
      if (arn !== undefined) keys.add(arn);
    }
  }
  return (e) => own(e) || (e.kind === 'transition' && e.service === 'kms' && e.property === 'KeyState' && keys.has(e.resource));
}

/**
 * A failure message: the runner's hint line (`expect(world).not.toX(…)`), the body lines, and the
 * trace slice.
 *
 * @example
 * ```ts
 * message(this, 'toHaveStreamStatus', 'stream, status', ['Stream: orders'], slice);
 * ```
 */
export function message(ctx: SseMatcherContext, matcher: string, args: string, body: readonly string[], trace?: string): string {
  const hint = ctx.utils.matcherHint(matcher, 'world', args, { isNot: ctx.isNot === true, promise: ctx.promise ?? '' });
  return [hint, '', ...body, ...(trace === undefined ? [] : ['', trace])].join('\n');
}

/**
 * `Expected: …` / `Expected: not …` with the runner's colouring.
 *
 * @example
 * ```ts
 * expectedLine(this, 'ACTIVE'); // 'Expected: "ACTIVE"' (or 'Expected: not "ACTIVE"' under .not)
 * ```
 */
export function expectedLine(ctx: SseMatcherContext, value: unknown, label = 'Expected'): string {
  return `${label}: ${ctx.isNot === true ? 'not ' : ''}${ctx.utils.printExpected(value)}`;
}

/**
 * `Received: …` with the runner's colouring.
 *
 * @example
 * ```ts
 * receivedLine(this, 'UPDATING'); // 'Received: "UPDATING"'
 * ```
 */
export function receivedLine(ctx: SseMatcherContext, value: unknown, label = 'Received'): string {
  return `${label}: ${ctx.utils.printReceived(value)}`;
}
