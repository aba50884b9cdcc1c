// Message building shared by the matchers: the hint line, expected/received, and the slice of the
// world's trace that concerns the resource.
import { formatOffset, formatTimeline } from '../../world/timeline';
import { formatArn } from '../../model/arn';
import type { TraceEntry } from '../../model/trace';
import type { SseMatcherContext } from '../types';
import type { MatcherWorld } from './world';
import { failurePicture } from './picture';

/**
 * How many trace entries a failure message shows at most (the latest ones).
 *
 * @example
 * ```ts
 * formatTraceSlice(world.trace, concernsStream(arn), 'Trace of the stream'); // at most TRACE_LINES entries
 * ```
 */
export const TRACE_LINES = 12;

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
 * The latest {@link TRACE_LINES} of `entries` (already selected, in order) as a timeline under a
 * title that names the instant `start` the relative times count from, and `note` (what was dropped)
 * after it when given; with `pictureOf`, the line naming the picture of that trace written for the
 * failure (see `failurePicture`).
 *
 * @example
 * ```ts
 * formatEntries(world.traceLog.forResource(arn), world.traceLog.start ?? 0, 'Trace of the stream', world.traceLog.droppedNote());
 * ```
 */
export function formatEntries(entries: readonly TraceEntry[], start: number, title: string, note?: string, region?: string, pictureOf?: readonly TraceEntry[]): string {
  const tail = note === undefined ? [] : [`  ${note}`];
  // The picture (when KINESIS_SSE_HARNESS_PICTURE names a folder) shows the whole kept trace.
  const picture = pictureOf === undefined ? undefined : failurePicture(pictureOf, title);
  if (picture !== undefined) tail.push(picture);
  if (entries.length === 0) return [`${title}: no entries.`, ...tail].join('\n');
  const lines = formatTimeline(entries, { start, last: TRACE_LINES, ...(region === undefined ? {} : { region }) }).split('\n');
  return [`${title} (+0.000s = ${new Date(start).toISOString()}):`, ...lines.map((l) => `  ${l}`), ...tail].join('\n');
}

/**
 * The ARNs of the KMS keys that `entries` name (a stream's key changes, the keys its calls give),
 * as the world resolves them now.
 *
 * @example
 * ```ts
 * keysNamedBy(world, world.traceLog.forResource(arn)); // Set { 'arn:aws:kms:…:key/…' }
 * ```
 */
export function keysNamedBy(world: MatcherWorld, entries: readonly TraceEntry[]): Set<string> {
  const keys = new Set<string>();
  for (const e of entries) {
    for (const name of keyNames(e)) {
      if (typeof name !== 'string' || name === 'none') continue;
      const arn = world.kms.describe(name)?.Arn;
      if (arn !== undefined) keys.add(arn);
    }
  }
  return keys;
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

/** The KMS key names a stream's or delivery stream's own entries mention. */
function keyNames(e: TraceEntry): unknown[] {
  if (e.kind === 'transition') return e.property === 'KeyId' || e.property === 'KeyInEffect' ? [e.from, e.to] : [];
  const input = inputOf(e);
  const config = input['DeliveryStreamEncryptionConfigurationInput'];
  return [input['KeyId'], typeof config === 'object' && config !== null ? (config as Record<string, unknown>)['KeyARN'] : undefined];
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
