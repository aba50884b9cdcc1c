/**
 * The fuzzer's wire bindings (issue 10): calls go through the transport instead of the send-level stub.
 *
 * - {@link transportBinding}: real SDK v3 clients whose `requestHandler` is the world's
 *   (`requestHandler(world)`, `maxAttempts: 1`), so every generated input goes through the SDK's
 *   serializer, the JSON 1.1 codec and back through the SDK's deserializer. A rejection is AWS-shaped
 *   when it is an instance of the client's `*ServiceException` with an AWS name; the SDK's own
 *   client-side refusals (its `EndpointError` for a StreamARN that is no ARN, its serializer's
 *   TypeError for a cyclic or BigInt input, its stack overflow on a 10,000-deep input) are counted
 *   apart, and only when the request never reached the world's handler.
 * - {@link jsonBinding}: hand-built HTTP requests to `requestHandler(world).handle`: the generators'
 *   inputs serialized as JSON 1.1 bodies (blobs base64, timestamps epoch seconds), and the `rawJson`
 *   class of {@link rawJsonCalls} (bodies that are not JSON, not objects, huge numbers, wrong JSON
 *   types per member, deep nesting, `__proto__` keys, invalid base64, unknown or missing targets,
 *   other content types, methods and paths). Every answer must have the shape of wire-protocol.md §9.
 */
import fc from 'fast-check';
import { requestHandler, type TransportHandler, type TransportRequest, type TransportResponse } from '../src/index';
import type { Service } from '../src/model/errors';
import { findOperation } from '../src/model/invoke';
import { TARGET_PREFIX } from '../src/protocol/json11';
import { awsExceptionNames, isAwsError, type BindingFactory, type Judgement } from './check';
import { fuzzCalls, operationCalls, type FuzzCall } from './generators';
import { sdkModule, serviceOperations, type MemberInfo, type OperationInfo } from './members';
import { isDetached } from './serialize';
import type { Catalog, FuzzWorld } from './worlds';

const CLIENTS: Readonly<Record<Service, string>> = { kinesis: 'KinesisClient', firehose: 'FirehoseClient', kms: 'KMSClient' };
const CREDENTIALS = { accessKeyId: 'AKIDFUZZ', secretAccessKey: 'fuzz' } as const;
const JSON_11 = 'application/x-amz-json-1.1';

type Ctor = new (...args: unknown[]) => unknown;

/**
 * A handler that records whether the current call reached it, and replaces the SDK's random
 * `amz-sdk-invocation-id` (a UUID per invocation, kept in the trace) with a counter, so the same
 * seed gives the same trace in every process.
 */
function countingHandler(inner: TransportHandler): { handler: TransportHandler; reached: { value: boolean } } {
  const reached = { value: false };
  const ids = new Map<string, string>();
  const handler: TransportHandler = {
    metadata: inner.metadata,
    handle(request, options) {
      reached.value = true;
      const headers: Record<string, string | undefined> = { ...request.headers };
      for (const name of Object.keys(headers)) {
        const random = headers[name];
        if (name.toLowerCase() !== 'amz-sdk-invocation-id' || random === undefined) continue;
        let id = ids.get(random);
        if (id === undefined) {
          id = `00000000-0000-4000-8000-${ids.size.toString(16).padStart(12, '0')}`;
          ids.set(random, id);
        }
        headers[name] = id;
      }
      return inner.handle({ ...request, headers }, options);
    },
    updateHttpClientConfig: (k, v) => inner.updateHttpClientConfig(k, v),
    httpHandlerConfigs: () => inner.httpHandlerConfigs(),
    destroy: () => inner.destroy(),
  };
  return { handler, reached };
}

/**
 * The SDK's own refusals before any request, which real AWS users get too: what kind, or `undefined`
 * for anything else. Only these are client-side refusals; any other error is a crash.
 */
export function sdkRefusal(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === 'EndpointError') return 'EndpointError (the SDK endpoint rules refuse the ARN)';
  // The endpoint resolution hashes StreamARN / StreamId (String(value): a detached typed array throws)
  // and its rules call string functions on them, before any request.
  if (error instanceof TypeError && /\b(decideEndpoint|EndpointCache|endpointProvider)\b/.test(error.stack ?? '')) return 'endpoint resolution TypeError (a StreamARN or StreamId that is no string)';
  if (error instanceof TypeError && /circular structure/i.test(error.message)) return 'serializer TypeError (cyclic input)';
  if (error instanceof TypeError && /BigInt/.test(error.message)) return 'serializer TypeError (BigInt)';
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'serializer RangeError (input nested too deep)';
  return undefined;
}

/**
 * The transport binding: one real SDK v3 client per service with `requestHandler(world)` (wrapped to
 * tell whether a call reached it) and `maxAttempts: 1`, so a throttle answers at once, as in the
 * send-level run. The whole SDK stack runs: serializer, signer, deserializer.
 */
export const transportBinding: BindingFactory = (fw) => transportBindingWith((h) => h)(fw);

/** A handler between the clients and the world's, for planting bugs in specs. */
export type HandlerWrap = (handler: TransportHandler, fw: FuzzWorld) => TransportHandler;

/** {@link transportBinding} with the world's handler wrapped by `wrap` (specs plant bugs there). */
export const transportBindingWith = (wrap: HandlerWrap): BindingFactory => (fw) => {
  const { handler, reached } = countingHandler(wrap(requestHandler(fw.world), fw));
  const clients = new Map<Service, { send(c: unknown): Promise<unknown>; destroy(): void }>();
  for (const service of ['kinesis', 'firehose', 'kms'] as const) {
    const Client = sdkModule(service)[CLIENTS[service]] as Ctor;
    clients.set(
      service,
      new Client({
        region: fw.world.region,
        credentials: CREDENTIALS,
        requestHandler: handler,
        maxAttempts: 1,
        retryMode: 'standard',
        useFipsEndpoint: false,
        useDualstackEndpoint: false,
        defaultsMode: 'legacy',
        ignoreConfiguredEndpointUrls: true,
      }) as { send(c: unknown): Promise<unknown>; destroy(): void },
    );
  }
  return {
    send(service, operation, input) {
      const Command = sdkModule(service)[`${operation}Command`] as Ctor;
      reached.value = false;
      try {
        return clients.get(service)!.send(new Command(input));
      } catch (e) {
        return Promise.reject(e);
      }
    },
    judge(service, error): Judgement {
      if (isAwsError(service, error)) return { kind: 'aws' };
      const refusal = sdkRefusal(error);
      if (refusal === undefined) return { kind: 'crash' };
      if (reached.value) return { kind: 'crash', why: `${refusal}, but the request reached the world's handler: the SDK refused the answer, not the input` };
      return { kind: 'client-side refusal', what: refusal };
    },
    close() {
      for (const c of clients.values()) c.destroy();
    },
  };
};

// ------------------------------------------------------------------ the raw JSON binding

/** A hand-built HTTP request (the `rawJson` class): sent as it is by {@link jsonBinding}. */
export class RawRequest {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly headers: Readonly<Record<string, string>>,
    readonly body: string | Uint8Array,
  ) {}
}

/** An error answer of the wire, as the raw JSON binding rejects with it (named by its `__type`). */
export class WireAnswer extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
  ) {
    super(`${status} ${type}`);
    this.name = type;
  }
}

/** The JSON binding cannot write an input as a JSON body (a cycle, a BigInt, nesting deeper than JSON.stringify goes). */
export class Unrepresentable extends Error {
  override readonly name = 'Unrepresentable';
}

function bytesOf(value: ArrayBufferView | ArrayBuffer): Buffer {
  if (isDetached(value)) return Buffer.alloc(0);
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  return Buffer.from(value.buffer as ArrayBuffer, value.byteOffset, value.byteLength);
}

/**
 * An SDK input written as the JSON 1.1 body the SDK would send: blobs (any typed array or buffer)
 * base64, Dates epoch seconds, own `__proto__` keys kept as members. Throws {@link Unrepresentable}
 * for what JSON cannot hold.
 */
export function wireBody(input: unknown): string {
  try {
    const text = JSON.stringify(input, function (this: Record<string, unknown>, key: string, value: unknown) {
      const raw = key === '' ? input : this[key];
      if (raw instanceof Date) return raw.getTime() / 1000;
      if (ArrayBuffer.isView(raw) || raw instanceof ArrayBuffer) return bytesOf(raw).toString('base64');
      if (typeof raw === 'bigint') throw new Unrepresentable('a BigInt');
      return value;
    });
    return text ?? '';
  } catch (e) {
    if (e instanceof Unrepresentable) throw e;
    throw new Unrepresentable(e instanceof Error ? e.message : String(e));
  }
}

function hasNull(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  return Object.values(value).some(hasNull);
}

/** What is wrong with an answer by wire-protocol.md §9, or `undefined`. */
export function wireProblem(request: TransportRequest, response: TransportResponse, service: Service | undefined, operation: string | undefined): string | undefined {
  const { statusCode: status, headers, body } = response;
  if (![200, 400, 403, 500, 503].includes(status)) return `status ${status}`;
  if (!(body instanceof Uint8Array)) return 'a body that is not bytes';
  if (headers['content-length'] !== String(body.byteLength)) return `content-length ${headers['content-length']} for ${body.byteLength} bytes`;
  if (typeof headers['x-amzn-requestid'] !== 'string' || !/^[0-9a-f-]{36}$/.test(headers['x-amzn-requestid'])) return 'no x-amzn-requestid';
  const text = Buffer.from(body).toString('utf8');
  if (status !== 403 && (service === 'kinesis') !== (headers['x-amz-id-2'] !== undefined)) return `x-amz-id-2 ${headers['x-amz-id-2'] === undefined ? 'missing on a Kinesis answer' : 'on an answer of another service'}`;
  // A method other than POST is refused before the target is read (no service, so no x-amz-id-2).
  if (status === 403) {
    if (request.method.toUpperCase() === 'POST') return '403 for a POST';
    return headers['content-type'] === 'application/xml' && text.includes('<AccessDeniedException>') ? undefined : `403 with ${headers['content-type']}: ${text.slice(0, 80)}`;
  }
  if (request.method.toUpperCase() !== 'POST') return `${status} for a ${request.method}`;
  if (headers['content-type'] !== JSON_11) return `content-type ${headers['content-type']}`;
  if (status === 200) {
    if (service === undefined || operation === undefined) return '200 without a service';
    if (body.byteLength === 0) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return `a 200 body that is not JSON: ${text.slice(0, 80)}`;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return `a 200 body that is not an object: ${text.slice(0, 80)}`;
    if (hasNull(parsed)) return `a null in a 200 body: ${text.slice(0, 120)}`;
    const shape = findOperation(service, operation)?.output;
    const extra = shape === undefined ? [] : Object.keys(parsed).filter((k) => !Object.prototype.hasOwnProperty.call(shape.members, k));
    if (extra.length > 0) return `members outside the output shape: ${extra.join(', ')}`;
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return `an error body that is not JSON: ${text.slice(0, 80)}`;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return `an error body that is not an object: ${text.slice(0, 80)}`;
  const err = parsed as Record<string, unknown>;
  if (typeof err['__type'] !== 'string') return `an error body without __type: ${text.slice(0, 80)}`;
  const known = service === undefined ? new Set(['UnknownOperationException']) : awsExceptionNames(service);
  if (!known.has(err['__type'])) return `__type ${err['__type']} is no AWS exception of ${service ?? 'an unknown service'}`;
  if (err['message'] !== undefined && typeof err['message'] !== 'string') return 'a message that is not a string';
  const others = Object.keys(err).filter((k) => !['__type', 'message', 'code'].includes(k));
  if (others.length > 0) return `error members besides __type, message and code: ${others.join(', ')}`;
  return undefined;
}

function targetOf(headers: Readonly<Record<string, string | undefined>>): { service: Service | undefined; operation: string | undefined } {
  const target = Object.entries(headers).find(([k]) => k.toLowerCase() === 'x-amz-target')?.[1] ?? '';
  const dot = target.indexOf('.');
  const prefix = dot < 0 ? target : target.slice(0, dot);
  const service = (Object.keys(TARGET_PREFIX) as Service[]).find((s) => TARGET_PREFIX[s] === prefix);
  return { service, operation: service === undefined || dot < 0 ? undefined : target.slice(dot + 1) };
}

function signedHeaders(service: Service, region: string, operation: string): Record<string, string> {
  return {
    'x-amz-target': `${TARGET_PREFIX[service]}.${operation}`,
    'content-type': JSON_11,
    authorization: `AWS4-HMAC-SHA256 Credential=AKIDFUZZ/20260101/${region}/${service}/aws4_request, SignedHeaders=host, Signature=00`,
  };
}

/**
 * The raw JSON binding: every call is one hand-built request to `requestHandler(world).handle`: an
 * SDK input serialized by {@link wireBody}, or a {@link RawRequest} as it is. A success answers the
 * parsed body; an error rejects with a {@link WireAnswer}; an answer that breaks §9 rejects with a
 * plain Error (a crash), and so does a throw or a rejection of the handler.
 */
export const jsonBinding: BindingFactory = (fw) => jsonBindingWith((h) => h)(fw);

/** {@link jsonBinding} with the world's handler wrapped by `wrap` (specs plant bugs there). */
export const jsonBindingWith = (wrap: HandlerWrap): BindingFactory => (fw) => {
  const handler = wrap(requestHandler(fw.world), fw);
  return {
    send(service, operation, input) {
      let request: TransportRequest;
      if (input instanceof RawRequest) request = { method: input.method, path: input.path, headers: input.headers, body: input.body };
      else {
        let body: string;
        try {
          body = wireBody(input);
        } catch (e) {
          return Promise.reject(e);
        }
        request = { method: 'POST', path: '/', headers: signedHeaders(service, fw.world.region, operation), body };
      }
      const { service: targetService, operation: targetOperation } = targetOf(request.headers);
      let answered: Promise<{ response: TransportResponse }>;
      try {
        answered = handler.handle(request);
      } catch (e) {
        return Promise.reject(new Error(`handle() threw synchronously: ${String(e)}`));
      }
      return answered.then(({ response }) => {
        const problem = wireProblem(request, response, targetService, targetOperation);
        if (problem !== undefined) throw new Error(`not a §9 answer: ${problem}`);
        if (response.statusCode === 200) return response.body.byteLength === 0 ? {} : (JSON.parse(Buffer.from(response.body).toString('utf8')) as unknown);
        if (response.statusCode === 403) throw new WireAnswer(403, 'AccessDeniedException');
        const type = (JSON.parse(Buffer.from(response.body).toString('utf8')) as { __type: string }).__type;
        throw new WireAnswer(response.statusCode, type);
      });
    },
    judge: judgeJson,
    close: () => undefined,
  };
};

/** How the raw JSON binding judges a rejection. */
export function judgeJson(_service: Service, error: unknown): Judgement {
  if (error instanceof WireAnswer) return { kind: 'aws' };
  if (error instanceof Unrepresentable) return { kind: 'client-side refusal', what: `no JSON body can hold the input (${/circular/i.test(error.message) ? 'a cycle' : /call stack/i.test(error.message) ? 'nested too deep for JSON.stringify' : error.message.split('\n')[0]!.slice(0, 40)})` };
  return { kind: 'crash' };
}

// ------------------------------------------------------------------ rawJson: bodies no SDK sends

type Path = readonly (string | number)[];

function memberPaths(members: readonly MemberInfo[], prefix: Path = [], depth = 0): { path: Path; info: MemberInfo }[] {
  const out: { path: Path; info: MemberInfo }[] = [];
  for (const m of members) {
    const path = [...prefix, m.name];
    out.push({ path, info: m });
    if (depth >= 3) continue;
    if (m.kind === 'structure') out.push(...memberPaths(m.members ?? [], path, depth + 1));
    if (m.kind === 'list' && m.item !== undefined) {
      out.push({ path: [...path, 0], info: m.item });
      if (m.item.kind === 'structure') out.push(...memberPaths(m.item.members ?? [], [...path, 0], depth + 1));
    }
  }
  return out;
}

/** Puts `raw` (JSON text) at `path` of the JSON text of `base` (made of plain data), creating what is missing. */
function withRaw(base: unknown, path: Path, raw: string): string {
  const marker = '\u0000RAW\u0000';
  const root = (base !== null && typeof base === 'object' && !Array.isArray(base) ? JSON.parse(wireBody(base)) : {}) as Record<string | number, unknown>;
  let node = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    let next = node[key];
    if (next === null || typeof next !== 'object') {
      next = typeof path[i + 1] === 'number' ? [] : {};
      Object.defineProperty(node, key, { value: next, enumerable: true, writable: true, configurable: true });
    }
    node = next as Record<string | number, unknown>;
  }
  Object.defineProperty(node, path[path.length - 1]!, { value: marker, enumerable: true, writable: true, configurable: true });
  return JSON.stringify(root).replace(JSON.stringify(marker), raw);
}

/** JSON text of the wrong type for a member of `kind`. */
const WRONG_JSON: Readonly<Record<string, readonly string[]>> = {
  string: ['5', 'true', '{}', '[]', '["a"]', '-0', '1e400'],
  integer: ['"5"', '1.5', 'true', '[]', '{}', '1e400', '-1e400', '123456789012345678901234567890', '9007199254740993', '-0', '1e-400', '2147483648', '"NaN"'],
  long: ['"5"', '1.5', 'true', '[]', '1e400', '123456789012345678901234567890', '-9223372036854775809', '1e-400'],
  double: ['"5"', 'true', '[]', '{}', '1e400', '-1e400', '1e-400'],
  boolean: ['"true"', '1', '0', '[]', '{}'],
  timestamp: ['"2026-01-01T00:00:00Z"', '"1767225600"', 'true', '{}', '[]', '1e400', '-1e400', '1e20', '-1e20', '1.5e-7', '-0'],
  blob: ['5', 'true', '{}', '[1,2,3]', '"!!!"', '"YQ="', '"YQ"', '"Y Q=="', '"YQ==YQ=="', '"_-_-"', '"===="', '"\\u00ff\\u00fe"', '"YR=="'],
  list: ['"a"', '5', '{"0":"a"}', 'true', '[[[[]]]]', '[null,null]'],
  map: ['"tags"', '5', '["a"]', 'true', '{"k":5}', '{"k":{"x":1}}', '{"__proto__":"v"}', '{"constructor":"v","prototype":"v"}'],
  structure: ['"config"', '5', '[{}]', 'true', '{"__proto__":{"polluted":true}}'],
  document: ['{"__proto__":{"polluted":true}}', '[' + '['.repeat(2000) + ']'.repeat(2000) + ']'],
};

const NOT_JSON: readonly string[] = ['', ' ', '{', '}', '{"StreamName":', "{'StreamName':'x'}", '{"a":1,}', 'undefined', 'NaN', '{"a":NaN}', '{"a":Infinity}', '\ufeff{}', '{}{}', '{"a":1} x', '/* c */ {}', '{"\\ud800":1}', '{"a":"\\x41"}', '{"a":01}', '{"a":.5}', '{"a":+1}', 'null'.repeat(3)];
const NOT_OBJECTS: readonly string[] = ['null', '5', '-0', '"StreamName"', '[]', '[{}]', 'true', 'false', '1e400', '""'];
const INVALID_UTF8: readonly number[][] = [[0xff, 0xfe, 0x7b, 0x7d], [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d], [0xef, 0xbb, 0xbf, 0x7b, 0x7d], [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d], [0x00]];

function nested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '{}' + '}'.repeat(depth);
}

/** The hostile requests of one operation, given its plausible input and the catalog. */
function rawVariants(service: Service, op: OperationInfo, cat: Catalog): fc.Arbitrary<{ note: string; build: (base: unknown) => RawRequest }> {
  const headers = signedHeaders(service, cat.region, op.name);
  const post = (body: string | Uint8Array, h: Readonly<Record<string, string>> = headers): RawRequest => new RawRequest('POST', '/', h, body);
  const paths = memberPaths(op.members);
  const variants: fc.Arbitrary<{ note: string; build: (base: unknown) => RawRequest }>[] = [
    fc.constantFrom(...NOT_JSON).map((text) => ({ note: `not JSON: ${JSON.stringify(text).slice(0, 40)}`, build: () => post(text) })),
    fc.constantFrom(...NOT_OBJECTS).map((text) => ({ note: `not an object: ${text}`, build: () => post(text) })),
    fc.constantFrom(...INVALID_UTF8).map((bytes) => ({ note: `bytes that are not UTF-8 JSON: ${bytes.map((b) => b.toString(16)).join(' ')}`, build: () => post(Uint8Array.from(bytes)) })),
    fc.tuple(fc.constantFrom(10, 1_000, 10_000, 100_000), fc.constantFrom<'array' | 'object'>('array', 'object'), fc.constantFrom('top', 'member')).map(([depth, kind, where]) => ({
      note: `${kind}s nested ${depth} deep (${where})`,
      build: (base: unknown) => post(where === 'top' ? `{"Nested":${nested(depth, kind)}}` : withRaw(base, paths.length > 0 ? paths[0]!.path : ['Nested'], nested(depth, kind))),
    })),
    fc.constantFrom(
      '{"__proto__":{"polluted":true}}',
      '{"__proto__":null}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '{"__proto__":{"__proto__":{"polluted":true}}}',
      '{"prototype":1,"hasOwnProperty":2,"toString":3,"valueOf":4}',
    ).map((extra) => ({
      note: `__proto__ keys: ${extra}`,
      build: (base: unknown) => {
        const text = wireBody(base);
        const inner = extra.slice(1, -1);
        return post(text === '{}' || !text.startsWith('{') ? extra : `{${inner},${text.slice(1)}`);
      },
    })),
    fc.constantFrom('1e400', '-1e400', '123456789012345678901234567890', '1e-400', '-0', '9007199254740993', '1.7976931348623157e308').map((n) => ({
      note: `a huge number ${n} as an unknown member`,
      build: (base: unknown) => post(withRaw(base, ['Huge'], n)),
    })),
    fc.constantFrom(
      [undefined, 'no X-Amz-Target'],
      ['', 'an empty target'],
      [TARGET_PREFIX[service], 'a prefix without an operation'],
      [`${TARGET_PREFIX[service]}.`, 'an empty operation'],
      [`${TARGET_PREFIX[service]}.Nope`, 'an unknown operation'],
      [`${TARGET_PREFIX[service]}.${op.name.toLowerCase()}`, 'the operation in lower case'],
      [`${TARGET_PREFIX[service]}.__proto__`, 'the operation __proto__'],
      [`${TARGET_PREFIX[service]}.constructor`, 'the operation constructor'],
      [`${TARGET_PREFIX[service]}.hasOwnProperty`, 'the operation hasOwnProperty'],
      [`__proto__.${op.name}`, 'the prefix __proto__'],
      [`toString.${op.name}`, 'the prefix toString'],
      [`${TARGET_PREFIX[service]}.${op.name}.Extra`, 'a target with two dots'],
      [`Kinesis_20131202.${op.name === 'ListStreams' ? 'ListDeliveryStreams' : 'ListKeys'}`, "another service's operation"],
      [`Kinesis_20131201.${op.name}`, 'an old API version'],
    ).map(([target, note]) => ({
      note: `target: ${note}`,
      build: (base: unknown) => {
        const h: Record<string, string> = { ...headers };
        delete h['x-amz-target'];
        if (target !== undefined) h['X-Amz-Target'] = target;
        return post(wireBody(base), h);
      },
    })),
    fc.constantFrom<[string, string, Record<string, string | undefined>]>(
      ['POST', '/', { 'content-type': 'application/json' }],
      ['POST', '/', { 'content-type': 'text/plain' }],
      ['POST', '/', { 'content-type': 'application/x-amz-json-1.0' }],
      ['POST', '/', { 'content-type': undefined }],
      ['POST', '/', { authorization: undefined }],
      ['POST', '/', { authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20260101/../kinesis/aws4_request' }],
      ['POST', '/', { authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20260101/__proto__/kinesis/aws4_request' }],
      ['POST', '/', { authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20260101/xx-nowhere-9/kinesis/aws4_request' }],
      ['POST', '/', { 'amz-sdk-request': 'attempt=99999999999999999999; max=3', 'amz-sdk-invocation-id': '__proto__' }],
      ['POST', '/', { 'amz-sdk-request': 'attempt=0; max=0' }],
      ['POST', '/other/path?x=1', {}],
      ['post', '/', {}],
      ['GET', '/', {}],
      ['PUT', '/', {}],
      ['DELETE', '/', {}],
      ['', '/', {}],
    ).map(([method, path, changes]) => ({
      note: `${method || '(no method)'} ${path} ${JSON.stringify(changes)}`,
      build: (base: unknown) => {
        const h: Record<string, string> = { ...headers };
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined) delete h[k];
          else h[k] = v;
        }
        return new RawRequest(method, path, h, wireBody(base));
      },
    })),
  ];
  if (paths.length > 0) {
    variants.push(
      fc
        .constantFrom(...paths)
        .chain(({ path, info }) => fc.constantFrom(...(WRONG_JSON[info.kind] ?? WRONG_JSON['string']!)).map((raw) => ({ path, info, raw })))
        .map(({ path, info, raw }) => ({ note: `${path.join('.')} (${info.kind}) = ${raw.slice(0, 40)}`, build: (base: unknown) => post(withRaw(base, path, raw)) })),
    );
  }
  return fc.oneof(...variants);
}

/** The `rawJson` class: hand-built requests for every operation of `service` (see the module comment). */
export function rawJsonCalls(service: Service, cat: Catalog): fc.Arbitrary<FuzzCall> {
  return fc.oneof(
    ...serviceOperations(service).map((op) =>
      fc.tuple(operationCalls('plausible', service, op.name, cat), rawVariants(service, op, cat)).map(
        ([plausible, variant]): FuzzCall => ({
          service,
          operation: op.name,
          generator: 'rawJson',
          advanceMs: plausible.advanceMs,
          note: variant.note,
          make: () => variant.build(plausible.make()),
        }),
      ),
    ),
  );
}

/** The calls of the raw JSON binding: every SDK-input generator (serialized by {@link wireBody}) and `rawJson`, half and half. */
export function jsonCalls(service: Service, cat: Catalog): fc.Arbitrary<FuzzCall> {
  return fc.oneof(fuzzCalls(service, cat), rawJsonCalls(service, cat));
}

