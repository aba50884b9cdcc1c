import type { ServiceError } from '../model/errors';

/**
 * What the SDK puts in `$metadata` of an answer.
 *
 * @example
 * ```ts
 * const m: ResponseMetadata = { httpStatusCode: 200, requestId: 'c0ffee00-0000-4000-8000-000000000000', attempts: 1, totalRetryDelay: 0 };
 * ```
 */
export interface ResponseMetadata {
  readonly httpStatusCode: number;
  readonly requestId: string;
  readonly extendedRequestId?: string;
  readonly attempts: number;
  readonly totalRetryDelay: number;
}

type ExceptionClass = new (options: Record<string, unknown>) => Error;

/**
 * A loaded SDK client package (its exported classes by name).
 *
 * @example
 * ```ts
 * const mod: SdkModule = loadSdk('@aws-sdk/client-kinesis', 'mockKinesis');
 * ```
 */
export type SdkModule = Readonly<Record<string, unknown>>;

function isClass(value: unknown): value is ExceptionClass {
  return typeof value === 'function';
}

/**
 * The exception the user's own SDK package would throw for `error`: an instance of its modelled
 * class (`ResourceInUseException`, `KMSOptInRequired`, ...) when the package models that type,
 * else an instance of the package's service exception base class (`KinesisServiceException`, ...)
 * whose `name` is the wire type, as the SDK does for unmodelled errors (e.g. Firehose's
 * `ValidationException`). `message`, `$fault` and `$metadata.httpStatusCode` are as AWS sends them.
 *
 * @example
 * ```ts
 * import * as K from '@aws-sdk/client-kinesis';
 * const e = toSdkError(err, K, 'KinesisServiceException', { httpStatusCode: 400, requestId: 'r', attempts: 1, totalRetryDelay: 0 });
 * e instanceof K.ResourceInUseException; // true when err.type is 'ResourceInUseException'
 * ```
 */
export function toSdkError(error: ServiceError, mod: SdkModule, baseName: string, $metadata: ResponseMetadata): Error {
  const Modelled = mod[error.type];
  const extra = error.code === undefined ? {} : { code: error.code };
  if (isClass(Modelled) && error.type.length > 0 && error.type !== baseName) {
    const e = new Modelled({ message: error.message, $metadata, ...extra });
    if ((e as { name?: string }).name === error.type) return withMessage(e, error.message);
  }
  const Base = mod[baseName];
  if (!isClass(Base)) {
    throw new TypeError(`[kinesis-sse-harness] the SDK package does not export ${baseName}; is it an @aws-sdk/client-* package?`);
  }
  const e = new Base({ name: error.type, $fault: error.fault, message: error.message, $metadata, ...extra });
  return withMessage(e, error.message);
}

function withMessage(e: Error, message: string): Error {
  // The SDK copies the wire `message` into both `message` and (for some shapes) `Message`.
  if (e.message !== message) e.message = message;
  return e;
}
