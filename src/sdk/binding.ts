import { mockClient } from 'aws-sdk-client-mock';
import type { Service, ServiceError } from '../model/errors';
import { findOperation, invoke, modelledOperations } from '../model/invoke';
import { toSdkForm } from '../model/sdk-form';
import { appendTrace } from '../model/world';
import { extendedRequestId, nextRequestId } from '../model/request-id';
import type { World } from '../world/index';
import { toSdkError, type ResponseMetadata, type SdkModule } from './errors';
import { abortError } from './transport';
import { givenKeys, transportBinding } from './transport-client';
import { packageRequire } from './load';

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
  /**
   * How much of the stub's call history (`stub.calls()`, `stub.commandCalls(X)`, aws-sdk-client-mock's
   * matchers) to keep: `'all'` (the default), `'none'`, or `{ last: N }` (the last N calls). The
   * history holds every command, its client and its answer, most of what a long run keeps per call;
   * bound it for runs of many thousands of calls. `world.trace` is not affected, and `.on(X)`
   * overrides (`resolvesOnce`, `rejectsOnce`...) still apply to the calls they were set for.
   * Default: the world's `retain.stubCallHistory` (`createWorld({ retain })`), which keeps every call.
   */
  readonly history?: StubHistory;
}

/**
 * How much call history a stub keeps (see {@link MockOptions.history}).
 *
 * @example
 * ```ts
 * const kinesis = mockKinesis(world, { history: { last: 100 } });
 * ```
 */
export type StubHistory = 'all' | 'none' | { readonly last: number };

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

/**
 * The region the client's constructor was given, or the world's region when it was given none: a
 * client's own default (`AWS_REGION`, `AWS_PROFILE`, `~/.aws/config`) is never read, so a test that
 * names no region answers the same whatever the shell says, and needs no file I/O.
 */
function regionOf(client: unknown, fallback: string): string | Promise<string> {
  if (client === null || typeof client !== 'object') return fallback;
  const known = regions.get(client);
  if (known !== undefined) return known;
  const provider = givenRegion(client as ClientLike);
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

/** The `region` the client's constructor was given (a string or a provider), else undefined. */
function givenRegion(client: ClientLike): unknown {
  const config = client.config;
  if (config === null || typeof config !== 'object') return undefined;
  return givenKeys(config).has('region') ? config.region : undefined;
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
  const { operation } = commandOperation(binding, command);
  const op = findOperation(binding.service, operation);
  if (op === undefined) return refuseUnmodelled(world, binding, command, client);
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

/** Rejects an unmodelled command with {@link UnmodelledCommandError}, and notes the call in the trace. */
function refuseUnmodelled(world: World, binding: ServiceBinding, command: unknown, client: unknown): Promise<never> {
  const { operation, commandName } = commandOperation(binding, command);
  const error = unmodelled(binding, commandName);
  const time = world.now();
  return Promise.resolve(regionOf(client, world.region)).then((region) => {
    appendTrace(world.model, {
      kind: 'call',
      time,
      service: binding.service,
      operation,
      region,
      input: inputOf(command),
      error: { service: binding.service, type: error.name, message: error.message, httpStatus: 0, fault: 'client' },
      answeredBy: 'unmodelled',
    });
    throw error;
  });
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as { then?: unknown }).then === 'function';
}

function inputOf(command: unknown): unknown {
  return command !== null && typeof command === 'object' ? (command as { input?: unknown }).input : undefined;
}

/** A rejection as a trace entry's `error` (anything may be thrown; an SDK exception carries its fault and status). */
function errorEntry(service: Service, error: unknown): ServiceError {
  if (error === null || typeof error !== 'object') return { service, type: 'Error', message: String(error), httpStatus: 0, fault: 'client' };
  const e = error as { name?: unknown; message?: unknown; $fault?: unknown; $metadata?: { httpStatusCode?: unknown } };
  const status = e.$metadata?.httpStatusCode;
  return {
    service,
    type: typeof e.name === 'string' ? e.name : 'Error',
    message: typeof e.message === 'string' ? e.message : String(error),
    httpStatus: typeof status === 'number' ? status : 0,
    fault: e.$fault === 'server' ? 'server' : 'client',
  };
}

/** An answer as a trace entry's `output`: without the SDK's `$metadata`, as the world's own entries. */
function outputEntry(output: unknown): unknown {
  if (output === null || typeof output !== 'object' || Array.isArray(output) || !('$metadata' in output)) return output;
  const { $metadata: _metadata, ...rest } = output as Record<string, unknown>;
  return rest;
}

// --- sinon: the sandbox each binding owns -------------------------------------------------------

interface SinonSandboxLike {
  stub(object: object, property: string): unknown;
  restore(): void;
}

interface SinonLike {
  createSandbox(): SinonSandboxLike;
}

let sinonApi: SinonLike | undefined;

/**
 * aws-sdk-client-mock's own copy of sinon (its `sinon.match` objects must come from the same copy
 * as the stubs), for a sandbox per binding: without one, aws-sdk-client-mock puts every stub in
 * sinon's default sandbox, whose list a stub's own `restore()` does not leave, so every run's stub,
 * history and world would stay reachable.
 */
function sinon(): SinonLike {
  if (sinonApi !== undefined) return sinonApi;
  const req = packageRequire() as ((id: string) => unknown) & { resolve?: (id: string, options?: { paths?: string[] }) => string };
  let id = 'sinon';
  try {
    if (typeof req.resolve === 'function') id = req.resolve('sinon', { paths: [req.resolve('aws-sdk-client-mock').replace(/[\\/][^\\/]*$/, '')] });
  } catch {
    // resolve as the package's own dependency failed: sinon is where plain resolution finds it
  }
  const loaded = req(id) as Partial<SinonLike> & { default?: Partial<SinonLike> };
  const api = typeof loaded.createSandbox === 'function' ? loaded : loaded.default;
  if (api === undefined || typeof api.createSandbox !== 'function') throw new Error('[kinesis-sse-harness] could not load sinon, the dependency of aws-sdk-client-mock');
  sinonApi = api as SinonLike;
  return sinonApi;
}

/** A sinon stub of `send` (or one of its `withArgs` fakes), as far as the binding touches it. */
interface SinonProxyLike {
  callCount: number;
  called: boolean;
  notCalled: boolean;
  calledOnce: boolean;
  calledTwice: boolean;
  calledThrice: boolean;
  firstCall: unknown;
  secondCall: unknown;
  thirdCall: unknown;
  lastCall: unknown;
  behaviors?: unknown[];
  fakes?: SinonProxyLike[];
  invoke: (this: SinonProxyLike, func: unknown, thisValue: unknown, args: unknown[]) => unknown;
  getCall(index: number): unknown;
  restore: ((this: unknown, ...args: unknown[]) => unknown) & { sinon?: boolean };
  readonly isSinonProxy?: boolean;
  readonly wrappedMethod: (this: unknown, ...args: unknown[]) => unknown;
  callsFake(fn: never): unknown;
}

const HISTORY_ARRAYS = ['args', 'thisValues', 'returnValues', 'exceptions', 'callIds', 'errorsWithCallStack'] as const;

/**
 * Forgets all but the last `keep` calls of a sinon proxy, renumbering what depends on the call
 * count (its `onCall(n)` behaviours, and the `...Once` numbering of the CommandBehaviors on it) so
 * the answers still planned apply to the same calls.
 */
function forget(proxy: SinonProxyLike, keep: number, behaviors: ReadonlySet<BehaviorLike>): void {
  const drop = proxy.callCount - keep;
  if (drop <= 0) return;
  const record = proxy as unknown as Record<string, unknown>;
  for (const key of HISTORY_ARRAYS) {
    const list = record[key];
    if (Array.isArray(list)) list.splice(0, drop);
  }
  if (Array.isArray(proxy.behaviors)) proxy.behaviors.splice(0, drop);
  proxy.callCount = keep;
  proxy.called = keep > 0;
  proxy.notCalled = keep === 0;
  proxy.calledOnce = keep === 1;
  proxy.calledTwice = keep === 2;
  proxy.calledThrice = keep === 3;
  proxy.firstCall = proxy.getCall(0);
  proxy.secondCall = proxy.getCall(1);
  proxy.thirdCall = proxy.getCall(2);
  proxy.lastCall = proxy.getCall(keep - 1);
  for (const b of behaviors) if ((b.send as unknown) === proxy) b.nextChainableCallNumber = Math.max(0, b.nextChainableCallNumber - drop);
}

function worldHistory(world: World): number {
  const n = (world as { readonly retain?: { readonly stubCallHistory?: unknown } }).retain?.stubCallHistory;
  return typeof n === 'number' && n >= 0 ? n : Number.POSITIVE_INFINITY;
}

function checkHistory(caller: string, history: unknown): number {
  if (history === undefined || history === 'all') return Number.POSITIVE_INFINITY;
  if (history === 'none') return 0;
  if (history !== null && typeof history === 'object' && Object.keys(history).join() === 'last') {
    const last = (history as { last: unknown }).last;
    if (typeof last === 'number' && Number.isInteger(last) && last >= 0) return last;
  }
  throw new TypeError(`[kinesis-sse-harness] ${caller}: options.history must be 'all', 'none' or { last: N } with N a whole number >= 0; got ${describeValue(history)}`);
}

/** Thrown when something replaces or removes a binding's stub while it is active. */
function replacedError(caller: string, clientName: string, target: object, how: string): Error {
  return new Error(
    `[kinesis-sse-harness] ${how} would replace the stub ${caller}(world) put on ${describeTarget(target, clientName)}, ` +
      `and its calls would no longer reach the world (they would get the other stub's answers, or go to the real SDK). ` +
      `Override answers on the stub ${caller} returned (stub.on(Command).resolves(...)), call its restore() first, ` +
      `or stub one instance with ${caller}(world, { client }).`,
  );
}

/**
 * Stubs `send` of a client class (or one instance) with aws-sdk-client-mock so that every command
 * is answered from the world. User overrides (`stub.on(X).rejectsOnce(...)`) take precedence, as
 * usual with aws-sdk-client-mock, and are noted in `world.trace` (marked `answeredBy: 'override'`);
 * `stub.reset()` clears history and overrides and keeps answering from the world; `stub.restore()`
 * gives the real `send` back and releases everything the stub held (it lives in a sinon sandbox of
 * its own, not sinon's default one). Callback-style `send(cmd, cb)` is honoured too. Something
 * else replacing the stub while it is active (`mockClient(KinesisClient)`, another stub's
 * `reset()` or `restore()`) throws instead of silently taking the calls away from the world.
 *
 * @internal Used by mockKinesis, mockFirehose and mockKms.
 *
 * @example
 * ```ts
 * const stub = bindClient<KinesisStub>(world, binding, KinesisClient);
 * ```
 */
export function bindClient<TStub>(
  world: World,
  binding: ServiceBinding,
  target: object,
  options: { readonly transport?: boolean; readonly history?: StubHistory } = {},
): TStub {
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
  // The mock's own option wins; else the world's `retain.stubCallHistory` (default: every call).
  const keep = options.history !== undefined ? checkHistory(caller, options.history) : worldHistory(world);
  // aws-sdk-client-mock stubs `send` of the instance itself, or of the class's prototype.
  const host = (typeof (target as { send?: unknown }).send === 'function' ? target : (target as { prototype: object }).prototype) as { send: unknown };
  // An instance whose send is its class's stub (aws-sdk-client-mock's or ours): aws-sdk-client-mock
  // would restore the class's stub to stub the instance, un-mocking every other instance. The
  // instance gets its own copy of the real send first, which restore() takes away again.
  const inherited = host === target && !Object.hasOwn(target, 'send') ? (host.send as Partial<SinonProxyLike>) : undefined;
  const shadow = inherited?.isSinonProxy === true && typeof inherited.wrappedMethod === 'function' ? inherited.wrappedMethod : undefined;
  if (shadow !== undefined) Object.defineProperty(target, 'send', { value: shadow, writable: true, configurable: true, enumerable: false });
  else guardEarlierStub(host, target, caller, binding.clientName);

  let sandbox = sinon().createSandbox();
  const stub = mockClient(target as never, { sandbox: sandbox as never }) as unknown as StubLike;
  active.set(target, caller);
  const transport = options.transport === true ? transportBinding(world) : undefined;
  const realSend = stub.send.wrappedMethod;
  /** The calls in progress, innermost last: whether the world (not an override) answered each. */
  const frames: { answered: boolean }[] = [];
  const behaviors = new Set<BehaviorLike>();
  let releasing = false;

  const worldAnswer = function (this: unknown, command: unknown, optionsOrCb?: unknown, cb?: unknown): unknown {
    const frame = frames[frames.length - 1];
    if (frame !== undefined) frame.answered = true;
    const callback = typeof optionsOrCb === 'function' ? optionsOrCb : typeof cb === 'function' ? cb : undefined;
    if (transport !== undefined) {
      // Through the client's own send and the whole SDK stack, into the world at the HTTP level.
      const { operation } = commandOperation(binding, command);
      if (findOperation(binding.service, operation) === undefined) {
        const refused = refuseUnmodelled(world, binding, command, this);
        if (callback === undefined) return refused;
        refused.catch((e: unknown) => (callback as (e: unknown) => void)(e)).catch(() => undefined);
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
  };

  /**
   * Notes a call an override answered in the trace: in its place among the calls at once, its
   * answer (and the region, when the client's is a provider) filled in when they settle.
   */
  const noteOverride = (thisValue: unknown, command: unknown, time: number, outcome: { readonly ok: boolean; readonly value: unknown }): void => {
    const region = regionOf(thisValue, world.region);
    const entry = appendTrace(world.model, {
      kind: 'call',
      time,
      service: binding.service,
      operation: commandOperation(binding, command).operation,
      region: typeof region === 'string' ? region : world.region,
      input: inputOf(command),
      answeredBy: 'override',
    }) as { region: string; output?: unknown; error?: ServiceError };
    if (typeof region !== 'string') void region.then((r) => (entry.region = r));
    const settle = (ok: boolean, value: unknown): void => {
      if (ok) entry.output = outputEntry(value);
      else entry.error = errorEntry(binding.service, value);
    };
    if (!outcome.ok || !isThenable(outcome.value)) settle(outcome.ok, outcome.value);
    else
      outcome.value.then(
        (v) => settle(true, v),
        (e: unknown) => settle(false, e),
      );
  };

  /** Watches every call of a fresh sinon stub: overrides go to the trace, and the history is bounded. */
  const watch = (send: SinonProxyLike): void => {
    const ownRestore = send.restore;
    let restored = false;
    const restoreGuard = function (this: unknown, ...args: unknown[]): unknown {
      if (releasing) {
        restored = true;
        return ownRestore.apply(this, args);
      }
      // Restored with its sandbox already: a second sinon restore would delete whatever send is there now.
      if (restored) return undefined;
      throw replacedError(caller, binding.clientName, target, `Restoring send of ${binding.clientName} (aws-sdk-client-mock's mockClient(${binding.clientName}), reset() of another stub, or a sinon restore)`);
    };
    send.restore = Object.assign(restoreGuard, { sinon: true });
    ourStubs.add(send);
    const inner = send.invoke;
    send.invoke = function (this: SinonProxyLike, func: unknown, thisValue: unknown, args: unknown[]): unknown {
      const frame = { answered: false };
      frames.push(frame);
      // For an override's trace entry; a world refusing its clock (set back) refuses in the answer, never here.
      let time: number;
      try {
        time = world.now();
      } catch {
        time = world.model.lastNow;
      }
      let returned: unknown;
      try {
        returned = inner.call(this, func, thisValue, args);
      } catch (e) {
        if (!frame.answered) noteOverride(thisValue, args[0], time, { ok: false, value: e });
        throw e;
      } finally {
        frames.pop();
        if (frames.length === 0 && this.callCount > keep) {
          forget(this, keep, behaviors);
          for (const fake of this.fakes ?? []) forget(fake, keep, behaviors);
        }
      }
      if (!frame.answered) noteOverride(thisValue, args[0], time, { ok: true, value: returned });
      return returned;
    };
    send.callsFake(worldAnswer as never);
  };
  watch(stub.send);

  stub.reset = () => {
    // aws-sdk-client-mock's own reset() would make the new stub in sinon's default sandbox.
    releasing = true;
    try {
      sandbox.restore();
    } finally {
      releasing = false;
    }
    behaviors.clear();
    sandbox = sinon().createSandbox();
    stub.send = mockClient(target as never, { sandbox: sandbox as never }).send as unknown as SinonProxyLike;
    watch(stub.send);
    return stub;
  };
  stub.restore = () => {
    if (active.get(target) === caller) active.delete(target);
    transport?.restore();
    releasing = true;
    try {
      sandbox.restore();
    } finally {
      releasing = false;
    }
    behaviors.clear();
    if (shadow !== undefined && (target as { send?: unknown }).send === shadow) delete (target as { send?: unknown }).send;
  };
  // aws-sdk-client-mock numbers a behaviour's `...Once` answers from the stub's first call ever, so an
  // override set after some calls went through would land in the past and never apply: number it
  // from the calls already made instead.
  for (const method of ['on', 'onAnyCommand'] as const) {
    const original = stub[method].bind(stub) as (...args: unknown[]) => BehaviorLike;
    stub[method] = (...args: unknown[]): BehaviorLike => {
      const behavior = original(...args);
      behavior.nextChainableCallNumber = Math.max(behavior.nextChainableCallNumber, behavior.send.callCount);
      if (keep !== Number.POSITIVE_INFINITY) behaviors.add(behavior);
      return behavior;
    };
  }
  return stub as unknown as TStub;
}

/**
 * When `send` is already a sinon stub (a `mockClient(KinesisClient)` made earlier, not restored),
 * aws-sdk-client-mock restores it before stubbing; restoring it once more later would delete our
 * stub from the prototype. Its `restore` is made to refuse that while our stub is active.
 */
function guardEarlierStub(host: { send: unknown }, target: object, caller: string, clientName: string): void {
  if (typeof host.send !== 'function') return;
  const earlier = host.send as unknown as Partial<SinonProxyLike>;
  // One of ours refuses by itself (its restore throws while it is active).
  if (earlier.isSinonProxy !== true || typeof earlier.restore !== 'function' || ourStubs.has(earlier)) return;
  const restore = earlier.restore;
  const guarded = function (this: unknown, ...args: unknown[]): unknown {
    if (active.get(target) === caller) throw replacedError(caller, clientName, target, `restore() of a stub of ${clientName} made before ${caller}(world)`);
    return restore.apply(this, args);
  };
  (earlier as SinonProxyLike).restore = Object.assign(guarded, { sinon: true });
}

/** The sinon stubs of `send` the bindings made. */
const ourStubs = new WeakSet<object>();

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
  send: SinonProxyLike;
  reset(): unknown;
  restore(): void;
  on: (...args: never[]) => unknown;
  onAnyCommand: (...args: never[]) => unknown;
}
