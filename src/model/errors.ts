import type { SERVICES } from './vocabulary';

/**
 * The AWS services the world models.
 *
 * @example
 * ```ts
 * const s: Service = 'firehose';
 * ```
 */
export type Service = (typeof SERVICES)[number];

/**
 * An error exactly as the service sends it on the wire: the `__type` (the SDK's shape name), the
 * message, the HTTP status and the Smithy fault. The SDK binding turns it into an instance of the
 * user's own SDK exception class.
 *
 * @example
 * ```ts
 * const e: ServiceError = { service: 'kinesis', type: 'ResourceInUseException', httpStatus: 400, fault: 'client',
 *   message: 'Stream orders under account 123456789012 not ACTIVE, instead in state UPDATING' };
 * ```
 */
export interface ServiceError {
  readonly service: Service;
  /** The exception's shape name, e.g. `ResourceInUseException`, `KMSOptInRequired`. */
  readonly type: string;
  readonly message: string;
  /** 400 for client faults; 500 (or 503) for server faults. */
  readonly httpStatus: number;
  readonly fault: 'client' | 'server';
  /** Extra members some exceptions carry (Firehose `InvalidKMSResourceException.code`). */
  readonly code?: string;
}

const SERVER_FAULTS: Readonly<Record<string, number>> = {
  InternalFailureException: 500,
  ServiceUnavailableException: 503,
  KMSInternalException: 500,
  DependencyTimeoutException: 503,
};

/**
 * Builds a {@link ServiceError}; status and fault follow from the type (server faults are 500/503).
 *
 * @example
 * ```ts
 * serviceError('firehose', 'InvalidKMSResourceException', 'The grant ...', { code: 'KMS.AccessDeniedException' });
 * ```
 */
export function serviceError(
  service: Service,
  type: string,
  message: string,
  extra?: { readonly code?: string; readonly httpStatus?: number },
): ServiceError {
  const serverStatus = SERVER_FAULTS[type];
  const httpStatus = extra?.httpStatus ?? serverStatus ?? 400;
  const error: ServiceError = {
    service,
    type,
    message,
    httpStatus,
    fault: httpStatus >= 500 ? 'server' : 'client',
    ...(extra?.code === undefined ? {} : { code: extra.code }),
  };
  return error;
}
