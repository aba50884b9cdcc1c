import * as fc from 'fast-check';
import { insideProperty, recording, type RecordedRun } from './recorder';
import { formatTimeline, type TimelineOptions } from '../world/timeline';
import { pictureFolder, writePicture } from './picture';

/**
 * One world the counterexample ran against, replayed: where it came from, its seed, how it ended,
 * and its trace as a timeline.
 *
 * @example
 * ```ts
 * failure.runs[0]?.timeline; // '+0.000s kinesis StartStreamEncryption ...'
 * ```
 */
export interface ReplayedRun {
  /** `runScenario` or `createSseReal`. */
  readonly source: string;
  /** The world's seed (`createWorld({ seed })`). */
  readonly worldSeed: number;
  /** How the run ended (`returned`, `threw <error>`, `hung (budget)`), when the source knows. */
  readonly outcome?: string;
  readonly timeline: string;
  /** The absolute path of its picture (`formatTimelineHtml`), when pictures were asked for. */
  readonly picture?: string;
}

/**
 * Options of {@link assertProperty}: fast-check's parameters, plus how to print timelines.
 *
 * @example
 * ```ts
 * const params: AssertPropertyOptions<[Scenario]> = { numRuns: 200, seed: 42, timeline: { width: 120 }, picture: '.tmp/pictures' };
 * ```
 */
export type AssertPropertyOptions<Ts> = fc.Parameters<Ts> & {
  /** How the counterexample's timelines are printed. */
  readonly timeline?: TimelineOptions;
  /**
   * A folder to write a picture of each replayed world to when the property fails (the message says
   * where). Default: the `KINESIS_SSE_HARNESS_PICTURE` environment variable; no picture when neither.
   */
  readonly picture?: string;
};

/**
 * Thrown by {@link assertProperty} when the property fails: its message holds everything needed to
 * replay the failure (the fast-check seed and path, the `replayPath` of `fc.commands`, the world
 * seeds) and the timeline of the shrunk counterexample; its members hold the same, for tools.
 *
 * @example
 * ```ts
 * try { await assertProperty(property); } catch (e) {
 *   if (e instanceof PropertyFailure) console.log(e.seed, e.path, e.runs[0]?.timeline);
 * }
 * ```
 */
export class PropertyFailure<Ts = unknown> extends Error {
  override readonly name = 'PropertyFailure';
  constructor(
    message: string,
    /** fast-check's seed: pass it back (with `path`) to replay. */
    readonly seed: number,
    /** fast-check's path to the shrunk counterexample. */
    readonly path: string,
    /** The `replayPath` of every `fc.commands` in the counterexample, in order. */
    readonly replayPaths: readonly string[],
    /** The shrunk counterexample. */
    readonly counterexample: Ts,
    /** The worlds the counterexample ran against when replayed, with their timelines. */
    readonly runs: readonly ReplayedRun[],
    /** fast-check's run details. */
    readonly details: fc.RunDetails<Ts>,
  ) {
    super(message);
  }
}

const REPLAY_PATH = /\/\*replayPath="([^"]*)"\*\//g;

/** The `replayPath` comments `fc.commands` leaves in a stringified counterexample. */
function replayPathsOf(text: string): string[] {
  return [...text.matchAll(REPLAY_PATH)].map((m) => m[1]!);
}

function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

function indent(text: string, by = '  '): string {
  return text
    .split('\n')
    .map((l) => (l.length === 0 ? l : `${by}${l}`))
    .join('\n');
}

/** Runs the counterexample once more, recording the worlds it uses. */
async function replay<Ts>(property: fc.IRawProperty<Ts>, counterexample: Ts): Promise<{ runs: readonly RecordedRun[]; failed: boolean }> {
  const { value, runs } = await recording(async () => {
    await property.runBeforeEach();
    try {
      return await property.run(fc.cloneIfNeeded(counterexample));
    } finally {
      await property.runAfterEach();
    }
  });
  return { runs, failed: value !== null && !fc.PreconditionFailure.isFailure(value) };
}

/**
 * Like `fc.assert`, for properties that run your code with {@link runScenario} or against a
 * `createSseReal` world: when the property fails, it replays the shrunk counterexample once more,
 * recording the worlds it used, and throws a {@link PropertyFailure} whose message says how to
 * replay the failure and shows what happened as a timeline:
 *
 * ```text
 * Property failed after 4 runs and 7 shrinks.
 * Counterexample: [{"world":{"seed":0},"keys":[...]}]
 * Failure: Error: expected 'UPDATING' to be 'ACTIVE'
 *
 * Replay it: assertProperty(property, { seed: -1419284, path: "3:2:0", endOnFailure: true })
 *
 * Timeline of the counterexample (runScenario, world seed 0, returned):
 *   +0.000s kinesis DescribeStreamSummary {StreamName: "orders"} → {...}
 *   ...
 * ```
 *
 * For model-based properties the message also gives the `replayPath` to pass to `fc.commands`.
 * Resolves with fast-check's run details when the property holds.
 *
 * @example
 * ```ts
 * await assertProperty(
 *   fc.asyncProperty(scenario({ streams: fc.constant([{ name: 'orders' }]) }), async (s) => {
 *     const r = await runScenario(s, () => ensureEncrypted('orders'));
 *     expect(r.world.kinesis.describe('orders')?.StreamStatus).toBe('ACTIVE');
 *   }),
 *   { numRuns: 100 },
 * );
 * ```
 */
export async function assertProperty<Ts>(property: fc.IAsyncProperty<Ts> | fc.IProperty<Ts>, options: AssertPropertyOptions<Ts> = {}): Promise<fc.RunDetails<Ts>> {
  const { timeline: timelineOptions, picture, ...params } = options;
  const folder = pictureFolder(picture);
  const details = await insideProperty(() => withCheckedReturns(property, async () => fc.check(property as fc.IRawProperty<Ts>, params as fc.Parameters<Ts>)));
  if (!details.failed) return details;
  if (details.counterexample === null || details.counterexamplePath === null) {
    // Interrupted or too many skipped runs: nothing to replay; fast-check's own report says why.
    throw new Error(`[kinesis-sse-harness] ${fc.defaultReportMessage(details) ?? 'property failed'}`);
  }
  const counterexample = details.counterexample;
  const shown = fc.stringify(counterexample);
  const replayPaths = replayPathsOf(shown);
  const { runs, failed } = await insideProperty(() => replay(property as fc.IRawProperty<Ts>, counterexample));
  const replayArgs = `{ seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)}, endOnFailure: true }`;
  const replayed: ReplayedRun[] = runs.map((r, i) => {
    const trace = r.trace();
    const title = `Counterexample ${i + 1} of ${runs.length} (${r.source}, world seed ${r.seed}${r.outcome === undefined ? '' : `, ${r.outcome}`})`;
    const notes = [`Failure: ${errorText(details.errorInstance)}`, `Replay it: assertProperty(property, ${replayArgs})`];
    return {
      source: r.source,
      worldSeed: r.seed,
      ...(r.outcome === undefined ? {} : { outcome: r.outcome }),
      timeline: formatTimeline(trace, { start: r.start, region: r.world.region, ...timelineOptions }),
      ...(folder === undefined ? {} : { picture: pictureOf(folder, `property-seed${details.seed}-${i + 1}`, trace, { title, start: r.start, notes }) }),
    };
  });
  const lines = [
    `Property failed after ${details.numRuns} run${details.numRuns === 1 ? '' : 's'} and ${details.numShrinks} shrink${details.numShrinks === 1 ? '' : 's'}.`,
    `Counterexample: ${shown}`,
    `Failure: ${errorText(details.errorInstance)}`,
    '',
    `Replay it: assertProperty(property, ${replayArgs})`,
  ];
  if (replayPaths.length > 0) {
    lines.push(`  and pass ${replayPaths.map((p) => `{ replayPath: ${JSON.stringify(p)} }`).join(', ')} to fc.commands(...) (in order)`);
  }
  if (replayed.length > 0) lines.push(`World seed${replayed.length === 1 ? '' : 's'}: ${replayed.map((r) => r.worldSeed).join(', ')}`);
  if (!failed) {
    lines.push('', 'Note: the counterexample passed when run once more, so the code under test is not deterministic (real timers, randomness or state shared between runs?).');
  }
  replayed.forEach((r, i) => {
    const which = replayed.length === 1 ? '' : ` ${i + 1} of ${replayed.length}`;
    lines.push('', `Timeline of the counterexample${which} (${r.source}, world seed ${r.worldSeed}${r.outcome === undefined ? '' : `, ${r.outcome}`}):`, indent(r.timeline));
    if (r.picture !== undefined) lines.push(`Picture: ${r.picture}`);
  });
  if (replayed.length === 0) lines.push('', '(The property made no world with runScenario or createSseReal, so there is no timeline to show.)');
  throw new PropertyFailure(lines.join('\n'), details.seed, details.counterexamplePath, replayPaths, counterexample, replayed, details);
}

/** Writes a picture, or says in its place why it could not be written. */
function pictureOf(folder: string, name: string, trace: Parameters<typeof writePicture>[2], options: Parameters<typeof writePicture>[3]): string {
  try {
    return writePicture(folder, name, trace, options);
  } catch (e) {
    return `(not written to ${folder}: ${errorText(e)})`;
  }
}

/** What a property's predicate returned, in words. */
function describeReturned(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object' || typeof value === 'function') {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== 'Object' ? `an object of class ${name}` : `an object`;
  }
  return `${typeof value} ${String(value)}`;
}

/**
 * fast-check reads any return value of a property other than `true` or `undefined` as a failure, and
 * says only "Property failed by returning false": a property ending in `return expect(x).toBe(y)` (which
 * returns the runner's Assertion object) fails with no word of why. While `run` checks the property,
 * its predicate is wrapped so that such a return is a failure that says what was returned.
 */
async function withCheckedReturns<T>(property: object, run: () => Promise<T>): Promise<T> {
  const holder = property as { predicate?: unknown };
  const original = holder.predicate;
  if (typeof original !== 'function' || !Object.prototype.hasOwnProperty.call(holder, 'predicate')) return run();
  const check = (out: unknown): unknown => {
    if (out === undefined || typeof out === 'boolean') return out;
    throw new TypeError(
      `[kinesis-sse-harness] the property returned ${describeReturned(out)}, which fast-check counts as a failure ` +
        `('Property failed by returning false'); a property returns nothing (or a boolean): ` +
        `write \`expect(...).toMatchObject(...); return;\` rather than \`return expect(...)...\``,
    );
  };
  holder.predicate = function (this: unknown, v: unknown): unknown {
    const out: unknown = (original as (v: unknown) => unknown).call(this, v);
    if (out !== null && typeof out === 'object' && typeof (out as { then?: unknown }).then === 'function') return (out as Promise<unknown>).then(check);
    return check(out);
  };
  try {
    return await run();
  } finally {
    holder.predicate = original;
  }
}
