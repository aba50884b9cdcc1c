import { formatTraceEntry, message, offset } from './internal/format';
import { cannotTell, headLine, lookUpStream, missingLine, traceOf } from './internal/resource';
import { asWorld, checkName, type LimitUsageLike } from './internal/world';
import type { SseMatcherContext, SseMatcherResult } from './types';

const NAME = 'toHaveStayedWithinStreamEncryptionLimits';
const LIMITED = ['StartStreamEncryption', 'StopStreamEncryption'];

function usage(u: LimitUsageLike, start: number): string {
  const next = u.nextFreeAt === undefined ? '' : `, next free at ${offset(u.nextFreeAt, start)}`;
  return `${u.used}/${u.limit}${next}`;
}

/**
 * Passes when the stream exists and the world never refused a StartStreamEncryption or
 * StopStreamEncryption naming it for the rolling-24-hour limits (25 new-key applications and 25
 * stops by default): no such call in the trace was answered with the model's own
 * LimitExceededException. Errors injected as faults do not count.
 *
 * @param received - the world (`expect(world)`).
 * @param stream - the stream's name or ARN.
 * @returns the runner's matcher result; the message lists the refused calls and the usage now.
 *
 * @example
 * ```ts
 * await rotateKeysNightly(client, 'orders'); // the code under test
 * expect(world).toHaveStayedWithinStreamEncryptionLimits('orders');
 * ```
 */
export function toHaveStayedWithinStreamEncryptionLimits(this: SseMatcherContext, received: unknown, stream: string): SseMatcherResult {
  const world = asWorld(received, NAME);
  checkName(stream, 'stream', NAME);
  const found = lookUpStream(world, stream);
  const refused = world.traceLog
    .callsOf(found.arn, found.endSeq)
    .filter((e) => e.service === 'kinesis' && LIMITED.includes(e.operation) && e.error?.type === 'LimitExceededException' && e.fault === undefined);
  const limits = found.description === undefined ? undefined : world.kinesis.limits(stream);
  const pass = limits !== undefined && refused.length === 0;
  // A refused call may be among the stream's dropped entries: then only a refusal kept can decide.
  if (pass && world.traceLog.droppedOf(found.arn).count > 0) throw cannotTell(NAME, world.traceLog, 'no kept call naming the stream was refused');
  const body = (): string[] => {
    const start = found.start;
    return [
      headLine(found, false),
      `Expected: ${this.isNot === true ? 'a' : 'no'} StartStreamEncryption or StopStreamEncryption refused for the 24-hour limits`,
      ...(limits === undefined
        ? [missingLine(found)]
        : [
            refused.length === 0 ? 'Received: none refused' : `Received: ${refused.length} call${refused.length === 1 ? '' : 's'} refused:`,
            ...refused.map((e) => `  ${formatTraceEntry(e, start)}`),
            `Usage now: key applications ${usage(limits.keyApplications, start)}; stops ${usage(limits.stops, start)}`,
          ]),
    ];
  };
  return {
    pass,
    message: () => message(this, NAME, 'stream', body(), traceOf(found)),
  };
}
