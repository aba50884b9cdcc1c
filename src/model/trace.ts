import type { Service, ServiceError } from './errors';
import type { CallAnswerer, TransitionProperty } from './vocabulary';

/**
 * One modelled call as the world answered it, at its virtual time.
 *
 * @example
 * ```ts
 * const e: CallEntry = { seq: 0, time: 0, kind: 'call', service: 'kinesis', operation: 'CreateStream',
 *   region: 'us-east-1', input: { StreamName: 's', ShardCount: 1 }, output: {} };
 * ```
 */
export interface CallEntry {
  readonly seq: number;
  readonly time: number;
  readonly kind: 'call';
  readonly service: Service;
  readonly operation: string;
  readonly region: string;
  readonly input: unknown;
  readonly output?: unknown;
  readonly error?: ServiceError;
  /** Set when the answer came from an injected fault rather than from the model's rules. */
  readonly fault?: string;
  /**
   * Set only by the transport (`requestHandler`, `mock*(world, { transport: true })`): which attempt of
   * one SDK invocation this call was (1-based; the SDK's `amz-sdk-request: attempt=N; max=M` header).
   */
  readonly attempt?: number;
  /** Set only by the transport: the SDK's `amz-sdk-invocation-id`, the same for every attempt of one invocation. */
  readonly invocation?: string;
  /**
   * Set only by the send-level stubs when the world's rules did not answer: `override`, a behaviour the
   * test set on the stub (`output`, or `error` with the rejection's name and message); `unmodelled`,
   * a command the world does not model (`error.type` is `UnmodelledCommandError`). Such an `error`
   * never came over HTTP: its `httpStatus` is the rejection's `$metadata.httpStatusCode`, else 0.
   */
  readonly answeredBy?: CallAnswerer;
}

/**
 * A change of state that happened in the world (synchronously on a call, or when a pending
 * asynchronous transition became due), at its virtual time.
 *
 * @example
 * ```ts
 * const e: TransitionEntry = { seq: 3, time: 5000, kind: 'transition', service: 'kinesis',
 *   resource: 'arn:aws:kinesis:us-east-1:123456789012:stream/s', property: 'StreamStatus', from: 'UPDATING', to: 'ACTIVE' };
 * ```
 */
export interface TransitionEntry {
  readonly seq: number;
  readonly time: number;
  readonly kind: 'transition';
  readonly service: Service;
  /** The resource's ARN. */
  readonly resource: string;
  /** What changed: one of `TRANSITION_PROPERTIES` (src/model/vocabulary.ts). */
  readonly property: TransitionProperty;
  readonly from: string;
  readonly to: string;
  readonly detail?: string;
}

/**
 * Everything the world did, in order: calls and transitions.
 *
 * @example
 * ```ts
 * const transitions = world.trace.filter((e: TraceEntry) => e.kind === 'transition');
 * ```
 */
export type TraceEntry = CallEntry | TransitionEntry;

/**
 * A {@link TraceEntry} before the world numbers it.
 *
 * @example
 * ```ts
 * appendTrace(world, { kind: 'transition', time: now, service: 'kms', resource: key.arn, property: 'KeyState', from: 'Enabled', to: 'Disabled' });
 * ```
 */
export type NewTraceEntry = Omit<CallEntry, 'seq'> | Omit<TransitionEntry, 'seq'>;
