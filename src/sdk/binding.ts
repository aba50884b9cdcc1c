import { mockClient } from 'aws-sdk-client-mock';
import type { Service } from '../model/errors';
import { findOperation, invoke, modelledOperations } from '../model/invoke';
import { toSdkForm } from '../model/sdk-form';
import { extendedRequestId, nextRequestId } from '../model/request-id';
import type { World } from '../world/index';
import { toSdkError, type ResponseMetadata, type SdkModule } from './errors';
import { abortError } from './transport';
import { transportBinding } from './transport-client';

/**
 * Thrown (as a rejection) when code under test sends a command the world does not model. It names
 * the command, so a test never silently gets `undefined`.
 *
 * @example
 * ```ts
 * const split = new SplitShardCommand({ StreamName: 'orders', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: '1' });
 * await expect(client.send(split)).rejects.toThrow(UnmodelledCommandError);
 * ```
 */
export class UnmodelledCommandError extends Error {
  override readonly name = 'UnmodelledCommandError';
  constructor(
    readonly clientName: string,
    readonly commandName: string,
    modelled: readonly string[],
  ) {
    super(
      `[kinesis-sse-harness] ${clientName} sent ${commandName}, which the world does not model. ` +
        `Modelled: ${modelled.map((o) => `${o}Command`).join(', ')}. ` +
        `Answer it yourself with stub.on(${commandName}).resolves(...) if your test needs it.`,
    );
  }
}

/**
 * Options of `mockKinesis`, `mockFirehose` and `mockKms`.
 *
 * @example
 * ```ts
 * const myKinesisClient = new KinesisClient({});
 * mockKinesis(world, { client: myKinesisClient }); // stub one instance instead of the class
 * ```
 */
export interface MockOptions<TClient extends object = object> {
  /** A client instance to stub instead of the client class (all instances). */
  readonly client?: TClient;
  /**
   * `true`: answer at the HTTP level instead of at `send` (docs/transport.md). The stub stays (history,
   * `.on(X)` overrides and matchers work as before), but a command it does not override goes through
   * the client's real `send` and the whole SDK stack (serializer, signer, retry strategy with its
   * backoff on `setTimeout`, waiters, deserializer) into the world, through {@link requestHandler}.
   * A client built without credentials gets static fake ones, and without a region the world's; no
   * setting is read from `~/.aws` files (`AWS_MAX_ATTEMPTS` and `AWS_RETRY_MODE` are honoured), so the
   * first call needs no real I/O and works under fake timers. Default `false`: answer at `send`.
   */
  readonly transport?: boolean;
}

interface ClientLike {
  readonly config?: { readonly region?: unknown };
}

const commandTables = new WeakMap<SdkModule, Map<unknown, string>>();

function commandTable(mod: SdkModule): Map<unknown, string> {
  let table = commandTables.get(mod);
  if (table === undefined) {
    table = new Map();
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'function' && name.endsWith('Command') && name !== 'Command') table.set(value, name.slice(0, -'Command'.length));
    }
    commandTables.set(mod, table);
  }
  return table;
}

const regions = new WeakMap<object, string | Promise<string>>();

/** The region the client is configured with, or the world's region when it has none. */
function regionOf(client: unknown, fallback: string): string | Promise<string> {
  if (client === null || typeof client !== 'object') return fallback;
  const known = regions.get(client);
  if (known !== undefined) return known;
  const provider = (client as ClientLike).config?.region;
  let resolved: string | Promise<string>;
  if (typeof provider === 'string') resolved = provider;
  else if (typeof provider === 'function') {
    resolved = Promise.resolve()
      .then(() => (provider as () => unknown)())
      .then(
        (r) => (typeof r === 'string' && r.length > 0 ? r : fallback),
        () => fallback,
      )
      .then((r) => {
        regions.set(client, r);
        return r;
      });
  } else resolved = fallback;
  regions.set(client, resolved);
  return resolved;
}

function metadata(world: World, service: Service, httpStatusCode: number): ResponseMetadata {
  const requestId = nextRequestId(world.model);
  // Kinesis answers carry x-amz-id-2, which the SDK exposes as extendedRequestId.
  if (service === 'kinesis') return { httpStatusCode, requestId, extendedRequestId: extendedRequestId(requestId), attempts: 1, totalRetryDelay: 0 };
  return { httpStatusCode, requestId, attempts: 1, totalRetryDelay: 0 };
}

/**
 * @internal What a service binding needs to know about its SDK package.
 *
 * @example
 * ```ts
 * const b: ServiceBinding = { service: 'kms', clientName: 'KMSClient', baseExceptionName: 'KMSServiceException', module: loadSdk('@aws-sdk/client-kms', 'mockKms') };
 * ```
 */
export interface ServiceBinding {
  readonly service: Service;
  readonly clientName: string;
  readonly baseExceptionName: string;
  readonly module: SdkModule;
}

/**
 * The package namespace as loaded: under some ESM/CJS interop the classes sit on `default`.
 * @internal
 *
 * @example
 * ```ts
 * sdkModule(await import('@aws-sdk/client-kinesis'), 'KinesisClient');
 * ```
 */
export function sdkModule(ns: object, clientName: string): SdkModule {
  const m = ns as Record<string, unknown>;
  if (typeof m[clientName] === 'function') return m;
  const d = m['default'];
  if (d !== null && typeof d === 'object' && typeof (d as Record<string, unknown>)[clientName] === 'function') return d as SdkModule;
  throw new TypeError(`[kinesis-sse-harness] could not find ${clientName} in the loaded SDK package`);
}

/** The operation a command names, and the command's class name. */
function commandOperation(binding: ServiceBinding, command: unknown): { readonly operation: string; readonly commandName: string } {
  const ctor = command !== null && typeof command === 'object' ? (command as { constructor?: unknown }).constructor : undefined;
  const commandName =
    typeof ctor === 'function' && typeof (ctor as { name?: unknown }).name === 'string' ? (ctor as { name: string }).name : String(command);
  const table = commandTable(binding.module);
  const operation = table.get(ctor) ?? (commandName.endsWith('Command') ? commandName.slice(0, -'Command'.length) : commandName);
  return { operation, commandName };
}

function unmodelled(binding: ServiceBinding, commandName: string): UnmodelledCommandError {
  return new UnmodelledCommandError(binding.clientName, commandName, modelledOperations(binding.service));
}

/** Answers one command; never throws synchronously (anything thrown becomes the rejection). */
function answer(world: World, binding: ServiceBinding, command: unknown, client: unknown): Promise<unknown> {
  try {
    return answerCommand(world, binding, command, client);
  } catch (e) {
    return Promise.reject(e);
  }
}

function answerCommand(world: World, binding: ServiceBinding, command: unknown, client: unknown): Promise<unknown> {
  const { operation, commandName } = commandOperation(binding, command);
  const op = findOperation(binding.service, operation);
  if (op === undefined) return Promise.reject(unmodelled(binding, commandName));
  const given = (command as { input?: unknown }).input;
  const run = (region: string): unknown => {
    const result = invoke(world.model, binding.service, operation, given, { now: world.now(), region, form: 'sdk' });
    if (result.ok) {
      const out = toSdkForm(op.output, result.value) as Record<string, unknown>;
      out['$metadata'] = metadata(world, binding.service, 200);
      return out;
    }
    throw toSdkError(result.error, binding.module, binding.baseExceptionName, metadata(world, binding.service, result.error.httpStatus));
  };
  const region = regionOf(client, world.region);
  if (typeof region === 'string') {
    try {
      return Promise.resolve(run(region));
    } catch (e) {
      return Promise.reject(e);
    }
  }
  return region.then(run);
}

/**
 * Stubs `send` of a client class (or one instance) with aws-sdk-client-mock so that every command
 * is answered from the world. User overrides (`stub.on(X).rejectsOnce(...)`) take precedence, as
 * usual with aws-sdk-client-mock; `stub.reset()` clears history and overrides and keeps answering
 * from the world; `stub.restore()` gives the real `send` back. Callback-style `send(cmd, cb)` is
 * honoured too.
 *
 * @internal Used by mockKinesis, mockFirehose and mockKms.
 *
 * @example
 * ```ts
 * const stub = bindClient<KinesisStub>(world, binding, KinesisClient);
 * ```
 */
export function bindClient<TStub>(world: World, binding: ServiceBinding, target: object, options: { readonly transport?: boolean } = {}): TStub {
  const caller = `mock${binding.clientName === 'KMSClient' ? 'Kms' : binding.clientName.replace(/Client$/, '')}`;
  if (world === null || typeof world !== 'object' || typeof (world as Partial<World>).call !== 'function' || typeof (world as Partial<World>).clock?.now !== 'function') {
    throw new TypeError(`[kinesis-sse-harness] ${caller} needs a world made by createWorld(); got ${describeValue(world)}`);
  }
  if (target === null || (typeof target !== 'object' && typeof target !== 'function') || typeof (target as { prototype?: { send?: unknown }; send?: unknown }).send !== 'function' && typeof (target as { prototype?: { send?: unknown } }).prototype?.send !== 'function') {
    throw new TypeError(`[kinesis-sse-harness] ${caller}: options.client must be a ${binding.clientName} instance; got ${describeValue(target)}`);
  }
  const holder = active.get(target);
  if (holder !== undefined) {
    throw new TypeError(
      `[kinesis-sse-harness] ${caller}: ${describeTarget(target, binding.clientName)} is already mocked by an earlier ${holder} that was not restored; ` +
        `call restore() on that stub first (two stubs on one client would replace each other, and restoring either would un-mock both)`,
    );
  }
  if (options.transport !== undefined && typeof options.transport !== 'boolean') {
    throw new TypeError(`[kinesis-sse-harness] ${caller}: options.transport must be true or false; got ${describeValue(options.transport)}`);
  }
  const stub = mockClient(target as never) as unknown as StubLike;
  active.set(target, caller);
  const transport = options.transport === true ? transportBinding(world) : undefined;
  const realSend = stub.send.wrappedMethod;
  const install = (): void => {
    stub.send.callsFake(function (this: unknown, command: unknown, optionsOrCb?: unknown, cb?: unknown) {
      const callback = typeof optionsOrCb === 'function' ? optionsOrCb : typeof cb === 'function' ? cb : undefined;
      if (transport !== undefined) {
        // Through the client's own send and the whole SDK stack, into the world at the HTTP level.
        const { operation, commandName } = commandOperation(binding, command);
        if (findOperation(binding.service, operation) === undefined) {
          const error = unmodelled(binding, commandName);
          if (callback === undefined) return Promise.reject(error);
          (callback as (e: unknown) => void)(error);
          return undefined;
        }
        transport.prepare(this);
        return realSend.call(this, command, optionsOrCb, cb);
      }
      const aborted = abortError(typeof optionsOrCb === 'object' && optionsOrCb !== null ? (optionsOrCb as { abortSignal?: unknown }).abortSignal : undefined);
      const promise = aborted === undefined ? answer(world, binding, command, this) : Promise.reject(aborted);
      if (callback === undefined) return promise;
      // As the SDK's Client.send: an error thrown by the callback itself is not turned into an unhandled rejection.
      promise
        .then(
          (out) => (callback as (e: unknown, o?: unknown) => void)(null, out),
          (err) => (callback as (e: unknown) => void)(err),
        )
        .catch(() => undefined);
      return undefined;
    } as never);
  };
  install();
  const reset = stub.reset.bind(stub);
  stub.reset = () => {
    reset();
    install();
    return stub;
  };
  const restore = stub.restore.bind(stub);
  stub.restore = () => {
    if (active.get(target) === caller) active.delete(target);
    transport?.restore();
    restore();
  };
  // aws-sdk-client-mock numbers a behaviour's `...Once` answers from the stub's first call ever, so an
  // override set after some calls went through would land in the past and never apply: number it
  // from the calls already made instead.
  for (const method of ['on', 'onAnyCommand'] as const) {
    const original = stub[method].bind(stub) as (...args: unknown[]) => BehaviorLike;
    stub[method] = (...args: unknown[]): BehaviorLike => {
      const behavior = original(...args);
      behavior.nextChainableCallNumber = Math.max(behavior.nextChainableCallNumber, behavior.send.callCount);
      return behavior;
    };
  }
  return stub as unknown as TStub;
}

/** Which client classes and instances a stub of ours holds, and by which mock function. */
const active = new WeakMap<object, string>();

function describeTarget(target: object, clientName: string): string {
  return typeof target === 'function' ? `the ${clientName} class` : `this ${clientName} instance`;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'function') return `function ${(value as { name?: string }).name ?? ''}`.trim();
  if (typeof value === 'object') return `an object with keys ${Object.keys(value).slice(0, 5).join(', ') || '(none)'}`;
  return JSON.stringify(value);
}

interface BehaviorLike {
  nextChainableCallNumber: number;
  readonly send: { readonly callCount: number };
}

interface StubLike {
  readonly send: { callsFake(fn: never): unknown; readonly wrappedMethod: (this: unknown, ...args: unknown[]) => unknown };
  reset(): unknown;
  restore(): void;
  on: (...args: never[]) => unknown;
  onAnyCommand: (...args: never[]) => unknown;
}
