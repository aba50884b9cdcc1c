import type { ServiceError } from './errors';

/**
 * The outcome of a modelled AWS call: the output AWS would return, or the error it would throw.
 *
 * @example
 * ```ts
 * const r: Result<{ n: number }> = { ok: true, value: { n: 1 } };
 * if (r.ok) console.log(r.value.n);
 * ```
 */
export type Result<T, E = ServiceError> =
  | { readonly ok: true; readonly value: T; readonly error?: never }
  | { readonly ok: false; readonly error: E; readonly value?: never };

/**
 * A successful {@link Result}.
 *
 * @example
 * ```ts
 * const r = ok({});
 * ```
 */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

/**
 * A failed {@link Result}.
 *
 * @example
 * ```ts
 * const r = fail(serviceError('kinesis', 'ResourceNotFoundException', 'Stream s under account 1 not found.'));
 * ```
 */
export function fail<E>(error: E): Result<never, E> {
  return { ok: false, error };
}
