import { answerJson11 } from '../protocol/json11';
import type { World } from '../world/index';

/**
 * An HTTP request as the SDK hands it to its request handler (the fields of smithy's `HttpRequest`
 * the transport reads).
 *
 * @example
 * ```ts
 * const request: TransportRequest = { method: 'POST', path: '/', headers: { 'x-amz-target': 'Kinesis_20131202.ListStreams' }, body: '{}' };
 * ```
 */
export interface TransportRequest {
  readonly method: string;
  readonly path?: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The SDK's body: a `Uint8Array` (JSON 1.1 bodies are), a string, or absent. */
  readonly body?: unknown;
}

/**
 * An HTTP response in the form smithy's deserializers take (`HttpResponse`): the body is a
 * `Uint8Array`, which the SDK's `collectBody` takes as it is (no stream collector).
 *
 * @example
 * ```ts
 * const response: TransportResponse = { statusCode: 200, headers: { 'content-length': '0' }, body: new Uint8Array(0) };
 * ```
 */
export interface TransportResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
}

/**
 * A smithy `HttpHandler` that answers every request from a world, in process: give it to a client as
 * `requestHandler`, and the SDK's own middleware (serializer, signer, retry strategy, waiters,
 * deserializer) runs around the world's answers. It serves Kinesis, Firehose and KMS clients alike
 * (it routes on `X-Amz-Target`) and accepts any credentials.
 *
 * @example
 * ```ts
 * const handler: TransportHandler = requestHandler(world);
 * const client = new KinesisClient({ region: 'us-east-1', requestHandler: handler, credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' } });
 * ```
 */
export interface TransportHandler {
  readonly metadata: { readonly handlerProtocol: string };
  /** Answers one request at the world clock's current time; rejects with an `AbortError` when the signal is already aborted. */
  handle(request: TransportRequest, options?: { readonly abortSignal?: unknown }): Promise<{ response: TransportResponse }>;
  /** Part of smithy's `HttpHandler`: there is no connection to configure, so it does nothing. */
  updateHttpClientConfig(key: never, value: never): void;
  /** Part of smithy's `HttpHandler`: no configuration. */
  httpHandlerConfigs(): Record<string, never>;
  /** Part of smithy's `HttpHandler`: nothing to close. */
  destroy(): void;
}

const EMPTY = new Uint8Array(0);
const encoder = new TextEncoder();

function bodyBytes(body: unknown): Uint8Array {
  if (body === undefined || body === null) return EMPTY;
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new TypeError(`[kinesis-sse-harness] requestHandler: a request body must be bytes or a string (JSON 1.1 bodies are); got ${Object.prototype.toString.call(body)}`);
}

/** Whether lower-casing a header name could change it: an upper-case ASCII letter, or any non-ASCII character (U+212A lower-cases to `k`). */
function mayChangeCase(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 0x7f) return true;
  }
  return false;
}

/**
 * The request's headers with lower-case names and no absent values, as the codec reads them: the
 * SDK's own object when it already is so (the SDK sends lower-case names), else a copy.
 */
function lowerCaseHeaders(headers: Readonly<Record<string, string | undefined>>): Readonly<Record<string, string>> {
  let plain = true;
  for (const name in headers) {
    if (mayChangeCase(name) || typeof headers[name] !== 'string' || !Object.prototype.hasOwnProperty.call(headers, name)) {
      plain = false;
      break;
    }
  }
  if (plain) return headers as Readonly<Record<string, string>>;
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value !== undefined) out[name.toLowerCase()] = String(value);
  }
  return out;
}

/**
 * The SDK's own AbortError for a request whose signal is already aborted (as @smithy/node-http-handler
 * builds it), or `undefined`.
 *
 * @internal Shared with the send-level stub.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * controller.abort();
 * abortError(controller.signal)?.name; // 'AbortError'
 * ```
 */
export function abortError(signal: unknown): Error | undefined {
  if (signal === null || typeof signal !== 'object' || (signal as { aborted?: unknown }).aborted !== true) return undefined;
  const reason = (signal as { reason?: unknown }).reason;
  const error = new Error(reason !== undefined && !(reason instanceof Error) ? String(reason) : 'Request aborted');
  error.name = 'AbortError';
  if (reason instanceof Error) (error as { cause?: unknown }).cause = reason;
  return error;
}

/**
 * A request handler for SDK clients a test builds itself: the whole SDK stack runs, and the world
 * answers at the HTTP level, in process, through the JSON 1.1 codec (`X-Amz-Target` routing, status,
 * headers and bodies as AWS sends them). Every attempt the SDK's retry strategy makes is a call in
 * `world.trace`, marked with its `attempt` and `invocation`. The region of a call is the client's
 * (the SigV4 credential scope's). See docs/transport.md.
 *
 * @example
 * ```ts
 * import { KinesisClient, CreateStreamCommand } from '@aws-sdk/client-kinesis';
 * const world = createWorld({ seed: 1 });
 * const kinesis = new KinesisClient({
 *   region: 'us-east-1',
 *   requestHandler: requestHandler(world),
 *   credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' },
 * });
 * await kinesis.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 1 }));
 * ```
 */
export function requestHandler(world: World): TransportHandler {
  if (world === null || typeof world !== 'object' || typeof (world as Partial<World>).clock?.now !== 'function' || typeof (world as Partial<World>).model !== 'object') {
    throw new TypeError('[kinesis-sse-harness] requestHandler needs a world made by createWorld()');
  }
  return {
    metadata: { handlerProtocol: 'http/1.1' },
    handle(request, options) {
      const aborted = abortError(options?.abortSignal);
      if (aborted !== undefined) return Promise.reject(aborted);
      try {
        const headers = lowerCaseHeaders(request.headers);
        const answer = answerJson11(world.model, { method: request.method, path: request.path ?? '/', headers, body: bodyBytes(request.body) }, world.now());
        // The codec builds a fresh headers object per answer: it is the response's own.
        return Promise.resolve({ response: { statusCode: answer.status, headers: answer.headers as Record<string, string>, body: answer.body } });
      } catch (e) {
        return Promise.reject(e);
      }
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
  };
}
