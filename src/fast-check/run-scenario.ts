import type { Clock as FakeClock } from '@sinonjs/fake-timers';
import type { Scheduler } from 'fast-check';
import { fromFakeTimers } from '../clock/clock';
import type { Service } from '../model/errors';
import type { FaultHandle, FiredFault } from '../model/faults';
import { installFaults } from '../world/faults';
import { createRng, deriveSeed } from '../model/rng';
import { SERVICES } from '../model/vocabulary';
import type { TraceEntry } from '../model/trace';
import { sdkModule } from '../sdk/binding';
import { mockFirehose, type FirehoseStub } from '../sdk/firehose';
import { mockKinesis, type KinesisStub } from '../sdk/kinesis';
import { mockKms, type KmsStub } from '../sdk/kms';
import { createWorld, type World } from '../world/index';
import { firehoseSdk, kinesisSdk, kmsSdk, loadPackage } from './load';
import { isInsideProperty, recordRun } from './recorder';
import { pictureFolder, writePicture } from './picture';
import { createStartingStreams, DEFAULT_START, SETUP_LEAD_MS, setUpScenario, type Scenario } from './scenario';
import { formatTimeline, type TimelineOptions } from '../world/timeline';
import { renderValue } from '../world/timeline';

// Captured at import, before anything can fake them (trap 14/17): the drive loop must keep working
// while the global timers are fake.
const realSetImmediate: typeof setImmediate = globalThis.setImmediate;
const realMathRandom: () => number = Math.random;
const realNow: () => number = performance.now.bind(performance);

/** The longest delay a timer can have (Node and fake-timers fire longer ones at once). */
const MAX_TIMER_DELAY = 0x7fffffff;

const FAKED = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'Date'] as const;

/**
 * What your function receives from {@link runScenario}.
 *
 * @example
 * ```ts
 * await runScenario({ streams: [{ name: 'orders' }] }, async ({ world, sleep }) => {
 *   await sleep(5_000);
 *   return world.kinesis.describe('orders')?.StreamStatus;
 * });
 * ```
 */
export interface ScenarioContext {
  /** The fresh world the scenario built (its clock is the runner's fake clock). */
  readonly world: World;
  readonly scenario: Scenario;
  /** The virtual time (epoch ms) at which your function started. */
  readonly start: number;
  /** The aws-sdk-client-mock stubs answering from the world (only the services mocked). */
  readonly stubs: { readonly kinesis?: KinesisStub; readonly firehose?: FirehoseStub; readonly kms?: KmsStub };
  /** Waits `ms` of virtual time (a fake `setTimeout`; the runner moves time on). */
  sleep(ms: number): Promise<void>;
}

/**
 * Options of {@link runScenario}.
 *
 * @example
 * ```ts
 * const options: RunScenarioOptions = { budgetMs: 30 * 60_000, services: ['kinesis', 'kms'] };
 * ```
 */
export interface RunScenarioOptions {
  /** Virtual time the function may take before the run ends as a hang. Default one hour. */
  readonly budgetMs?: number;
  /** Timers the runner may fire before the run ends as a hang (a runaway polling loop). Default 100 000. */
  readonly maxTimers?: number;
  /**
   * Turns of the real event loop with no timer pending and no SDK answer outstanding before the run
   * ends as a hang (the function awaits something that never settles). Default 50.
   */
  readonly idleTurns?: number;
  /**
   * Real milliseconds that must also pass with nothing pending before such a hang is declared, so
   * real I/O your code awaits (a file read, a module loaded on first use) is not mistaken for a
   * hang on a busy machine. Default 1 000.
   */
  readonly idleMs?: number;
  /** The services whose clients answer from the world. Default all three. */
  readonly services?: readonly Service[];
  /** Client instances to stub instead of the client classes (for code that is handed its clients). */
  readonly clients?: { readonly kinesis?: object; readonly firehose?: object; readonly kms?: object };
  /**
   * Race testing: every SDK call reaches the world only when this fast-check scheduler releases it,
   * and advancing virtual time is one more task the scheduler orders, so fast-check explores the
   * interleavings of your concurrent calls (and shrinks them).
   */
  readonly scheduler?: Scheduler;
  /**
   * Replace `Math.random` with a generator seeded from the world's seed while the function runs,
   * so the SDK waiters' jitter (and any other randomness) is replayable. Default true.
   */
  readonly seedMathRandom?: boolean;
  /**
   * A folder to write a picture of the run's trace to (`formatTimelineHtml`) when the run fails
   * (threw or hung); `result.picture` says where. Default: the `KINESIS_SSE_HARNESS_PICTURE`
   * environment variable; no picture when neither. Inside `assertProperty`, the property's report
   * writes the counterexample's picture instead (not one per shrink).
   */
  readonly picture?: string;
}

/**
 * How a {@link runScenario} run ended, with the world and its trace.
 *
 * @example
 * ```ts
 * const r = await runScenario({ streams: [{ name: 'orders' }] }, fn);
 * if (!r.ok) console.log(r.hung ? 'hung' : 'threw', r.error, '\n' + r.timeline());
 * ```
 */
export type ScenarioResult<T> = (
  | { readonly ok: true; readonly value: T; readonly error?: never }
  | { readonly ok: false; readonly error: unknown; readonly value?: never }
) & {
  /** True when the run was ended by the runner (budget, timers or idle), `error` being a {@link ScenarioHangError}. */
  readonly hung: boolean;
  readonly world: World;
  readonly scenario: Scenario;
  /** The virtual time the function started at. */
  readonly start: number;
  /** The virtual time the function settled at (or the runner gave up). */
  readonly end: number;
  readonly elapsedMs: number;
  readonly timersFired: number;
  /** Every call and transition from the start (setup left out; `world.trace` has everything). */
  readonly trace: readonly TraceEntry[];
  /** The faults of the scenario's plan that hit. */
  readonly faults: readonly FiredFault[];
  /** The trace as a readable timeline (see {@link formatTimeline}). */
  timeline(options?: TimelineOptions): string;
  /** Where the failed run's picture was written, when pictures were asked for (`picture`). */
  readonly picture?: string;
};

/**
 * The error a run ends with when the function did not settle: it went past the virtual-time
 * budget, fired too many timers, or waited for something that never happens.
 *
 * @example
 * ```ts
 * if (result.error instanceof ScenarioHangError) console.log(result.error.reason);
 * ```
 */
export class ScenarioHangError extends Error {
  override readonly name = 'ScenarioHangError';
  constructor(
    /** `budget`: past `budgetMs`; `timers`: more than `maxTimers` fired; `idle`: nothing pending. */
    readonly reason: 'budget' | 'timers' | 'idle',
    readonly elapsedMs: number,
    readonly timersFired: number,
    message: string,
  ) {
    super(message);
  }
}

let running = false;

function userFakeTimers(): string | undefined {
  const st = globalThis.setTimeout as unknown as { clock?: unknown; _isMockFunction?: unknown };
  if (st.clock !== undefined) return 'setTimeout is already faked (vi.useFakeTimers(), jest.useFakeTimers() or @sinonjs/fake-timers)';
  if (st._isMockFunction === true) return 'setTimeout is a jest mock (legacy fake timers)';
  if ((Date as unknown as { isFake?: unknown }).isFake === true) return 'Date is already faked';
  return undefined;
}

function checkNumber(name: string, value: unknown, min: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || !Number.isInteger(value)) {
    throw new RangeError(`[kinesis-sse-harness] runScenario option ${name} must be a whole number >= ${min}; got ${String(value)}`);
  }
}

interface SendTarget {
  send: (...args: unknown[]) => unknown;
}

function commandLabel(service: Service, command: unknown): string {
  const ctor = command !== null && typeof command === 'object' ? (command as { constructor?: { name?: unknown } }).constructor : undefined;
  const name = typeof ctor?.name === 'string' ? ctor.name.replace(/Command$/, '') : 'send';
  const input = command !== null && typeof command === 'object' ? (command as { input?: unknown }).input : undefined;
  return `${service} ${name} ${renderValue(input)}`;
}

/** Makes every call through `target.send` wait for the scheduler; returns the undo. */
function gate(target: SendTarget, service: Service, scheduler: Scheduler): () => void {
  const inner = target.send;
  target.send = function gated(this: unknown, ...args: unknown[]): unknown {
    const label = commandLabel(service, args[0]);
    return scheduler.schedule(Promise.resolve(), label).then(() => inner.apply(this, args));
  };
  return () => {
    target.send = inner;
  };
}

/**
 * Runs your async function against a fresh world built from `scenario`, driving virtual time
 * itself: `@sinonjs/fake-timers` is installed on `globalThis` (timers, `setImmediate` and `Date`;
 * never `nextTick` or `queueMicrotask`) and, whenever your function waits on a timer (a polling
 * loop's `setTimeout`, the SDK's `waitUntilStreamExists`), the runner jumps to it. The Kinesis,
 * Firehose and KMS clients answer from the world for the duration of the run.
 *
 * Always resolves (never rejects for your function's errors) with how the run ended, the world
 * and the trace from the start; restores every stub, the clock and `Math.random` even when your
 * function throws or hangs. A run that goes past `budgetMs` of virtual time, fires more than
 * `maxTimers` timers, or waits with nothing pending ends with a {@link ScenarioHangError}.
 *
 * Runs do not nest or overlap. Fake timers must not already be installed: the runner fails
 * clearly if `vi.useFakeTimers()` (or jest's, or sinon's) is active, since it drives time itself.
 *
 * @example
 * ```ts
 * const r = await runScenario({ keys: [{ alias: 'alias/k' }], streams: [{ name: 's' }] }, async () => {
 *   const client = new KinesisClient({ region: 'us-east-1' });
 *   await client.send(new StartStreamEncryptionCommand({ StreamName: 's', EncryptionType: 'KMS', KeyId: 'alias/k' }));
 *   await waitUntilStreamExists({ client, maxWaitTime: 300 }, { StreamName: 's' });
 * });
 * expect(r.ok).toBe(true);
 * expect(r.world.kinesis.describe('s')?.EncryptionType).toBe('KMS');
 * ```
 */
export async function runScenario<T>(
  scenario: Scenario,
  fn: (context: ScenarioContext) => T | Promise<T>,
  options: RunScenarioOptions = {},
): Promise<ScenarioResult<T>> {
  const limits = checkRun(scenario, fn, options);
  running = true;
  const undo: (() => void)[] = [];
  let clock: FakeClock | undefined;
  try {
    clock = loadPackage('@sinonjs/fake-timers', 'runScenario').withGlobal(globalThis).install({
      now: limits.start - SETUP_LEAD_MS,
      toFake: [...FAKED],
      loopLimit: limits.maxTimers + 10,
    });
    const run = setUp(scenario, options, limits, clock, undo);
    const outcome = start(fn, run);
    const driven = await driveTime(run, outcome, options, limits);
    return withPicture(collectResult(run, outcome, driven), options.picture);
  } finally {
    cleanUp(undo, clock);
  }
}

/** The run's limits and start, its options checked. */
interface RunLimits {
  readonly budgetMs: number;
  readonly maxTimers: number;
  readonly idleTurns: number;
  readonly idleMs: number;
  readonly services: readonly Service[];
  readonly start: number;
}

/** Checks the arguments and that a run may start now (none running, no fake timers installed). */
function checkRun(scenario: Scenario, fn: unknown, options: RunScenarioOptions): RunLimits {
  if (scenario === null || typeof scenario !== 'object') throw new TypeError(`[kinesis-sse-harness] runScenario needs a scenario object; got ${String(scenario)}`);
  if (typeof fn !== 'function') throw new TypeError(`[kinesis-sse-harness] runScenario needs a function to run; got ${String(fn)}`);
  checkNumber('budgetMs', options.budgetMs, 1);
  checkNumber('maxTimers', options.maxTimers, 1);
  checkNumber('idleTurns', options.idleTurns, 1);
  checkNumber('idleMs', options.idleMs, 0);
  pictureFolder(options.picture);
  if (running) throw new Error('[kinesis-sse-harness] runScenario is already running: runs share the global clock, so they cannot nest or overlap');
  const faked = userFakeTimers();
  if (faked !== undefined) {
    throw new Error(
      `[kinesis-sse-harness] runScenario drives fake time itself, but ${faked}. ` +
        'Call vi.useRealTimers() / jest.useRealTimers() / clock.uninstall() before it, or drive your own fake timers with createWorld + mockKinesis instead.',
    );
  }
  const start = scenario.start ?? DEFAULT_START;
  if (!Number.isFinite(start)) throw new TypeError(`[kinesis-sse-harness] scenario.start must be a finite time; got ${String(start)}`);
  return {
    budgetMs: options.budgetMs ?? 60 * 60 * 1000,
    maxTimers: options.maxTimers ?? 100_000,
    idleTurns: options.idleTurns ?? 50,
    idleMs: options.idleMs ?? 1_000,
    services: options.services ?? SERVICES,
    start,
  };
}

/** A run once set up: its world, fake clock, stubs, faults and trace. */
interface Run {
  readonly scenario: Scenario;
  readonly start: number;
  readonly fake: FakeClock;
  readonly world: World;
  readonly stubs: { kinesis?: KinesisStub; firehose?: FirehoseStub; kms?: KmsStub };
  readonly faults: FaultHandle | undefined;
  /** Every call and transition from the start. */
  trace(): readonly TraceEntry[];
  readonly recorded: { outcome: string };
}

/**
 * Builds the world on the fake clock, stubs the clients, sets the scenario up before the start,
 * installs its faults, gates the clients on the scheduler and seeds `Math.random`. Everything to
 * undo is pushed on `undo`.
 */
function setUp(scenario: Scenario, options: RunScenarioOptions, limits: RunLimits, fake: FakeClock, undo: (() => void)[]): Run {
  const { start, services } = limits;
  const world = createWorld({ ...(scenario.world ?? {}), clock: fromFakeTimers(fake) });
  const stubs: Run['stubs'] = {};
  if (services.includes('kinesis')) {
    stubs.kinesis = mockKinesis(world, options.clients?.kinesis === undefined ? {} : { client: options.clients.kinesis as never });
    const stub = stubs.kinesis;
    undo.push(() => stub.restore());
  }
  if (services.includes('firehose')) {
    stubs.firehose = mockFirehose(world, options.clients?.firehose === undefined ? {} : { client: options.clients.firehose as never });
    const stub = stubs.firehose;
    undo.push(() => stub.restore());
  }
  if (services.includes('kms')) {
    stubs.kms = mockKms(world, options.clients?.kms === undefined ? {} : { client: options.clients.kms as never });
    const stub = stubs.kms;
    undo.push(() => stub.restore());
  }

  setUpScenario(world, scenario, (ms) => {
    fake.setSystemTime(fake.now + ms);
    world.now();
  });
  fake.setSystemTime(start);
  world.now();
  const firstSeq = world.model.log.total;
  createStartingStreams(world, scenario);
  let faults: FaultHandle | undefined;
  if (scenario.faults !== undefined && scenario.faults.length > 0) {
    faults = installFaults(world, scenario.faults, { start });
    const h = faults;
    undo.push(() => h.remove());
  }
  const trace = (): readonly TraceEntry[] => world.model.log.slice(firstSeq);
  const recorded = { source: 'runScenario', world, start, seed: world.seed, trace, outcome: 'running' };
  recordRun(recorded);

  if (options.scheduler !== undefined) {
    const s = options.scheduler;
    const targets: [Service, object | undefined, string, (caller: string) => object][] = [
      ['kinesis', options.clients?.kinesis, 'KinesisClient', kinesisSdk],
      ['firehose', options.clients?.firehose, 'FirehoseClient', firehoseSdk],
      ['kms', options.clients?.kms, 'KMSClient', kmsSdk],
    ];
    for (const [service, instance, clientName, load] of targets) {
      if (!services.includes(service)) continue;
      const target = instance ?? ((sdkModule(load('runScenario'), clientName)[clientName] as { prototype: object }).prototype);
      undo.push(gate(target as SendTarget, service, s));
    }
  }

  if (options.seedMathRandom !== false) {
    const rng = createRng(deriveSeed(world.seed, 'math-random'));
    Math.random = () => rng.next();
    undo.push(() => {
      Math.random = realMathRandom;
    });
  }
  return { scenario, start, fake, world, stubs, faults, trace, recorded };
}

/** How the function settled, once it has. */
interface Outcome<T> {
  settled: boolean;
  result?: { ok: true; value: T } | { ok: false; error: unknown };
}

/** Calls the function with its context (on a later microtask) and records how it settles. */
function start<T>(fn: (context: ScenarioContext) => T | Promise<T>, run: Run): Outcome<T> {
  const { world, scenario, stubs, fake } = run;
  const context: ScenarioContext = {
    world,
    scenario,
    start: run.start,
    stubs,
    sleep: (ms) => new Promise<void>((resolve) => fake.setTimeout(() => resolve(), ms)),
  };
  const outcome: Outcome<T> = { settled: false };
  Promise.resolve()
    .then(() => fn(context))
    .then(
      (value) => {
        outcome.settled = true;
        outcome.result = { ok: true, value };
      },
      (error: unknown) => {
        outcome.settled = true;
        outcome.result = { ok: false, error };
      },
    );
  return outcome;
}

/** How driving time ended: the timers fired, and the hang when the runner gave up. */
interface Driven {
  readonly timersFired: number;
  readonly hang: ScenarioHangError | undefined;
}

/**
 * Moves virtual time on until the function settles: fires the next timer whenever nothing else
 * can happen (or lets the scheduler order it), and gives up past the budget, the timer limit, or
 * when nothing is pending for long enough.
 */
async function driveTime(run: Run, outcome: Outcome<unknown>, options: RunScenarioOptions, limits: RunLimits): Promise<Driven> {
  const { fake, start } = run;
  const { budgetMs, maxTimers, idleTurns, idleMs } = limits;
  // Past the budget, the sentinel is the next timer: firing it ends the run. Timers cannot wait
  // longer than 2^31-1 ms (about 24.8 days; longer delays fire at once), so a longer budget
  // re-arms the sentinel.
  let budgetHit = false;
  let sentinelFired = false;
  const deadline = start + budgetMs;
  const arm = (): void => {
    fake.setTimeout(() => {
      sentinelFired = true;
      if (fake.now >= deadline) budgetHit = true;
      else arm();
    }, Math.min(deadline - fake.now, MAX_TIMER_DELAY));
  };
  arm();

  let timersFired = 0;
  let idle = 0;
  let idleSince = 0;
  let advancing = false;
  let hang: ScenarioHangError | undefined;
  const hangError = (reason: 'budget' | 'timers' | 'idle'): ScenarioHangError => {
    const elapsed = fake.now - start;
    const why =
      reason === 'budget'
        ? `did not settle within ${budgetMs} ms of virtual time (budgetMs)`
        : reason === 'timers'
          ? `fired ${maxTimers} timers without settling (maxTimers): a polling loop that never ends?`
          : 'is waiting for something that is neither a timer nor an SDK answer, so it can never settle';
    return new ScenarioHangError(
      reason,
      elapsed,
      timersFired,
      `[kinesis-sse-harness] the function ${why}; it ran ${elapsed} ms of virtual time and fired ${timersFired} timers. Last entries of the trace:\n${formatTimeline(run.trace(), { start, last: 8, region: run.world.region })}`,
    );
  };
  // The limits are checked before a timer fires, never after: a run given up on is left parked on
  // a timer of the uninstalled clock (or a promise that never settles), so its code cannot wake up
  // later and call the real SDK or a later run's world.
  let timersExhausted = false;
  const fireNext = (): void => {
    if (timersFired >= maxTimers) {
      timersExhausted = true;
      return;
    }
    sentinelFired = false;
    fake.next();
    if (!sentinelFired) timersFired++;
  };
  for (;;) {
    await new Promise<void>((resolve) => realSetImmediate(resolve));
    if (outcome.settled) break;
    if (budgetHit) {
      hang = hangError('budget');
      break;
    }
    if (timersExhausted) {
      hang = hangError('timers');
      break;
    }
    const pendingTimers = fake.countTimers() - 1;
    if (options.scheduler !== undefined && options.scheduler.count() > 0) {
      idle = 0;
      if (pendingTimers > 0 && !advancing) {
        advancing = true;
        void options.scheduler.schedule(Promise.resolve(), 'advance virtual time').then(() => {
          advancing = false;
          fireNext();
        });
      }
      await options.scheduler.waitNext(1);
    } else if (pendingTimers > 0) {
      idle = 0;
      fireNext();
    } else {
      if (idle++ === 0) idleSince = realNow();
      if (idle > idleTurns && realNow() - idleSince >= idleMs) {
        hang = hangError('idle');
        break;
      }
    }
  }
  return { timersFired, hang };
}

/** The run's result: how it ended, the world, the trace from the start and the faults that hit. */
function collectResult<T>(run: Run, outcome: Outcome<T>, driven: Driven): ScenarioResult<T> {
  const { world, scenario, start, fake, trace } = run;
  const { hang, timersFired } = driven;
  const end = fake.now;
  const result = hang !== undefined ? { ok: false as const, error: hang } : outcome.result!;
  run.recorded.outcome = hang !== undefined ? `hung (${hang.reason})` : result.ok ? 'returned' : `threw ${describeError(result.error)}`;
  const fired = run.faults?.fired ?? [];
  return {
    ...result,
    hung: hang !== undefined,
    world,
    scenario,
    start,
    end,
    elapsedMs: end - start,
    timersFired,
    trace: trace(),
    faults: [...fired],
    timeline: (timelineOptions?: TimelineOptions) => formatTimeline(trace(), { start, region: world.region, ...timelineOptions }),
  };
}

/** The result, with the picture of a failed run written when asked for (and not inside assertProperty). */
function withPicture<T>(result: ScenarioResult<T>, option: string | undefined): ScenarioResult<T> {
  const folder = pictureFolder(option);
  if (result.ok || folder === undefined || isInsideProperty()) return result;
  const outcome = result.hung ? `hung: ${(result.error as ScenarioHangError).reason}` : `threw ${describeError(result.error)}`;
  const picture = writePicture(folder, `scenario-seed${result.world.seed}-${++pictures}`, result.trace, {
    title: `runScenario, world seed ${result.world.seed}, ${outcome}`,
    start: result.start,
    end: result.end,
  });
  return { ...result, picture };
}

let pictures = 0;

/** Restores every stub, the scheduler gates and `Math.random` (in reverse), then the real clock. */
function cleanUp(undo: (() => void)[], clock: FakeClock | undefined): void {
  for (const u of undo.reverse()) {
    try {
      u();
    } catch {
      // keep restoring the rest
    }
  }
  clock?.uninstall();
  running = false;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
