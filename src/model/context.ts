/**
 * Where and when a call happens: the virtual time in epoch milliseconds, and the region of the
 * client that sent it. The model never reads a clock; callers pass this in.
 *
 * @example
 * ```ts
 * const ctx: CallContext = { now: 1_700_000_000_000, region: 'us-east-1' };
 * ```
 */
export interface CallContext {
  readonly now: number;
  readonly region: string;
}
