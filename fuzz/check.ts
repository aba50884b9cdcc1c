/**
 * Runs generated calls through a binding and checks every answer: AWS-shaped (a success, or a
 * rejection that is an instance of the client's `*ServiceException` base with an AWS exception
 * name), no synchronous throw from `send()`, no state change on rejection (a deep serialization of
 * the whole model — every Map, Set, list, typed array, the rng states, the pending queue — minus
 * the trace, `calls` and `lastNow`, right before and right after the call at the same virtual time),
 * nothing the caller holds shared with the world (vandalizing the input or the answer after the
 * call changes nothing), no prototype pollution, and that later calls still work. Counts inputs,
 * crashes and state changes, keeps the first reproductions, and hashes the worlds' traces.
 */
import fc from 'fast-check';
import { mockFirehose, mockKinesis, mockKms } from '../src/index';
import type { Service } from '../src/model/errors';
import { CALL_CLASSES, fuzzCalls, type CallClass, type FuzzCall } from './generators';
import { sdkModule } from './members';
import { fnv, NOT_STATE, render, serializeDeep } from './serialize';
import { fuzzWorld, type FuzzWorld } from './worlds';

/**
 * How calls reach the world: today the send-level stubs with real SDK v3 clients; a wire transport
 * later. `send` answers as the client's `send()` would; `close` undoes the binding.
 */
export interface Binding {
  send(service: Service, operation: string, input: unknown): Promise<unknown>;
  close(): void;
  /**
   * How a rejection is judged. Default: {@link isAwsError} → `aws`, anything else a crash. A binding
   * with the SDK's serializer in the way also names the SDK's own client-side refusals (a StreamARN
   * that is no ARN, a cyclic input the SDK cannot serialize): the checker counts those apart, and
   * only when the world's trace did not grow (the request never reached the world).
   */
  judge?(service: Service, error: unknown): Judgement;
}

/** What a rejection is: an AWS answer, a client-side refusal (the SDK's own, before any request), or a crash. */
export type Judgement = { readonly kind: 'aws' } | { readonly kind: 'client-side refusal'; readonly what: string } | { readonly kind: 'crash'; readonly why?: string };

/** Makes a binding for a fuzz world. */
export type BindingFactory = (fw: FuzzWorld) => Binding;

const CLIENTS: Readonly<Record<Service, string>> = { kinesis: 'KinesisClient', firehose: 'FirehoseClient', kms: 'KMSClient' };
const BASES: Readonly<Record<Service, string>> = { kinesis: 'KinesisServiceException', firehose: 'FirehoseServiceException', kms: 'KMSServiceException' };
const MOCKS = { kinesis: mockKinesis, firehose: mockFirehose, kms: mockKms } as const;

type Ctor = new (...args: unknown[]) => unknown;

/**
 * The send-level binding: one real SDK v3 client per service, each instance stubbed with
 * `mockKinesis` / `mockFirehose` / `mockKms` on the world; commands built with the SDK's own
 * command classes. `close` restores the stubs.
 */
export const stubBinding: BindingFactory = (fw) => {
  const clients = new Map<Service, { readonly client: { send(c: unknown): Promise<unknown> }; readonly restore: () => void; readonly forget: () => void }>();
  for (const service of ['kinesis', 'firehose', 'kms'] as const) {
    const Client = sdkModule(service)[CLIENTS[service]] as Ctor;
    const client = new Client({ region: fw.world.region, credentials: { accessKeyId: 'AKIDFUZZ', secretAccessKey: 'fuzz' } }) as { send(c: unknown): Promise<unknown> };
    const stub = (MOCKS[service] as (w: typeof fw.world, o: { client: unknown }) => { restore(): void; resetHistory(): void })(fw.world, { client });
    clients.set(service, { client, restore: () => stub.restore(), forget: () => stub.resetHistory() });
  }
  return {
    send(service, operation, input) {
      const Command = sdkModule(service)[`${operation}Command`] as Ctor;
      const bound = clients.get(service)!;
      const answer = bound.client.send(new Command(input));
      // sinon keeps every call's arguments (10 MiB arrays included) until told to forget them.
      bound.forget();
      return answer;
    },
    close() {
      for (const c of clients.values()) c.restore();
    },
  };
};

/** AWS exception names every JSON service may answer, besides the ones its SDK models. */
const COMMON_ERRORS = ['ValidationException', 'SerializationException', 'UnknownOperationException', 'InternalFailureException', 'ThrottlingException', 'AccessDeniedException', 'InvalidParameterException', 'MissingParameterException', 'InvalidParameterValueException', 'InvalidParameterCombinationException', 'InvalidSignatureException', 'RequestExpired', 'ServiceUnavailable', 'IncompleteSignature'];

/** Exceptions AWS answers that the SDK does not model (KMS CreateAlias on `alias/aws/…`: NotAuthorizedException, see src/model/kms/create-alias.ts). */
const UNMODELLED_BY_SDK: Partial<Record<Service, readonly string[]>> = { kms: ['NotAuthorizedException'] };

const awsNames = new Map<Service, ReadonlySet<string>>();

/** The exception names `service` answers with: the SDK's exception classes and AWS's common errors. */
export function awsExceptionNames(service: Service): ReadonlySet<string> {
  let names = awsNames.get(service);
  if (names === undefined) {
    const mod = sdkModule(service);
    const Base = mod[BASES[service]] as Ctor;
    const found = new Set([...COMMON_ERRORS, ...(UNMODELLED_BY_SDK[service] ?? [])]);
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'function' && value.prototype instanceof Base) found.add(name);
    }
    names = found;
    awsNames.set(service, names);
  }
  return names;
}

/** Whether `error` is what the client would reject with for an AWS answer. */
export function isAwsError(service: Service, error: unknown): boolean {
  const Base = sdkModule(service)[BASES[service]] as Ctor;
  if (!(error instanceof Base)) return false;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' && awsExceptionNames(service).has(name);
}

/** A crash or a state change, with what reproduces it. */
export interface Finding {
  readonly kind: 'crash' | 'state change';
  readonly service: Service;
  readonly operation: string;
  readonly generator: CallClass | 'probe';
  readonly note: string;
  readonly input: string;
  /** What was thrown, or what changed. */
  readonly what: string;
}

/** The figures of a run of one service. */
export interface FuzzReport {
  readonly service: Service;
  readonly inputs: number;
  readonly crashes: number;
  readonly stateChanges: number;
  /** Rejections that were the SDK's own client-side refusals (never sent; counted apart, not crashes). */
  readonly clientRefusals: number;
  /** How many of each client-side refusal (by kind), for the report. */
  readonly refusalKinds: Readonly<Record<string, number>>;
  /** FNV-1a over every world's trace, in order (8 hex digits). */
  readonly traceHash: string;
  readonly findings: readonly Finding[];
  /** Answers by generator: accepted and rejected calls. */
  readonly outcomes: Readonly<Record<CallClass, { accepted: number; rejected: number }>>;
  /** The slowest call (wall milliseconds). */
  readonly slowest: { readonly ms: number; readonly operation: string; readonly note: string };
}

/** Options of {@link fuzzService}. */
export interface FuzzOptions {
  readonly service: Service;
  readonly inputs: number;
  readonly seed: number;
  /** A fresh world (and fresh stubs) after this many calls. Default 2,000. */
  readonly worldEvery?: number;
  /** Calls generated at a time. Default 250. */
  readonly batch?: number;
  /** How many findings of each kind to keep. Default 5. */
  readonly keep?: number;
  readonly binding?: BindingFactory;
  /** Replaces the generated calls (for specs). */
  readonly calls?: (fw: FuzzWorld) => fc.Arbitrary<FuzzCall>;
}

function protoState(): string {
  const describe = (o: object): string =>
    Reflect.ownKeys(o)
      .map((k) => {
        const d = Object.getOwnPropertyDescriptor(o, k)!;
        return `${String(k)}:${typeof d.value === 'function' ? `fn ${(d.value as { name: string }).name}` : typeof d.value === 'object' && d.value !== null ? 'object' : String(d.value)}:${d.enumerable}:${typeof d.get}`;
      })
      .join(',');
  return `${describe(Object.prototype)}|${describe(Array.prototype)}|${describe(Function.prototype)}`;
}

function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.constructor.name} ${e.name}: ${e.message.slice(0, 200)}`;
  return `non-error ${render(e, 200)}`;
}

/** 32-bit mix of a seed with labels, for per-world and per-batch seeds. */
function mix(seed: number, ...parts: (string | number)[]): number {
  return fnv(parts.join('/'), (seed >>> 0) ^ 0x811c9dc5) | 0;
}

/** Runs `inputs` generated calls against `service` and checks each; see the module comment. */
export async function fuzzService(options: FuzzOptions): Promise<FuzzReport> {
  const { service, inputs, seed } = options;
  const worldEvery = options.worldEvery ?? 2_000;
  const batch = options.batch ?? 250;
  const keep = options.keep ?? 5;
  const bind = options.binding ?? stubBinding;
  const findings: Finding[] = [];
  const kept = { crash: 0, 'state change': 0 };
  let crashes = 0;
  let stateChanges = 0;
  let clientRefusals = 0;
  const refusalKinds: Record<string, number> = {};
  let hash = 0x811c9dc5;
  let slowest = { ms: 0, operation: '', note: '' };
  const outcomes = Object.fromEntries(CALL_CLASSES.map((g) => [g, { accepted: 0, rejected: 0 }])) as Record<CallClass, { accepted: number; rejected: number }>;
  const protoBefore = protoState();

  const report = (kind: Finding['kind'], call: Pick<FuzzCall, 'operation' | 'note'> & { generator: Finding['generator'] }, input: unknown, what: string): void => {
    if (kind === 'crash') crashes++;
    else stateChanges++;
    if (kept[kind] >= keep) return;
    kept[kind]++;
    findings.push({ kind, service, operation: call.operation, generator: call.generator, note: call.note, input: render(input), what });
  };

  let done = 0;
  for (let w = 0; done < inputs; w++) {
    const fw = fuzzWorld(mix(seed, service, 'world', w));
    const binding = bind(fw);
    const arb = options.calls?.(fw) ?? fuzzCalls(service, fw.catalog);
    let broken = false;
    const inWorld = Math.min(worldEvery, inputs - done);
    for (let b = 0; b * batch < inWorld && !broken; b++) {
      const calls = fc.sample(arb, { seed: mix(seed, service, 'batch', w, b), numRuns: Math.min(batch, inWorld - b * batch) });
      for (const call of calls) {
        done++;
        fw.clock.advance(call.advanceMs);
        let before: string;
        try {
          fw.world.now();
          before = serializeDeep(fw.world.model, NOT_STATE);
        } catch (e) {
          report('crash', call, '(none: the world itself)', `the world cannot advance to the clock's time (a deferred crash): ${errorText(e)}`);
          broken = true;
          break;
        }
        const input = call.make();
        const traceBefore = fw.world.model.log.total;
        const started = performance.now();
        let promise: Promise<unknown>;
        try {
          promise = binding.send(service, call.operation, input);
        } catch (e) {
          report('crash', call, input, `send() threw synchronously: ${errorText(e)}`);
          continue;
        }
        let answer: unknown;
        let rejected = false;
        try {
          answer = await promise;
        } catch (e) {
          rejected = true;
          answer = e;
        }
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms, operation: call.operation, note: call.note };
        if (rejected) {
          outcomes[call.generator].rejected++;
          const judged: Judgement = binding.judge?.(service, answer) ?? (isAwsError(service, answer) ? { kind: 'aws' } : { kind: 'crash' });
          if (judged.kind === 'crash') report('crash', call, input, `rejected with ${errorText(answer)}${judged.why === undefined ? '' : ` (${judged.why})`}`);
          else if (judged.kind === 'client-side refusal') {
            if (fw.world.model.log.total !== traceBefore) report('crash', call, input, `a client-side refusal (${judged.what}), yet the request reached the world (the trace grew): ${errorText(answer)}`);
            else {
              clientRefusals++;
              refusalKinds[judged.what] = (refusalKinds[judged.what] ?? 0) + 1;
            }
          }
          const after = serializeDeep(fw.world.model, NOT_STATE);
          if (after !== before) report('state change', call, input, `rejected with ${errorText(answer)}, yet the model changed: ${firstDifference(before, after)}`);
        } else {
          outcomes[call.generator].accepted++;
          if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) report('crash', call, input, `answered ${render(answer, 100)} instead of an output object`);
        }
        if (call.after !== undefined) {
          const held = serializeDeep(fw.world.model, NOT_STATE);
          try {
            call.after.apply(input, rejected ? undefined : answer);
          } catch {
            // a frozen answer refuses vandalism: fine
          }
          const now = serializeDeep(fw.world.model, NOT_STATE);
          if (now !== held) report('state change', call, input, `${call.after.label}: the model changed: ${firstDifference(held, now)}`);
        }
        if (protoState() !== protoBefore) {
          report('crash', call, input, 'prototype pollution: Object.prototype, Array.prototype or Function.prototype changed');
          throw new Error('prototype pollution: the process cannot continue');
        }
      }
    }
    // The deferred-crash probe: well after the last call, every service still answers.
    if (!broken) {
      fw.clock.advance(600_000);
      const probes: readonly [Service, string, unknown][] = [
        ['kinesis', 'ListStreams', {}],
        ['kinesis', 'DescribeStreamSummary', { StreamName: 'fz-plain' }],
        ['firehose', 'ListDeliveryStreams', {}],
        ['firehose', 'DescribeDeliveryStream', { DeliveryStreamName: 'fz-enabled' }],
        ['kms', 'ListAliases', {}],
      ];
      for (const [s, op, input] of probes) {
        try {
          await binding.send(s, op, input);
        } catch (e) {
          // fz-plain may have been deleted by a plausible call: AWS's answer is fine.
          const judged: Judgement = binding.judge?.(s, e) ?? (isAwsError(s, e) ? { kind: 'aws' } : { kind: 'crash' });
          if (judged.kind === 'aws' && (e as { name?: unknown }).name === 'ResourceNotFoundException') continue;
          report('crash', { operation: `${s}.${op}`, note: 'probe after the run (deferred crash)', generator: 'probe' }, input, `a later call failed: ${errorText(e)}`);
        }
      }
    }
    hash = fnv(serializeDeep(fw.world.model.trace), hash);
    binding.close();
  }
  return { service, inputs: done, crashes, stateChanges, clientRefusals, refusalKinds, traceHash: (hash >>> 0).toString(16).padStart(8, '0'), findings, outcomes, slowest };
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 80);
  return `…${a.slice(from, i + 60)}… became …${b.slice(from, i + 60)}…`;
}

/** The summary line of a report. */
export function summaryLine(label: string, r: { readonly inputs: number; readonly crashes: number; readonly stateChanges: number; readonly clientRefusals?: number }, identical: boolean): string {
  const refusals = r.clientRefusals === undefined || r.clientRefusals === 0 ? '' : ` (${r.clientRefusals} client-side refusals)`;
  return `${label}: ${r.inputs} inputs, ${r.crashes} crashes, ${r.stateChanges} state changes, trace identical: ${identical ? 'yes' : 'no'}${refusals}`;
}
