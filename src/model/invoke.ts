import type { Service } from './errors';
import { firehoseOperations } from './firehose/operations';
import { kinesisOperations } from './kinesis/operations';
import { kmsOperations } from './kms/operations';
import type { OperationTable } from './operation';
import { fail, type Result } from './result';
import type { CallEntry } from './trace';
import { advanceTo, type ModelWorld } from './world';

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
 * Answers one call as the service would at virtual time `now` from a client in `region`: brings
 * the world to `now`, lets the world's interceptors (faults) answer first, else runs the
 * operation, and records the call in the trace (before the transitions it causes). Throws a
 * `TypeError` for an operation the world does not model (a misuse, not an AWS answer).
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
  ctx: { readonly now: number; readonly region?: string },
): Result<unknown> {
  const op = isModelled(service, operation) ? TABLES[service][operation] : undefined;
  if (op === undefined) {
    throw new TypeError(
      `[kinesis-sse-harness] the world does not model ${service} operation '${operation}'; modelled: ${modelledOperations(service).join(', ')}`,
    );
  }
  const now = advanceTo(world, ctx.now);
  const region = ctx.region ?? world.region;
  const index = world.calls++;
  const recorded = input !== null && typeof input === 'object' && !Array.isArray(input) ? { ...(input as object) } : input;
  const entry: { -readonly [K in keyof CallEntry]: CallEntry[K] } = {
    seq: world.trace.length,
    time: now,
    kind: 'call',
    service,
    operation,
    region,
    input: recorded,
  };
  world.trace.push(entry);
  let result: Result<unknown> | undefined;
  for (const interceptor of world.interceptors) {
    const hit = interceptor(world, { service, operation, input, now, region, index });
    if (hit !== undefined) {
      entry.fault = hit.label;
      result = fail(hit.error);
      break;
    }
  }
  if (result === undefined) result = op(world, input, { now, region });
  if (result.ok) entry.output = result.value;
  else entry.error = result.error;
  return result;
}
