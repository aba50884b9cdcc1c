import type { CallContext } from './context';
import type { Service } from './errors';
import type { Result } from './result';
import type { Members, StructureShape, ValueOfMembers } from './shape';
import type { ModelWorld } from './world';

/**
 * The declaration of one AWS operation: its name and service, its input and output shapes (from
 * the service model), the exceptions it can answer, and its logic. `invoke` validates the input
 * against `input` (or `inputFor`, when a constraint depends on the world's options or the caller's
 * region) before `run` sees it, so `run` gets a typed, valid input in the model's form (timestamps
 * epoch ms, blobs `Uint8Array`) and returns the output in the same form. A rejected call leaves the
 * world unchanged (except counters AWS itself keeps).
 *
 * @example
 * ```ts
 * const describeLimits = defineOperation({
 *   service: 'kinesis',
 *   name: 'DescribeLimits',
 *   input: structure({}),
 *   output: structure({ ShardLimit: required({ type: 'integer' }) }),
 *   errors: ['LimitExceededException'],
 *   run: () => ok({ ShardLimit: 500 }),
 * });
 * ```
 */
export interface OperationDeclaration<I extends Members, O extends Members> {
  readonly service: Service;
  /** AWS's operation name, e.g. `StartStreamEncryption`. */
  readonly name: string;
  readonly input: StructureShape<I>;
  /** The input shape with constraints that depend on the world or the region (same members and types as `input`). */
  readonly inputFor?: (world: ModelWorld, ctx: CallContext) => StructureShape<I>;
  readonly output: StructureShape<O>;
  /** The exception shape names the operation may answer (besides ValidationException and SerializationException). */
  readonly errors: readonly string[];
  run(world: ModelWorld, input: ValueOfMembers<I>, ctx: CallContext): Result<ValueOfMembers<O>>;
}

/**
 * A declared operation with its types erased, as the operation tables hold it.
 *
 * @example
 * ```ts
 * const op: Operation = kinesisOperations['StartStreamEncryption']!;
 * op.input.members['KeyId']; // { type: 'string', required: true, min: 1, max: 2048 }
 * ```
 */
export interface Operation {
  readonly service: Service;
  readonly name: string;
  readonly input: StructureShape;
  readonly inputFor?: (world: ModelWorld, ctx: CallContext) => StructureShape;
  readonly output: StructureShape;
  readonly errors: readonly string[];
  /** Runs on an input that has passed validation against `input` / `inputFor`. */
  run(world: ModelWorld, input: never, ctx: CallContext): Result<unknown>;
}

/**
 * Declares an operation (see {@link OperationDeclaration}); returns it unchanged, typed for the table.
 *
 * @example
 * ```ts
 * export const stopStreamEncryption = defineOperation({ service: 'kinesis', name: 'StopStreamEncryption',
 *   input: STREAM_ENCRYPTION_INPUT, output: structure({}), errors: ['ResourceNotFoundException'], run: (world, input, ctx) => ok({}) });
 * ```
 */
export function defineOperation<const I extends Members, const O extends Members>(declaration: OperationDeclaration<I, O>): Operation & OperationDeclaration<I, O> {
  return declaration as Operation & OperationDeclaration<I, O>;
}

/**
 * A service's operations by their AWS names (`StartStreamEncryption`, ...).
 *
 * @example
 * ```ts
 * const table: OperationTable = operationTable([startStreamEncryption, stopStreamEncryption]);
 * ```
 */
export type OperationTable = Readonly<Record<string, Operation>>;

/**
 * Builds a service's table from its declarations, keyed by name (a duplicate name is a bug).
 *
 * @example
 * ```ts
 * export const kinesisOperations = operationTable([createStream, deleteStream]);
 * ```
 */
export function operationTable(operations: readonly Operation[]): OperationTable {
  const table: Record<string, Operation> = Object.create(null) as Record<string, Operation>;
  for (const op of operations) {
    if (op.name in table) throw new Error(`duplicate operation ${op.service}.${op.name}`);
    table[op.name] = op;
  }
  return Object.freeze(table);
}

