/**
 * The JSON 1.1 wire of Kinesis, Firehose and KMS (the AWS protocol `awsJson1_1`), derived from the
 * operation declarations: an HTTP request becomes one model call, and the model's answer becomes
 * the HTTP response AWS would send (docs: /work/shared/reference/wire-protocol.md §9).
 *
 * Pure, like the model it sits on: no Node APIs, no clock (the caller gives `now`), no SDK.
 */
import { base64Decode, base64Encode } from '../model/bytes';
import type { Service, ServiceError } from '../model/errors';
import { findOperation, invoke } from '../model/invoke';
import { extendedRequestId, nextRequestId } from '../model/request-id';
import { fromSdkForm } from '../model/sdk-form';
import type { Shape, StructureShape } from '../model/shape';
import type { ModelWorld } from '../model/world';

/**
 * An HTTP request as the JSON 1.1 codec reads it: header names in lower case, the body as bytes.
 *
 * @example
 * ```ts
 * const request: WireRequest = {
 *   method: 'POST',
 *   path: '/',
 *   headers: { 'x-amz-target': 'Kinesis_20131202.ListStreams', 'content-type': 'application/x-amz-json-1.1' },
 *   body: new TextEncoder().encode('{}'),
 * };
 * ```
 */
export interface WireRequest {
  readonly method: string;
  readonly path: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

/**
 * An HTTP response as AWS would send it: status, headers (names in lower case) and body bytes.
 *
 * @example
 * ```ts
 * const response: WireResponse = { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1', 'content-length': '0' }, body: new Uint8Array(0) };
 * ```
 */
export interface WireResponse {
  readonly status: number;
  /** Header names in lower case: `content-type`, `content-length`, `x-amzn-requestid`, and `x-amz-id-2` for Kinesis. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

/** The `X-Amz-Target` prefix of each service. */
const TARGET_PREFIXES: Readonly<Record<string, Service>> = {
  Kinesis_20131202: 'kinesis',
  Firehose_20150804: 'firehose',
  TrentService: 'kms',
};

/**
 * The `X-Amz-Target` prefix each service's operations are sent under.
 *
 * @example
 * ```ts
 * `${TARGET_PREFIX.kinesis}.ListStreams`; // 'Kinesis_20131202.ListStreams'
 * ```
 */
export const TARGET_PREFIX: Readonly<Record<Service, string>> = {
  kinesis: 'Kinesis_20131202',
  firehose: 'Firehose_20150804',
  kms: 'TrentService',
};

/** The JSON 1.1 content type, sent on every JSON response. */
const JSON_11 = 'application/x-amz-json-1.1';

/** What AWS answers to a method other than POST (as kinesalite's REMOTE-validated connection tests record it). */
const ACCESS_DENIED_XML =
  '<AccessDeniedException>\n  <Message>Unable to determine service/operation name to be authorized</Message>\n</AccessDeniedException>\n';

/** What AWS answers, as XML, to a method other than POST that carries no signature (kinesalite's REMOTE-validated connection tests). */
const MISSING_TOKEN_XML =
  '<MissingAuthenticationTokenException>\n  <Message>Missing Authentication Token</Message>\n</MissingAuthenticationTokenException>\n';

const EMPTY = new Uint8Array(0);

const DOCUMENT: Shape = { type: 'document' };

/** A wire value that does not fit its shape's JSON type. */
const MISFIT: unique symbol = Symbol('misfit');

const decoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();
const utf8Bytes = (text: string): Uint8Array => encoder.encode(text);

/**
 * Where a call came from and which attempt it is, read from the request's headers: the region of
 * the SigV4 credential scope (`Credential=AKID/20260101/<region>/<service>/aws4_request`), and the
 * SDK's `amz-sdk-invocation-id` and `amz-sdk-request: attempt=N; max=M`.
 *
 * @example
 * ```ts
 * callOrigin({ authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20260101/eu-west-1/kinesis/aws4_request, ...' }).region; // 'eu-west-1'
 * ```
 */
export function callOrigin(headers: Readonly<Record<string, string>>): { region?: string; attempt?: number; invocation?: string } {
  const out: { region?: string; attempt?: number; invocation?: string } = {};
  const auth = headers['authorization'];
  if (auth !== undefined) {
    const region = scopeRegion(auth);
    if (region !== undefined) out.region = region;
  }
  const invocation = headers['amz-sdk-invocation-id'];
  if (invocation !== undefined && invocation.length > 0) out.invocation = invocation;
  const request = headers['amz-sdk-request'];
  if (request !== undefined) {
    const attempt = attemptOf(request);
    if (attempt !== undefined) out.attempt = attempt;
  }
  return out;
}

const SCOPE = /Credential=[^/,\s]*\/\d{8}\/([^/,\s]+)\/[^/,\s]+\/aws4_request/;
const ATTEMPT = /(?:^|;)\s*attempt=(\d+)/;

/** A character that ends a credential-scope part (`/`, `,` or white space). */
function endsPart(code: number): boolean {
  return code === 47 || code === 44 || code === 32 || (code >= 9 && code <= 13) || code === 160 || code > 0x7f;
}

/**
 * The region of the SigV4 credential scope in an Authorization header. The SDK's own layout
 * (`Credential=<key>/<8 digits>/<region>/<service>/aws4_request`, first in the header) is read
 * without a regular expression (this runs on every request); anything else goes to {@link SCOPE}.
 */
function scopeRegion(auth: string): string | undefined {
  const at = auth.indexOf('Credential=');
  if (at >= 0) {
    let i = at + 11;
    const parts: number[] = [i];
    for (; i < auth.length && parts.length < 6; i++) {
      const c = auth.charCodeAt(i);
      if (c === 47) parts.push(i + 1);
      else if (endsPart(c)) break;
    }
    // parts: starts of key, date, region, service, terminator (and what follows it).
    if (parts.length >= 5) {
      const date = auth.slice(parts[1]!, parts[2]! - 1);
      const region = auth.slice(parts[2]!, parts[3]! - 1);
      const service = parts[4]! - 1 - parts[3]!;
      if (/^\d{8}$/.test(date) && region.length > 0 && service > 0 && auth.startsWith('aws4_request', parts[4]!)) return region;
    }
  }
  const scope = SCOPE.exec(auth);
  return scope === null ? undefined : scope[1]!;
}

/** The attempt number of `amz-sdk-request` (`attempt=N; max=M`, as the SDK sends it first). */
function attemptOf(request: string): number | undefined {
  if (request.startsWith('attempt=')) {
    let n = 0;
    let i = 8;
    for (; i < request.length; i++) {
      const c = request.charCodeAt(i);
      if (c < 48 || c > 57) break;
      n = n * 10 + (c - 48);
    }
    if (i > 8 && i - 8 < 16) return n;
  }
  const attempt = ATTEMPT.exec(request);
  return attempt === null ? undefined : Number(attempt[1]);
}

function respond(world: ModelWorld, service: Service | undefined, status: number, body: Uint8Array, contentType = JSON_11): WireResponse {
  const requestId = nextRequestId(world);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'content-length': String(body.byteLength),
    'x-amzn-requestid': requestId,
  };
  if (service === 'kinesis') headers['x-amz-id-2'] = extendedRequestId(requestId);
  return { status, headers, body };
}

/**
 * The JSON body of an error as AWS sends it: the bare `__type`, the `message` (left out when AWS
 * sends none: the model's message is `''` then), and Firehose's `code` where the model has one.
 *
 * @example
 * ```ts
 * errorBody({ service: 'kinesis', type: 'UnknownOperationException', message: '', httpStatus: 400, fault: 'client' }); // '{"__type":"UnknownOperationException"}'
 * ```
 */
export function errorBody(error: ServiceError): string {
  const body: Record<string, string> = { __type: error.type };
  if (error.message !== '') body['message'] = error.message;
  if (error.code !== undefined) body['code'] = error.code;
  return JSON.stringify(body);
}

function protocolError(world: ModelWorld, service: Service | undefined, type: 'UnknownOperationException' | 'SerializationException'): WireResponse {
  return respond(world, service, 400, utf8Bytes(JSON.stringify({ __type: type })));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function setMember(out: Record<string, unknown>, name: string, value: unknown): void {
  // A key named `__proto__` in the JSON stays an own member, never the prototype.
  if (name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  else out[name] = value;
}

/**
 * The model's form of a wire (parsed JSON) value of `shape`: epoch seconds become milliseconds,
 * base64 becomes bytes, only declared members are kept (plus undeclared ones as JSON data where the
 * structure keeps documents), `null` is absent (`undefined`). A value of the wrong JSON type (a
 * string for a number, a fraction for an integer, a number for a blob, a blob that is not base64)
 * is {@link MISFIT}: AWS answers SerializationException.
 */
function fromWire(shape: Shape, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  switch (shape.type) {
    case 'string':
      return typeof value === 'string' ? value : MISFIT;
    case 'integer':
    case 'long':
      return typeof value === 'number' && Number.isInteger(value) ? value : MISFIT;
    case 'double':
      return typeof value === 'number' ? value : MISFIT;
    case 'boolean':
      return typeof value === 'boolean' ? value : MISFIT;
    case 'timestamp':
      return typeof value === 'number' ? value * 1000 : MISFIT;
    case 'blob':
      return typeof value === 'string' ? (base64Decode(value) ?? MISFIT) : MISFIT;
    case 'list': {
      if (!Array.isArray(value)) return MISFIT;
      const out: unknown[] = [];
      for (const item of value) {
        const v = fromWire(shape.member, item);
        if (v === MISFIT) return MISFIT;
        if (v !== undefined) out.push(v);
      }
      return out;
    }
    case 'map': {
      if (!isObject(value)) return MISFIT;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(value)) {
        const v = fromWire(shape.value, value[k]);
        if (v === MISFIT) return MISFIT;
        if (v !== undefined) setMember(out, k, v);
      }
      return out;
    }
    case 'structure':
      return structureFromWire(shape, value);
    case 'document':
      // The same copy and checks (depth, JSON data only) as any other input's documents get.
      return fromSdkForm(shape, value, 'wire');
  }
}

function structureFromWire(shape: StructureShape, value: unknown): unknown {
  if (!isObject(value)) return MISFIT;
  const out: Record<string, unknown> = {};
  // Members in the order the request gave them (as the SDK-form conversion keeps the caller's order).
  for (const name of Object.keys(value)) {
    const member = Object.prototype.hasOwnProperty.call(shape.members, name) ? shape.members[name] : undefined;
    if (member === undefined) {
      if (shape.others === 'document' && value[name] !== null) setMember(out, name, fromSdkForm(DOCUMENT, value[name], 'wire'));
      continue;
    }
    const v = fromWire(member, value[name]);
    if (v === MISFIT) return MISFIT;
    if (v !== undefined) setMember(out, name, v);
  }
  return out;
}

/**
 * The wire (JSON) form of a model value of `shape`: timestamps in epoch seconds (fractions kept),
 * blobs in base64, only the shape's members (plus a document-keeping structure's own data), absent
 * members left out (never `null`).
 */
function toWire(shape: Shape, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  switch (shape.type) {
    case 'timestamp':
      return typeof value === 'number' ? value / 1000 : value;
    case 'blob':
      return value instanceof Uint8Array ? base64Encode(value) : value;
    case 'list': {
      if (!Array.isArray(value)) return value;
      const out: unknown[] = [];
      for (const v of value) {
        const w = toWire(shape.member, v);
        if (w !== undefined) out.push(w);
      }
      return out;
    }
    case 'map': {
      if (!isObject(value)) return value;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(value)) {
        const w = toWire(shape.value, value[k]);
        if (w !== undefined) setMember(out, k, w);
      }
      return out;
    }
    case 'structure': {
      if (!isObject(value)) return value;
      const out: Record<string, unknown> = {};
      for (const name in shape.members) {
        const w = toWire(shape.members[name]!, value[name]);
        if (w !== undefined) out[name] = w;
      }
      if (shape.others === 'document') {
        for (const name of Object.keys(value)) {
          if (Object.prototype.hasOwnProperty.call(shape.members, name) || value[name] === undefined || value[name] === null) continue;
          setMember(out, name, value[name]);
        }
      }
      return out;
    }
    default:
      return value;
  }
}

/**
 * The body of a successful answer: empty for a Unit output (an output shape without members, as
 * AWS answers CreateStream), else the JSON of the output's members.
 *
 * @example
 * ```ts
 * outputBody(findOperation('kinesis', 'StartStreamEncryption')!.output, {}); // Uint8Array []
 * ```
 */
export function outputBody(shape: StructureShape, value: unknown): Uint8Array {
  for (const _member in shape.members) return utf8Bytes(JSON.stringify(toWire(shape, value)));
  return EMPTY;
}

/**
 * Options of {@link answerJson11}.
 *
 * @example
 * ```ts
 * const options: Json11Options = { checkAuth: true };
 * ```
 */
export interface Json11Options {
  /**
   * Answer requests that carry no SigV4 signature as AWS does (default `false`: any request is
   * taken, signed or not). The signature itself is never verified: any credentials pass.
   */
  readonly checkAuth?: boolean;
}

/** The query parameters of a request path (`/?X-Amz-Algorithm=...`), decoded; an undecodable one is kept raw. */
function queryOf(path: string): Map<string, string> {
  const out = new Map<string, string>();
  const q = path.indexOf('?');
  if (q < 0) return out;
  for (const part of path.slice(q + 1).split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const decode = (s: string): string => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        return s;
      }
    };
    out.set(decode(eq < 0 ? part : part.slice(0, eq)), decode(eq < 0 ? '' : part.slice(eq + 1)));
  }
  return out;
}

/**
 * What AWS answers to a request whose SigV4 signature is missing or incomplete (the signature is
 * not verified), or `undefined` when the request carries one. The texts are AWS's, as kinesalite's
 * REMOTE-validated connection tests record them.
 *
 * @example
 * ```ts
 * authProblem({ method: 'POST', path: '/', headers: {}, body: new Uint8Array(0) })?.type; // 'MissingAuthenticationTokenException'
 * ```
 */
export function authProblem(request: WireRequest): { readonly type: string; readonly message: string } | undefined {
  const header = request.headers['authorization'];
  const query = queryOf(request.path);
  const byQuery = query.has('X-Amz-Algorithm');
  if (header !== undefined && byQuery) {
    return { type: 'InvalidSignatureException', message: "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header." };
  }
  if (header === undefined && !byQuery) return { type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' };
  let message = '';
  if (header !== undefined) {
    const params = new Map<string, string>();
    for (const part of header.split(/,| /).slice(1)) {
      if (part.trim() === '') continue;
      const [k, v] = part.trim().split('=');
      params.set(k!, v ?? '');
    }
    for (const p of ['Credential', 'Signature', 'SignedHeaders']) {
      if (!params.get(p)) message += `Authorization header requires '${p}' parameter. `;
    }
    if (request.headers['x-amz-date'] === undefined && request.headers['date'] === undefined) {
      message += "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ";
    }
    if (message !== '') message += `Authorization=${header}`;
  } else {
    for (const p of ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-SignedHeaders', 'X-Amz-Date']) {
      if (!query.get(p)) message += `AWS query-string parameters must include '${p}'. `;
    }
    if (message !== '') message += 'Re-examine the query-string parameters.';
  }
  return message === '' ? undefined : { type: 'IncompleteSignatureException', message };
}

/**
 * Answers one JSON 1.1 request from `world` at virtual time `now`, as AWS would
 * (wire-protocol.md §9):
 *
 * - a method other than POST: 403 with AWS's XML `AccessDeniedException` (with `checkAuth` and no
 *   signature: 403 with the XML `MissingAuthenticationTokenException`);
 * - no `X-Amz-Target`, or one naming no service of the world: 400 `{"__type":"UnknownOperationException"}`;
 *   a service's operation the world does not model: the same answer, recorded in the trace as
 *   `world.call` records it;
 * - a body that is not a JSON object, or whose values do not fit the JSON types of the operation's
 *   input shape: 400 `{"__type":"SerializationException"}` (not recorded: the call never reaches the service);
 * - with `options.checkAuth`, a request to a modelled operation without a SigV4 signature: 400
 *   `MissingAuthenticationTokenException` `Missing Authentication Token` (an incomplete one:
 *   `IncompleteSignatureException`), checked after the body parses, as AWS does (not recorded);
 * - else the call goes to `invoke` in the model's form, from the region of the SigV4 credential
 *   scope (else the world's), marked with the SDK's attempt and invocation id when the request
 *   carries them; its output becomes 200 with the output's JSON (an empty body for a Unit output),
 *   its error the error's status with `{"__type","message"}`.
 *
 * Every response has `content-type`, an exact `content-length` and `x-amzn-requestid`
 * (deterministic from the world's seed); Kinesis answers also carry `x-amz-id-2`.
 *
 * @example
 * ```ts
 * const response = answerJson11(world.model, {
 *   method: 'POST',
 *   path: '/',
 *   headers: { 'x-amz-target': 'Kinesis_20131202.CreateStream', 'content-type': 'application/x-amz-json-1.1' },
 *   body: new TextEncoder().encode('{"StreamName":"orders","ShardCount":1}'),
 * }, world.clock.now());
 * response.status; // 200
 * response.body.byteLength; // 0: CreateStream's output is Unit
 * ```
 */
export function answerJson11(world: ModelWorld, request: WireRequest, now: number, options: Json11Options = {}): WireResponse {
  const checkAuth = options.checkAuth === true;
  if (request.method.toUpperCase() !== 'POST') {
    const unsigned = checkAuth && authProblem(request)?.type === 'MissingAuthenticationTokenException';
    return respond(world, undefined, 403, utf8Bytes(unsigned ? MISSING_TOKEN_XML : ACCESS_DENIED_XML), 'application/xml');
  }
  const target = request.headers['x-amz-target'] ?? '';
  const dot = target.indexOf('.');
  const prefix = dot < 0 ? target : target.slice(0, dot);
  const service = Object.prototype.hasOwnProperty.call(TARGET_PREFIXES, prefix) ? TARGET_PREFIXES[prefix] : undefined;
  if (service === undefined || dot < 0) return protocolError(world, service, 'UnknownOperationException');
  const operation = target.slice(dot + 1);
  const ctx: { now: number; form: 'wire'; region?: string; attempt?: number; invocation?: string } = callOrigin(request.headers) as { now: number; form: 'wire' };
  ctx.now = now;
  ctx.form = 'wire';
  const op = findOperation(service, operation);
  let input: unknown = {};
  if (op !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoder.decode(request.body));
    } catch {
      return protocolError(world, service, 'SerializationException');
    }
    if (checkAuth && parsed !== null && typeof parsed === 'object') {
      const problem = authProblem(request);
      if (problem !== undefined) return respond(world, service, 400, utf8Bytes(JSON.stringify({ __type: problem.type, message: problem.message })));
    }
    input = structureFromWire(op.input, parsed);
    if (input === MISFIT) return protocolError(world, service, 'SerializationException');
  }
  const result = invoke(world, service, operation, input, ctx);
  if (result.ok) return respond(world, service, 200, op === undefined ? EMPTY : outputBody(op.output, result.value));
  return respond(world, service, result.error.httpStatus, utf8Bytes(errorBody(result.error)));
}
