import { serviceError, type Service } from './errors';
import { firehoseOperations } from './firehose/operations';
import { kinesisOperations } from './kinesis/operations';
import { kmsOperations } from './kms/operations';
import type { Operation, OperationTable } from './operation';
import { fail, type Result } from './result';
import type { CallEntry } from './trace';
import { fromSdkInput, type InputForm } from './sdk-form';
import { traceCopy } from './trace-copy';
import { validateInput } from './validate';
import { advanceTo, type InterceptedCall, type ModelWorld } from './world';

const TABLES: Readonly<Record<Service, OperationTable>> = {
  kinesis: kinesisOperations,
  firehose: firehoseOperations,
  kms: kmsOperations,
};

/**
 * Whether the world models `operation` of `service`.
 *
 * @example
 * ```ts
 * isModelled('kinesis', 'StartStreamEncryption'); // true
 * isModelled('kinesis', 'SplitShard'); // false
 * ```
 */
export function isModelled(service: Service, operation: string): boolean {
  return Object.prototype.hasOwnProperty.call(TABLES[service], operation);
}

/**
 * The names of the operations the world models for `service`, sorted.
 *
 * @example
 * ```ts
 * modelledOperations('kms'); // ['CancelKeyDeletion', 'CreateAlias', ...]
 * ```
 */
export function modelledOperations(service: Service): string[] {
  return Object.keys(TABLES[service]).sort();
}

/**
 * The declaration of `operation` of `service`, or `undefined` when the world does not model it.
 *
 * @example
 * ```ts
 * findOperation('kinesis', 'StartStreamEncryption')?.input.members['KeyId'];
 * ```
 */
export function findOperation(service: Service, operation: string): Operation | undefined {
  return isModelled(service, operation) ? TABLES[service][operation] : undefined;
}

/**
 * Answers one call as the service would at virtual time `now` from a client in `region`: brings
 * the world to `now`, takes from `input` what the service would receive (only the declared members,
 * `null` as absent, bytes copied; `ctx.form` says whether it is in the SDK's or the model's form),
 * lets the world's interceptors (faults) answer first, else validates the input
 * against the operation's declared shape and runs it, and records the call in the trace (before the
 * transitions it causes). An operation the world does not model is answered as AWS answers an
 * unknown target: `UnknownOperationException`, with no message.
 *
 * @example
 * ```ts
 * const r = invoke(world, 'kinesis', 'CreateStream', { StreamName: 's', ShardCount: 1 }, { now: 0, region: 'us-east-1' });
 * ```
 */
export function invoke(
  world: ModelWorld,
  service: Service,
  operation: string,
  input: unknown,
  ctx: {
    readonly now: number;
    readonly region?: string;
    readonly form?: InputForm;
    /** The attempt of one SDK invocation (set by the transport only). */
    readonly attempt?: number;
    /** The SDK invocation id (set by the transport only). */
    readonly invocation?: string;
  },
): Result<unknown> {
  const op = findOperation(service, operation);
  const now = advanceTo(world, ctx.now);
  const region = ctx.region ?? world.region;
  const index = world.calls++;
  // What the service receives: only the declared members, null as absent, bytes copied in.
  if (op !== undefined) input = fromSdkInput(op.input, input, ctx.form ?? 'model');
  const recorded = traceCopy(input);
  const entry: { -readonly [K in keyof CallEntry]: CallEntry[K] } = {
    seq: 0, // numbered by the log
    time: now,
    kind: 'call',
    service,
    operation,
    region,
    input: recorded,
  };
  if (ctx.attempt !== undefined) entry.attempt = ctx.attempt;
  if (ctx.invocation !== undefined) entry.invocation = ctx.invocation;
  world.log.append<CallEntry>(entry);
  let result: Result<unknown> | undefined;
  if (op === undefined) result = fail(serviceError(service, 'UnknownOperationException', ''));
  const call: InterceptedCall = {
    service,
    operation,
    input,
    now,
    region,
    index,
    ...(ctx.attempt === undefined ? {} : { attempt: ctx.attempt }),
    ...(ctx.invocation === undefined ? {} : { invocation: ctx.invocation }),
  };
  for (const interceptor of result === undefined ? world.interceptors : []) {
    const hit = interceptor(world, call);
    if (hit !== undefined) {
      entry.fault = hit.label;
      result = fail(hit.error);
      break;
    }
  }
  if (result === undefined && op !== undefined) {
    const callCtx = { now, region };
    const shape = op.inputFor === undefined ? op.input : op.inputFor(world, callCtx);
    const invalid = validateInput(service, input, shape.members);
    result = invalid === undefined ? op.run(world, input as never, callCtx) : fail(invalid);
  }
  const answered = result ?? fail(serviceError(service, 'InternalFailureException', 'Internal Service Failure'));
  if (answered.ok) entry.output = answered.value;
  else entry.error = answered.error;
  return answered;
}
