import type { TraceEntry } from '../model/trace';
import type { World } from '../world/index';

/**
 * A world a property run used, as the replay report needs it.
 *
 * @internal
 *
 * @example
 * ```ts
 * const { runs } = await recording(() => fc.assert(property)); runs[0]?.trace();
 * ```
 */
export interface RecordedRun {
  /** What made the world: `runScenario` or `createSseReal`. */
  readonly source: string;
  readonly world: World;
  /** The virtual time the run started at (the timeline's +0). */
  readonly start: number;
  /** The world's seed. */
  readonly seed: number;
  /** The trace of the run (from its start). */
  trace(): readonly TraceEntry[];
  /** How the run ended, when known (`returned`, `threw ...`, `hung ...`). */
  outcome?: string;
}

let sink: RecordedRun[] | undefined;

/**
 * Notes a world used by the property run in progress (no-op when nothing is recording).
 *
 * @internal
 *
 * @example
 * ```ts
 * recordRun({ source: 'runScenario', world, seed: world.seed, start, trace: () => world.trace });
 * ```
 */
export function recordRun(run: RecordedRun): void {
  sink?.push(run);
}

/**
 * Runs `fn` while recording every world the harness creates, and returns them with its result.
 *
 * @internal
 *
 * @example
 * ```ts
 * const { value, runs } = await recording(() => runScenario(scenario, fn));
 * ```
 */
export async function recording<T>(fn: () => Promise<T>): Promise<{ readonly value: T; readonly runs: readonly RecordedRun[] }> {
  const previous = sink;
  const runs: RecordedRun[] = [];
  sink = runs;
  try {
    const value = await fn();
    return { value, runs };
  } finally {
    sink = previous;
  }
}

let propertyDepth = 0;

/**
 * Runs `fn` as part of checking a property ({@link isInsideProperty} is true meanwhile), so a failing
 * `runScenario` run leaves its picture to the property's report instead of writing one per shrink.
 *
 * @internal
 *
 * @example
 * ```ts
 * const details = await insideProperty(() => fc.check(property));
 * ```
 */
export async function insideProperty<T>(fn: () => Promise<T>): Promise<T> {
  propertyDepth++;
  try {
    return await fn();
  } finally {
    propertyDepth--;
  }
}

/**
 * Whether a property is being checked or replayed by `assertProperty` right now.
 *
 * @internal
 *
 * @example
 * ```ts
 * if (!isInsideProperty()) writePicture(folder, 'scenario', trace, {});
 * ```
 */
export function isInsideProperty(): boolean {
  return propertyDepth > 0;
}
