// The three shapes of matcher the Kinesis and Firehose matchers share: a status, a set of expected
// members (encryption, key in effect), and "every record since T was encrypted". Each matcher checks
// its own arguments and finds its resource; what it expects is compared and explained here, once.
import { expectedLine, message, offset, receivedLine } from './format';
import { headLine, missingLine, traceOf, type Found } from './resource';
import { sameKey, sameKeyNote } from './world';
import type { SseMatcherContext, SseMatcherResult } from '../types';

const SHOWN_RECORDS = 5;

/**
 * The runner's `equals` as a plain function.
 *
 * @example
 * ```ts
 * const equals = equalsOf(this);
 * equals('ACTIVE', expect.stringMatching(/^ACT/)); // true
 * ```
 */
export function equalsOf(ctx: SseMatcherContext): (a: unknown, b: unknown) => boolean {
  return (a, b) => ctx.equals(a, b);
}

/**
 * The result of a status matcher: the resource exists and its status is `expected` (a value or an
 * asymmetric matcher).
 *
 * @example
 * ```ts
 * return statusResult(this, 'toHaveStreamStatus', lookUpStream(world, stream), status);
 * ```
 */
export function statusResult(ctx: SseMatcherContext, matcher: string, found: Found<unknown>, expected: unknown): SseMatcherResult {
  const pass = found.description !== undefined && ctx.equals(found.status, expected);
  return {
    pass,
    actual: found.status,
    expected,
    message: () =>
      message(
        ctx,
        matcher,
        `${found.kind.argument}, status`,
        [headLine(found, false), expectedLine(ctx, expected), found.description === undefined ? missingLine(found) : receivedLine(ctx, found.status)],
        traceOf(found),
      ),
  };
}

/**
 * What {@link expectationResult} compares and how it says it.
 *
 * @example
 * ```ts
 * const check: ExpectationCheck = { actual: { EncryptionType: 'KMS' }, expected: { EncryptionType: 'KMS' }, keyMember: 'KeyId' };
 * ```
 */
export interface ExpectationCheck<A extends object, E extends object> {
  /** What the resource has; undefined when it has none (see `absent`) or does not exist. */
  readonly actual: A | undefined;
  /** The members expected, each a value or an asymmetric matcher; undefined: any `actual` passes. */
  readonly expected: E | undefined;
  /** The member naming a KMS key: it matches any other name of the same key in the world. */
  readonly keyMember: keyof A & keyof E & string;
  /** The Received line's text when the resource exists but has no `actual`. */
  readonly absent?: string;
  /** The Expected line's text with no `expected`, and under `.not`. */
  readonly anything?: { readonly is: string; readonly not: string };
  /** More lines after Received. */
  readonly more?: readonly string[];
}

/** Whether one expected member matches (the key member by {@link sameKey}, the others by `equals`). */
function memberMatches(found: Found<unknown>, have: unknown, want: unknown, isKey: boolean, equals: (a: unknown, b: unknown) => boolean): boolean {
  if (want === undefined) return true;
  return isKey ? sameKey(found.world, typeof have === 'string' ? have : undefined, want, equals) : equals(have, want);
}

/**
 * What the runner's diff compares with `expected`: the expected members of `actual`, each one that
 * matched shown as expected (a key by another of its names, an asymmetric matcher), so that the diff
 * marks only the members that did not match, as `toMatchObject` does.
 */
function diffActual(
  found: Found<unknown>,
  actual: object | undefined,
  expected: object | undefined,
  keyMember: string,
  equals: (a: unknown, b: unknown) => boolean,
): object | undefined {
  if (actual === undefined || expected === undefined) return actual;
  const out: Record<string, unknown> = {};
  for (const [name, want] of Object.entries(expected) as [string, unknown][]) {
    const have = member(actual, name);
    if (memberMatches(found, have, want, name === keyMember, equals)) out[name] = want;
    else if (have !== undefined) out[name] = have;
  }
  return out;
}

function keyName(record: object | undefined, name: string): string | undefined {
  const v = member(record, name);
  return typeof v === 'string' ? v : undefined;
}

function member(record: object | undefined, name: string): unknown {
  return record !== undefined && name in record ? (record as Readonly<Record<string, unknown>>)[name] : undefined;
}

/**
 * The result of a matcher that expects some members of what the resource has: the resource exists,
 * has something, and every expected member matches.
 *
 * @example
 * ```ts
 * return expectationResult(this, 'toHaveStreamEncryption', found, { actual, expected: want, keyMember: 'KeyId' });
 * ```
 */
export function expectationResult<A extends object, E extends object>(
  ctx: SseMatcherContext,
  matcher: string,
  found: Found<unknown>,
  check: ExpectationCheck<A, E>,
): SseMatcherResult {
  const { actual, expected, keyMember } = check;
  const equals = equalsOf(ctx);
  const pass =
    found.description !== undefined &&
    actual !== undefined &&
    (Object.entries(expected ?? {}) as [string, unknown][]).every(([name, want]) => memberMatches(found, member(actual, name), want, name === keyMember, equals));
  const anything = check.anything ?? { is: 'anything', not: 'nothing' };
  const received =
    found.description === undefined ? missingLine(found) : actual === undefined ? `Received: ${check.absent ?? 'nothing'}` : receivedLine(ctx, actual);
  return {
    pass,
    actual: diffActual(found, actual, expected, keyMember, equals),
    expected: expected ?? anything.is,
    message: () =>
      message(
        ctx,
        matcher,
        `${found.kind.argument}, expected`,
        [
          headLine(found, true),
          expected === undefined ? `Expected: ${ctx.isNot === true ? anything.not : anything.is}` : expectedLine(ctx, expected),
          received,
          ...sameKeyNote(found.world, keyName(actual, keyMember), member(expected, keyMember)),
          ...(check.more ?? []),
        ],
        traceOf(found),
      ),
  };
}

/**
 * What {@link recordsResult} checks of each record written, and how it names one.
 *
 * @example
 * ```ts
 * const check: RecordsCheck<KinesisRecordLike> = { records, since, asExpected: (r) => r.encrypted, key: undefined, name: (r) => r.SequenceNumber, keyOf: (r) => r.KeyId };
 * ```
 */
export interface RecordsCheck<R extends { readonly time: number; readonly encrypted: boolean }> {
  /** The records written to the resource (those written at or after `since`, when given), in order. */
  readonly records: readonly R[];
  /** How many of the resource's records the world dropped (`retain.records`), and through when. */
  readonly dropped?: { readonly count: number; readonly through: number | undefined };
  /** Only records written at or after this virtual time count. */
  readonly since: number | undefined;
  /** Whether a record was encrypted as expected (with the expected key, when one is). */
  readonly asExpected: (record: R) => boolean;
  /** The key expected, as the message shows it (`with …`); undefined: any key. */
  readonly key: unknown;
  /** How the message names a record. */
  readonly name: (record: R) => string;
  /** The key a record was encrypted with, as the message shows it. */
  readonly keyOf: (record: R) => unknown;
}

/**
 * The result of a records matcher: the resource exists, at least one record was written at or after
 * `since`, and every such record was encrypted as expected. The message says what was expected (or,
 * under `.not`, its negation), how many records were written, and lists the first that were not
 * encrypted as expected.
 *
 * @example
 * ```ts
 * return recordsResult(this, 'toHaveEncryptedStreamRecords', found, { records, since, asExpected, key, name, keyOf });
 * ```
 */
export function recordsResult<R extends { readonly time: number; readonly encrypted: boolean }>(
  ctx: SseMatcherContext,
  matcher: string,
  found: Found<unknown>,
  check: RecordsCheck<R>,
): SseMatcherResult {
  const { since } = check;
  const records = found.description === undefined ? [] : check.records.filter((r) => since === undefined || r.time >= since);
  const bad = records.filter((r) => !check.asExpected(r));
  const pass = records.length > 0 && bad.length === 0;
  const start = found.start;
  // Records of the window were dropped: only a kept record not encrypted as expected can decide.
  const dropped = check.dropped;
  if (found.description !== undefined && bad.length === 0 && dropped !== undefined && dropped.count > 0 && (since === undefined || dropped.through! >= since)) {
    throw new Error(
      `[kinesis-sse-harness] ${matcher} cannot tell: ${dropped.count.toLocaleString('en-US')} earlier record${dropped.count === 1 ? ' was' : 's were'} dropped by retain.records = 'readable' ` +
        `(past the retention period, written up to ${offset(dropped.through!, start)}), and every kept record ${since === undefined ? '' : `since ${offset(since, start)} `}was encrypted as expected. ` +
        `Give it since after ${offset(dropped.through!, start)}, or keep every record (createWorld({ retain: { records: 'all' } })).`,
    );
  }
  const written = `written${since === undefined ? '' : ` since ${offset(since, start)}`}`;
  const withKey = check.key === undefined ? '' : ` with ${ctx.utils.printExpected(check.key)}`;
  const count = (n: number): string => `${n} record${n === 1 ? '' : 's'} ${written}`;
  const body = (): string[] => [
    headLine(found, false),
    // The matcher and its negation, exactly: an empty window proves nothing either way.
    ctx.isNot === true
      ? `Expected: no record ${written}, or one not encrypted${withKey}`
      : `Expected: at least one record ${written}, and every one encrypted${withKey}`,
    ...(found.description === undefined
      ? [missingLine(found)]
      : records.length === 0
        ? [`Received: no record ${written}`]
        : bad.length === 0
          ? [`Received: ${count(records.length)}, ${records.length === 1 ? '' : 'all '}encrypted${withKey}`]
          : [
              `Received: ${count(records.length)}, ${bad.length} not encrypted${withKey}:`,
              ...bad.slice(0, SHOWN_RECORDS).map((r) => {
                const how = r.encrypted ? `encrypted with ${ctx.utils.printReceived(check.keyOf(r))}` : 'not encrypted';
                return `  ${offset(r.time, start)} ${check.name(r)}: ${how}`;
              }),
              ...(bad.length > SHOWN_RECORDS ? [`  … and ${bad.length - SHOWN_RECORDS} more`] : []),
            ]),
  ];
  return {
    pass,
    message: () => message(ctx, matcher, `${found.kind.argument}, options`, body(), traceOf(found)),
  };
}
