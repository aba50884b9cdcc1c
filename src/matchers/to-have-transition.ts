import type { TransitionEntry } from '../model/trace';
import { expectedLine, formatEntries, formatTraceEntry, message, offset } from './internal/format';
import { cannotTell } from './internal/resource';
import { SERVICES, TRANSITION_PROPERTIES } from '../model/vocabulary';
import { asWorld, checkEnum, checkName, checkOptions, checkSince, resourceName, type MatcherWorld } from './internal/world';
import type { SseMatcherContext, SseMatcherResult, TransitionExpectation } from './types';

const NAME = 'toHaveTransition';

/**
 * The transitions of the resource the test named, as the trace holds them now (a lookup in the
 * trace's index: by ARN, or by name; a KMS alias, by name or ARN, stands for the key it points to now).
 */
function transitionsOfResource(world: MatcherWorld, resource: string, service: string | undefined): TransitionEntry[] {
  let found: TransitionEntry[];
  if (resource.startsWith('alias/') || /^arn:[^:]+:kms:[^:]*:[^:]*:alias\//.test(resource)) {
    const key = world.kms.describe(resource)?.Arn;
    found = key === undefined ? [] : world.traceLog.transitionsOf(key);
  } else {
    found = world.traceLog.transitionsOf(resource.startsWith('arn:') ? resource : resourceName(resource));
  }
  return service === undefined ? found : found.filter((e) => e.service === service);
}

function describeExpectation(t: TransitionExpectation): Record<string, unknown> {
  const { since: _since, service: _service, ...rest } = t;
  return rest;
}

/**
 * Passes when the world's trace holds a transition of the resource matching `transition`: its
 * `property`, and `from` / `to` / `detail` when given (asymmetric matchers allowed), at or after
 * `since` when given.
 *
 * The resource is a stream, delivery stream or KMS key, by name or ARN; a key also by key id or by
 * alias (as it points now). Properties: Kinesis `StreamStatus`, `EncryptionType`, `KeyId`,
 * `RecordEncryption`; Firehose `DeliveryStreamStatus`, `EncryptionStatus`, `KeyInEffect`,
 * `RecordEncryption`; KMS `KeyState`, `KeyCondition`. `from`/`to` are AWS's enum values (a
 * condition's name for `KeyCondition`), or `none` for absent.
 *
 * @param received - the world (`expect(world)`).
 * @param resource - the resource's name or ARN.
 * @param transition - `{ property, from?, to?, detail?, service?, since? }`.
 * @returns the runner's matcher result; the message lists the resource's transitions.
 *
 * @example
 * ```ts
 * expect(world).toHaveTransition('orders', { property: 'StreamStatus', from: 'UPDATING', to: 'ACTIVE' });
 * expect(world).toHaveTransition('logs', { property: 'EncryptionStatus', to: expect.stringMatching(/_FAILED$/) });
 * expect(world).not.toHaveTransition('alias/orders', { property: 'KeyState', to: 'Disabled' });
 * ```
 */
export function toHaveTransition(
  this: SseMatcherContext,
  received: unknown,
  resource: string,
  transition: TransitionExpectation,
): SseMatcherResult {
  const world = asWorld(received, NAME);
  checkName(resource, 'resource', NAME);
  if (typeof transition !== 'object' || transition === null) {
    throw new TypeError(`[kinesis-sse-harness] ${NAME}: transition must be an object like { property: 'StreamStatus', to: 'ACTIVE' }`);
  }
  checkOptions(transition, ['property', 'from', 'to', 'detail', 'service', 'since'], 'transition', NAME);
  checkEnum(transition.property, TRANSITION_PROPERTIES, 'transition.property', NAME);
  if (transition.service !== undefined) checkEnum(transition.service, SERVICES, 'transition.service', NAME);
  checkSince(transition.since, NAME);
  const { property, from, to, detail, service, since } = transition;
  world.now();
  const transitions = transitionsOfResource(world, resource, service);
  const start = world.traceLog.start ?? 0;
  const equals = (a: unknown, b: unknown): boolean => this.equals(a, b);
  const matches = (e: TransitionEntry): boolean =>
    e.property === property &&
    (since === undefined || e.time >= since) &&
    (from === undefined || equals(e.from, from)) &&
    (to === undefined || equals(e.to, to)) &&
    (detail === undefined || equals(e.detail, detail));
  const found = transitions.find(matches);
  const pass = found !== undefined;
  const log = world.traceLog;
  // Under .not, a matching transition may be among the dropped entries: absence cannot be proved.
  if (!pass && this.isNot === true && log.dropped > 0 && (since === undefined || since <= log.droppedThrough!)) {
    throw cannotTell(NAME, log, 'no kept transition matches');
  }
  const window = since === undefined ? '' : ` since ${offset(since, start)}`;
  return {
    pass,
    message: () =>
      message(
        this,
        NAME,
        'resource, transition',
        [
          `Resource: ${resource}`,
          expectedLine(this, describeExpectation(transition), `Expected transition${window}`),
          found === undefined ? 'Received: no such transition' : `Received: ${formatTraceEntry(found, start)}`,
        ],
        formatEntries(transitions, start, 'Transitions of the resource', log.droppedNote(), world.region, world.trace),
      ),
  };
}
