import type { CallContext } from './context';
import type { Result } from './result';
import type { ModelWorld } from './world';

/**
 * A modelled AWS operation: validates `input` (before reading any state), applies AWS's rules to
 * the world at `ctx.now` and returns the output AWS would send or the error it would throw. A
 * rejected call leaves the world unchanged (except counters AWS itself keeps).
 *
 * Inputs and outputs are the SDK's shapes as plain objects; blobs are `Uint8Array`, timestamps
 * are epoch milliseconds (the SDK binding turns them into `Date`s).
 *
 * @example
 * ```ts
 * const describeLimits: Operation = (world, input, ctx) => ok({ ShardLimit: 500 });
 * ```
 */
export type Operation = (world: ModelWorld, input: unknown, ctx: CallContext) => Result<unknown>;

/**
 * A service's operations by their AWS names (`StartStreamEncryption`, ...).
 *
 * @example
 * ```ts
 * const table: OperationTable = { ListStreams: (world, input, ctx) => ok({ StreamNames: [], HasMoreStreams: false }) };
 * ```
 */
export type OperationTable = Readonly<Record<string, Operation>>;
